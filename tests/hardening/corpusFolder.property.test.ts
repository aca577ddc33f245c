/**
 * Property test of a whole corpus FOLDER load (loadCorpus, as `npm start` and the bot's watcher
 * run it): real pages mixed with hostile files — truncated (also inside a UTF-8 sequence), binary,
 * one huge line, over the size limit, Latin-1 bytes in UTF-8, right-to-left and zero-width marks,
 * deeply nested and unbalanced quote marks, broken JSON and feeds, empty. The load never throws;
 * every file either gives articles or is named in a warning; and the real pages' articles come out
 * exactly as when each is analysed alone (nothing already loaded is lost or altered by its
 * neighbours).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/briefing/pipeline.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { Article } from '../../src/briefing/types.js';
import { sprinkle } from './sprinkle.js';

/** Size limit in this test (MAX_FILE_BYTES); the "too large" files are just over it. */
const MAX_FILE_BYTES = 400_000;

const GOOD = [
  ...readdirSync('data').map((f) => ({ name: f, bytes: readFileSync(join('data', f)) })),
  ...readdirSync('tests/fixtures/pages').map((f) => ({ name: `fixture-${f}`, bytes: readFileSync(join('tests/fixtures/pages', f)) })),
];

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const pick = (k: number): { name: string; bytes: Buffer } => GOOD[k % GOOD.length]!;


/** Hostile kinds made from a real page: they may repeat its articles. */
const PAGE_COPIES = new Set(['truncated', 'latin1', 'rtlZeroWidth', 'unbalancedQuotes']);

/** One hostile file: its extension and bytes, built from a kind, a real page and a seed. */
type Hostile = { kind: string; ext: string; bytes: Uint8Array };
const hostile: fc.Arbitrary<Hostile> = fc
  .tuple(
    fc.constantFrom('truncated', 'binary', 'hugeLine', 'tooLarge', 'latin1', 'rtlZeroWidth', 'nestedQuotes', 'unbalancedQuotes', 'brokenJson', 'brokenFeed', 'empty', 'whitespace'),
    fc.nat(),
    fc.nat({ max: 1_000_000 }),
  )
  .map(([kind, k, seed]): Hostile => {
    const page = pick(k).bytes;
    switch (kind) {
      case 'truncated':
        return { kind, ext: 'txt', bytes: page.subarray(0, seed % page.length) };
      case 'binary': {
        const b = new Uint8Array(2000 + (seed % 3000));
        for (let i = 0; i < b.length; i++) b[i] = (seed * (i + 1) * 31) & 0xff;
        b[seed % b.length] = 0;
        return { kind, ext: 'txt', bytes: b };
      }
      case 'hugeLine':
        return { kind, ext: 'txt', bytes: utf8(`Headline\nTestville (TNA) May 1, 2024 - ${'word "quoted" said, 57 percent on Monday '.repeat(6000 + (seed % 1000))}`) };
      case 'tooLarge':
        return { kind, ext: 'txt', bytes: utf8('A line of text.\n'.repeat(Math.ceil((MAX_FILE_BYTES + 1 + (seed % 1000)) / 16))) };
      case 'latin1': {
        const b = Buffer.from(page);
        b[seed % b.length] = 0xe9; // é in Latin-1: an invalid lone byte in UTF-8
        return { kind, ext: 'txt', bytes: b };
      }
      case 'rtlZeroWidth':
        return { kind, ext: 'txt', bytes: utf8(sprinkle(text(page), ['\u202e', '\u200b', '\u200f', '\ufeff', '\u2066', '\u200d'], seed, 300)) };
      case 'nestedQuotes': {
        const depth = 200 + (seed % 300);
        return { kind, ext: 'txt', bytes: utf8(`Nested\nTestville (TNA) May 1, 2024 - He said ${'“‘«"'.repeat(depth)}deep${'"»’”'.repeat(depth)} on Monday.\n`) };
      }
      case 'unbalancedQuotes':
        return { kind, ext: 'txt', bytes: utf8(sprinkle(text(page), ['"', '“', '”', '«', '‘'], seed, 400)) };
      case 'brokenJson':
        return { kind, ext: 'json', bytes: utf8(`[{"title": "Broken", "body": "Testville (TNA) May 1, 2024 - ${'x'.repeat(seed % 200)}`) };
      case 'brokenFeed':
        return { kind, ext: 'xml', bytes: utf8(`<?xml version="1.0"?><rss><channel><item><title>Broken & <b>${'y'.repeat(seed % 200)}</title><description><![CDATA[unclosed`) };
      case 'empty':
        return { kind, ext: 'txt', bytes: new Uint8Array(0) };
      default:
        return { kind, ext: 'txt', bytes: utf8(' \n\t\n   \n') };
    }
  });

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/**
 * An article without what wink-nlp derives for it (topic phrases, sentence splits). A wink-nlp
 * instance learns every new token it meets, and after some hostile texts (mojibake, stray quote
 * marks) it tags later text differently: those two fields of a page can depend on the files the
 * same process analysed before (the analysis cache keeps the first result). Invisible characters,
 * the strongest case, are removed before analysis (stripInvisible.test.ts checks that they no
 * longer change a later page); everything a reader sees of the article must still match exactly.
 */
