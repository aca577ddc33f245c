/**
 * Opinion polls in news articles.
 *
 * Method (rule-based information extraction, in the cascade style of pattern-based IE systems):
 * 1. a cheap gate: only articles whose text shows survey cues (`poll`, `survey`, `respondents`,
 *    `surveyed`, pollster names) and share-like strings are read further;
 * 2. per sentence (the headline counts as one), a regular-expression scan for share expressions
 *    ({@link findShares}), kept only in sentences with a survey cue or close after one, and not in
 *    sentences about betting, the economy or election results;
 * 3. each share gets its answer ({@link findAnswer});
 * 4. sentences are walked in order and grouped into polls: a sentence naming a new pollster (or
 *    `another poll`) opens a poll, `the poll` / `the survey` and unnamed follow-ups continue the
 *    current one, and an earlier poll told for comparison (`compared with`, `a previous poll on
 *    June 14`, `Last month …`) is a poll of its own;
 * 5. poll facts (pollster, sample, population, margin, dates) are read per sentence and given to the
 *    poll their offset belongs to; dates are resolved against the article's dateline
 *    ({@link resolvePollDate});
 * 6. clean-up: a rounded word share (`six in 10`) gives way to a precise figure for the same answer
 *    told elsewhere (`57 percent`), shares with no answer are dropped, and a warning is added when
 *    the shares of one question add up to well over 100.
 */
import type { Article, IsoDate, Poll, PollResult } from '../../types.js';
import { splitSentences } from '../sentences.js';
import { findShares, PAIR_TOLD_AGAIN, type Share } from './findShares.js';
import { MONTH_NAMES, MOVE_FOR_BRACKET, cleanName, findAnswer, fromToName, leadNames } from './findAnswer.js';
import { findMargin, findPollsters, findSamples, pollsterNamesOfPeople, populationRank, samePollster } from './pollFacts.js';
import { resolvePollDate } from './pollDates.js';
import { ROLE_NOUNS } from '../speakers/lexicon.js';
import { labelledFigures } from '../../segment/labelledFigures.js';
import { pollsterSite } from './pollsterSite.js';

/** Units of prose (see MIN_PROSE_UNIT_WORDS) after the last poll unit, one fewer than this, within which a share without its own survey cue still counts. */
const POLL_CONTEXT_WINDOW = 2;
/** Shortest pollster name whose mention alone makes a sentence a poll's (`Pulse Asia`; not a two-letter acronym that may stand for anything). */
const MIN_POLLSTER_CUE_CHARS = 4;
/** Fewest words of a unit that counts as prose between a poll and later shares (shorter ones are subheads or asides). */
const MIN_PROSE_UNIT_WORDS = 8;
/** A rounded share (`six in 10` = 60) gives way to a precise one within this many points. */
const APPROX_TOLERANCE = 5;
/** Shares of one question may add to a little over 100 by rounding; beyond this a warning is added. */
const SUM_SLACK = 3;
/** Characters after a date cue (`published`, `conducted`) searched for the date. */
const DATE_SPAN = 70;

/** Survey cues. `polls open`, `went to the polls`, `polling station` are elections, not surveys; `voting intention` figures are always a poll's; `On the question of suitability for prime minister, 42% …` is a poll's question. */
const SURVEY_CUE =
  /\b(?:polls?|polled|pollsters?|voting intentions?|polling (?:firm|company|agency|institute|organisation|organization)|surveys?|surveyed|respondents?|questionnaires?|questioned|interviewed|opinion research|sample of|margins? of error|error margin|(?:on|to) the question (?:of|whether|about)|how would you vote|(?:would|could) (?:directly )?vote (?:directly )?for|if (?:there were|the) (?:a )?(?:general )?election (?:were )?(?:held )?(?:tomorrow|today)|YouGov|Gallup|Ipsos|CBOS|Levada|ComRes|TNS|Pew Research)\b/i;
/**
 * Pollsters whose name alone makes a sentence a poll's (`the latest Newspoll result is 56-44`):
 * case-sensitive, and only names that are no common word (not `Essential`, `Focus`, `Median`).
 */
const POLLSTER_CUE =
  /\b(?:Newspoll|Quinnipiac|Morning Consult|Angus Reid|L[eé]ger|Nanos|Ekos|EKOS|Rasmussen|Zogby|SurveyUSA|Monmouth University|Marist|Emerson College|Datafolha|Ibope|Forsa|Infratest|Emnid|Allensbach|Ifop|IFOP|Odoxa|Elabe|OpinionWay|Opinium|Survation|Deltapoll|Savanta|Verian|Roy Morgan|Resolve Strategic|Redbridge|C-?Voter|Axis My India|Red C|Siena College|SSRS|Quaest|AtlasIntel|Pulse Asia|Social Weather Stations|Afrobarometer|Eurobarometer|Infotrak|Mainstreet|Research Co\.|Lord Ashcroft)\b/;
const NOT_SURVEY = /\b(?:(?:go|goes|went|going|head|heads|headed|heading|return|returns|returned) to the polls|votes? polled|polls? (?:open|opened|close|closed|opening|closing)|polling (?:station|day|booth|place|card|centre|center)s?|exit polls? showed (?:that )?(?:the )?(?:party|candidate) (?:won|had won))\b/gi;
/** Cheap article gate for share-like strings. */
const SHARE_HINT = /%|per ?cent|\bpct\b|\bin (?:10|ten)\b|out of (?:10|ten)|\bthirds?\b|\bhalf\b|\bquarters?\b|\bfifths?\b/i;
/** Sentences about betting, economics or election results (when they show no survey cue). */
const BETTING = /\b(?:betting|bookmakers?|odds|probability|punters)\b/i;
/** Fewest shares a sentence before the poll's first mention must give to be read as the poll's (a list, not a lone figure). */
const MIN_SHARES_BEFORE_POLL = 3;
/** Respondents giving their answers: `Of those dissatisfied,`, `among respondents`, `15 percent cited`, `10% mentioned`, `three percent of economists say`, `51 percent, who said`. */
const RESPONDENTS_ANSWER = /\b(?:of|among) (?:those|respondents)\b|(?:\bper ?cent|%)\s+(?:cited|mentioned|named|pointed\s+to|chose|picked|answered|responded)\b|(?:\bper ?cent|%),?\s+(?:of\s+(?:the\s+)?(?:economists|executives|CEOs|investors|analysts|businesses|firms|companies|consumers|people|adults|voters|Americans|Britons)\s+(?:\w+\s+)?|who\s+)?(?:say|said|says|think|thought|believe|believed|expect|expected)\b/i;
/** A poll's own measure named in a sentence: `satisfaction with the Government`, `approval rating`, `support for the party`. */
const POLL_MEASURE = /\b(?:(?:dis)?satisfaction|approval|disapproval|support|confidence|trust)\s+(?:with|for|in|of)\s+(?:the\s+)?(?:government|cabinet|president|prime\s+minister|premier|taoiseach|chancellor|party|leader)\b|\b(?:approval|popularity|satisfaction)\s+rating\b/i;
const ECONOMIC = /\b(?:growth|inflation|unemployment|jobless|GDP|interest rates?|tariffs?|exports?|imports?|stocks?|shares rose|shares fell|index|bond|yields?|prices?)\b/i;
const ELECTION_RESULT =
  /\b(?:election|referendum|ballot|runoff|run-off|primary|vote)\b.*\b(?:won|took|secured|received|garnered|captured|backed|voted|gained|got|polled|obtained)\b|\b(?:won|took|secured|received|garnered|captured|gained|got|obtained)\b.*\b(?:of (?:the\s+)?(?:(?:total|popular|valid)\s+)?(?:votes?|ballots)|of seats)\b/i;
/** Words that name an election (see the election-result filter in extractArticlePolls). */
const ELECTION_NAMED = /\b(?:elections?|referendum|ballot|runoff|run-off|primary|primaries|caucus(?:es)?|by-election|polling day|in (?:19|20)\d\d)\b/i;
/** Sentence opens with an earlier poll: `Last month 33 percent …`, `A previous YouGov poll …`, `The earlier poll …`, `In Quinnipiac's last gubernatorial poll, …`. */
const PREV_START =
  /^\W*(?:(?:in|at)\s+)?(?:last (?:month|week|year)|a (?:month|week|year) (?:ago|earlier)|(?:a|an|the|in the|in a)\s+(?:\S+\s+){0,1}(?:previous|earlier|prior|preceding|last|similar)\s+(?:\S+\s+){0,3}?(?:poll|survey)s?\b|[A-Z][\w.&-]*(?:['’]s|s['’]?)\s+(?:previous|earlier|prior|preceding|last)\s+(?:\S+\s+){0,3}?(?:poll|survey)s?\b)/i;
