/** Types of markdown.js (plain JavaScript served to the browser as is). */

export interface MarkdownOptions {
  /** Clock for relative `<t:…:R>` timestamps, ms (default now). */
  now?: number;
  /** Names shown in mention pills, by user/channel/role id. */
  names?: Readonly<Record<string, string>>;
}

export declare function escapeHtml(text: string): string;
export declare function safeUrl(url: string): string | null;
export declare function renderInline(s: string, opts?: MarkdownOptions & { links?: boolean }): string;
export declare function renderMarkdown(text: string, opts?: MarkdownOptions): string;
