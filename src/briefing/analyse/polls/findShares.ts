/**
 * Share expressions in one sentence: `57 percent`, `57%`, `57 per cent`, `Fifty-seven percent`,
 * `six out of 10 Poles`, `six in 10`, `a third`, `half of`, `two-thirds`, ranges (`40-45 percent`)
 * and decimals (`42.5%`). Method: one regular-expression scan (cheap), then context rules that keep
 * out numbers that are not shares of people asked: thresholds (`fallen below 30 percent`), changes
 * (`rose 3 percent`, `12 percentage points`), economic and betting figures (`inflation of 4 percent`,
 * `an 80 per cent probability`), signed market moves (`+0.30%`) and election results (`51.9 percent
 * of the vote`).
 */

/** One share found in a sentence. */
export interface Share {
  /** Offset of the share expression in the sentence (end exclusive). */
  start: number;
  end: number;
  text: string;
  percent: number;
  /** True for word shares that round (`six in 10`, `a third`, `half`): a precise figure for the same answer replaces it. */
  approximate: boolean;
  /** For `N in 10 X` / `N out of 10 X`: the group X (`Poles`), when written. */
  group: string | null;
  /** True for the first number of `49 percent to 45 percent` / `46-45` pairs (the second follows). */
  pairedWithNext: boolean;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Reads `57`, `42.5`, `fifty-seven`, `Six`, `a hundred` as a number; null otherwise. */
export function readNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s === 'a hundred' || s === 'one hundred' || s === 'hundred') return 100;
  const unit = UNITS.indexOf(s);
  if (unit >= 0) return unit;
  const [t, u] = s.split(' ');
  const tens = TENS.indexOf(t ?? '');
  if (tens < 2) return null;
  if (u === undefined) return tens * 10;
  const uu = UNITS.indexOf(u);
  return uu >= 1 && uu <= 9 ? tens * 10 + uu : null;
}

const WORD_NUM =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)';
const DIGITS = '\\d{1,3}(?:\\.\\d+)?';
const NUM = `(?:\\d{1,3}(?:\\.\\d+)?|${WORD_NUM})`;
const PCT_UNIT = '(?:\\s?%|\\s?(?:per\\s?cent|percent|pct)(?!age)\\b)';
const DENOM = '(?:10|ten|100|a hundred|five|four|three|two)';
const FRACTION =
  '(?:two[- ]thirds|three[- ]quarters|three[- ]fifths|two[- ]fifths|(?:a|one)[- ](?:third|quarter|fifth)|half)';

/** The candidate scan: percent forms (with an optional range/pair partner), `N in/out of D`, fractions. */
const SHARE_RE = new RegExp(
  [
    // `between 40 and 45 percent` / `40-45 percent` / `49 percent to 45 percent` / `46 per cent-45 per cent`
    // (digits only: `Fifty-seven percent` is one number, not a pair)
    `(?<pct1>${DIGITS})(?<u1>${PCT_UNIT})?\\s*(?<join>[-–]to[-–]|-|–|to|and)\\s*(?<pct2>${DIGITS})(?<u2>${PCT_UNIT})`,
    // `the Coalition ahead of Labor 51-49`: a two-party split with no unit (kept only after lead words, see below)
    `(?<lp1>\\d{2})\\s?[-–]\\s?(?<lp2>\\d{2})(?![\\d%.,]\\d|\\s?(?:%|per\\s?cent|percent|pct))`,
    `(?<pct>${NUM})${PCT_UNIT}`,
    `(?<num>${NUM})\\s+(?:out\\s+of|in)\\s+(?<den>${DENOM})\\b(?:\\s+(?<grp>(?:[A-Z]\\.){2,3}\\s+[a-z]+\\b|[A-Z][\\p{L}'’-]+|(?:[a-z]+\\s){0,1}(?:people|adults|voters|respondents|residents|citizens|men|women|members|supporters|households|workers|parents|young people)\\b))?`,
    `\\b(?<frac>${FRACTION})\\b`,
  ].join('|'),
  'giu',
);

