/**
 * `npm run gen-corpus -- --articles N --out DIR [--seed S] [--templates DIR]`
 *
 * Makes realistic wire pages at any size from the bundled pages in data/ (the templates): each
 * generated page is a template page with its people renamed (consistently within the page, so
 * quotes, aliases and pronouns still line up), its datelines moved to another day and year (every
 * date on the page shifted by the same number of days, so weekdays and relative dates stay
 * consistent), its figures nudged, and a topic word swapped, so the corpus has many distinct
 * speakers, dates, numbers and topics. Deterministic from the seed. Pages go 500 to a folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentPage } from '../src/briefing/segment/segmentPage.js';
import { analyseText } from '../src/briefing/pipeline.js';
import { mulberry32 } from './prng.js';

/** Pages per output folder (keeps directory listings small). */
const PAGES_PER_FOLDER = 500;

const LAST = ['Novak', 'Petrov', 'Schmidt', 'Garcia', 'Kowalski', 'Ivanova', 'Dubois', 'Rossi', 'Hansen', 'Nagy', 'Silva', 'Horvat', 'Lindqvist', 'Moreau', 'Popescu', 'Yilmaz', 'Kuznetsov', 'Jansen', 'Costa', 'Fischer', 'Varga', 'Okafor', 'Tanaka', 'Brennan', 'Haddad', 'Mendes'];
const TOPIC_SWAPS: readonly [RegExp, readonly string[]][] = [
  [/\bmissile\b/g, ['missile', 'rocket', 'drone']],
  [/\bgas\b/g, ['gas', 'oil', 'power']],
  [/\bpension\b/g, ['pension', 'tax', 'labour']],
  [/\bcotton\b/g, ['cotton', 'steel', 'soybean']],
  [/\bfire\b/g, ['fire', 'flood', 'storm']],
];

/**
 * Places renamed per page (every occurrence, the same choice on the whole page, capitals kept), so
 * reports whose lead names no person still differ between pages: the first of each group is the
 * one the templates use.
 */
const PLACE_SWAPS: readonly (readonly string[])[] = [
  ['Madrid', 'Seville', 'Valencia', 'Bilbao', 'Zaragoza'],
  ['Pine Hollow', 'Cedar Falls', 'Elk Grove', 'Oak Ridge', 'Silver Creek'],
  ['Sacramento', 'Fresno', 'Redding', 'Chico'],
  ['Oslo', 'Bergen', 'Trondheim', 'Stavanger'],
  ['Warsaw', 'Krakow', 'Gdansk', 'Poznan', 'Wroclaw'],
  ['Moscow', 'St Petersburg', 'Kazan', 'Sochi'],
  ['Kiev', 'Kharkiv', 'Lviv', 'Odessa', 'Dnipro'],
  ['Brussels', 'Luxembourg', 'Strasbourg'],
  ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille'],
  ['Berlin', 'Munich', 'Hamburg', 'Cologne', 'Frankfurt'],
  ['London', 'Manchester', 'Birmingham', 'Leeds', 'Bristol'],
  ['Sao Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Porto Alegre', 'Recife'],
  ['Geneva', 'Bern', 'Zurich', 'Basel'],
];

/** Renames each place group of {@link PLACE_SWAPS} to one pick for the whole page (all-caps datelines stay all caps). */
function swapPlaces(text: string, pick: <T>(xs: readonly T[]) => T): string {
  for (const [from, ...alts] of PLACE_SWAPS) {
    const to = pick([from!, ...alts]);
    if (to === from) continue;
    text = text.replace(new RegExp(`\\b${from}\\b`, 'gi'), (m: string) => (m === m.toUpperCase() ? to.toUpperCase() : to));
  }
  return text;
}

const rng = mulberry32;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(\.?)\s+(\d{1,2})(,?\s+((?:19|20)\d{2}))?\b/g;

/** Shifts every `Month Day[, Year]` by whole weeks (weekday words stay right) and a year offset. */
function shiftDates(text: string, weeks: number, baseYear: number): string {
  return text.replace(MONTH_RE, (all, mon: string, dot: string, day: string, yearPart: string | undefined, year: string | undefined) => {
    const m = MONTHS.findIndex((x) => x.toLowerCase().startsWith(mon.toLowerCase().slice(0, 3)));
    const y = year ? Number(year) : baseYear;
    const d = new Date(Date.UTC(y, m, Number(day)) + weeks * 7 * 86_400_000);
    const name = mon.length <= 4 ? MONTHS[d.getUTCMonth()]!.slice(0, 3) + (mon.startsWith('Sept') && d.getUTCMonth() === 8 ? 't' : '') : MONTHS[d.getUTCMonth()]!;
    const out = `${name}${dot} ${d.getUTCDate()}`;
    return yearPart ? `${out}${yearPart.replace(/\d{4}/, String(d.getUTCFullYear()))}` : out;
  });
}

