import type { RecordedFile } from './types.js';

/**
 * Reads a request body the way Discord does: JSON, or `multipart/form-data` with a `payload_json`
 * part (the message) and `files[n]` parts (attachments). Multipart parsing is the WHATWG
 * `Response#formData()` of Node's built-in fetch (undici), not a hand-written parser.
 * A body that is neither yields `{ body: null, files: [] }`; malformed JSON yields `{ error }`.
 */
export async function parseBody(contentType: string | undefined, raw: Buffer): Promise<{ body: unknown; files: RecordedFile[]; error?: string }> {
  if (raw.length === 0) return { body: null, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(new Blob([new Uint8Array(raw)]), { headers: { 'content-type': contentType ?? '' } }).formData();
    } catch (err) {
      return { body: null, files: [], error: `bad multipart body: ${(err as Error).message}` };
    }
    let body: unknown = null;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') {
          try {
            body = JSON.parse(value);
          } catch {
            return { body: null, files: [], error: 'payload_json is not valid JSON' };
          }
        }
        continue;
      }
      files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    return { body: null, files: [], error: 'body is not valid JSON' };
  }
}