/** An earlier poll told inside the sentence: from here on, shares belong to it. */
const PREV_MID =
  /\b(?:compared (?:with|to)|similar to (?:that|those|the (?:figures?|numbers?|results?)) (?:in|of|from)|up from|down from|from (?:a|an|the) (?:[\w.’'/-]+\s+){0,4}?(?:poll|survey)\b|(?:previous|earlier|prior) (?:[\w.’'/-]+\s+){0,2}?(?:poll|survey)\b|(?:drop|fall|decline|dip|rise|increase|gain|jump|change) of [^,;.]{1,40}? from(?=\s+\d))/i;
/**
 * Where the earlier poll is told in a sentence: from `start` on (`PREV_START`: the whole sentence; a
 * `PREV_MID` cue in the running text: from the cue to the end), and inside parentheses whose cue
 * names an earlier poll (`the Liberals 26% (-5 points from an earlier survey)`, `Labour 38% (up from
 * 35%)`): from the cue to the closing parenthesis only, so the shares after it are the main poll's
 * again. Before, the first such cue gave every later share of the sentence to the earlier poll.
 */
function earlierPollSpans(text: string): { start: number; inEarlier: (index: number) => boolean } {
  if (PREV_START.test(text)) return { start: 0, inEarlier: () => true };
  const spans: [number, number][] = [];
  let start = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(PREV_MID_ALL)) {
    // (`party support – compared with the last poll – was: Fine Gael, 24 per cent (up two)`: an aside
    // before the verb of a list; the list is this poll's, the comparison is in its brackets.)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + ASIDE_REACH);
    if (ASIDE_BEFORE_LIST.test(after)) continue;
    // (`69 per cent in Scotland agreed, compared to 67 per cent in Wales and 63 per cent in England`:
    // the same poll's figure for another place or group, not an earlier poll's.)
    // (`57% of Brits support the plans, compared with just 32% who oppose the policy`: the same
    // poll's other answer, told by its people.)
    // (`43 percent of voters, compared to 39 percent for Najib`: the same poll's other candidate.)
    // (`Wu’s support … stands at 57%, … compared to Essaibi’s 25%`: the rival's level, by possessive.)
    if (/^compared/i.test(m[0]) && (PLACE_COMPARISON.test(after) || OTHER_ANSWER_COMPARISON.test(after) || OTHER_OPTION_COMPARISON.test(after) || OWNER_COMPARISON.test(after))) continue;
    // (`The Union has lost … compared to the previous week and is now only at 26 percent`: the
    // comparison names no figure, and the level after `now` is this poll's.)
    // (Nor when it ends with its clause and another opens: `has gained one point compared to last week,
    // while the Christian Democrats remain the top party, standing at 31 percent`.)
    if (/^compared/i.test(m[0]) && (NOW_AFTER_COMPARISON.test(text.slice(m.index + m[0].length)) || COMPARISON_CLAUSE_ENDS.test(text.slice(m.index + m[0].length)))) continue;
    const open = text.lastIndexOf('(', m.index);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (open >= 0 && close > m.index) {
      spans.push([m.index, close]);
      continue;
    }
    start = m.index;
    break;
  }
  return { start, inEarlier: (index) => index >= start || spans.some(([a, b]) => index >= a && index < b) };
}
const PREV_MID_ALL = new RegExp(PREV_MID.source, 'gi');
/** `, a ` / `, the latest ` right before a pollster's name that closes its sentence as its source (see {@link REPORTING_POLL_TAIL}). */
const REPORTING_POLL_END = /,\s+(?:a|an|the)\s+(?:new\s+|latest\s+|fresh\s+|recent\s+)?$/i;
/** Characters before a pollster's name read for {@link REPORTING_POLL_END}. */
const REPORTING_POLL_LEAD = 20;
/** The pollster's name, then `poll showed Monday.`, `survey found.`: the end of its sentence. */
const REPORTING_POLL_TAIL = /^[\p{L}\p{N}&.'’ -]{1,40}?\s(?:poll|survey|study)\s+(?:showed|shows|found|finds|said|says|released|published|indicated|revealed)\b[^,;.]{0,30}\.?\s*$/u;
/** The rest of a comparison told as an aside, then the list's verb and colon: `… in September – was:`, `… in May was:`. */
const ASIDE_BEFORE_LIST = /^[^.;:()]{0,60}?(?:,|\s[–—-])?\s(?:was|were|is|are|stood at|stands at)\s*:/;
/** A share for another place or group after `compared to`: `67 per cent in Wales`, `41% among men`; not a time (`in March`, `in the previous poll`). */
const PLACE_COMPARISON = new RegExp(String.raw`^\s*(?:just\s+|only\s+|about\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent|percent)\s+(?:in|among)\s+(?:the\s+)?(?!(?:${MONTH_NAMES}|previous|last|earlier|same|prior)\b)(?:\p{Lu}\p{L}+|men\b|women\b)`, 'u');
/** A share told by the people who gave another answer, after `compared with`: `just 32% who “somewhat oppose”`, `28 per cent saying they would not`. */
const OTHER_ANSWER_COMPARISON = /^\s*(?:just\s+|only\s+|about\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent|percent)\s+(?:(?:of\s+(?:them|respondents|voters|people)\s+)?(?:who|that|saying|said)\b)/;
/** A share for another named option after `compared to`, no earlier time or poll in the rest of its clause: `39 percent for Najib, who …`. */
const OTHER_OPTION_COMPARISON = new RegExp(String.raw`^\s*(?:just\s+|only\s+|about\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent|percent)\s+for\s+(?:the\s+)?\p{Lu}(?![^.;]*\b(?:previous|earlier|prior|last|ago|before|(?:${MONTH_NAMES}))\b)`, 'u');
/** Another option's share by its possessive after `compared to`, no earlier time or poll in the rest of its clause: `Essaibi’s 25%`. */
const OWNER_COMPARISON = new RegExp(String.raw`^\s*(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+(?:(?:just|only|about)\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent|percent)(?![^.;]*\b(?:previous|earlier|prior|last|ago|before|(?:${MONTH_NAMES}))\b)`, 'u');
/** A comparison with an earlier time that gives no figure and ends its clause, another clause opening: ` to last week, while …`. */
const COMPARISON_CLAUSE_ENDS = /^\s*(?:the\s+)?(?:previous|last|prior|preceding)\s+(?:week|month|poll|survey|year)\s*,\s*(?:while|whereas|but)\s/i;
/** A comparison with an earlier time that gives no figure, then the level now: ` to the previous week and is now only at 26 percent`, ` to the poll at the end of September and finds itself with 6%`. */
const NOW_AFTER_COMPARISON = /^\s*(?:the\s+)?(?:(?:previous|last|prior|preceding)\s+(?:week|month|poll|survey|year)|(?:poll|survey)\s+(?:at|in|of)\s+[^.;\d]{1,40}?)\b[^.;\d]{0,40}?\b(?:and|but)\s+(?:(?:is|are|stands?|was)\s+now|finds\s+itself|find\s+themselves)\b/i;
/** Characters after a comparison cue searched for {@link ASIDE_BEFORE_LIST}, {@link PLACE_COMPARISON} and {@link OTHER_ANSWER_COMPARISON}. */
const ASIDE_REACH = 90;

/** A second, unnamed poll: `another poll`, `a separate survey`. */
const NEW_POLL = /\b(?:another|a separate|a second|a different|a rival|a further|a new)\s+(?:[\w-]+\s+){0,2}?(?:poll|survey)\b/i;
const PUBLISHED_CUE = /\b(?:published|released|issued|unveiled|made public)\b/gi;
const FIELDWORK_CUE = /\b(?:conducted|carried out|taken|done|fielded|surveyed|polled|questioned|interviewed)\b/gi;
/** `poll on June 14`, `poll for the Times on June 20`: a single day after `poll` is the publication day. */
const POLL_ON = /\b(?:poll|survey)\b(?:\s+(?:for|by)\s+[^,.;]{1,30}?)?\s+(?=on\s)/gi;
/** The subject: what the people asked oppose or support (`oppose a US plan to base missiles in Poland`). */
const SUBJECT_RE =
  /\b(?:asked (?:whether|if|about)|(?:poll|survey) (?:on|about)|views on|attitudes (?:towards|toward|to)\b|(?:oppose|opposed|opposes|support|supported|supports|back|backed|backs|favou?r|favou?red|approve of|approved of|reject|rejected|want|wanted|endorse|endorsed|trust)\s+(?=(?:the|a|an|his|her|their|its)\s))\s*([^,.;:"“”]{3,80}?)(?=\s+(?:as part of|as|according to|compared (?:to|with)|while|whereas|but|which|because|after|before|if|and|or)\b|[,.;:"“”]|$)/gi;
/** Fewest words a subject has after its article (`the Conservatives` is an answer, not a subject). */
const MIN_SUBJECT_WORDS = 2;

/** What the poll asked about, from the first sentence that says what people oppose/support; null when none. */
function subjectIn(text: string): string | null {
  for (const m of text.matchAll(SUBJECT_RE)) {
    const s = (m[1] ?? '').replace(/^(?:the|a|an|his|her|their|its)\s+/i, '').trim();
    if (s.split(/\s+/).length >= MIN_SUBJECT_WORDS && !/\d/.test(s)) return s;
  }
  return null;
}

/** `A and B each (supported by|on|had) N percent`: both get the share. */
// (Either name may carry its acronym in brackets, `the ruling People Power Party(PPP) and the main
// opposition Democratic Party(DP) each claimed`: see eachName; `both` too, `The TOP and NZ Loyal
// parties were both still on 1 percent each`, `NewZeal and New Conservatives both also increasing to`,
// `Jyoti Gondek and Sonya Sharp are tied at 23%`.)
const EACH = /([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:\s?\([\p{Lu}]{2,6}\))?)\s+and\s+(?:[\p{Ll}]+-[\p{Ll}]+\s+)?((?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})(?:\s?\([\p{Lu}]{2,6}\))?|the [\p{L} ]{3,40}?(?:\s?\([\p{Lu}]{2,6}\))?)(?:\s+parties)?\s+(?:(?:were|are|was|stood)\s+)?(?:each|both|tied)\s+(?:[a-z]+\s+){0,3}?(?:by|on|at|with|to)?\s*$/u;
/** `for Mr. Lula da Silva`, `in favor of Lula`, `in Labor’s favour` right after a pair, closing it: group 1 (or 2, the possessive's) the one ahead. */
const FAVOURED_AFTER_PAIR = /^\s*(?:(?:for|in\s+favou?r\s+of)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|da|de|do|dos|das|van|von))*)(?=\s*(?:[,.;)]|$|\s+(?:in|among|on)\b))|in\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s?\s+favou?r\b)/u;
/** `each between Perrottet and Minns` right after a share: groups 1 and 2 the two names. */
// (Or after the people's verb: `13% each proposing to vote for Asiwaju Bola Ahmed Tinubu and Alhaji Atiku Abubakar`.)
const EACH_BETWEEN_AFTER = /^\s*(?:each|apiece)\s+(?:between|for|(?:[a-z]+\s+){1,3}?(?:for|backing|supporting|choosing))\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;
/** A name {@link EACH} found, as an answer; one with its acronym loses the lower-case words before its capitals and has its bracket spaced (`Democratic Party (DP)`). */
const eachName = (s: string): string => (/\)$/.test(s.trim()) ? s.trim().replace(/^the\s+(?:[\p{Ll}-]+\s+)+(?=\p{Lu})/u, '').replace(/(?<=\S)\(/, ' (') : s.trim().replace(/^[Tt]he\s+(?=\p{Lu})/u, ''));
const EACH_SEP = '\u0000';