/** Surnames of the people the pipeline finds speaking on a page (so renaming keeps quotes attributable). */
function surnamesOn(name: string, text: string): string[] {
  const found = new Set<string>();
  for (const sp of analyseText(name, text).speakers) {
    if (sp.kind === 'organisation') continue;
    for (const n of [sp.name, ...sp.aliases]) {
      const last = /([A-Z][\p{L}'-]{2,})$/u.exec(n)?.[1];
      if (last && n.includes(' ')) found.add(last);
    }
  }
  return [...found];
}

export interface GenOptions {
  articles: number;
  out: string;
  seed: number;
  templates: string;
}

/** Writes the corpus and returns how many pages, articles and bytes it wrote. */
export function genCorpus(o: GenOptions): { pages: number; articles: number; bytes: number } {
  const templates = readdirSync(o.templates)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(o.templates, f), 'utf8');
      return { text, articles: segmentPage(f, text, { fileDate: null }).articles.length, surnames: surnamesOn(f, text) };
    })
    .filter((t) => t.articles > 0);
  if (templates.length === 0) throw new Error(`no template pages in ${o.templates}`);
  const rand = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let articles = 0;
  let pages = 0;
  let bytes = 0;
  while (articles < o.articles) {
    const t = pick(templates);
    let text = t.text;
    // Rename surnames consistently (every occurrence on the page), keeping the first names.
    for (const s of t.surnames) text = text.replace(new RegExp(`\\b${s}\\b`, 'g'), `${pick(LAST)}${pick(['', 'a', 'o', 'en', 'ski'])}`);
    text = shiftDates(text, Math.floor(rand() * 520) - 260, 2000 + Math.floor(rand() * 24));
    // Nudge counts and amounts (`6,000 people`, `18 clubs`, `50 million euros`) so reports without
    // renamed people or dates in their lead still differ from page to page (before this, two in
    // three generated articles at 50k repeated one already kept). Day numbers (≤ 31), years and
    // shares are left alone: dates stay consistent and shares are nudged below.
    text = text.replace(/(?<![\d.,:/-])(\d{1,3}(?:,\d{3})+|\d{2,5})(?![\d.,:/-]?\d)(?!\s*(?:%|percent|per cent))/g, (all: string) => {
      const n = Number(all.replace(/,/g, ''));
      if (n <= 31 || (all.length === 4 && n >= 1900 && n <= 2099)) return all;
      const v = Math.max(32, Math.round(n * (0.8 + rand() * 0.4)));
      return all.includes(',') ? v.toLocaleString('en-US') : String(v);
    });
    // Nudge percentages and counts so polls differ from page to page.
    text = text.replace(/\b(\d{1,2}) (percent|per cent)\b/g, (_, n: string, w: string) => `${Math.max(1, Math.min(99, Number(n) + Math.floor(rand() * 7) - 3))} ${w}`);
    for (const [re, alts] of TOPIC_SWAPS) text = text.replace(re, () => pick(alts));
    text = swapPlaces(text, pick);
    const folder = join(o.out, String(Math.floor(pages / PAGES_PER_FOLDER)).padStart(3, '0'));
    if (pages % PAGES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const name = join(folder, `page-${String(pages + 1).padStart(6, '0')}.txt`);
    writeFileSync(name, text);
    bytes += Buffer.byteLength(text);
    articles += t.articles;
    pages++;
  }
  return { pages, articles, bytes };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = Number(arg('articles', '1000'));
  const out = arg('out', 'bench/out/corpus');
  if (!Number.isInteger(articles) || articles < 1) {
    process.stderr.write('usage: npm run gen-corpus -- --articles N --out DIR [--seed S] [--templates DIR]\n');
    process.exit(2);
  }
  const r = genCorpus({ articles, out, seed: Number(arg('seed', '1')), templates: arg('templates', 'data') });
  process.stdout.write(`wrote ${r.pages} pages, ${r.articles} articles, ${(r.bytes / 1e6).toFixed(1)} MB to ${out}\n`);
}