function shown(a: Article): Omit<Article, 'keyPhrases' | 'sentenceSplits'> {
  const { keyPhrases: _k, sentenceSplits: _s, ...rest } = a;
  return rest;
}

/** The articles of a real page analysed alone, under the same name. */
function aloneArticles(name: string, bytes: Uint8Array): unknown {
  return analyseFile({ name, bytes }, { maxFileBytes: MAX_FILE_BYTES }).articles;
}

describe('a corpus folder of real and hostile files', () => {
  it('GIVEN real pages mixed with hostile files THEN the load never throws, every file gives articles or is named in a warning, and the real pages lose nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.nat({ max: GOOD.length - 1 }), { minLength: 1, maxLength: 3 }), fc.array(hostile, { minLength: 1, maxLength: 6 }), async (goodIdx, bad) => {
        const root = mkdtempSync(join(tmpdir(), 'nb-fuzz-'));
        roots.push(root);
        const dir = join(root, 'corpus');
        mkdirSync(join(dir, 'zz-nested'), { recursive: true });
        const good = goodIdx.map((k) => GOOD[k]!);
        for (const g of good) writeFileSync(join(dir, g.name), g.bytes);
        // Hostile files sort among the real pages (a-, m-, zz-: before, between, after); half go in a
        // sub-folder. Copies of a real page sort after it, the sub-folder too (zz-nested: a
        // `nested/` copy sorted before `reuters-…`): between copies with the same text the
        // duplicate rule keeps the first by file order (a shorter copy never wins: the test below),
        // and a page sprinkled with invisible characters is the same text once they are removed.
        const badNames = bad.map((b, i) => join(i % 2 ? 'zz-nested' : '.', `${PAGE_COPIES.has(b.kind) ? 'zz' : ['a', 'm', 'zz'][i % 3]}-${i}-${b.kind}.${b.ext}`));
        bad.forEach((b, i) => writeFileSync(join(dir, badNames[i]!), b.bytes));

        const corpus = await loadCorpus(dir, { maxFileBytes: MAX_FILE_BYTES });

        // Files are named relative to the working folder, as loadCorpus names them.
        const nameOf = (f: string): string => relative(process.cwd(), join(dir, f));
        const all = [...good.map((g) => g.name), ...badNames].map(nameOf);
        const withArticles = new Set(corpus.articles.map((a) => a.file));
        const warned = new Set(corpus.warnings.map((w) => w.file));
        expect(all.filter((f) => !withArticles.has(f) && !warned.has(f))).toEqual([]);
        for (const w of corpus.warnings) expect(w.message).toContain(w.file);
        const kinds = new Set(corpus.warnings.map((w) => w.code));
        if (bad.some((b) => b.kind === 'tooLarge')) expect(kinds.has('too-large')).toBe(true);
        if (bad.some((b) => b.kind === 'binary')) expect(kinds.has('binary')).toBe(true);
        if (bad.some((b) => b.kind === 'empty' || b.kind === 'whitespace')) expect(kinds.has('empty')).toBe(true);
        for (const g of good) {
          const name = nameOf(g.name);
          const mine = corpus.articles.filter((a) => a.file === name).map(shown);
          const expected = (aloneArticles(name, g.bytes) as Article[]).map(shown);
          expect(mine).toEqual(expected);
          if (g.name.startsWith('fixture-') === false) expect(mine.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 30 },
    );
  }, 180_000);

  it('GIVEN a truncated copy of a page whose name sorts before it THEN the full report is still kept (buildCorpus keeps the fuller copy; found by the property above)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nb-fuzz-'));
    roots.push(root);
    const page = GOOD.find((g) => g.name.startsWith('reuters-2010'))!;
    writeFileSync(join(root, page.name), page.bytes);
    writeFileSync(join(root, `a-partial-copy.txt`), page.bytes.subarray(0, 700));
    const corpus = await loadCorpus(root, { maxFileBytes: MAX_FILE_BYTES });
    const full = analyseFile({ name: relative(process.cwd(), join(root, page.name)), bytes: page.bytes }, { maxFileBytes: MAX_FILE_BYTES }).articles;
    expect(corpus.articles.filter((a) => a.file === full[0]?.file)).toEqual(full);
  });
});