interface DraftResult {
  answer: string | null;
  percent: number;
  approximate: boolean;
  unit: number;
  question: string;
  /**
   * From a row of labelled figures (see labelledRow), or a unit giving a whole question's shares
   * (`LAB 34% (+3) CON 28% (-3) UKIP 19% (-4) …`): each such row is its own question, so a figure
   * it shares with another row is no restatement.
   */
  labelled?: true;
}

/** Fewest shares of one unit that make it a whole question's results (see DraftResult.labelled). */
const MIN_TABLE_ROW_SHARES = 4;

interface DraftPoll {
  pollster: string | null;
  sampleSize: number | null;
  population: string | null;
  populationRank: number;
  published: IsoDate | null;
  fieldwork: IsoDate | null;
  subject: string | null;
  margin: number | null;
  results: DraftResult[];
  /** The unit of the poll's first share. */
  firstShareUnit: number | null;
  /** True once the sample was read as the poll's whole (see SampleFact.whole): no later size replaces it. */
  wholeSample?: boolean;
  /** For an earlier poll told for comparison: the poll it is compared with. */
  previousOf: DraftPoll | null;
  previous: DraftPoll | null;
}

interface Unit {
  text: string;
  headline: boolean;
  /** A row of labelled figures (see labelledRow): its shares, and their answers in the same order. */
  labelled?: { shares: Share[]; labels: string[] };
}

/**
 * True when the unit at `k` (with `count` shares) opens a run of at most {@link MAX_UNITS_BEFORE_POLL}
 * body units, each with shares and no survey cue, that ends right before a unit with one, and the
 * run's shares number at least {@link MIN_SHARES_BEFORE_POLL}.
 */
function figuresLeadIntoPoll(units: readonly Unit[], k: number, count: number, sharesOf: (k: number) => readonly Share[]): boolean {
  let total = count;
  for (let j = k + 1; j < units.length && j <= k + MAX_UNITS_BEFORE_POLL; j++) {
    const u = units[j]!;
    if (u.headline) return false;
    if (hasSurveyCue(u.text)) return total >= MIN_SHARES_BEFORE_POLL;
    const n = sharesOf(j).length;
    if (n === 0) return false;
    total += n;
  }
  return false;
}
/** Most units of figures in a row before the sentence that names their poll (see figuresLeadIntoPoll). */
const MAX_UNITS_BEFORE_POLL = 3;

function hasSurveyCue(text: string): boolean {
  return SURVEY_CUE.test(text.replace(NOT_SURVEY, ' ')) || POLLSTER_CUE.test(text) || ASKED_OPENING.test(text);
}
/**
 * A sentence opening with the question put to the people asked, its main clause opening with their
 * share or with them: `Asked to pick from a list of things they might cut back on …, 81 percent said
 * dining out` (not `Asked about the plan, the minister said …`).
 */
const ASKED_OPENING = /^\s*(?:When\s+)?[Aa]sked\s+(?:to|whether|if|which|what|who|how|about)\b[^.;]*?,\s*(?:\d|(?:a\s+)?(?:majority|plurality|half|third|quarter)\b|(?:most|many|nearly|almost|about|some|just|only|over|more than|respondents|voters|people|adults)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)\b)/i;

function newPoll(pollster: string | null, previousOf: DraftPoll | null = null): DraftPoll {
  return { pollster, sampleSize: null, population: null, populationRank: 0, published: null, fieldwork: null, subject: null, margin: null, results: [], firstShareUnit: null, previousOf, previous: null };
}

/** `Conservative | 41% | 36% | 30% |` → `Conservative 41%, Conservative 36%, Conservative 30%.`; other text unchanged. */
function tableRowAsText(row: string): string {
  const m = PIPE_SHARE_ROW.exec(row);
  if (!m) return row;
  const name = m[1]!.trim();
  return `${[...row.slice(m[1]!.length).matchAll(/\d{1,3}(?:[.,]\d{1,2})?\s?%/g)].map((v) => `${name} ${v[0]}`).join(', ')}.`;
}
/**
 * A row of labelled figures (see labelledFigures) as a unit: `Yes: 57 No: 37 Undecided: 7` →
 * `Yes 57%, No 37%, Undecided 7%.`, whose shares are the figures and whose answers the labels;
 * null when the paragraph is not such a row.
 */
function labelledRow(row: string): Unit | null {
  const items = labelledFigures(row);
  if (items === null) return null;
  let text = '';
  const shares: Share[] = [];
  for (const { label, figure } of items) {
    text += `${text === '' ? '' : ', '}${label} `;
    const shown = `${figure}%`;
    shares.push({ start: text.length, end: text.length + shown.length, text: shown, percent: figure, approximate: false, group: null, pairedWithNext: false });
    text += shown;
  }
  return { text: `${text}.`, headline: false, labelled: { shares, labels: items.map((x) => x.label) } };
}
/** A table row in pipes: a name, then two or more cells of a share each (group 1: the name). */
const PIPE_SHARE_ROW = /^(\p{L}[^|%]{0,60}?)(?:\s*\|\s*\d{1,3}(?:[.,]\d{1,2})?\s?%){2,8}\s*\|?\s*$/u;
/**
 * A bracketed name in Chinese, Japanese or Korean script after its romanised form (`Ko Wen-je (柯文哲)`),
 * with at most one space before it (a run of white space before each `(` was re-scanned from every position).
 */
const NATIVE_SCRIPT_ASIDE = /\s?\([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·\s]{1,12}\)/gu;

/** Headline, then the body split into sentences (paragraphs with no cue and no share stay whole). */
function unitsOf(article: Article): Unit[] {
  const units: Unit[] = [];
  if (article.headline) units.push({ text: article.headline, headline: true });
  for (const raw of article.paragraphs) {
    // (A name's native spelling in brackets, `Lai Ching-te (賴清德)`, stands between the name and its share.)
    // (A table row in pipes, `Conservative | 41% | 36% | 30% |`, is read as the name's share in each column.)
    // (So is a row of labelled figures, `Yes: 57 No: 37 Undecided: 7`: the labels are the answers.)
    const row = raw.includes(':') ? labelledRow(raw) : null;
    if (row) {
      units.push(row);
      continue;
    }
    const p = raw.includes('|') ? tableRowAsText(raw) : raw.includes('(') ? raw.replace(NATIVE_SCRIPT_ASIDE, '') : raw;
    if (!SHARE_HINT.test(p) && !hasSurveyCue(p)) {
      units.push({ text: p, headline: false });
      continue;
    }
    for (const s of splitSentences(p)) units.push({ text: s.text, headline: false });
  }
  return units;
}

