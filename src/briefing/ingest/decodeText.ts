import type { IngestWarning } from '../types.js';

/** Default largest file accepted, in bytes (5 MiB). Callers pass their configured limit. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Share of control characters (other than tab, CR, LF, FF) above which a file is treated as binary. */
const BINARY_CONTROL_SHARE = 0.02;

export type DecodeResult = { ok: true; text: string } | { ok: false; warning: IngestWarning };

/**
 * Turns a file's bytes into text, or says why it cannot: `too-large` (over `maxBytes`), `empty`
 * (no bytes or only white space), `binary` (a NUL byte, or many control characters),
 * `not-utf8` (invalid UTF-8: the file is skipped, not guessed at). A UTF-8 byte-order mark is
 * dropped and line ends are normalised to `\n`.
 */
export function decodeText(name: string, bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  const fail = (code: IngestWarning['code'], message: string): DecodeResult => ({
    ok: false,
    warning: { file: name, code, message },
  });
  if (bytes.byteLength > maxBytes) {
    return fail('too-large', `${name}: ${bytes.byteLength} bytes is over the ${maxBytes}-byte limit (MAX_FILE_BYTES); skipped.`);
  }
  if (bytes.byteLength === 0) return fail('empty', `${name}: the file is empty; skipped.`);
  let controls = 0;
  for (let i = 0; i < bytes.byteLength; i++) {
    const b = bytes[i]!;
    if (b === 0) return fail('binary', `${name}: holds a NUL byte, so it is binary, not text; skipped.`);
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  if (controls / bytes.byteLength > BINARY_CONTROL_SHARE) {
    return fail('binary', `${name}: ${controls} control bytes look binary, not text; skipped.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not-utf8', `${name}: is not valid UTF-8 (re-save it as UTF-8); skipped.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail('empty', `${name}: holds only white space; skipped.`);
  return { ok: true, text };
}
