import type { Article, Poll, PollResult } from '../../briefing/types.js';

// TODO(lead): switch to the pipeline's polls (src/briefing/analyse/polls) once extractPolls lands;
// this stop-gap only reads "N percent … answer" shares in poll paragraphs so /polls works now.

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER = String.raw`(\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const SHARE = new RegExp(String.raw`\b${NUMBER}\s*(?:percent|per cent|%)`, 'gi');
const POLL_WORD = /\b(poll|survey|surveyed|polled)\b/i;
/** Words kept from the end of a share's clause as its answer label. */
const LABEL_WORDS = 3;
/** A poll needs at least this many shares. */
const MIN_SHARES = 2;

function numberValue(s: string): number | null {
  const n = Number(s);
  if (!Number.isNaN(n)) return n;
  const [t, u] = s.toLowerCase().split(/[- ]/);
  if (t !== undefined && t in TENS) return TENS[t]! + (u !== undefined ? (UNITS[u] ?? 0) : 0);
  return t !== undefined ? (UNITS[t] ?? null) : null;
}

/**
 * Polls of articles: a paragraph naming a poll or survey with at least two `N percent …` shares.
 * Each share's label is the last few words of its clause (`opposed the missiles`, `in favour`),
 * without a leading `were`/`had`/`are`. Pollster, sample and dates are left unknown.
 */
export function fallbackPolls(articles: readonly Article[]): Poll[] {
  const polls: Poll[] = [];
  for (const a of articles) {
    for (const p of a.paragraphs) {
      if (!POLL_WORD.test(p)) continue;
      const results: PollResult[] = [];
      const shares = [...p.matchAll(SHARE)];
      shares.forEach((m, i) => {
        const percent = numberValue(m[1]!);
        const clause = p.slice(m.index + m[0].length, shares[i + 1]?.index ?? p.length).split(/[,;.]/)[0]!;
        const words = clause.replace(/\b(while|and|but|whereas)\b.*$/i, '').trim().split(/\s+/).filter(Boolean);
        const label = words.slice(-LABEL_WORDS).join(' ').replace(/^(were|was|had|are|is|have)\s+/i, '');
        if (percent !== null && label) results.push({ answer: label, percent });
      });
      if (results.length >= MIN_SHARES) {
        polls.push({ articleId: a.id, pollster: null, sampleSize: null, population: null, published: a.date, fieldwork: null, subject: a.headline, results });
      }
    }
  }
  return polls;
}
