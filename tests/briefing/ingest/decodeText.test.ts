import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/briefing/ingest/decodeText.js';
import { analyseFile } from '../../../src/briefing/pipeline.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText bad input', () => {
  it('GIVEN an empty file THEN warns `empty`', () => {
    expect(decodeText('a.txt', new Uint8Array())).toEqual({ ok: false, warning: expect.objectContaining({ code: 'empty', file: 'a.txt' }) });
    expect(decodeText('b.txt', utf8('  \n\t \n'))).toMatchObject({ ok: false, warning: { code: 'empty' } });
  });

  it('GIVEN bytes with a NUL or many control characters THEN warns `binary`', () => {
    expect(decodeText('a.bin', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x10]))).toMatchObject({ ok: false, warning: { code: 'binary' } });
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x07 : 0x41));
    expect(decodeText('b.dat', controls)).toMatchObject({ ok: false, warning: { code: 'binary' } });
  });

  it('GIVEN Latin-1 bytes THEN warns `not-utf8` instead of guessing', () => {
    const latin1 = Uint8Array.from([...utf8('Sch'), 0xf6, ...utf8('neberg said')]);
    const r = decodeText('latin1.txt', latin1);
    expect(r).toMatchObject({ ok: false, warning: { code: 'not-utf8' } });
    if (!r.ok) expect(r.warning.message).toMatch(/UTF-8/);
  });

  it('GIVEN a file over the size limit THEN warns `too-large` naming the limit', () => {
    const r = decodeText('big.txt', new Uint8Array(2048).fill(0x41), 1024);
    expect(r).toMatchObject({ ok: false, warning: { code: 'too-large' } });
    if (!r.ok) expect(r.warning.message).toContain('1024');
  });

  it('GIVEN a UTF-8 file with a BOM and CRLF line ends THEN decodes to clean text', () => {
    const r = decodeText('w.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Line one\r\nLine two — “quoted”\r\n')]));
    expect(r).toEqual({ ok: true, text: 'Line one\nLine two — “quoted”\n' });
  });

  it('GIVEN a bad file through the pipeline THEN the analysis is empty with the warning, never a throw', () => {
    const fa = analyseFile({ name: 'x.txt', bytes: Uint8Array.from([0, 1, 2]) });
    expect(fa.articles).toEqual([]);
    expect(fa.warnings.map((w) => w.code)).toEqual(['binary']);
  });

  it('GIVEN an unsupported file type THEN warns `unsupported-type`', () => {
    const fa = analyseFile({ name: 'report.pdf', bytes: utf8('%PDF-1.4 text') });
    expect(fa.warnings.map((w) => w.code)).toEqual(['unsupported-type']);
  });
});