function setPopulation(poll: DraftPoll, people: string | null): void {
  if (!people) return;
  const rank = populationRank(people);
  const longer = rank === poll.populationRank && poll.population !== null && people.includes(poll.population) && people.length > poll.population.length;
  if (rank > poll.populationRank || longer) {
    poll.population = people;
    poll.populationRank = rank;
  }
}

/** Publication and fieldwork dates in a unit, with their offsets. */
function datesIn(text: string, reference: IsoDate | null): { kind: 'published' | 'fieldwork'; value: IsoDate; index: number }[] {
  const out: { kind: 'published' | 'fieldwork'; value: IsoDate; index: number }[] = [];
  const clause = (from: number): string => {
    const s = text.slice(from, from + DATE_SPAN);
    const cut = /[;()]|,\s(?!\d)/.exec(s);
    return cut ? s.slice(0, cut.index) : s;
  };
  for (const m of text.matchAll(PUBLISHED_CUE)) {
    const from = m.index + m[0].length;
    const d = resolvePollDate(clause(from), reference);
    // The date must follow the cue closely: `published on Monday`, `released yesterday`.
    if (d && d.index <= 4) out.push({ kind: 'published', value: d.value, index: m.index });
  }
  for (const m of text.matchAll(POLL_ON)) {
    const from = m.index + m[0].length;
    const d = resolvePollDate(clause(from), reference);
    if (d && d.index <= 3 && !d.value.includes('/')) out.push({ kind: 'published', value: d.value, index: m.index });
  }
  for (const m of text.matchAll(FIELDWORK_CUE)) {
    const from = m.index + m[0].length;
    const d = resolvePollDate(clause(from), reference);
    if (d) out.push({ kind: 'fieldwork', value: d.value, index: m.index });
  }
  // `The Oct. 24-28 survey`, `an Oct. 4-7 Pew poll`: a date between the article and `poll`.
  for (const m of text.matchAll(/\b(?:the|a|an|its|this)\s+([^,.;]{3,30}?)\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:\w+\s+)?(?:poll|survey)\b/giu)) {
    const d = resolvePollDate(m[1] ?? '', reference);
    if (d && d.index === 0 && /\d/.test(d.text)) out.push({ kind: 'fieldwork', value: d.value, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

function pickAnswers(text: string, shares: Share[], known: readonly string[], lastQuestion: readonly string[]): { answers: (string | null)[]; qualifiers: (string | null)[]; people: (string | null)[]; subgroup: boolean[]; earlierLevel: boolean[] } {
  const answers: (string | null)[] = [];
  const qualifiers: (string | null)[] = [];
  const people: (string | null)[] = [];
  const subgroup: boolean[] = [];
  const including = /\bincluding\s*$/i;
  // (`up to 24% from the previous 15%`, `down from the previous 8%`: the earlier level named so.)
  const earlierValue = /\b(?:up from|down from|compared (?:with|to)|from)(?:\s+(?:the\s+)?(?:previous|earlier|prior|last))?\s*$/i;
  const earlierLevel: boolean[] = shares.map(() => false);
  let splitEarlier: string | null = null;
  for (let i = 0; i < shares.length; i++) {
    const a = findAnswer(text, shares, i);
    answers.push(a.answer);
    qualifiers.push(a.qualifier);
    people.push(a.people);
    subgroup.push(a.qualifier !== null);
    const prev = shares[i - 1];
    // `…, including 53 percent of Labour supporters`: the previous answer, for a subgroup.
    if (prev && including.test(text.slice(prev.end, shares[i]!.start)) && answers[i - 1]) {
      answers[i] = answers[i - 1] ?? null;
      qualifiers[i] = a.people ?? a.qualifier;
      subgroup[i] = true;
    }
    // `fell to 30 percent, down from 33 percent a week earlier`: the same answer, an earlier value.
    // (Not when the clause names someone new: `Labour increased to 29% from 28%, the Liberal Democrats fell from 8%`.)
    const clause = text.slice(prev?.end ?? 0, shares[i]!.start).split(/[,;]/).pop() ?? '';
    // `voters support the stadium 53%-41%, down from 57%-39% in November`: a split's earlier split,
    // figure for figure (the second figure takes the answer of the split's second).
    if (splitEarlier !== null && prev?.pairedWithNext && !a.answer) {
      answers[i] = splitEarlier;
      splitEarlier = null;
      continue;
    }
    splitEarlier = null;
    if (shares[i]!.pairedWithNext && shares[i - 2]?.pairedWithNext && !a.answer && earlierValue.test(clause) && !/\p{Lu}/u.test(clause) && answers[i - 2] && answers[i - 1]) {
      answers[i] = answers[i - 2] ?? null;
      splitEarlier = answers[i - 1] ?? null;
      continue;
    }
    if (prev && !a.answer && earlierValue.test(clause) && !/\p{Lu}/u.test(clause) && answers[i - 1]) {
      answers[i] = answers[i - 1] ?? null;
      // (`increased to 29% from 28%`: the earlier poll's level.)
      if (/^\s*from(?:\s+(?:the\s+)?(?:previous|earlier|prior|last))?\s*$/i.test(clause)) earlierLevel[i] = true;
    }
    // `Obama and Romney each supported by 47 percent`: one share, two answers (the second is added below).
    // (`both` with one figure only: `both fell to 20% and 10%` gives each its own, as `respectively` does.)
    const nextJoined = shares[i + 1] !== undefined && /^\s*(?:and|,)\s*$/i.test(text.slice(shares[i]!.end, shares[i + 1]!.start));
    const eachMatch = EACH.exec(text.slice(prev ? prev.end : 0, shares[i]!.start));
    const each = eachMatch && (!/\b(?:both|tied)\b/.test(eachMatch[0]) || !nextJoined) ? eachMatch : null;
    // (Also when the answer found is the second of them: `The Green Party and the Left Party each garnered 12 percent`.)
    // (And when the words after the share only repeat `each`: `tied with 34% support each and the NDP …`.)
    if (each && (!a.answer?.includes(' ') || a.answer.replace(/^the\s+/i, '') === each[2]!.trim().replace(/^the\s+/i, '') || /^(?:support\s+)?(?:each|apiece)\b/i.test(a.answer))) {
      answers[i] = `${eachName(each[1]!)}${EACH_SEP}${eachName(each[2]!)}`;
    }
    // (`the preferred premier measure was tied at 28% each between Perrottet and Minns`: the two after.)
    const eachAfter = EACH_BETWEEN_AFTER.exec(text.slice(shares[i]!.end, shares[i + 1]?.start ?? text.length));
    if (eachAfter) answers[i] = `${eachName(eachAfter[1]!)}${EACH_SEP}${eachName(eachAfter[2]!.replace(/(?<=\p{Ll}{2})\.$/u, ''))}`;
  }
  // `…, compared to 67 per cent in Wales and 63 per cent in England`: shares told for places after an
  // answered one take its answer, each with its place.
  for (let i = 1; i < shares.length; i++) {
    const place = IN_PLACE_AFTER.exec(text.slice(shares[i]!.end));
    if ((answers[i] !== null && answers[i] !== answers[i - 1]) || !place || answers[i - 1] === null) continue;
    const between = text.slice(shares[i - 1]!.end, shares[i]!.start);
    if (!/^\s*(?:in|among)\s/.test(between) && !/\bcompared (?:with|to)\s*$/.test(between)) continue;
    answers[i] = answers[i - 1]!;
    qualifiers[i] = place[1]!;
    subgroup[i] = true;
  }
  // `… puts the Conservatives and Labour neck and neck on 28 per cent and 27 per cent respectively`:
  // two names, then two shares in the same order.
  // (Or `respectively` before the shares: `Ciudadanos and Podemos would come in third and fourth,
  // respectively, with 14.7 percent and 10.8 percent`.)
  for (let i = 0; i + 1 < shares.length; i++) {
    const lead = text.slice(shares[i - 1]?.end ?? 0, shares[i]!.start);
    const after = /^\s*,?\s*respectively\b/i.test(text.slice(shares[i + 1]!.end));
    if ((!after && !/\brespectively\b/i.test(lead)) || !/(?:\sand|,)\s*$/.test(text.slice(shares[i]!.start, shares[i + 1]!.start))) continue;
    const bare = lead.replace(/,?\s*respectively\b,?/i, '');
    const pair = RESPECTIVE_NAMES.exec(bare);
    if (pair) {
      answers[i] = cleanName(pair[1]!) ?? pair[1]!;
      answers[i + 1] = cleanName(pair[2]!) ?? pair[2]!;
      continue;
    }
    // (Or the poll's own two options quoted, with the word they share: `are “extremely” or “very”
    // concerned about rising costs — at 32 percent and 25 percent, respectively`.)
    const quoted = bare.includes('“') || bare.includes('"') ? RESPECTIVE_QUOTED.exec(bare) : null;
    if (quoted) {
      const shared = quoted[3] === undefined ? '' : ` ${quoted[3]}`;
      answers[i] = `${quoted[1]!.trim()}${shared}`;
      answers[i + 1] = `${quoted[2]!.trim()}${shared}`;
    }
  }
  // Lead pairs: `Romney ahead, 49 percent to 45 percent`.
  for (let i = 0; i + 1 < shares.length; i++) {
    const s = shares[i]!;
    if (!s.pairedWithNext) continue;
    // (A pair told again another way, `26-25 without leaners and 29-28 with`: the same two names.)
    if (i >= 2 && shares[i - 2]!.pairedWithNext && answers[i - 2] && answers[i - 1] && PAIR_TOLD_AGAIN.test(text.slice(shares[i - 1]!.end, s.start))) {
      answers[i] = answers[i - 2]!;
      answers[i + 1] = answers[i - 1]!;
      continue;
    }
    let lead = leadNames(text.slice(shares[i - 1]?.end ?? 0, s.start), text.slice(shares[i + 1]!.end, shares[i + 2]?.start ?? text.length));
    // `The Conservative Party support fell from 41% to 38%`: one party's earlier level and its level now.
    // (A pair's first share ends where the second starts: the join is read from the pair's text.)
    // (`an increase for Rahul Gandhi (24 to 27%)`: a move told by its noun, its levels in brackets.)
    const movedFor = lead ? null : MOVE_FOR_BRACKET.exec(text.slice(shares[i - 1]?.end ?? 0, s.start));
    const moved = lead ? null : movedFor ? cleanName(movedFor[1]!) : /\sto\s*$/.test(text.slice(s.start, shares[i + 1]!.start)) ? fromToName(text.slice(shares[i - 1]?.end ?? 0, s.start)) : null;
    if (moved) {
      answers[i] = moved;
      answers[i + 1] = moved;
      earlierLevel[i] = true;
    }
    // (`the score was 49% to 44% for Mr. Lula da Silva`, `52% to 48% in favor of Mr. Lula da Silva`: the
    // pair's first share is the named one's, the second the other's.)
    const favoured = lead || moved || !/(?:\sto|-|–)\s*$/.test(text.slice(s.start, shares[i + 1]!.start)) ? null : FAVOURED_AFTER_PAIR.exec(text.slice(shares[i + 1]!.end, shares[i + 2]?.start ?? text.length));
    if (favoured) lead = [cleanName(favoured[1] ?? favoured[2]!) ?? (favoured[1] ?? favoured[2]!), null];
    if (lead) {
      // (`women back Lamont over Stefanowski 55 – 34 percent`: a group choosing is a subgroup.)
      const group = GROUP_CHOOSING.exec(text.slice(shares[i - 1]?.end ?? 0, s.start));
      // (A common noun opening its sentence is written in lower case: `Men back …` → `among men`.)
      const who = group ? (/^(?:Democrat|Republican|Catholic|Protestant|Hispanic|Latino)/.test(group[1]!) ? group[1]! : group[1]!.toLowerCase()) : null;
      if (who !== null && !qualifiers[i]) qualifiers[i] = qualifiers[i + 1] = `among ${who}`;
      answers[i] = lead[0];
      const seen = [...answers.slice(0, i).flatMap((a) => (a ?? '').split(EACH_SEP)).filter((a) => a !== ''), ...known];
      // (Another name than the leader's, by surname too: `Bob Menendez` is `Menendez`.)
      const surname = (k: string): string => k.toLowerCase().split(/\s+/).pop() ?? '';
      // (Or the name another group chooses in the same sentence: `Men back McMahon 52 – 45 percent, while
      // women favor Murphy 50 – 44 percent`.)
      const chosenElsewhere = (): string | undefined => [...text.matchAll(CHOSEN_IN_SENTENCE)].map((c) => c[1]!).find((k) => surname(k) !== surname(lead[0]));
      const other = lead[1] ?? seen.find((k) => surname(k) !== surname(lead[0]) && k.split(/\s+/).length <= 3) ?? chosenElsewhere() ?? null;
      answers[i + 1] = other;
    }
    // `among likely women voters` after the pair qualifies both numbers.
    if (qualifiers[i + 1] && !qualifiers[i]) qualifiers[i] = qualifiers[i + 1] ?? null;
  }
  // A move told apart (`ERC would go from 3.61% of the total Spanish vote in 2019, to just 1.8%`):
  // the first figure is the earlier level, both are the subject's.
  for (let i = 0; i + 1 < shares.length; i++) {
    if (shares[i]!.pairedWithNext || !SPLIT_MOVE_TO.test(text.slice(shares[i]!.end, shares[i + 1]!.start))) continue;
    const moved = fromToName(text.slice(shares[i - 1]?.end ?? 0, shares[i]!.start));
    if (!moved) continue;
    answers[i] = moved;
    answers[i + 1] = moved;
    earlierLevel[i] = true;
  }
  groupsSharingAnswer(text, shares, answers, qualifiers, subgroup);
  // A pair no rule named, in a sentence about one race: its subject is ahead, the name it leads,
  // is over or ahead of is the other (`Jesse Helms continues to lead Democratic challenger Harvey
  // Gantt, holding a 48-42 percent edge`, `Tom Harkin, D-Iowa, is up 52-42 percent over GOP
  // Representative Jim Lightfoot`).
  let race: [string, string] | null | undefined;
  for (let i = 0; i + 1 < shares.length; i++) {
    if (!shares[i]!.pairedWithNext || answers[i] !== null || answers[i + 1] !== null) continue;
    race ??= raceNames(text);
    if (race === null) break;
    answers[i] = race[0];
    answers[i + 1] = race[1];
  }
  // Unlabelled runs (`a 46 per cent-45 per cent split`) take the answers of the last question, in order.
  const earlier = answers.filter((a): a is string => a !== null);
  const template = earlier.length >= 2 ? earlier : lastQuestion;
  const unlabelled = answers.map((a, i) => (a === null ? i : -1)).filter((i) => i >= 0);
  // Only a run told as one figure (`46 per cent-45 per cent`, `46 to 45 percent`): shares apart in
  // the sentence (`Half of Republicans …, compared with only 14% of Democrats`) answer questions of their own.
  const told = (i: number): boolean => /^\s*(?:-|–|to|,|and|versus|vs\.?)?\s*$/i.test(text.slice(shares[i - 1]!.end, shares[i]!.start));
  if (unlabelled.length >= 2 && unlabelled.length <= template.length && unlabelled.every((i, k) => k === 0 || (i === (unlabelled[k - 1] ?? -2) + 1 && told(i)))) {
    unlabelled.forEach((i, k) => (answers[i] = template[k] ?? null));
  }
  // (`Support for National sat at 31%`, `support for the Greens was up two points to 8%`: the party supported.)
  return { answers: answers.map((a) => (a === null ? null : supportedName(a))), qualifiers, people, subgroup, earlierLevel };
}

/** `Support for National sat` → `National`, `support for the Greens` → `Greens`; any other answer as it is. */
function supportedName(answer: string): string {
  const m = SUPPORT_FOR_NAME.exec(answer);
  return m ? m[1]! : answer;
}
/** Support for a capitalised name, then perhaps the verb of its level: group 1 the name. */
const SUPPORT_FOR_NAME = /^(?:[Tt]he\s+)?(?:[Ss]upport|[Bb]acking|[Vv]otes?)\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}?)['’]?(?:\s+(?:sat|stood|stands|was|is|remained|remains|dropped|fell|rose|climbs?|climbed|jumped|slipped|edged|held|holds)\b.*)?$/u;

/**
 * The one ahead and the one behind in a sentence about one race: the sentence's subject, a name
 * opening it (after titles and party words), and the last name of the phrase after `lead`, `over`,
 * `ahead of` or `against` (its descriptions, `Democratic challenger`, `GOP Representative`, left
 * out). Null unless both are found and differ.
 */
function raceNames(text: string): [string, string] | null {
  const subject = RACE_SUBJECT.exec(text);
  const rival = subject ? RACE_RIVAL.exec(text.slice(subject.index + subject[0].length)) : null;
  if (!subject || !rival) return null;
  const runs = [...rival[1]!.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)];
  const first = cleanName(subject[1]!);
  const second = runs.length > 0 ? cleanName(runs[runs.length - 1]![0]) : null;
  if (first === null || second === null || first === second || second.split(/\s+/).every((w) => /^(?:Democratic|Republican|Democrat|GOP|Senator|Sen|Rep|Representative|Governor|Gov)\.?$/.test(w))) return null;
  return [first, second];
}
/** A name opening a sentence, after titles and party words: group 1 the name. */
const RACE_SUBJECT = /^(?:(?:And|But|Meanwhile|Also)\s+)?(?:(?:GOP|Democratic|Republican|Democrat|Independent|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Incumbent|incumbent|former|Former)\s+)*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s|,)/u;
/** The phrase naming the one behind: after `lead`, `over`, `ahead of`, `against`, up to a comma, a bracket or `in`/`according`: group 1 the phrase. */
const RACE_RIVAL = /\b(?:lead|leads|leading|over|ahead\s+of|against|tops|topped|beats|beat)\s+((?:[\p{L}.'’-]+\s+){0,5}?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?=\s*(?:,|\(|\.|$|\s+(?:in|according|among|by|with)\b))/u;

/**
 * The shares less those set in brackets after a share and its name, as comparisons (`Primary votes
 * were 40% Labor (33.3% at the last election), 35% Coalition (41.6%) …`): an earlier result, no
 * answer of this poll. Brackets after a share alone (`Labour 48% (-2)`) hold no share to drop.
 */
function withoutBracketedComparisons(text: string, shares: Share[]): Share[] {
  return shares.filter((s, j) => {
    const prev = shares[j - 1];
    if (prev === undefined || !NAME_THEN_BRACKET.test(text.slice(prev.end, s.start))) return true;
    return !BRACKET_CLOSES_COMPARISON.test(text.slice(s.end, s.end + COMPARISON_REACH));
  });
}
/** A name after a share, then an opening bracket: ` Labor (`, ` Coalition (`. */
const NAME_THEN_BRACKET = /^\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s*\(\s*$/u;
/** The rest of a bracketed comparison after its share: `)` or ` at the last election)`. */
const BRACKET_CLOSES_COMPARISON = /^\s*(?:\)|(?:at|in)\s+(?:the\s+)?(?:last|previous|\d{4})\b[^()]{0,40}\))/;
/** Characters after a bracketed share read for {@link BRACKET_CLOSES_COMPARISON}. */
const COMPARISON_REACH = 60;

/**
 * A list of groups' shares that one answer closes or one subject opens (a crosstab told in a
 * sentence): `31% of white voters, 14% of Black voters … and 11% of Asian voters said they were
 * likely to vote for Essaibi George`, `Wu … leads, with support from 57% of white voters, 57% of
 * Black voters …`. Each share of the list takes that answer, qualified by its group. Only a run of
 * two shares or more, each followed by `of` and its group, the others left unanswered.
 */
function groupsSharingAnswer(text: string, shares: readonly Share[], answers: (string | null)[], qualifiers: (string | null)[], subgroup: boolean[]): void {
  let k = 0;
  while (k < shares.length) {
    const groups: string[] = [];
    let m = k;
    for (;;) {
      const g = GROUP_AFTER_SHARE.exec(text.slice(shares[m]!.end, shares[m + 1]?.start ?? text.length));
      if (!g) break;
      groups.push(g[1]!);
      const next = shares[m + 1];
      if (next === undefined || !LIST_JOIN.test(text.slice(shares[m]!.end + g[0].length, next.start))) break;
      m++;
    }
    if (groups.length >= 2 && groups.length === m - k + 1) {
      const opened = SUPPORT_FROM.exec(text.slice(shares[k - 1]?.end ?? 0, shares[k]!.start));
      const answer = opened ? cleanName(opened[1]!) : answers[m] ?? null;
      const unanswered = answers.slice(k, opened ? m + 1 : m).every((a) => a === null);
      if (answer !== null && unanswered) {
        for (let i = k; i <= m; i++) {
          answers[i] = answer;
          qualifiers[i] = `among ${groups[i - k]!}`;
          subgroup[i] = true;
        }
      }
    }
    k = m + 1;
  }
}
/** `of white voters` right after a share, up to the list's next comma or `and`, or the clause's verb: group 1 the group. */
const GROUP_AFTER_SHARE = /^\s+of\s+((?:[\p{L}-]+\s+){0,3}?(?:voters|respondents|adults|residents|women|men|Democrats|Republicans|independents|supporters|voters\s+under\s+\d+|[\p{L}-]+\s+voters))(?=\s*(?:,|\band\b|\s+(?:said|say|says|were|are|would|will|back|backed|support|supported)\b|[.;]|$))/u;
/** What joins two shares of a list: a comma, `and`, or both. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** A subject, its clause, then `with support from` a list: group 1 the subject. */
const SUPPORT_FROM = /^\s*(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+[^;:]{0,100}?,?\s+with\s+(?:the\s+)?(?:support|backing)\s+(?:from|of)\s*$/u;

/** A name chosen by a verb of choosing anywhere in a sentence (`women favor Murphy`): group 1 the name. */
const CHOSEN_IN_SENTENCE = /\b(?:back|backs|backed|favou?r|favou?rs|favou?red|prefer|prefers|preferred|support|supports|supported)\s+(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})/gu;
/** A group of voters choosing between two names before a pair (`women back Lamont over …`, `Men back …`): group 1 the group. */
const GROUP_CHOOSING = /(?:^|[,.;:]\s+|\b(?:[Tt]oday|[Mm]eanwhile|[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas),?\s+)((?:[Yy]ounger\s+|[Oo]lder\s+|[Ww]hite\s+|[Bb]lack\s+|[Ii]ndependent\s+|[Dd]emocratic\s+|[Rr]epublican\s+)?(?:[Ww]omen|[Mm]en|Democrats|Republicans|[Ii]ndependents|voters|Catholics|Protestants|[Ee]vangelicals|Hispanics|Latinos|[Mm]illennials|[Ss]eniors|[Gg]raduates))\s+(?:back|backs|backed|prefer|prefers|preferred|favou?r|favou?rs|favou?red|support|supports|supported|choose|chooses|chose|pick|picks|picked)\s+\p{Lu}/u;

/** What stands between the two figures of a move told apart: ` of the total Spanish vote in 2019, to just ` (no new clause). */
const SPLIT_MOVE_TO = /^[^.;:]{0,60}?,?\s+to\s+(?:just\s+|only\s+|about\s+|around\s+)?$/i;

/** Two names before a pair of shares told `respectively` (see pickAnswers): group 1 and group 2 (`The Greens and One Nation are both unchanged, at 9% and 4% respectively`). */
// (The second name may carry its title, `Nuevo Leon Governor Jaime Rodriguez`, which cleanName drops;
// `giving them` hands the shares to the names before it.)
const RESPECTIVE_NAMES = /(?:^|[\s,])(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\b[^;.]{0,50}?\s(?:on|at|with|of|polled|got|had|scored|received|(?:giving|gave|gives|give)\s+them)\s*$/u;

/** Two quoted options before a pair of shares told `respectively`, and the word after them they share: group 1, group 2, group 3 (`“extremely” or “very” concerned`). */
const RESPECTIVE_QUOTED = /["“]([^"”]{1,30})["”]\s+(?:or|and)\s+["“]([^"”]{1,30})["”](?:\s+(\p{Ll}[\p{L}-]*))?[^"“”;.]{0,100}$/u;

/** A place written right after a share: `63 per cent in England`, `57 per cent in the North East` (not a month). */
const IN_PLACE_AFTER = new RegExp(String.raw`^\s+(in\s+(?:the\s+)?(?!(?:${MONTH_NAMES})\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})`, 'u');

/** Units (headline, then the lead's sentences) whose rounded shares sum up the figures told after them. */
const SUMMARY_UNITS = 2;

/** True when two answers share a content word of four letters or more, compared by its first five (`oppose` ~ `opposed`, `missiles`). */
function shareWords(a: string, b: string, share = 0): boolean {
  const words = (t: string): string[] =>
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 5));
  const wa = [...new Set(words(a))];
  const wb = new Set(words(b));
  const common = wa.filter((w) => wb.has(w)).length;
  return common > 0 && common >= share * Math.min(wa.length, wb.size);
}
/** Part of the shorter answer's words two answers must share to be one figure told twice (see finish). */
const RESTATED_WORD_SHARE = 0.5;

/** Cleans a draft into the output shape (see step 6 in the module comment). */
function finish(articleId: string, d: DraftPoll): Poll | null {
  const precise = d.results.filter((r) => !r.approximate && r.answer);
  const kept = d.results.filter((r) => {
    if (!r.answer) return false;
    if (!r.approximate) return true;
    // A rounded share gives way to a precise one a point or two away only where it restates it: in
    // the headline or the lead, which sum up the figures told later whatever their words, or in the
    // same words (`Six in 10 Poles don't want US missiles` beside `57 percent opposed the
    // missiles`; not `one in five could be won over by Labour` beside `the Lib Dems at 21%`).
    // (Past the lead, half the shorter answer's words: `nine in ten think other NATO allies would
    // support Finland` is no restatement of `90% believe Finland should maintain its support for Ukraine`.)
    return !precise.some((p) => p.unit !== r.unit && Math.abs(p.percent - r.percent) <= APPROX_TOLERANCE && (r.unit <= SUMMARY_UNITS || shareWords(p.answer!, r.answer!, RESTATED_WORD_SHARE)));
  });
  const results: DraftResult[] = [];
  // The same figure told twice (headline and body): keep one, with the fuller answer.
  for (const r of kept) {
    const a = folded(r.answer ?? '');
    const j = results.findIndex((x) => {
      const b = folded(x.answer ?? '');
      return x.percent === r.percent && (a.includes(b) || b.includes(a)) && !(x.labelled && r.labelled && x.unit !== r.unit);
    });
    if (j < 0) results.push(r);
    else if (a.length > (results[j]!.answer ?? '').length) results[j] = r;
  }
  if (results.length === 0) return null;
  const warnings: string[] = [];
  const byQuestion = new Map<string, number>();
  for (const r of results) byQuestion.set(r.question, (byQuestion.get(r.question) ?? 0) + r.percent);
  for (const sum of byQuestion.values()) {
    if (sum > 100 + SUM_SLACK) warnings.push(`shares of one question add up to ${Math.round(sum * 10) / 10}%, well over 100`);
  }
  return {
    articleId,
    pollster: d.pollster,
    sampleSize: d.sampleSize,
    population: d.population,
    published: d.published,
    fieldwork: d.fieldwork,
    subject: d.subject,
    margin: d.margin,
    results: withQuestions(results.map((r) => ({ answer: PARTY_ABBREVIATIONS.get(r.answer ?? '') ?? r.answer ?? '', percent: r.percent }))),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * British parties as poll tables abbreviate them in capitals (`LAB 34% (+3) CON 28% (-3) LD 10%`),
 * written out as answers; other capitals (`UKIP`, `SNP`, `OTHER`) stay as printed.
 */
const PARTY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['LAB', 'Labour'], ['CON', 'Conservatives'], ['LD', 'Liberal Democrats'], ['LDEM', 'Liberal Democrats'], ['GRE', 'Greens'], ['GRN', 'Greens'], ['REF', 'Reform UK'], ['BXP', 'Brexit Party'], ['PC', 'Plaid Cymru'],
]);

/** An answer folded for comparing: lower case, accents off (`Fianna Fáil` ≡ `Fianna Fail`). */
function folded(answer: string): string {
  return answer.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The shares of a poll told one after another, split into the questions they answer: a new question
 * starts where adding the next share would take the running sum over 100 (plus {@link SUM_SLACK} for
 * rounding) or where an answer comes again (`Conservatives 25%, Labour 43%, … Reform UK 7%` then
 * `Rishi Sunak 24%, unsure 42%` for best prime minister). Each result gets its question's index
 * when there are two or more; a poll of one question is left as it was.
 */
function withQuestions(results: PollResult[]): PollResult[] {
  const index: number[] = [];
  let q = 0;
  let sum = 0;
  let seen = new Set<string>();
  for (const r of results) {
    const key = folded(r.answer);
    if (index.length > 0 && (sum + r.percent > 100 + SUM_SLACK || seen.has(key))) {
      q++;
      sum = 0;
      seen = new Set();
    }
    sum += r.percent;
    seen.add(key);
    index.push(q);
  }
  return q === 0 ? results : results.map((r, i) => ({ ...r, question: index[i]! }));
}

/** A sentence saying a poll's results follow: `Following are some of the results of The Harris Poll …`, `Here are the key findings of the survey`. */
const RESULTS_FOLLOW = /\b(?:following are|below are|here are)\s+(?:some\s+of\s+)?(?:the\s+)?(?:key\s+|main\s+)?(?:results|findings|highlights)\b/i;

/** The polls of one article, in order of first mention. */
export function extractArticlePolls(article: Article): Poll[] {
  const all = `${article.headline ?? ''}\n${article.paragraphs.join('\n')}`;
  // (On a pollster's own site, the page is its release: its figures are its poll's, named or not.)
  if (!SHARE_HINT.test(all)) return [];
  const site = pollsterSite(article.url ?? null);
  if (site === null && !hasSurveyCue(all)) return [];
  const units = unitsOf(article);
  const polls: DraftPoll[] = [];
  let current: DraftPoll | null = null;
  let pollSeen = false;
  let proseSince = 0;
  let resultsFollow = site !== null;
  // (A pollster's name the article gives as a person's surname is the person's all through it;
  // read once, and only when a pollster is found.)
  let surnames: Set<string> | undefined;
  const peopleNamedAsPollsters = (): Set<string> => (surnames ??= pollsterNamesOfPeople(all));
  const known: string[] = [];
  let lastQuestion: string[] = [];
  const firstBodyCue = units.slice(0, 4).some((u) => !u.headline && hasSurveyCue(u.text));

  const previousOf = (main: DraftPoll, pollster: string | null): DraftPoll => {
    if (main.previous && (!pollster || !main.previous.pollster || samePollster(main.previous.pollster, pollster))) return main.previous;
    const p = newPoll(pollster ?? main.pollster, main);
    main.previous = p;
    polls.push(p);
    return p;
  };

  // (Each unit's shares once: figuresLeadIntoPoll looks ahead at the next units' too.)
  const shareCache: (Share[] | undefined)[] = [];
  const sharesOf = (k: number): Share[] => (shareCache[k] ??= units[k]!.labelled?.shares.map((x) => ({ ...x })) ?? findShares(units[k]!.text));

  units.forEach((u, k) => {
    // (A sentence naming the poll's pollster is about the poll: `Pulse Asia reported the following overall trust ratings:`.)
    const cue = hasSurveyCue(u.text) || (current?.pollster != null && current.pollster.length >= MIN_POLLSTER_CUE_CHARS && u.text.includes(current.pollster));
    let shares = sharesOf(k);
    // (Right after a poll, `The Union received 27% of the vote, the AfD 22% …` is that poll's; an
    // election's result names the election: `In the federal election on February 23, the Union received …`.)
    const nearPoll = pollSeen && proseSince === 0;
    // (Respondents' answers naming the economy are still answers: `Of those dissatisfied, 15 percent
    // cited diplomacy, … another ten percent mentioned his handling of the economy, livelihoods and inflation`.)
    // (Nor a poll's measure told beside the economy: `Despite surging inflation …, satisfaction with
    // the Government has held steady, at 43 per cent`.)
    const nonPoll = !cue && (BETTING.test(u.text) || (ECONOMIC.test(u.text) && !(nearPoll && (RESPONDENTS_ANSWER.test(u.text) || POLL_MEASURE.test(u.text)))) || (ELECTION_RESULT.test(u.text) && (!nearPoll || ELECTION_NAMED.test(u.text))));
    if (nonPoll) shares = [];
    if (!cue && BETTING.test(u.text)) shares = [];
    if (shares.length > 1 && u.text.includes('(')) shares = withoutBracketedComparisons(u.text, shares);
    // Near the last poll unit: at most POLL_CONTEXT_WINDOW - 1 units of prose between (a subhead or
    // a short sentence, `SO HOW WAS 2016?`, `Americans weren't thrilled with the year.`, is no distance).
    // (Or a list of figures right before the sentence that names the poll: `Among decided or leaning
    // voters, Jeromy Farkas leads with 27% while … followed by Jeff Davison at 16% …` / `Thirty-four
    // percent of respondents say they are undecided, a share pollster Janet Brown calls …`.)
    // (Or a few sentences of figures in a row right before it, together a list: `37% consider his
    // government good, while 27% assess it as bad or terrible. According to 33%, the PT member is
    // regular, and 3% did not give an opinion.` / `This is what reveals a new survey by Datafolha`.)
    const leadsIntoPoll = !pollSeen && shares.length > 0 && !u.headline && figuresLeadIntoPoll(units, k, shares.length, sharesOf);
    // (Or, further on, two of the poll's answers named with two shares: `Cox leads King among both men
    // and women and holds a 69%-13% advantage among …`, after a few paragraphs of quotes.)
    const namesAnswers = pollSeen && shares.length >= 2 && known.filter((name) => /^\p{Lu}/u.test(name) && u.text.includes(name)).length >= 2;
    // (Or after a sentence saying the poll's results follow, as a press release lists them under
    // subheads with prose between: `Following are some of the results of The Harris Poll of 2,249 adults …`.)
    const near = (pollSeen && proseSince < POLL_CONTEXT_WINDOW) || (u.headline && firstBodyCue) || leadsIntoPoll || namesAnswers || resultsFollow;
    const samples = findSamples(u.text);
    const margin = findMargin(u.text);
    const facts = samples.length > 0 || margin !== null;
    if (!cue && !((shares.length > 0 || facts) && near)) {
      // (A question after the poll is the one its next figures answer, no distance from it: `Do you
      // approve of the job President Obama is doing?` / `Yes: 60 percent No: 36 percent …`.)
      if (u.text.split(/\s+/).length >= MIN_PROSE_UNIT_WORDS && !(pollSeen && /\?["”]?$/.test(u.text))) proseSince++;
      return;
    }
    proseSince = 0;
    if (cue && !resultsFollow && RESULTS_FOLLOW.test(u.text)) resultsFollow = true;
    if (cue && BETTING.test(u.text)) shares = shares.filter(() => !/\bodds\b|\bprobability\b/i.test(u.text));
    pollSeen = true;

    const earlier = earlierPollSpans(u.text);
    const prevStart = earlier.start;
    const found = findPollsters(u.text, u.headline);
    const pollsters = found.length === 0 || peopleNamedAsPollsters().size === 0 ? found : found.filter((f) => !peopleNamedAsPollsters().has(f.value));
    // (A poll credited at the sentence's end, set off by a comma, reports the whole sentence, an
    // earlier poll told in it too: `…, rising 3.3 points from the previous survey …, a Kyodo News
    // poll showed Monday.`)
    const reporting = (p: { index: number }): boolean => REPORTING_POLL_END.test(u.text.slice(Math.max(0, p.index - REPORTING_POLL_LEAD), p.index)) && REPORTING_POLL_TAIL.test(u.text.slice(p.index));
    const mainPollster = pollsters.find((p) => !earlier.inEarlier(p.index) || reporting(p))?.value ?? null;
    const prevPollster = pollsters.find((p) => earlier.inEarlier(p.index) && !reporting(p))?.value ?? null;

    let target: DraftPoll | null = current;
    const named = mainPollster ?? (prevStart === 0 ? prevPollster : null);
    if (named) {
      const existing = polls.find((p) => !p.previousOf && p.pollster && samePollster(p.pollster, named));
      if (existing) target = existing;
      else if (current && !current.pollster && !current.previousOf) {
        target = current;
        target.pollster = named;
      } else if (prevStart > 0 || !current) {
        target = newPoll(named);
        polls.push(target);
      }
    } else if (NEW_POLL.test(u.text) && current && current.results.length > 0 && prevStart > 0) {
      target = newPoll(null);
      polls.push(target);
    }
    if (!target) {
      target = newPoll(null);
      polls.push(target);
    }
    const main = target;
    const regionOf = (index: number): DraftPoll => (earlier.inEarlier(index) ? previousOf(main, index === 0 && prevStart === 0 ? null : prevPollster) : main);
    if (prevStart === 0 && prevPollster && !main.pollster) main.pollster = prevPollster;

    // Shares and their answers.
    const { answers, qualifiers, people, subgroup, earlierLevel } = pickAnswers(u.text, shares, known, lastQuestion);
    // (A row of labelled figures names its answers itself.)
    if (u.labelled) shares.forEach((x, i) => (answers[i] = u.labelled!.labels[u.labelled!.shares.findIndex((y) => y.start === x.start)] ?? answers[i] ?? null));
    const answered: string[] = [];
    shares.forEach((s, i) => {
      // (The earlier level of a move, `fell from 41% to 38%`, is the earlier poll's.)
      const poll = earlierLevel[i] ? previousOf(main, null) : regionOf(s.start);
      const q = qualifiers[i] ?? null;
      for (const answer of (answers[i] ?? '').split(EACH_SEP)) {
        const shown = answer && q ? `${answer} (${q})` : answer || null;
        poll.results.push({ answer: shown, percent: s.percent, approximate: s.approximate, unit: k, question: `${k}|${q ?? ''}|${poll === main ? 'm' : 'p'}`, ...(u.labelled || shares.length >= MIN_TABLE_ROW_SHARES ? { labelled: true as const } : {}) });
      }
      const answer = (answers[i] ?? '').split(EACH_SEP)[0] || null;
      setPopulation(poll, s.group);
      // Later sentences name subgroups (`a third of Democrats`); only the first one names the population.
      if (!subgroup[i] && (poll.firstShareUnit === null || poll.firstShareUnit === k)) setPopulation(poll, people[i] ?? null);
      poll.firstShareUnit ??= k;
      for (const a of (answers[i] ?? '').split(EACH_SEP)) {
        if (!a) continue;
        answered.push(a);
        if (/^[\p{Lu}"“]/u.test(a) && a.split(/\s+/).length <= 3 && !known.includes(a)) known.push(a);
      }
    });
    if (answered.length >= 2) lastQuestion = answered;

    // Facts.
    for (const s of samples) {
      const poll = regionOf(s.index);
      if (poll.sampleSize === null || (s.whole && !poll.wholeSample)) {
        poll.sampleSize = s.size;
        if (s.whole) poll.wholeSample = true;
      }
      setPopulation(poll, s.people);
    }
    if (margin) {
      const poll = regionOf(margin.index);
      if (poll.margin === null) poll.margin = margin.value;
    }
    for (const d of datesIn(u.text, article.date)) {
      const poll = regionOf(d.index);
      if (poll[d.kind] === null) poll[d.kind] = d.value;
    }
    if (prevStart === 0) {
      // `Last month 33 percent …`: the month is the earlier poll's fieldwork.
      const d = resolvePollDate(u.text.slice(0, 40), article.date);
      const prev = main.previous;
      if (d && d.index <= 3 && prev && prev.fieldwork === null && prev.published === null) prev.fieldwork = d.value;
    }
    if (prevStart > 0 && main.subject === null) main.subject = subjectIn(u.text.slice(0, Number.isFinite(prevStart) ? prevStart : undefined));
    current = main;
  });

  lendFacts(polls);
  if (site !== null) for (const p of polls) if (p.pollster === null && !p.previousOf) p.pollster = site;
  return nameTheRace(polls.map((d) => finish(article.id, d)).filter((p): p is Poll => p !== null));
}

/**
 * A poll begun by a sentence that names another organisation but gives no shares (`Focus Survey
 * Research carried out the poll from May 20-22 and received 1,077 valid responses`, the fieldwork
 * firm of the foundation's poll told before) holds facts of the poll before it: its sample, margin,
 * fieldwork and people go to that poll where it has none. (It would be dropped for having no shares.)
 */
function lendFacts(polls: readonly DraftPoll[]): void {
  let last: DraftPoll | null = null;
  for (const d of polls) {
    if (d.previousOf) continue;
    if (d.results.some((r) => r.answer)) {
      last = d;
      continue;
    }
    if (last === null) continue;
    last.sampleSize ??= d.sampleSize;
    last.margin ??= d.margin;
    last.fieldwork ??= d.fieldwork;
    last.population ??= d.population;
  }
}

/** A candidate or party named as a poll answer: one to three capitalised words (`Obama`, `Mitt Romney`). */
const NAMED_ANSWER = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$/u;
/** A tie told once for both sides: `49 percent for each candidate`, `each`, `both`. */
const EACH_ANSWER = /^(?:for\s+|with\s+)?(?:each|both)(?:\s+(?:candidate|of them|side|man|party))?s?$/i;
/** A description standing for a candidate: `the former governor of Massachusetts`, `the president` (it must hold a role noun). */
const DESCRIBED_ANSWER = /^the\s+\p{Ll}/u;

/**
 * A two-sided race told with its names elsewhere in the article: when the article's polls name
 * exactly two sides (`Obama`, `Romney`), a tie told once (`49 percent for each candidate`) is a
 * share of each, and a description beside one named side (`Obama and the former governor of
 * Massachusetts each supported by 47 percent`) is the other side. With more or fewer named sides
 * nothing changes.
 */
function nameTheRace(polls: Poll[]): Poll[] {
  const names = [...new Set(polls.flatMap((p) => p.results.map((r) => r.answer).filter((a) => NAMED_ANSWER.test(a))))];
  if (names.length !== 2) return polls;
  return polls.map((p) => {
    const named = new Set(p.results.map((r) => r.answer).filter((a) => names.includes(a)));
    const results = p.results.flatMap((r) => {
      // (The question index, when there is one, stays with the share.)
      if (EACH_ANSWER.test(r.answer) && named.size === 0) return names.map((n) => ({ ...r, answer: n }));
      if (DESCRIBED_ANSWER.test(r.answer) && r.answer.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase())) && named.size === 1) {
        const other = names.find((n) => !named.has(n))!;
        return [{ ...r, answer: other }];
      }
      return [r];
    });
    return { ...p, results };
  });
}

/**
 * Opinion polls in the articles of one file, each with its pollster, sample, population, dates,
 * subject and shares (see the module comment for the method). Numbers that are not shares of people
 * asked (counts, years, money, economic and betting figures, election results, thresholds) stay out.
 * A poll whose shares of one question add up to well over 100 is kept, with a warning.
 */
export function extractPolls(articles: readonly Article[]): Poll[] {
  return articles.flatMap((a) => extractArticlePolls(a));
}