/** Words that make a number a bound, not a measured share (`below 30 percent`, `more than half`; `below the 32.6 per cent recorded at the last election`, a level compared with). */
const BOUND_BEFORE = /\b(?:more than|less than|fewer than|over|under|below|above|at least|at most|exceed\w*|up to|as (?:high|low|much|many) as|threshold of|hurdle of)(?:\s+the)?\s*$/i;
/** Hedges that keep a bound-looking share a share (`just over half`, `just under 40 percent`, `as many as 67.5 percent of respondents`). */
const HEDGE_BEFORE = /\bjust\s+(?:over|under|below|above)\s*$|\bas\s+many\s+as\s*$/i;
/** A level reached, not a bound: `Kılıçdaroğlu’s vote goes up to 47.3 percent`, `its share may go up to 40 per cent`, `Fianna Fáil is up to 23 per cent`. */
const LEVEL_UP_TO = /\b(?:go|goes|went|gone|going|move[sd]?|moving|climb(?:s|ed)?|edge[sd]?|inch(?:es|ed)?|jump(?:s|ed)?|is|are|was|were)\s+up\s+to\s*$/i;
/** A change, not a level: `rose 3 percent`, `by 50 percent`, `loses 0.5%`, `gaining 2%`. (`backed by 47 percent`, `followed by 17 percent for …` are handled by PASSIVE_BY.) */
/** A move told as a noun, then whose it is, before a bracketed `from to` pair: `an increase for Rahul Gandhi (`, `a marginal dip for PM Modi (`. */
const MOVE_NOUN_BEFORE = /\b(?:increase|rise|jump|gain|climb|dip|drop|fall|decline|slide|slip)s?\s+(?:in\s+\S+\s+)?(?:for|of)\s+[^()]{1,40}\(\s*$/i;
/** Characters before a bracketed pair read for {@link MOVE_NOUN_BEFORE}. */
const MOVE_NOUN_REACH = 70;
const CHANGE_BEFORE = /\b(?:by|up|down|rose|fell|jumped|dropped|climbed|grew|increased|decreased|declined|slipped|gained|lost|cut|raised?|reduced?|reducing|lowered|plunged|soared|surged|tumbled|added|shed|loses|losing|gains|gaining|adds|adding|sheds|shedding|drops|dropping|falls|falling|rises|rising|climbs|climbing|slips|slipping|jumps|jumping|grows|growing|increases|increasing|decreases|decreasing|declines|declining)\s*(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
const PASSIVE_BY = /\b(?:supported|backed|favou?red|chosen|preferred|opposed|approved|rejected|endorsed|trusted|cited|named|followed)\s+by\s*$/i;
/** Economic, market and betting words right before a percentage (`inflation of 4 percent`, `turnout was 64 percent`). */
const NON_POLL_BEFORE =
  /\b(?:growth|inflation|unemployment|jobless|interest rates?|tax(?:es)?|tariffs?|VAT|GDP|stake|shares|stocks?|index|turnout|emissions|discount|prices?|wages?|salar(?:y|ies)|budget|deficit|debt|revenues?|profits?|sales|exports?|imports?|odds|probability|chance|bookmakers?|betting|yields?|save|lead|margin|gap|swing|rates?|cases|mortality|capacity|share of the vote|vote share)\b(?:\s+rates?)?[\s,]*(?:(?:of|at|to|was|is|were|are|stood at|stands at|reached|hit|rose to|fell to|dropped to|climbed to|by|from|gave\s+[^,.;]{1,30}?)\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|an?\s+|the\s+|just\s+)?$/i;
/** Words right after a percentage that show it is not a share of people asked (`37.4 per cent of the total votes polled in the 2019 election`: a result). */
const NON_POLL_AFTER =
  /^\s*(?:-?\s*points?\b|percentage|probability|chance|odds|likelihood|stake|interest|tariffs?|discount|off\b|a year|annually|year-on-year|growth|rise|increase|decrease|drop|fall|decline|cut|raise|hike|boost|bump|hit\b|jump|gain|dip|lift|slump|swing|higher|lower|more|less|rates?\b|inflation|unemployment|turnout|margin|lead|ahead\b|behind\b|clear of\b|majority|threshold|mark\b|of (?:the )?(?:gdp|economy|budget|market|revenue|emissions|seats|time|electorate\b(?! (?:say|said|want|back|support|oppose)))|of (?:its|their|his|her) |of (?:the )?(?:total |valid )?votes (?:polled|cast)\b)/i;
/**
 * A sign or currency just before the number: market moves and money. A minus sign is written against
 * its number (`-0.2`); a dash with a space after it separates a name from its share in a results
 * row (`Liberals - 35%`).
 */
// (A hyphen glued after a word is no minus: `more Canadians-49 % say they disapprove`.)
const SIGN_BEFORE = /(?:[+±$£€¥]\s*|(?<![\p{L}])[-−])$/u;
/** A count restated as a share: `17.4 million voters, or 51.9 percent` (vote tallies, not poll answers). */
const COUNT_OR_BEFORE = /\d[\d.,]*\s*(?:million|billion|thousand)?(?:\s+[\p{L}-]+){0,2},?\s+or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/iu;
/** Time and counting nouns after `N in 10`: `one in 10 years` is not a share. */
const NOT_GROUP_AFTER_IN = /^\s*(?:years?|days?|months?|weeks?|hours?|minutes?|cases?|games?|matches|times|attempts|tries)\b/i;
/** Nouns after `half`/`a third` that are not people: `half of the year`, `a third of the budget`. */
const NOT_PEOPLE_AFTER_FRACTION =
  /^\s*(?:an?\s+|the\s+|its\s+|their\s+)?(?:\d|hour|year|century|decade|month|week|day|time|season|game|match|budget|money|funds|cost|revenue|seats|votes?\b|the vote|country|city|population of|world|way|dozen|million|billion|mile|kilomet)/i;
/** Fraction values (rounded to whole percent, as papers print them). */
const FRACTION_PERCENT: Record<string, number> = {
  half: 50,
  'a third': 33,
  'one third': 33,
  'two thirds': 67,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  'a fifth': 20,
  'one fifth': 20,
  'two fifths': 40,
  'three fifths': 60,
};
/** Verbs that show a fraction stands for people answering: `a third said`, `half oppose`. */
const FRACTION_PEOPLE_AFTER = /^\s*(?:of\s+|said|say|says|think|thought|want|wanted|support|supported|oppose|opposed|back|backed|favou?r|approve|disapprove|believe|believed|would|were|are|had|have|did|do|expect|fear|(?:reported|report|use|used|employ|own|owned|agree|agreed|disagree|disagreed|prefer|preferred|worry|worried|trust|trusted|consider|considered|describe|described|identify|identified|rate|rated|plan|planned)\b)/i;

/** Nouns for groups of people after `N in 10`. */
const PEOPLE_NOUN = /\b(?:people|adults|voters|respondents|residents|citizens|men|women|members|supporters|households|workers|parents)$/i;

/** Percent values must lie in 0–100. */
const MAX_PERCENT = 100;

/** A stance verb (lower case: a verb, not `Support for …`) and its object before `by` and a pair: `voters oppose the project by 78%-17%` (Quinnipiac's way of printing a split). */
const STANCE_BY = /\b(?:oppose[sd]?|support(?:s|ed)?|favou?r(?:s|ed)?|approve[sd]?|disapprove[sd]?|agree[sd]?|disagree[sd]?)\b[^.;,]{0,40}\bby\s*$/;

/** Lead words before a `49 percent to 45 percent` pair: the pair is two shares, not a range. */
const LEAD_BEFORE = /\b(?:ahead|leading|led|leads|lead|trail(?:s|ed|ing)?|behind|in front|beat(?:s|ing)?|edg(?:e|es|ed|ing)|split|tie|tied|versus|vs\.?|favou?red over|preferred (?:over|to))\b[^.;]{0,30}$/i;

/** Largest unitless change read before the level it reached (`up 0.4 to 9.8%`): poll moves are points, not tens of points. */
const MAX_UNITLESS_CHANGE = 15;
/** A lead over a rival named with a title, right before a pair: `leads former Boston City Councilor Andrea Campbell, `. */
const LEAD_OVER_TITLED_RIVAL = /\b(?:leads|led|leading|ahead\s+of|beats?|tops|topped)\s+(?:(?:former|incumbent|current|state|the)\s+)*(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}\p{Lu}[\p{L}'’-]*,\s*$/u;
/** Lead words before a unitless pair: those of {@link LEAD_BEFORE} a game's score does not follow (not `beat`, `edged`, `tied`, `versus`). */
const UNITLESS_LEAD_BEFORE = /\b(?:ahead|leading|leads|lead|trail(?:s|ed|ing)?|behind|in front|favou?red over|preferred (?:over|to))\b[^.;]{0,30}$/i;
/** Between two unitless lead pairs of one lead: ` without leaners and `, ` among likely voters and `. */
export const PAIR_TOLD_AGAIN = /^\s+(?:with|without|among|including|excluding)\b[^.;:\d]{0,40}\band\s+$/;
/** Least total of a unitless lead pair read as two shares (`51-49`, `69-14`, a primary's `26-25`): after lead words, small scores and counts stay out. */
const MIN_SPLIT_TOTAL = 30;

function ok(percent: number | null): percent is number {
  return percent !== null && percent >= 0 && percent <= MAX_PERCENT;
}

/** Whether the text before a share rules it out (bound, change, economic figure, sign). */
/** People a share is of, right after it: ` of voters`, ` of those asked`, ` of the respondents`. */
const BY_PEOPLE_AFTER = /^\s+of\s+(?:the\s+|those\s+|all\s+)?(?:[\p{Ll}-]+\s+)?(?:voters|respondents|people|adults|those|citizens|residents|members|Americans|Britons|Canadians|Australians|participants|electors|supporters)\b/u;

/** The start of an age range right before a figure (`those aged 35 to 49`, `between the ages of 18 and 35`): the figure is an age. */
const AGE_RANGE_BEFORE = /\b(?:aged|ages(?:\s+of)?|between\s+the\s+ages\s+of)\s+\d{1,3}\s*(?:to|and|-|–)\s*$/i;

function badBefore(before: string): boolean {
  if (SIGN_BEFORE.test(before) || COUNT_OR_BEFORE.test(before)) return true;
  if (BOUND_BEFORE.test(before) && !HEDGE_BEFORE.test(before) && !LEVEL_UP_TO.test(before)) return true;
  if (CHANGE_BEFORE.test(before) && !PASSIVE_BY.test(before)) return true;
  return NON_POLL_BEFORE.test(before);
}

/**
 * Every share in a sentence, in order, with the non-poll numbers left out. A pair `49 percent to
 * 45 percent` (or `46-45` after lead words / before `split`) gives two shares; `between 40 and 45
 * percent` or an ascending `40-45 percent` gives one share at the midpoint.
 */
export function findShares(sentence: string): Share[] {
  const out: Share[] = [];
  let lastLeadPairEnd = -1;
  for (const m of sentence.matchAll(SHARE_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 60), start);
    const after = sentence.slice(end);
    if (/[\d.,]$/.test(sentence.slice(0, start)) || /^,?\d/.test(after)) continue;
    if (g['pct1'] !== undefined) {
      const a = readNumber(g['pct1']);
      const b = readNumber(g['pct2'] ?? '');
      // (`favoured over Shorten by 41% to 38%`, `leads Baker by 47 to 40 percent`: after a lead, `by` tells the pair, not a change.)
      const led = LEAD_BEFORE.test(before);
      // (`voters oppose the project by 78%-17%`: after a stance, `by` tells the pair too.)
      const stanceBy = g['u1'] !== undefined && STANCE_BY.test(before) && !CHANGE_BEFORE.test(before.replace(/\bby\s*$/i, ''));
      // Only the second figure, the level reached, as a share (see the two cases below).
      const levelReached = (level: number): void => {
        const secondStart = start + m[0].lastIndexOf(g['pct2'] ?? '');
        out.push({ start: secondStart, end, text: sentence.slice(secondStart, end), percent: level, approximate: false, group: null, pairedWithNext: false });
      };
      // (`57 percent of those aged 35 to 49 and 54 percent for those 65 and older`: the first figure
      // ends an age range; only the second is a share.)
      if (AGE_RANGE_BEFORE.test(before)) {
        if (g['u2'] !== undefined && ok(b)) levelReached(b);
        continue;
      }
      // (`the Greens were up 0.4 to 9.8%`, `Act dropped 0.5 to 8.6%`: a change with no unit after a move's
      // word, then the level it reached; not a range.)
      if (g['u1'] === undefined && /^to$/i.test(g['join'] ?? '') && /\b(?:up|down|rose|fell|dropped|climbed|slipped|gained|lost|jumped|edged\s+(?:up|down))\s*$/i.test(before) && a !== null && b !== null && a <= MAX_UNITLESS_CHANGE && ok(b) && !NON_POLL_AFTER.test(after)) {
        levelReached(b);
        continue;
      }
      // (`has plummeted by 1.3% to 54.7%`, `rose 3 percent to 45 percent`: a change, then the level it
      // reached, which is a share.)
      // (Not a lead's pair, `favoured over Shorten by 41% to 38%`: a change is smaller than the level it reaches.)
      if (g['u1'] !== undefined && /^to$/i.test(g['join'] ?? '') && CHANGE_BEFORE.test(before) && !led && !stanceBy && a !== null && b !== null && a < b && ok(b) && !NON_POLL_AFTER.test(after)) {
        levelReached(b);
        continue;
      }
      // (`has a nine-point lead, 49%-40%,`, `has a 49%-40% lead over Hugin`: a pair around the lead noun
      // is the two levels, not the margin.)
      const pairOfLevels = g['u1'] !== undefined && a !== null && b !== null && a > b;
      // (`holds a 69%-13% advantage among …`, `a 55-40 edge over`: the lead's other nouns.)
      const leadBefore = pairOfLevels && /\b(?:lead|advantage|edge)\s*,?\s*$/i.test(before);
      // (A unit written twice, `46%-35% percent lead`, is a slip: still the lead.)
      const leadAfter = pairOfLevels && /^\s*(?:per\s?cent\s+)?(?:lead|advantage|edge)\b/i.test(after);
      // (`Tom Harkin, D-Iowa, is up 52-42 percent over GOP Representative Jim Lightfoot`: `up` a lead, not a change.)
      const overAfter = a !== null && b !== null && a > b && /^[-–]$/.test(g['join'] ?? '') && /^\s*(?:over|against)\s+(?:\p{Lu}|the\s|[\p{Ll}]+\s+\p{Lu})/u.test(after);
      if (!ok(a) || !ok(b) || (badBefore(before) && !((led || stanceBy) && /\bby\s*$/i.test(before)) && !leadBefore && !overAfter) || (NON_POLL_AFTER.test(after) && !leadAfter)) continue;
      // (`increased from 32 to 36 per cent`: a move from an earlier level, not a range; the level now
      // is the share.)
      if (g['u1'] === undefined && /\bfrom\s*$/i.test(before) && /^to$/i.test(g['join'] ?? '')) {
        levelReached(b);
        continue;
      }
      // (`Jean-Luc Mélenchon (11% to 12%)`: a rising pair alone in brackets after a name is a range.)
      // (`an increase for Rahul Gandhi (24 to 27%)`, `a marginal dip for PM Modi (44 to 43%)`: a move
      // told by its noun before the bracket, not a range; both levels are kept, as a pair, the
      // earlier one the earlier poll's (see pickAnswers).)
      const bracketedMove = /\(\s*$/.test(before) && /^\s*\)/.test(after) && /^to$/i.test(g['join'] ?? '') && MOVE_NOUN_BEFORE.test(before.slice(-MOVE_NOUN_REACH));
      const bracketedRange = !bracketedMove && /\(\s*$/.test(before) && /^\s*\)/.test(after) && /^to$/i.test(g['join'] ?? '') && a < b;
      const pair = !bracketedRange && (g['u1'] !== undefined || a > b || led || bracketedMove || /^\s*split\b/i.test(after));
      const rangeWord = bracketedRange || /\bbetween\s*$/i.test(before);
      if (g['join']?.toLowerCase() === 'and' && !rangeWord) {
        // `48 percent and 45 percent`: two shares told one after the other.
        const secondStart = start + m[0].lastIndexOf(g['pct2'] ?? '');
        out.push({ start, end: secondStart, text: sentence.slice(start, secondStart).replace(/\s*and\s*$/i, ''), percent: a, approximate: false, group: null, pairedWithNext: false });
        out.push({ start: secondStart, end, text: sentence.slice(secondStart, end), percent: b, approximate: false, group: null, pairedWithNext: false });
      } else if (pair && !rangeWord) {
        const secondStart = start + m[0].indexOf(g['pct2'] ?? '', (g['pct1'] ?? '').length);
        out.push({ start, end: secondStart, text: sentence.slice(start, secondStart).replace(/[\s\-–]*(?:to)?[\s\-–]*$/i, ''), percent: a, approximate: false, group: null, pairedWithNext: true });
        out.push({ start: secondStart, end, text: sentence.slice(secondStart, end), percent: b, approximate: false, group: null, pairedWithNext: false });
      } else {
        out.push({ start, end, text: m[0], percent: (a + b) / 2, approximate: false, group: null, pairedWithNext: false });
      }
      continue;
    }
    if (g['lp1'] !== undefined) {
      // A pair of levels with no unit, as leads are printed (`ahead of Labor 51-49`, `Labor leads the
      // Coalition 54-46 on a two-party basis`, `Healey is ahead 69-14`): only after lead words, two
      // figures of two digits that make up no more than a whole, so that scores, ages and years stay out.
      const a = Number(g['lp1']);
      const b = Number(g['lp2']);
      // (Or right after such a pair, told again another way: `26-25 without leaners and 29-28 with`.)
      const again = lastLeadPairEnd >= 0 && PAIR_TOLD_AGAIN.test(sentence.slice(lastLeadPairEnd, start));
      if (!(UNITLESS_LEAD_BEFORE.test(before) || LEAD_OVER_TITLED_RIVAL.test(before) || again) || a + b < MIN_SPLIT_TOTAL || a + b > MAX_PERCENT || /[-–]\s*$/.test(before) || /^\s*[-–]?\s*\d/.test(after)) continue;
      const secondStart = start + m[0].lastIndexOf(g['lp2']!);
      out.push({ start, end: secondStart, text: g['lp1']!, percent: a, approximate: false, group: null, pairedWithNext: true });
      out.push({ start: secondStart, end, text: g['lp2']!, percent: b, approximate: false, group: null, pairedWithNext: false });
      lastLeadPairEnd = end;
      continue;
    }
    if (g['pct'] !== undefined) {
      const p = readNumber(g['pct']);
      // (`considered the more qualified choice by 43 percent of voters`: `by` a share of people is who
      // judged so, not a change.)
      const byPeople = /\bby\s*$/i.test(before) && BY_PEOPLE_AFTER.test(after);
      // (`Dutton had a narrow lead of 36 per cent over Albanese on 35 per cent`: the leader's level, the
      // rival's told after it.)
      const leadLevel = /\blead\s+of\s*$/i.test(before) && LEAD_LEVEL_AFTER.test(after);
      if (!ok(p) || (badBefore(before) && !byPeople && !leadLevel) || NON_POLL_AFTER.test(after)) continue;
      out.push({ start, end, text: m[0], percent: p, approximate: false, group: null, pairedWithNext: false });
      continue;
    }
    if (g['num'] !== undefined) {
      const n = readNumber(g['num']);
      const d = readNumber(g['den'] === 'a hundred' ? '100' : (g['den'] ?? ''));
      if (n === null || d === null || d === 0 || n > d) continue;
      if (NOT_GROUP_AFTER_IN.test(after) || (BOUND_BEFORE.test(before) && !HEDGE_BEFORE.test(before)) || SIGN_BEFORE.test(before)) continue;
      // `2 of 3 polls`-style counts need `out of`/`in` and a denominator that papers use for shares.
      let grp = g['grp'] ?? null;
      let gEnd = end;
      // The scan is case-insensitive; a lowercase word is a group only when it names people.
      if (grp !== null && NOT_GROUP_AFTER_IN.test(grp)) continue;
      if (grp !== null && /^\p{Ll}/u.test(grp) && !PEOPLE_NOUN.test(grp)) {
        gEnd = end - m[0].length + m[0].lastIndexOf(grp);
        grp = null;
      }
      const text = sentence.slice(start, gEnd).trimEnd();
      out.push({ start, end: start + text.length, text, percent: Math.round((n / d) * 100), approximate: true, group: grp, pairedWithNext: false });
      continue;
    }
    if (g['frac'] !== undefined) {
      const key = g['frac'].toLowerCase().replace(/-/g, ' ');
      const p = FRACTION_PERCENT[key];
      if (p === undefined) continue;
      if (!FRACTION_PEOPLE_AFTER.test(after) || NOT_PEOPLE_AFTER_FRACTION.test(after.replace(/^\s*of\s+/i, ' '))) continue;
      if (BOUND_BEFORE.test(before) && !HEDGE_BEFORE.test(before)) continue;
      if (/\b(?:one and|by|in|the|first|second)\s*$/i.test(before) && key === 'half') continue;
      out.push({ start, end, text: m[0], percent: p, approximate: true, group: null, pairedWithNext: false });
    }
  }
  // A list's last item with its unit left out, closing the sentence: `The AfD is at 10 percent, the
  // left is 7.` (only right after a share written with its unit).
  const last = out[out.length - 1];
  if (last !== undefined && !last.approximate) {
    const tail = UNITLESS_LAST_ITEM.exec(sentence.slice(last.end));
    const p = tail ? Number(tail[1]) : null;
    if (tail && p !== null && ok(p)) {
      const start = last.end + tail.index + tail[0].lastIndexOf(tail[1]!);
      out.push({ start, end: start + tail[1]!.length, text: tail[1]!, percent: p, approximate: false, group: null, pairedWithNext: false });
    }
  }
  return out;
}

/** ` over Albanese on 35 per cent` after `a lead of N per cent`: the rival and its own level. */
const LEAD_LEVEL_AFTER = /^\s+over\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:on|at|with)\s+\d/u;
/** `, the left is 7.`, `, and the Greens 9.`, ` to the Conservatives 30.7.` after a share: a name, perhaps a verb of standing, and a bare figure ending the sentence. */
const UNITLESS_LAST_ITEM = /^(?:,\s+(?:and\s+)?|\s+to\s+)(?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:(?:is|are|was|were|stands|stood|at|on)\s+)?(?:at\s+)?(\d{1,2}(?:\.\d)?)\s*[.!]?\s*$/u;
