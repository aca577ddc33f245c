/**
 * Tense of the clause around a date expression, for the project's refiners: news reports mostly
 * tell what happened (`said Monday`, `rejected on Thursday`) but also what is due (`will visit
 * Warsaw on Tuesday`, `is due to`, `expected them to meet in September`). chrono-node has no such
 * notion (it resolves a bare weekday by its own nearest-day rule), so this is the project's own
 * heuristic: the tense cue nearest to the expression inside its sentence wins (the method of
 * HeidelTime's "tense of the closest verb" rule for underspecified expressions); with no cue the
 * news default is the past.
 */

export type Tense = 'past' | 'future' | 'none';

interface Cue {
  re: RegExp;
  tense: Exclude<Tense, 'none'>;
  /** Farthest distance (UTF-16 units) at which the cue still governs; unlimited when absent. */
  reach?: number;
  /**
   * An infinitive of purpose, the complement of the clause's verb: it governs a date after it, but
   * one before it belongs to that verb when the verb is told in the past (`voted at their Jan. 31
   * meeting to hold rates`: the vote is gone; `Leaders gather on Monday to sign` looks ahead).
   */
  complement?: true;
  /** Governs only a date after it (`adjourned until Jan. 18`; `on Tuesday adjourned` is past). */
  ahead?: true;
}

/** An infinitive governs a date only close by: `expected them to meet in September` (future) but `agreed to sell its 50% stake in TNK-BP to Rosneft in October` (the agreeing, past). */
const INFINITIVE_REACH = 25;

/** `ahead of` governs a date within the phrase of the event it names (`ahead of our final Premier League game of the season, away at Wolves on Sunday`). */
const AHEAD_OF_REACH = 100;

/** A prospect noun (`chance of`) governs a date only close by: `a 60 percent chance of a cut in December`. */
const PROSPECT_REACH = 25;

/** A deferral's new date follows it closely (`rescheduled the trial for Oct. 1`). */
const DEFERRAL_REACH = 30;

/** `was set for` governs the date it names right after `for` (`for Jan. 14`, `for early next month`), not a later one. */
const SET_FOR_REACH = 12;
/** `was`/`were` and an adverb before a plan word (`was originally`): the plan was fixed in the past. */
const PAST_AUX_BEFORE_FIXING = String.raw`(?:was|were)\s+(?:(?:also|originally|initially|first)\s+)?`;
/** A date fixed in the past (`was set`, `were originally scheduled`): see SET_FOR_REACH. */
const FIXED_IN_PAST = String.raw`${PAST_AUX_BEFORE_FIXING}(?:set|scheduled|slated|planned|due|expected|rescheduled)`;

/** A fixture's participle governs a date within its phrase (`starting at The Oval on Thursday`). */
const FIXTURE_REACH = 40;

/** A plan word right after a weekday's possessive governs only that weekday (`Friday's scheduled vote`). */
const POSSESSIVE_PLAN_REACH = 10;

