/** `redis://…` or `rediss://…` (TLS). */
export function isRedisUrl(url: string): boolean {
  return /^rediss?:\/\//.test(url);
}

/** The URL with any user:password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