/** A word ending in -ed: a past verb, unless {@link ED_NOT_VERB} or after a possessive. */
const ED_CUE = /\b[a-z]{3,}ed\b/gi;
/** A bare `be` right before a word (`be opened`). */
const BARE_BE_BEFORE = /\bbe\s$/;
/** The end of a possessive right before a word (`Friday's `, `the council’s `). */
const POSSESSIVE_BEFORE = /\w['’]s\s$/;

// Order matters only for overlapping cues at the same place: the first listed wins.
const CUES: readonly Cue[] = [
  // An event a weekday's possessive names as planned: `in Friday's scheduled no-confidence vote`,
  // `Sunday's planned rally` (an -ed word after a possessive is no past verb, see POSSESSIVE_BEFORE).
  { re: /(?<=\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+)(?:scheduled|planned|proposed|expected|upcoming)\b/g, tense: 'future', reach: POSSESSIVE_PLAN_REACH },
  // `would have taken`, `would've`, `could have` look back.
  // (So does a plan that fell through, `whose appeal was to have been heard in March`.)
  { re: /\b(?:would|could|should|might|must|was\s+to|were\s+to)\s*(?:n['’]t\s+|\s+not\s+)?(?:have\b|['’]ve\b)/gi, tense: 'past' },
  // The cue runs to the main verb, so `will be published in May` is future although `published` ends in -ed.
  // (An adverb may stand before the verb: `will likely stretch into Wednesday`.)
  { re: /(?:\b(?:will|shall|won['’]t)|['’]ll)(?:\s+not)?(?:\s+(?:likely|probably|also|still|then|soon|now|again|only|just|certainly|surely|definitely|eventually|finally|further|most\s+likely))?(?:\s+be)?(?:\s+\w+)?/gi, tense: 'future' },
  // Passive infinitives and modal passives look ahead: `is due to be paid on Friday`, `could be signed in March`.
  // (Not after a verb of seeming or saying: `many seem to be on edge today`, `was said to be ill`;
  // nor of finding out: `remains … were confirmed to be the marketing executive on Friday`.)
  { re: /(?<!\b(?:seems?|seemed|seeming|appears?|appeared|appearing|proved|proves?|proven|happens?|happened|tends?|tended|said|believed|thought|known|reported|claimed|understood|found|used|confirmed|revealed|shown|identified|presumed|feared|deemed|considered|estimated)\s+)\bto\s+be\s+\w+/gi, tense: 'future' },
  // (`could not be` tells a past failure, as `could not` does below: `the case could not be heard on Tuesday`.)
  { re: /\b(?:could(?!\s+not\b)|may|might|should|would|can|must)\s+(?:not\s+)?be\s+\w+/gi, tense: 'future' },
  // A modal of what may come, before its verb: `winds should ease on Friday`, `may force a cut in December`,
  // `the meeting can take place early in February`.
  { re: /\b(?:should|may|might|can)\s+(?:not\s+)?(?!have\b|be\b)[a-z]+/gi, tense: 'future' },
  // What may happen: `a 60 percent chance of a cut in December`, `the risk of a strike in May`.
  { re: /\b(?:chance|chances|risk|risks|prospect|prospects|likelihood|possibility|odds)\s+(?:of|that)\b/gi, tense: 'future', reach: PROSPECT_REACH },
  // `could` before a verb speculates (`could force a cut in December`); `could not` mostly tells a past failure.
  { re: /\bcould\s+(?!not\b|have\b|be\b|n['’]t)[a-z]+/gi, tense: 'future' },
  // Present-tense anticipation: `I expect a signature in January`.
  { re: /\b(?:expect|expects|anticipate|anticipates|foresee|foresees)\b/gi, tense: 'future' },
  // (A date fixed in the past governs only the date it was fixed for: `was set for Jan. 14 by a judge
  // on Wednesday` — the judge set it on the Wednesday gone.)
  { re: new RegExp(String.raw`\b${FIXED_IN_PAST}(?=\s+for\b)`, 'g'), tense: 'future', reach: SET_FOR_REACH },
  // (`set` only as `set to`/`set for`: `was set on fire on Sunday` is past.)
  // (An adverb may stand between: `which is now expected in November`, `are still due to`.)
  { re: new RegExp(String.raw`\b(?!${FIXED_IN_PAST}\s+for\b)(?:is|are|was|were|be|been|being|am)\s+(?:not\s+)?(?:(?:now|still|also|currently|widely|generally|officially)\s+)?(?:due|set(?=\s+(?:to|for)\b)|scheduled|slated|expected|forecast|predicted|projected|poised|going(?=\s+to\b)|planning|likely|supposed|to\s+be)\b`, 'gi'), tense: 'future' },
  // Only the infinitive is the future cue: in `China on Thursday vowed to counter` the date goes with
  // `vowed` (past), in `agreed to meet on Tuesday` with `to meet` (future).
  // (Case-sensitive: the infinitive's verb is lower case; `reported the expected issues to Sugita on
  // Friday` has a name after `to`, not a verb.)
  // (`due` only after a copula: `a 15% cut on June 9 due to state cutbacks` gives a cause, not a plan.)
  { re: /(?<=\b(?:(?:is|are|was|were|be|been|being|not|now|still|originally|also)\s+due|scheduled|slated|expected|expects?|planned|plans?|planning|intends?|intended|aims?|aimed|hopes?|hoped|wants?|wanted|agreed|promised|pledged|vowed|threatened|ready|prepared|preparing|likely)\s+(?:\w+\s+)?)to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]\w*/g, tense: 'future', reach: INFINITIVE_REACH },
  { re: /\b(?:upcoming|forthcoming|coming|next)\b/gi, tense: 'future' },
  // A forecast or plan right before its day: `tropical storm force winds expected Tuesday afternoon`,
  // `a ruling due Friday` (before the -ed cue, which would read `expected` as a past verb).
  // (`rain expected through Thursday`, `until Friday`: a forecast lasting to the day.)
  { re: /\b(?:expected|forecast|predicted|scheduled|slated|due)(?=\s+(?:(?:on|late|early|by|through|until|till)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/g, tense: 'future' },
  // A plan told as the adjective of its event: `a planned 24-hour strike on Monday`, `the proposed
  // vote on Friday` (an -ed word after a determiner is no past verb here).
  // (Matched from the determiner, not with a look-behind at every position: a hot path.)
  // (Written out in both cases, with no flags that slow a scan of every sentence.)
  { re: /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)\s+(?:planned|scheduled|proposed|mooted|threatened)(?=\s+[A-Za-z\d])/g, tense: 'future' },
  // A condition told in the present passive: `If this is passed on Sunday, service would resume`.
  { re: /\b[Ii]f\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:is|are)\s+(?:not\s+)?[a-z]+ed\b/g, tense: 'future' },
  // A headline's `Name to verb`, the headline's future (`Osmania University to take call on … on
  // Saturday`, `Obama to visit Warsaw on Friday`): capitalised words opening the sentence, then the
  // infinitive.
  // (Not an opening participle or preposition, `Speaking to reporters on Friday,`, `According to …`;
  // nor `to` before a noun phrase.)
  { re: /^\s*(?!(?:According|Thanks|Due|Next|Close|Prior|Compared|Welcome|Back|Up|Talking|Speaking)\b)(?:\p{Lu}[\p{L}\p{N}.'’&-]*(?<!ing|ed)\s+){1,6}to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|them|him|me|us|reporters|journalists|date)\b)[a-z]+/gu, tense: 'future' },
  // A fixture or an event set for a day: `the second Test, starting in Mumbai on Friday`, `a repeat
  // election scheduled for Thursday`, `let's talk on Friday`.
  // (The participle before a place or a day, not an adjective: `the starting pitcher on Sunday`.)
  { re: /\b(?:starting|beginning|kicking\s+off|getting\s+under\s+way|commencing)(?=\s+(?:in|at|on|from|next|this)\b)/gi, tense: 'future', reach: FIXTURE_REACH },
  // (Not fixed in the past, `was set for Jan. 14`: see SET_FOR_REACH above.)
  { re: new RegExp(String.raw`(?<!\b${PAST_AUX_BEFORE_FIXING})\b(?:(?:scheduled|slated|planned|due|expected|earmarked|pencil+ed\s+in)\s+(?:for|on)|set\s+for)\b`, 'gi'), tense: 'future' },
  // A fixture on a month's day told in the present, as schedules are: `The Qatar World Cup begins on
  // November 21.`, `the trial opens March 5`.
  { re: /\b(?:kicks\s+off|gets\s+under\s+way|starts|begins|opens|closes|concludes|ends|takes\s+place|resumes|launches|premieres)\b(?=\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/g, tense: 'future', reach: FIXTURE_REACH },
  // A new date a thing is put off to: `She rescheduled the trial for Oct. 1.`, `the vote was postponed
  // until Tuesday`, `adjourned the hearing to March 5` (what is put off is still ahead).
  // (So is a thing drawn out to a new end: `SA Airways has extended its cancellation of flights to Sunday and Monday`.)
  // (Only a date after it: in `A court on Tuesday adjourned until Jan. 18 the trial`, Tuesday is gone.)
  { re: /\b(?:rescheduled|postponed|deferred|adjourned|pushed\s+back|put\s+off|extended)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z]+\s+){0,3}?(?:for|until|till|to)\b/g, tense: 'future', reach: DEFERRAL_REACH, ahead: true },
  // Readiness and an arrangement told with `is to`: `Rover Ready For Saturday Launch`, `gearing up
  // for Sunday's final`, `Alexander is to appear with Trump … on Wednesday`.
  // (Not told in the past: `The team was ready for Saturday's game but lost`; nor `is to blame`.)
  { re: /(?<!\b(?:was|were|been)\s+)\b(?:ready|preparing|prepares|gearing\s+up|gears\s+up)\s+for\b/gi, tense: 'future' },
  { re: /\b(?:is|are)\s+(?:not\s+)?to\s+(?!be\b|blame\b)[a-z]+/gi, tense: 'future' },
  // A fixture told in the present, as schedules are: `the Six Nations kicks off on Saturday`,
  // `Scotland hosts Italy on Sunday`, `the exhibition opens on Friday` (the third person's -s form:
  // `they met on Sunday` and `said on Monday` stay past).
  // (Also with the weekday bare, as sports copy writes it: `a four-game trip that concludes Monday against the Clippers`.)
  { re: /\b(?:kicks\s+off|tips\s+off|gets\s+under\s+way|starts|begins|opens|closes|concludes|ends|wraps\s+up|hosts|faces|plays|visits|travels\s+to|takes\s+on|resumes|launches|premieres|airs)\b(?=[^.!?]{0,30}?\b(?:(?:on|this|next)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/g, tense: 'future', reach: FIXTURE_REACH },
  { re: /\blet['’]s\b/gi, tense: 'future' },
  // What a thing is told before: `spoken to the media ahead of our final game of the season, away at
  // Wolves on Sunday`, `ahead of Thursday's vote`.
  { re: /\bahead of\b/gi, tense: 'future', reach: AHEAD_OF_REACH },
  { re: /\bto\s+(?:be\s+held|take\s+place|start|begin|meet|visit|hold|have|travel|make|sign|vote|decide|announce|open|launch|take\s+effect|come\s+into\s+force|attend|join|mark|celebrate)\b/gi, tense: 'future', reach: INFINITIVE_REACH, complement: true },
  { re: /\bwould\b/gi, tense: 'future' },
  { re: /\b(?:said|told|says|tells|announced|reported|added|stated|declared|ago|earlier|last|previous|past|since|yesterday|was|were|had|did|went|came|met|made|took|gave|held|began|saw|spoke|won|lost|left|sent|brought|thought|felt|found|rose|fell|got|put|ran|set\s+out|wrote|led|paid|kept|sat|stood|hit|cut|quit|broke|chose|drew|drove|flew|grew|knew|showed|struck|swore|threw|woke|wore|sought|fought|bought|caught|taught|meant|read\s+out|shot|stole|slew|fled|bled|hid|forgot|froze|rang|sang|sank|stung|swam|tore)\b/gi, tense: 'past' },
  { re: ED_CUE, tense: 'past' },
];

/** Past forms that are also nouns (`a cut`, `a hit`, `the set`, `the lead`). */
const NOUN_LIKE_PAST = /^(?:cut|hit|put|set|quit|read|lead|led|won|lost|paid|held|stand|stood|drew|drove|fell|fall|rose|met|shot|ring|rang)$/i;
/** A determiner right before a word. */
const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|its|their|his|her|our|any|no|another)\s+$/i;

/** Tokens ending in `-ed` that are not past verbs (adjectives, nouns) and must not count. */
const ED_NOT_VERB = /^(?:need|speed|seed|feed|bed|red|shed|bleed|breed|creed|greed|weed|hundred|united|limited|unlimited|interested|concerned|related|based|detailed|advanced|armed|supposed|alleged|so-called|naked|wicked|sacred|kindred|rugged|aged|beloved|blessed|cursed|crooked|wretched|ragged|dogged|embed|proceed|exceed|succeed|biased|talented|skilled|experienced|qualified|balanced|troubled|disputed|contested|affiliated|sophisticated|complicated|renowned)$/i;

/** Where a sentence around `pos` starts and ends (at `.!?` followed by white space and a capital or quote, or a line break). */
export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  const MAX_REACH = 400; // a sentence longer than this is cut: cues further away do not matter
  let s = start;
  const minS = Math.max(0, start - MAX_REACH);
  while (s > minS) {
    const c = text[s - 1]!;
    if (c === '\n' && /\n\s*$/.test(text.slice(Math.max(0, s - 4), s - 1))) break; // a blank line ends a paragraph; single breaks are wrapping
    if (/\s/.test(c) && /[.!?]["'”’)]?$/.test(text.slice(Math.max(0, s - 4), s - 1)) && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|No|Inc|Corp|Co)\.["'”’)]?$/.test(text.slice(Math.max(0, s - 8), s - 1))) break;
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + MAX_REACH);
  while (e < maxE) {
    const c = text[e]!;
    if (c === '\n' && /^\s*\n/.test(text.slice(e + 1, e + 4))) break;
    if (/[.!?]/.test(c) && (e + 1 >= text.length || /\s/.test(text[e + 1]!)) && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|No)$/.test(text.slice(Math.max(0, e - 5), e))) {
      e++;
      break;
    }
    e++;
  }
  return { start: s, end: e };
}

/**
 * The tense governing the expression at `[start, end)` of `text`: the nearest tense cue in the
 * same sentence (a cue after the expression counts at 1.5× its distance: reporting verbs usually
 * come first, `said Monday`), or `none`.
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  return tenseCue(text, start, end).tense;
}

/** Like {@link clauseTense}, also giving the cue's (weighted) distance in UTF-16 units (Infinity with no cue). */
export function tenseCue(text: string, start: number, end: number): { tense: Tense; distance: number } {
  const b = sentenceBounds(text, start, end);
  const exprS = start - b.start;
  const exprE = end - b.start;
  const AFTER_PENALTY = 1.5; // labelled: cues after the expression weigh less
  let best: { d: number; tense: Exclude<Tense, 'none'> } | null = null;
  const cues = cuesIn(text, b.start, b.end);
  // Inside a relative clause set off by commas (`McCoy, who came in for Murray when he was hurt on
  // the third play of Monday's game, will take over`), the clause's own verbs tell its time, not
  // the main clause's: only its cues count when it has any.
  const rel = relativeClause(text, b.start, exprS, exprE, b.end);
  const inRel = rel === null ? [] : cues.filter((c) => c.start >= rel.start && c.end <= rel.end && !(c.end > exprS && c.start < exprE));
  for (const c of inRel.length > 0 ? inRel : cues) {
    if (c.end > exprS && c.start < exprE) continue; // inside the expression itself (`last week`)
    // A reporting clause after a comma reports the sentence; it does not tell when its content
    // happens: `… as it approaches Puerto Rico tonight and Wednesday, the National Hurricane
    // Center said`, `adding flights in July and August, CEO Ed Bastian said`.
    // (Only a clause that reports and ends, or goes on with where and when it was said: in `Also
    // Friday, the Pentagon said the brigade would deploy` the reporting is the sentence's own verb.)
    // (Cue offsets are the sentence's: read the text in place, not a copy of the sentence per expression.)
    // (Also inverted, the speaker after the verb and nothing told after it: `is to launch in October,
    // said a spokesman of the China manned space engineering office in Beijing on Thursday.`)
    if (c.start >= exprE && REPORTING_VERB.test(text.slice(b.start + c.start, b.start + c.end)) && text.slice(b.start + exprE, b.start + c.start).includes(',') && reportClauseEnds(text.slice(b.start + c.end, b.end))) continue;
    // (A reporting verb is not the clause's verb: `the ministry said leaders gather on Monday to sign`.)
    if (c.complement && c.start >= exprE && cues.some((x) => x.tense === 'past' && x.end <= exprS && !REPORTING_VERB.test(text.slice(b.start + x.start, b.start + x.end)))) continue;
    if (c.ahead && c.end > exprS) continue;
    const d = c.end <= exprS ? exprS - c.end : (c.start - exprE) * AFTER_PENALTY;
    if (c.reach !== undefined && d > c.reach) continue;
    if (!best || d < best.d) best = { d, tense: c.tense };
  }
  return best ? { tense: best.tense, distance: best.d } : { tense: 'none', distance: Infinity };
}

/** What may follow the verb of a reporting clause that closes a sentence: its end, or a phrase of where, when or to whom. */
const REPORT_CLAUSE_END = /^\s*(?:$|[.!?;:,"”’)]|(?:on|in|at|to|during|after|before|according|late|early|last|this|earlier|later|yesterday|today|tonight|reporters|journalists|CNN|Reuters|AFP|the\s+(?:AP|BBC|Associated\s+Press|newspaper|agency)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)/;
/**
 * The relative clause around `[exprS, exprE)` of the sentence starting at `from`: from `, who` /
 * `, which` / `, whose` before the expression (no comma between) to the next comma after it, in
 * offsets relative to the sentence; null when the expression is in no such clause.
 */
function relativeClause(text: string, from: number, exprS: number, exprE: number, to: number): { start: number; end: number } | null {
  const before = text.slice(from, from + exprS);
  if (!before.includes(', wh')) return null; // (cheap test first: a hot path)
  const open = RELATIVE_OPENING.exec(before);
  if (open === null) return null;
  const close = text.indexOf(',', from + exprE);
  if (close < 0 || close >= to) return null;
  return { start: open.index, end: close - from };
}
/** `, who …`, `, which …`, `, whose …` opening a relative clause with no comma after it (to the end of the text given). */
const RELATIVE_OPENING = /,\s+(?:who|which|whose)\b[^,]*$/;

/** True when what follows a reporting verb closes its clause: its end, a phrase of where or when, or its speaker with no verb of a clause of its own (see REPORT_CLAUSE_END). */
function reportClauseEnds(rest: string): boolean {
  return REPORT_CLAUSE_END.test(rest) || (INVERTED_SPEAKER.test(rest) && !FINITE_VERB.test(rest));
}
/** A speaker after the reporting verb: `a spokesman of …`, `the ministry`, `John Smith`. */
const INVERTED_SPEAKER = /^\s+(?:(?:a|an|the)\s+\p{L}|\p{Lu})/u;
/** A verb that would make the words after a reporting verb a clause of their own (`said the brigade would deploy`). */
const FINITE_VERB = /\b(?:would|will|is|are|was|were|has|have|had|could|should|may|might|can|must|did|does|do)\b/;
/** Verbs that report speech (a cue of {@link CUES}' past list). */
const REPORTING_VERB = /^(?:said|says|told|tells|added|stated|declared|announced|reported|wrote)$/i;

/**
 * True when the sentence holds, before the expression at `[start, end)`, a past auxiliary or verb
 * that no adjective spells (`had`, `was`, `were`, `did`): the clause is told in the past. An -ed
 * word is not enough here (`scattered falls … from Friday onwards` is a forecast).
 */
export function pastAuxiliaryBefore(text: string, start: number, end: number): boolean {
  const b = sentenceBounds(text, start, end);
  return PAST_AUXILIARY.test(text.slice(b.start, start));
}
const PAST_AUXILIARY = /\b(?:had|was|were|did|hadn['’]t|wasn['’]t|weren['’]t|didn['’]t)\b/i;

/** One tense cue found in a sentence, offsets relative to the sentence. */
interface FoundCue {
  start: number;
  end: number;
  tense: Exclude<Tense, 'none'>;
  reach: number | undefined;
  complement: boolean;
  ahead: boolean;
}

/**
 * The cues of the sentence `text[from, to)`, in CUES order. A paragraph's date expressions mostly
 * share a few sentences (and chrono-node and the rules often find the same one twice), so the cues
 * of the sentences of the last text seen are remembered: a pure function of its arguments.
 */
function cuesIn(text: string, from: number, to: number): readonly FoundCue[] {
  if (memoText !== text) {
    memoText = text;
    memoCues.clear();
  }
  const key = from * (text.length + 1) + to; // one number per (from, to) pair of this text
  const known = memoCues.get(key);
  if (known) return known;
  const sentence = text.slice(from, to);
  const out: FoundCue[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(sentence); m; m = cue.re.exec(sentence)) {
      if (cue.re.source.includes('ed\\b') && ED_NOT_VERB.test(m[0])) continue;
      // An -ed word right after a possessive is an adjective: `Friday's scheduled noon update`.
      if (cue.re === ED_CUE && POSSESSIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
      // (Nor is a participle after a bare `be`, a wish or a plan's passive: `expected to recommend the
      // spillway be opened either Wednesday or Thursday`.)
      if (cue.re === ED_CUE && BARE_BE_BEFORE.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
      // (Nor the end of a hyphenated adjective: `her long-awaited return … on Tuesday`, `a much-needed win`.)
      if (cue.re === ED_CUE && sentence[m.index - 1] === '-') continue;
      // A past form that is also a noun, after a determiner, is the noun: `a cut in December`, `the hit`.
      if (cue.tense === 'past' && NOUN_LIKE_PAST.test(m[0]) && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, tense: cue.tense, reach: cue.reach, complement: cue.complement === true, ahead: cue.ahead === true });
    }
  }
  memoCues.set(key, out);
  return out;
}
let memoText: string | undefined;
const memoCues = new Map<number, readonly FoundCue[]>();
