/**
 * The answer a share belongs to: `57 percent ... opposed the missiles`, `25 percent were in favour`,
 * `"Remain" on 48 per cent`, `support for another referendum was at 78 percent`, `Romney ahead,
 * 49 percent to 45 percent`. Method: hand rules over the clause around the share. After the share,
 * skip `of <people> [surveyed by …]` and take the predicate up to the clause end (a verb from a short
 * lexicon, an auxiliary, an `-ed` form, or `for`/`against`/`in favour`); failing that, take the name
 * written just before the share (`X on 48 per cent`, `X 52%`, `backed by`), or the thing supported
 * (`support for X was at`).
 */
import type { Share } from './findShares.js';
import { HONORIFICS, NAME_PARTICLES, ROLE_NOUNS, isTitleWord } from '../speakers/lexicon.js';

export interface Answer {
  answer: string | null;
  /** A subgroup or condition (`among likely women voters`, `excluding don't knows`), or null. */
  qualifier: string | null;
  /** The people in `N percent of <people>` when written (`voters`, `Poles`), or null. */
  people: string | null;
}

/** Longest answer kept, in words (answers are short predicates; more is usually the rest of the sentence). */
const MAX_ANSWER_WORDS = 9;

const AUX = new Set(
  'is are was were be been would will could should can may might must had has have did do does don’t don\'t doesn\'t didn\'t won\'t wouldn\'t can\'t couldn\'t isn\'t aren\'t wasn\'t weren\'t hadn\'t haven\'t hasn\'t doesn’t didn’t won’t wouldn’t isn’t aren’t wasn’t weren’t not'.split(' '),
);
/** Base forms of verbs that answers to polls start with; inflections are derived. */
const VERB_BASES =
  'say think want support oppose back favour favor approve disapprove reject prefer plan intend believe feel expect fear trust distrust blame see view rate like dislike agree disagree consider hope worry choose pick vote endorse welcome describe remain answer reply respond name cite select predict doubt accept object regard know care give identify lean call rank oppose deem find judge consider wish need fail lack side applaud condemn criticise criticize praise dismiss share hold report indicate claim admit suggest express mention point assess evaluate grade score perceive foresee anticipate use utilize utilise employ own rent drink smoke pray attend work live exercise spend save buy shop watch visit belong suffer experience struggle pay earn receive play access download follow donate volunteer commute face lose skip delay'.split(' ');
const IRREGULAR = 'said thought felt saw chose knew gave held found told tell tells foresaw foreseeing planning planned spent bought drank ate went paid lost'.split(' ');
const VERBS = new Set<string>(IRREGULAR);
for (const b of VERB_BASES) {
  VERBS.add(b);
  VERBS.add(b.endsWith('y') ? `${b.slice(0, -1)}ies` : b.endsWith('s') || b.endsWith('sh') ? `${b}es` : `${b}s`);
  VERBS.add(b.endsWith('e') ? `${b}d` : b.endsWith('y') ? `${b.slice(0, -1)}ied` : `${b}ed`);
  // (`agree` → `agreeing`, `foresee` → `foreseeing`: a double `e` stays.)
  VERBS.add(b.endsWith('e') && !b.endsWith('ee') ? `${b.slice(0, -1)}ing` : `${b}ing`);
}
/** Participles that describe the people asked, not their answer: `people surveyed by CBOS`. */
const SURVEY_PARTICIPLES = /^(?:surveyed|polled|questioned|interviewed|asked|sampled|contacted|quizzed|canvassed|aged|registered|retired|unemployed|employed|married|educated|qualified|self-employed|so-called|based|living|born)$/i;
/** Answers without a verb: `25 percent in favour`, `18 percent undecided`. */
const DIRECT_ANSWER = /^(?:for|against|in favou?r|undecided|unsure|neutral|opposed|supporting|backing|approving|disapproving|don'?t know|do not know|not sure|no opinion|satisfied|dissatisfied|happy|unhappy|optimistic|pessimistic|positive|negative|favou?rable|unfavou?rable|always|often|sometimes|occasionally|rarely|seldom|never|usually|frequently)\b/i;
/** Where the clause after a share ends. */
const CLAUSE_END = /,(?!\d)|[;:()"“”]|\s(?:[-–—]|--)\s|\s(?:while|whereas|but|compared|according to|although|though|versus|which|including|excluding|up from|down from)\b|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Prof|Rev|St|Jr|Sr|[A-Z]))\.(?:\s|$)/i;
/** Speech verbs stripped from the front of an answer: `said they would vote for Labour` → `would vote for Labour`, `said they’re “not too concerned”` → `“not too concerned”`. */
const LEADING_SAID = /^(?:said|say|says|(?:told|tell|tells) (?:pollsters?|researchers|interviewers|the pollsters?)(?: \p{Lu}[\p{L}-]*){0,2}|responded|replied|answered)(?:\s+(?:that|they|it)(?:['’](?:re|s)\b)?)*\s+(?=\S)/iu;
const TRAILING_JUNK = /(?:\s+(?:and|or|the|a|an|to|in|of|on|at|by|with|for|that|as|than|in the (?:poll|survey)|the (?:poll|survey) (?:showed|found|said)))+\s*$/i;
/**
 * A lower-case noun that may follow a party or side's name before its share (`the Green party 5%`,
 * `the "yes" vote at 52 percent`, `the "no" camp at 51 percent`); it is kept in the answer.
 */
const SIDE_NOUN = String.raw`(?:\s+(?:party|camp|side|vote|campaign|bloc|alliance|coalition|ticket))?`;
/** A share's lone noun after it (`37% support`, `26 per cent backing`): not a predicate when a name comes before the share. */
const SUPPORT_NOUN = /^(?:support|backing|approval)(?:\s+(?:in|among|across)\s+(?:the\s+)?[^,;]{1,40})?$/i;
/** A forecast share's verb between a name and its share: `the Liberals would receive 26%`, `Labour would get 38 percent`. */
const WOULD_WIN = String.raw`(?:would|will|could|might)\s+(?:receive|get|win|take|garner|capture|secure|poll|attract|have)`;
/** Lower-case particles of personal names (`Lula da Silva`), as an alternation for the patterns below. */
const NAME_JOINERS = [...NAME_PARTICLES].join('|');
/** A name written just before a share: `"Remain" on`, `Labour 34 percent`, `the Conservatives at`, `Marine Le Pen, credited with` (French polls' idiom in English). */
const NAME_BEFORE = new RegExp(
  String.raw`(["“][^"”]{1,40}["”]${SIDE_NOUN}|[\p{Lu}][\p{L}'’.&/-]*(?:\s+(?:(?:for|of|and|${NAME_JOINERS})\s+)?(?:[\p{Lu}][\p{L}'’.&/-]*|(?<=\p{Lu}[\p{L}]*\s)\d{4}(?=\s+(?:party|movement|alliance)\b))){0,3}(?:\s*\([\p{Lu}][^)]{0,15}\))?${SIDE_NOUN}|(?<=(?:^|,|\band|\bput|\bgave|\bshowed|\bhad|\bwith)\s+)the\s+[\p{Ll}][\p{L}'’-]+(?:\s+(?!(?:at|on|with|is|are|was|were|stood|stands|standing|sitting)\b)[\p{L}'’-]+){0,2})(?:,\s+(?:up|down)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:percentage\s+)?points?)?(?=\s+at\b))?(?:,(?=\s+(?:on|at|with|credited\s+with|(?:has|had|gets|got|holds|held)(?:\s+(?:only|just|about|around|some|nearly))?|(?:remained|remains|stayed|stays)\s+(?:(?:relatively|broadly|largely|fairly|virtually)\s+)?(?:unchanged|steady|stable)\s+(?:on|at))\s*$))?\s*(?:(?:now|still|also)\s+)?(?:(?:(?:(?:is|was|are|were)\s+)?credited(?=\s+with)|(?:has|have|had)\s+(?:maintained|kept|retained|held)\s+(?:his|her|its|their)|was|were|is|are|stood|stands|standing|sitting|hovering|languishing|bumping\s+along|came|comes|remained|remains|stayed|stays|polled|had|has|have|got|gets|scored|took|takes|hold|holds|held|sits|sat|leads|led|garners|garnered|receives|received|draws|drew|attracts|attracted|secures|secured|wins|won|(?:continue|continues|continued)\s+to\s+(?:poll|stand|sit))\s+(?:an?\s+)?(?:(?:relatively|broadly|largely|fairly|virtually)\s+)?(?:(?:next|second|third|fourth|close behind|just behind|level|at the top|on top|in front|ahead|in first place|unchanged|steady|stable)\s+)?|${WOULD_WIN}\s+|(?:ahead|leading|in front|in the lead)\s+)?(?:on|at|with|:|-|–|\(\s*(?:on|at|now)|\()?\s*(?:(?:around|about|roughly|some|nearly|almost|just|only)\s+)?$`,
  'u',
);
/**
 * A candidate placed in a race before the share: `Sen. Marco Rubio of Florida coming in second at
 * 19 percent`, `Ted Cruz of Texas close behind in third at 18 percent`, `Bush finished fourth with`.
 */
const RANKED_AT = new RegExp(
  String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})(?:\s+of\s+[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?)?,?\s+(?:(?:coming|came|comes|finishing|finished|finishes|placing|placed|ranking|ranked|running|ran|sitting|sat)\s+|(?:was|is|were)\s+)?(?:in\s+)?(?:a\s+)?(?:(?:close|distant)\s+)?(?:behind\s+)?(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|last)(?:\s+place)?\s+(?:at|with)\s*$`,
  'u',
);
/** `Clinton leads Sanders with`, `Lamont topped Stefanowski at`: group 1 the leader, group 2 the one led (whose figure follows `to`, see {@link RIVAL_AFTER_TO}). */
const LEADS_RIVAL_WITH = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:leads|led|tops|topped|beats|beat|edges|edged)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:with|at|on)\s*$/u;
/** ` of Democratic caucus-goers to ` between a leader's figure and the one led's. */
const RIVAL_AFTER_TO = /^\s*(?:of\s+[^,;.]{1,50}?\s+)?to\s*$/;
/** `Trump was the preferred candidate of 39 percent`, `Clinton is the first choice of`, `Trump was the favorite of`: the name is the answer. */
const CHOICE_OF = new RegExp(
  String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:was|is|remains|remained|became)\s+the\s+(?:(?:preferred|favou?red|favou?rite|top|first|leading)\s+(?:candidate|choice|pick)|favou?rite)(?:\s+(?:for|among)\s+[^,;]{1,40}?)?\s+(?:of|among)\s*$`,
  'u',
);
/** `In second place is Taiwan People’s Party (TPP) candidate Ko Wen-je at 24.23%`: a place in a race, then its holder. */
const PLACE_IS = new RegExp(
  String.raw`\b[Ii]n\s+(?:first|second|third|fourth|fifth|last)(?:\s+place)?\s+(?:is|was|came|comes|stood|stands)\s+([^,;]{2,80}?)\s+(?:at|with|on)\s*$`,
  'u',
);
/** `The poll gave Democrat Clinton the support of 49 percent`: the name given the support. */
/** `Democrat Hillary Clinton has the support of 44 percent`: the name that has the support. */
/** (`Lai came in first with the backing of 42.52%`: the name placed, with the support.) */
const HAS_SUPPORT = new RegExp(
  String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:(?:now|still|also)\s+)?(?:has|had|have|enjoys|enjoyed|won|wins|(?:came|comes|finished|finishes|placed|ranked|is|was)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|last)(?:\s+place)?,?\s+with)\s+the\s+(?:support|backing|votes?)\s+of\s*$`,
  'u',
);
/**
 * A name, perhaps its party in brackets, then a relative clause or a lead holding the share: `senator
 * Simone Tebet (Brazilian Democratic Movement), who has`, `Ciro Gomes (Democratic Labor Party), who
 * now has`, `Jair Bolsonaro (Liberal Party), who is running for reelection, has`, `Lula da Silva
 * (Workers’ Party) is leading the election with`.
 */
const WHO_HAS = new RegExp(
  String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|${NAME_JOINERS})){0,4})(?:\s+\([^()]{1,40}\))?(?:,\s+who\s+(?:(?:now|still|currently|also)\s+)?(?:has|had|gets|got|polls|polled|scored|scores|holds|held|(?:is|was|stands|stood)\s+at|received|receives)|,\s+who\s+[^,;()]{1,60},\s+(?:(?:now|still|currently|also)\s+)?(?:has|had|gets|got|polls|polled|scored|scores|holds|held|(?:is|was|stands|stood)\s+at|received|receives)|\s+(?:is|was|remains|remained)\s+(?:(?:comfortably|clearly|narrowly|still)\s+)?(?:leading|ahead|in\s+the\s+lead|in\s+front)(?:\s+(?:the|in\s+the)\s+(?:race|election|polls?|survey|contest|field|pack))?\s+with)\s*$`,
  'u',
);
const GAVE_SUPPORT = new RegExp(
  String.raw`\b(?:gave|gives|give)\s+(?:(?:Democrat|Democratic|Republican|Conservative|Labour|Liberal|incumbent|challenger)\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s+(?:the\s+)?(?:support|backing|votes?)\s+of\s*$`,
  'u',
);
/** A small count of points in words or figures: `two`, `12`, `a`. */
const POINTS_COUNT = String.raw`(?:\d{1,2}(?:\.\d)?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/**
 * The thing supported or rated before its level: `support for another referendum was at`, `job
 * approval stood at`, `Support for the ruling People Power Party gained 3 percentage points to`, `The
 * disapproval rate is unchanged at`, `the approval rate for … Kishida Fumio's Cabinet rose 4 percentage
 * points to`, `The disapproval rate was down by 4 points to`, `satisfaction with the Government has held
 * steady, at`.
 */
const SUPPORT_FOR = new RegExp(
  String.raw`\b((?:support|backing|approval|opposition|trust|preference|confidence|(?:job\s+)?(?:approval|disapproval|popularity|favou?rability)\s+(?:rating|rate|score|level))\s+(?:for|of|to|in)\s+[^,;]{1,60}?|(?:job\s+)?(?:approval|disapproval|popularity|favou?rability|trust)(?:\s+(?:ratings?|rates?|scores?|levels?))?|(?:dis)?satisfaction\s+with\s+[^,;]{1,60}?|(?:positive|negative|favou?rable|unfavou?rable)\s+(?:views?|assessments?|ratings?|opinions?))(?:\s+among\s+([^,;]{1,50}?))?\s+(?:(?:now|currently|still)\s+)?(?:(?:has|had|have)\s+)?(?:(?:(?:was|were|is|are)\s+(?:up|down)|was|were|is|are|stood|stands|sits|sat|reached|rose|risen|fell|fallen|dipped|slid|climbed|dropped|slipped|slips|falls|rises|slumped|jumped|edged (?:up|down)|ticked (?:up|down)|came in|remained|remains|held|holds|hit|gained|gains|lost|loses|increased|decreased|declined|grew)(?:\s+(?:also|still))?(?:\s+(?:unchanged|steady|stable|flat))?(?:\s+(?:slightly|sharply|marginally|significantly|further|again|somewhat|modestly|steadily|back))?,?(?:\s+(?:by\s+)?${POINTS_COUNT}\s+(?:percentage\s+)?points?,?)?(?:\s+(?:at|to))?|at)(?:\s+(?:merely|only|just|about|around|some|nearly|almost))?\s*$`,
  'i',
);
const PASSIVE_BY = /(["“][^"”]{1,40}["”]|[\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3})(?:\s*\(\p{Lu}[\p{Lu}\d&-]{1,9}\))?,?\s+(?:(?:was|were|is|are)\s+)?(?:each\s+)?(?:supported|backed|favou?red|preferred|chosen)\s+by\s*$/u;
/** `Anwar was considered the more qualified prime minister choice by`, `Merkel is seen as the better leader by`: the name judged so. */
const PASSIVE_JUDGED_BY = /([\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3})\s+(?:was|were|is|are)\s+(?:considered|seen|viewed|regarded|rated|judged|deemed|named)(?:\s+as)?\s+(?:the\s+|a\s+)?[^,;()]{1,60}?\s+by\s*$/u;
/** Capitalised words that are not answers (sentence openers, months, days). */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|By|For|Of|And|But|While|Both|His|Her|Their|Its|Our|My|Your|Now|Today|Yesterday|Here|There|However|Still|Also|Then|If|When|Unless|Although|Though|Since|After|Before|Once|Whether|Should|Even|Yet|Some|About|Nearly|Almost|Only|Just|It|This|That|They|He|She|We|Overall|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)$/;

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

function isPredicate(w: string): boolean {
  // A capitalised word is a name, not a verb (`people in the United Kingdom approve …`).
  if (/^\p{Lu}/u.test(w) && !AUX.has(w.toLowerCase())) return false;
  const lw = w.toLowerCase().replace(/[^a-z’']/g, '');
  if (SURVEY_PARTICIPLES.test(lw)) return false;
  if (AUX.has(lw) || VERBS.has(lw)) return true;
  // Other simple past forms (`planned`, `opposed`): an -ed word of some length.
  return /^[a-z]{3,}ed$/.test(lw);
}

/** An answer without a leading speech verb, a trailing change, small words or punctuation; not cut short. */
function tidyWhole(answer: string): string {
  // (A change left after the answer by a missing bracket, `are unsure +2)`, is no part of it.)
  // (Nor a dash glued to it before the next share: `61 percent favorable–17 percent unfavorable`.)
  return answer.replace(LEADING_SAID, '').replace(/\s*\(?[+\-−±]\s?\d+(?:\.\d+)?\)?\s*$/u, '').replace(TRAILING_JUNK, '').replace(/[.,;:!?"“”–—]+$/g, '').trim();
}

/** {@link tidyWhole}, cut to its first {@link MAX_ANSWER_WORDS} words; null when nothing is left. */
function tidy(answer: string): string | null {
  let a = tidyWhole(answer);
  const ws = words(a);
  if (ws.length > MAX_ANSWER_WORDS) a = ws.slice(0, MAX_ANSWER_WORDS).join(' ').replace(TRAILING_JUNK, '');
  return a === '' ? null : a;
}

/**
 * A name as an answer: quote marks, a possessive, a leading `the` and sentence openers (`The`,
 * `Now`), a role or party before a person's name and a sponsoring paper run into it left out
 * (`Florida U.S. Senator Marco Rubio` → `Marco Rubio`, `The Greens` → `Greens`); null when nothing is left.
 */
export function cleanName(s: string): string | null {
  // (A full stop after a name ends the sentence, `42% Trump.`; an initial's or abbreviation's stays: `U.S.`, `Jr.`.)
  const n = s.replace(/^the\s+(?=\p{Ll})/u, '').replace(/["“”]/g, '').replace(/(?:'s|’s|(?<=s)['’])$/, '').replace(/(?<=\p{Ll}{2}|^(?:No|Yes))\.$/u, '').trim();
  // (A party written out in brackets after a candidate, `Soraia Thronicke (Brazil Union)`, is no part
  // of the answer; a body's acronym is, `Social Democratic Party of Germany (SPD)`.)
  const ws = words(n.replace(PARTY_IN_BRACKETS_END, ''));
  while (ws.length > 0 && (NOT_A_NAME.test(ws[0] ?? '') || SENTENCE_ADVERB.test(ws[0] ?? ''))) ws.shift();
  // A candidate's title and home state before the name (`Florida U.S. Senator Marco Rubio`, `Vice
  // President Joseph Biden`): the answer is the name, as the other shares of the poll write it.
  let role = -1;
  // (Not a word after a figure, part of a party's name: `5 Star Movement`.)
  for (let k = 0; k < ws.length - 1; k++) if ((ROLE_NOUNS.has(ws[k]!.toLowerCase()) || HONORIFICS.has(ws[k]!.toLowerCase())) && !/^\d/.test(ws[k - 1] ?? '')) role = k;
  // (`Chief of Staff Benny Gantz`, `Minister of Finance Bill Morneau`: the title goes on through `of` and its words.)
  while (role >= 0 && role < ws.length - 2 && (/^(?:of|the)$/.test(ws[role + 1]!) || isTitleWord(ws[role + 1]!))) role++;
  // (`the governing CAQ and Premier François Legault`: a party and its leader, joined; the party is the option.)
  const joined = role > 1 ? ws.lastIndexOf('and', role) : -1;
  if (joined > 0 && ws.slice(0, joined).every((w) => /^\p{Lu}/u.test(w)) && ws.slice(joined + 1, role + 1).every((w) => ROLE_NOUNS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()) || isTitleWord(w))) return ws.slice(0, joined).join(' ');
  // (A name's particle is no break: `President Lula da Silva`.)
  if (role >= 0 && ws.slice(role + 1).every((w, k, rest) => /^\p{Lu}/u.test(w) || (NAME_PARTICLES.has(w) && k > 0 && k < rest.length - 1))) ws.splice(0, role + 1);
  // A poll's sponsor run into the name (`… for the Sunday Business Post Fine Gael has 33%`): the words after the paper's name.
  // (Not a paper's word after a figure, a name's own word: `5 Star Movement`.)
  const paper = ws.findIndex((w, k) => k < ws.length - 1 && NEWSPAPER_HEADS.test(w) && !/^\d/.test(ws[k - 1] ?? ''));
  if (paper >= 0) ws.splice(0, paper + 1);
  // A party before a candidate's full name (`Democrat Doug Jones`, `Republican Roy Moore`): the name,
  // as the poll's other shares write it; not before a body's name (`Democratic Unionist Party`).
  while (ws.length >= 3 && PARTY_BEFORE_NAME.test(ws[0]!) && ws.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !PARTY_NOUNS.test(w))) ws.shift();
  return ws.length === 0 ? null : ws.join(' ');
}
/** A sentence adverb, capitalised as it opens its sentence (`Unsurprisingly, their support is highest in Alberta, at 57%`): no name. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ingly|edly|ously|ively|ally|ately|ently|antly|fully|lessly)$/u;
/** A bracket of two or more words, one in lower case after its capital, closing a name: a party written out (`(Workers’ Party)`). */
const PARTY_IN_BRACKETS_END = /(?<=\p{L})\s+\((?=[^()]*\s)(?=[^()]*\p{Lu}\p{Ll})[^()]{3,40}\)$/u;
/** Last words of newspapers' names, which sponsor polls. */
const NEWSPAPER_HEADS = /^(?:Post|Times|Journal|Herald|Telegraph|Guardian|Observer|Mail|Express|Tribune|Independent|Standard|Examiner|Gazette|Chronicle|Globe|Star)$/;
/** Party words written before a candidate's name. */
const PARTY_BEFORE_NAME = /^(?:Democrat|Democratic|Republican|GOP|Independent|Conservative|Labour|Liberal|Tory|Green|Libertarian)$/;
/** Words that make a body's name (`Unionist Party`, `Liberal Democrats`), not a person's. */
const PARTY_NOUNS = /^(?:Party|Parties|Democrats?|Unionists?|Alliance|Front|Congress|League|Union|Movement|Coalition|Bloc|Greens|Conservatives|Liberals|Republicans|Socialists?|Nationalists?|Caucus|Committee|Council)$/;

/**
 * A quoted option after a share's speech or voting verb, or a copula (`53 percent of decided voters will
 * say "yes"`, `41 per cent would vote "Leave"`, `85 percent have "big trust" in the President`, `11
 * percent are "undecided"`): the option is the answer (the clause would end at its quote mark).
 */
const SAY_QUOTED = /^([^,;:()."“”]{0,60}?\b(?:say|says|said|vote|votes|voted|voting|answer|answered|choose|chose|pick|picked|back|backed|backing|favou?r|favou?red|want|wanted|prefer|preferred|have|has|had|are|were|is|was|expressed|rated|gave|know|knew|feel|felt|they['’]re|we['’]re|it['’]s)\s+(?:(?:still|now|also)\s+)?(?:(?:letting|allowing|admitting|taking|being)\s+(?:in\s+)?)?)["“]([^"”]{1,40})["”]/i;

/** `of the (federal) vote`, `share of the vote`, `of voting intentions`, `of support` right after a share: what the share is of, not the people asked. */
// (Or the measure with no `of`: `now has 5% voting intentions`, `kept its 40% share`, `his 32% percentage of voting intentions`.)
const OF_THE_VOTE = /^\s*(?:(?:share|percentage)\s+)?of\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:vote|votes|ballots?)\b|(?:voting|vote)\s+intentions?\b|support\b)|^\s*(?:(?:voting|vote)\s+intentions?|share|percentage)\b/iu;

/** A share of the vote going to a party: `of the vote would go to the PQ`, `to the Liberals` (group 1: the party). */
const GOES_TO = /^\s*(?:of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?vote\s+(?:would|will|could)\s+go\s+)?to\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})(?=\s*(?:[,.;)]|$|\s+and\b))/u;

/** A speech verb, then a condition set off by a comma before the answer: group 1 all before `if`. */
const CONDITION_AFTER_SAY = /^(\s*(?:of\s+[^,;]{1,40}?\s+)?(?:say|says|said)\s+(?:that\s+)?)if\s+[^,;]{3,80},\s*/i;

/** The poll a share was found in, then the option it quotes: ` in the Reuters/Ipsos survey released Tuesday “strongly agree”` (group 1). */
const IN_POLL_THEN_QUOTED = /^\s*in\s+(?:the|a|an|this)\s+[^,;"“”]{0,40}?\b(?:survey|poll)\b[^,;"“”]{0,30}?\s["“]([^"”]{2,40})["”]/;
/** A poll scale's adverbs (`strongly`, `somewhat`, `very`), as an alternation for the patterns below. */
const SCALE_ADVERBS = 'strongly|somewhat|extremely|very|fairly|mostly|completely|totally|definitely|probably';
/** One such adverb as a word, or `slightly`. */
const SCALE_ADVERB = new RegExp(`^(?:${SCALE_ADVERBS}|slightly)$`, 'i');
/** A list of examples after `such as`, with commas and a last `and`/`or` item, and a bracketed acronym after it. */
const SUCH_AS_LIST = /,?\s+such as\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:,\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)*,?\s+(?:and|or)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+\([\p{Lu}\d&-]{2,10}\))?,?/u;
/** A scale's adverb in quote marks inside a predicate (`“strongly” supported`, `“somewhat” opposed`): group 1 the adverb. */
const QUOTED_SCALE_ADVERB = new RegExp(String.raw`["“]((?:${SCALE_ADVERBS}|not\s+very|not\s+at\s+all)\s*)["”](?=\s*\p{Ll})`, 'giu');

/** The predicate after a share (`opposed the missiles`), skipping `of <people> surveyed by …`. */
/** A poll's measure alone after a share (see answerAfter). */
const MEASURE_ONLY = /^(?:(?:popularity|approval|job|favou?rability|trust|support)\s+)?ratings?$/i;

function answerAfter(raw: string, share: Share, setOff = false): { answer: string | null; people: string | null } {
  // (`who “somewhat oppose” or “strongly oppose” the policy`: the poll's own wording quoted in the answer, marks dropped.)
  // (`of South Africans say that if elections were held tomorrow, they would vote for the ANC`: the
  // question's condition between the speech verb and the answer is passed over.)
  // (`said they “strongly” supported the proposal`: an adverb of the poll's scale quoted inside the
  // predicate loses its marks too.)
  const quotesOff = raw.includes('“') || raw.includes('"') ? raw.replace(QUOTED_SCALE_ADVERB, '$1') : raw;
  // (An example list inside the predicate, `believe that vaccines for diseases such as measles, mumps
  // and rubella (MMR) are safe`, is left out: its commas and bracket end no clause.)
  const unquoted = quotesOff.includes('such as') ? quotesOff.replace(SUCH_AS_LIST, '') : quotesOff;
  const rest = (/^\s*(?:who|that)\s+["“]/i.test(unquoted) ? unquoted.replace(/["“”]/g, '') : unquoted).replace(CONDITION_AFTER_SAY, '$1');
  // `Thirty-one per cent of the vote would go to the PQ, and 30 per cent to the Liberals`: the party the vote goes to.
  const goes = GOES_TO.exec(rest);
  if (goes) return { answer: cleanName(goes[1]!), people: null };
  // `the Bloc holds 53% of the federal vote`: a share of the vote, whose holder is named before it.
  if (OF_THE_VOTE.test(rest)) return { answer: null, people: null };
  // (`a further eight per cent “would not vote”`: the poll's own option, quoted right after the share.)
  // (Also after the poll that found it: `Forty-six percent in the Reuters/Ipsos survey released Tuesday “strongly agree”`.)
  const quotedOption = /^\s*["“]([^"”]{2,40})["”]/.exec(rest) ?? (rest.includes(' in ') ? IN_POLL_THEN_QUOTED.exec(rest) : null);
  if (quotedOption) return { answer: cleanName(quotedOption[1]!.replace(/[,;:.]+$/, '')), people: share.group };
  const said = SAY_QUOTED.exec(rest);
  if (said) {
    const { people } = answerAfter(said[1] ?? '', share);
    return { answer: cleanName((said[2] ?? '').replace(/[,;:.]+$/, '')), people };
  }
  let cut = CLAUSE_END.exec(rest);
  // (A share set off by commas before its predicate, `Just over a third, 37 percent of respondents,
  // answered yes`, `Just below, 35 percent, said no`, `A clear majority, or 70 per cent, was of the
  // opinion`: the clause goes on past the comma when only the people, or nothing, stand before it;
  // not after a share its clause has named, `has a primary vote of 39 per cent, unchanged for …`.)
  let clause = (cut ? rest.slice(0, cut.index) : rest).trim();
  if (setOff && cut && rest[cut.index] === ',' && /^(?:of\s+[^,;]{1,40})?$/.test(clause)) {
    const after = rest.slice(cut.index + 1);
    const next = /^\s*(\p{Ll}[\p{L}'’]*)/u.exec(after);
    // (Not a list going on, `for 26 percent of respondents, followed by …`.)
    if (next && isPredicate(next[1]!) && !/^(?:followed|preceded|trailed|compared)$/.test(next[1]!)) {
      cut = CLAUSE_END.exec(after);
      clause = `${clause} ${(cut ? after.slice(0, cut.index) : after).trim()}`.trim();
    }
  }
  // (`is third with a 4 percent rating`, `enjoys a 43 percent popularity rating`: the measure after
  // the share names no answer; the clause's subject does. A lone `support` may be the verb.)
  if (MEASURE_ONLY.test(clause)) return { answer: null, people: share.group };
  const ws = words(clause);
  let i = 0;
  let people: string | null = share.group;
  if (ws[0]?.toLowerCase() === 'of') {
    i = 1;
    const npStart = 1;
    while (i < ws.length && !(isPredicate(ws[i] ?? '') && i > npStart)) i++;
    const np = ws.slice(npStart, i);
    // Head of `the 937 people surveyed by …` is the word before the first participle or preposition.
    const stop = np.findIndex((w) => SURVEY_PARTICIPLES.test(w) || /^(?:by|in|at|on|who|from|between|during|for|and|while|but|to)$/i.test(w));
    const head = (stop < 0 ? np : np.slice(0, stop)).filter((w) => !/^(?:the|those|all|some|\d[\d,]*)$/i.test(w));
    // (`24 percent of the respondents positively assessed …`: an adverb before the verb is no part of the people.)
    while (head.length > 1 && /^\p{Ll}{3,}ly$/u.test(head[head.length - 1]!)) head.pop();
    people = head.length > 0 ? head.join(' ') : null;
  }
  // `32% who “somewhat oppose” the policy`: the people's relative pronoun opens no answer; its
  // predicate (after one adverb at most) is the answer.
  // (`half of Canadians (49%) now say they disapprove`: an adverb before the predicate opens no answer.)
  if (i === 0 && /^(?:now|still|also|currently|already|even|actually)$/i.test(ws[0] ?? '') && isPredicate(ws[1] ?? '')) i = 1;
  // (A scale's adverb before the predicate is part of the answer: `8 percent “strongly” disagreeing`.)
  // (So is a manner adverb: `28 percent positively assessed Yoon’s job performance`.)
  const scaled = i === 0 && (SCALE_ADVERB.test(ws[0] ?? '') || /^(?:positively|negatively|favou?rably|unfavou?rably)$/i.test(ws[0] ?? '')) && isPredicate(ws[1] ?? '');
  // (`Over four in ten (43%) U.S. adults have showroomed`: the people named with no `of` before
  // their predicate, a few words ending in a people noun.)
  if (i === 0 && !isPredicate(ws[0] ?? '')) {
    const k = [1, 2, 3].find((n) => PEOPLE_HEAD_WORD.test(ws[n - 1] ?? '') && isPredicate(ws[n] ?? ''));
    if (k !== undefined) {
      people = ws.slice(0, k).join(' ');
      i = k;
    }
  }
  if (i === 0 && /^(?:who|that)$/i.test(ws[0] ?? '') && (isPredicate(ws[1] ?? '') || (/^["“]?\p{Ll}+ly$|^["“]?somewhat$/u.test(ws[1] ?? '') && isPredicate(ws[2] ?? '')))) i = 1;
  const tail = ws.slice(i).join(' ');
  if (tail === '') return { answer: null, people };
  // (`of those asked who they would vote for if the election were today would choose Lopez Obrador`:
  // the question asked is part of the people; the last choice is the answer.)
  const chose = i > 0 ? LAST_CHOICE.exec(tail) : null;
  if (chose) return { answer: cleanName(chose[1]!), people };
  // (`Fourteen percent still did not know who they would vote for`: the poll's don't-knows.)
  if (DONT_KNOW.test(tail)) return { answer: "don't know", people };
  if (i === 0 && !scaled && !isPredicate(ws[0] ?? '') && !DIRECT_ANSWER.test(tail)) return { answer: null, people };
  // (The option is read from the whole predicate, before it is cut to its first words: `would give
  // their vote to real estate developer Donald Trump` is Donald Trump, not Donald.)
  const whole = tidyWhole(tail);
  const option = whole === '' ? null : optionVotedFor(whole);
  if (option !== null) return { answer: option, people };
  const answer = tidy(tail);
  return { answer: answer === null ? null : (optionVotedFor(answer) ?? answer), people };
}

/** The last word of the people a share counts, named before their predicate with no `of` (`U.S. adults`, `Canadians`). */
const PEOPLE_HEAD_WORD = /^(?:adults|people|voters|respondents|residents|citizens|workers|employees|consumers|shoppers|parents|women|men|Americans|Britons|Canadians|Australians|Europeans|[\p{Lu}][\p{Ll}]+(?:ans|ians))$/u;

/** Not knowing whom or what to choose, as a predicate: `still did not know who they would vote for`, `don't know how they will vote`. */
const DONT_KNOW = /^(?:(?:still|say\s+they|said\s+they|says\s+they)\s+)*(?:did\s+not|didn['’]t|do\s+not|don['’]t|does\s+not|doesn['’]t)\s+(?:yet\s+)?know\s+(?:who|whom|which|how|what|whether)\b/i;

/** A choice of a named option closing the predicate, after the question asked: `… if the election were today would choose Lopez Obrador`. */
const LAST_CHOICE = new RegExp(String.raw`\b(?:if|when)\b.*\b(?:would|will)\s+(?:choose|pick|select|elect|back|support|vote\s+for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|${NAME_JOINERS}))*?)\s*$`, 'u');

/** A change in brackets right after a share, before its answer: ` (up 5 points from 2012)`, ` (+3)`, ` (unchanged)`. */
const CHANGE_IN_BRACKETS = /^\s*\((?:up|down|\+|-|−|±|unchanged|no change|steady)[^()]{0,40}\)(?=\s+\p{Ll})/u;

/** A rating noun right before a share set off by commas: `job performance rating, `, `approval rating, `. */
const RATING_SET_OFF = /\b((?:job\s+)?(?:performance|approval|disapproval|popularity|favou?rability|satisfaction|trust|confidence)\s+(?:rating|score|level|rate))\s*,\s*$/i;

/** The people of a share and the start of an earlier level set off after them: ` of Democratic voters, down from `. */
const PEOPLE_THEN_EARLIER = /^(\s*of\s+[^,;.]{2,60}?),\s*(?:down|up)\s+from\s*$/u;
/** The people of a share, if written, and the start of the same share told again another way: ` of respondents, or about `. */
const PEOPLE_THEN_RESTATED = /^((?:\s*of\s+[^,;.]{2,60}?)?),\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?$/u;
/** The rest of that aside after the earlier share, then the answer: ` last fall, give the governor high marks`. */
const EARLIER_ASIDE_END = /^[^,;.]{0,30},\s+(?=\p{Ll})/u;

/**
 * A vote or support for a named option: `would vote for`, `expressed support for the`, `backed`,
 * `chose`, a bare `for`. What follows it is the option when it is a name, after at most a few
 * lower-case words describing it (`former New York Senator Hillary Clinton`, `independent candidate
 * Oz Griebel`) and before a trailing condition (`… if an election were held today`).
 */
const VOTED_FOR = /^(?:(?:said|say|says|indicated|indicate|revealed|reveal)\s+(?:that\s+)?they\s+)?(?:(?:would|will|could|plan to|planned to|intend to|are planning to|were planning to|are|were)\s+)?(?:(?:likely|certain|sure)\s+to\s+)?(?:(?:vote|voted|voting|cast (?:a|their) (?:ballot|vote)s?|opted|opt|opting)\s+for|(?:give|gave) their (?:vote|support|backing) to|expressed support for|back|backed|backing|support|supported|supporting|favou?r|favou?red|favou?ring|prefer|preferred|choose|chose|choosing|pick|picked|picking|for|(?<=(?:are|were)\s+)with)\s+(?:the\s+)?(.+)$/iu;
const OPTION_NAME = /^(?:[\p{Ll}-]+\s+){0,4}?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|du|and))*?)(?:\s+(?:(?:if|in|on|at|among|as|than|when|over|against|to)\b|and\s+\p{Ll}|--|[–—]\s).*)?$/u;
/** `vote` and a capitalised option right after it (case-sensitive: the option's capital decides). */
const VOTE_NAMED = /^(?:(?:would|will|could|plan to|planned to|intend to|are planning to|were planning to)\s+)?(?:vote|voted|voting)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:\s.*)?$/u;
/** A bare `for`, then an option of one to four words in lower case with no verb or pronoun: group 1 the option. */
const FOR_LOWER_OPTION = /^for\s+(?:an?\s+)?((?!(?:the|it|them|this|that|these|those|him|her|their|his|its|or|and|against|each|every|all|both|either|neither|any|some|one)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})$/u;
/** Answers that are a state of mind, written after a copula: `remain undecided one day before …` → `undecided`. */
const UNDECIDED = /^(?:(?:remain|remained|remains|are|were|is|was|still|say they are|said they were|said they are)\s+)+(undecided|unsure|not sure|uncommitted)\b/i;

/**
 * `would vote for former New York Senator Hillary Clinton` → `Hillary Clinton`, `supported the
 * Greens` → `Greens`, `remain undecided …` → `undecided`; null when the answer is no vote for a
 * name (`opposed the missiles`, `think the country is on the wrong track`), which stays whole.
 */
export function optionVotedFor(answer: string): string | null {
  const undecided = UNDECIDED.exec(answer);
  if (undecided) return undecided[1]!.toLowerCase();
  // `would vote No`, `planned to vote Yes`, `would vote Labour`: the option right after the verb.
  const direct = VOTE_NAMED.exec(answer);
  if (direct) return cleanName(direct[1]!.replace(/[.,]$/, ''));
  // (`were likely to vote for or leaned toward voting for Essaibi George`: the leaners are the same option's.)
  const voted = VOTED_FOR.exec(answer.replace(LEANING_TOO, ''));
  const named = voted ? OPTION_NAME.exec(voted[1]!) : null;
  // (`39% for no-deal`, `8% for a customs union deal`: a short option in lower case after a bare `for`.)
  if (!named) return FOR_LOWER_OPTION.exec(answer)?.[1] ?? null;
  // (`Jagmeet Singh's NDP`: the party is the option, its leader's name a description.)
  // (Not `People’s Party of Canada`, whose possessive is its own name's: nothing left but `Party …`.)
  const bare = named[1]!.replace(/[.,]$/, '');
  const owned = bare.replace(/^.*['’]s\s+(?=\p{Lu})/u, '');
  const name = cleanName(OWNED_PARTY_HEAD.test(owned.split(/\s+/)[0] ?? '') ? bare : owned);
  // (`the incumbent President` is a description, not an option named President.)
  return name !== null && /^\p{Lu}/u.test(name) && !(/^\S+$/.test(name) && ROLE_NOUNS.has(name.toLowerCase())) ? name : null;
}

/** `or leaned toward voting for`, `or lean towards` after a vote for an option: its leaners, the same option. */
const LEANING_TOO = /\s+or\s+lean(?:s|ed|ing)?\s+towards?(?:\s+(?:voting\s+for|supporting|backing))?(?=\s)/i;

/** Party head nouns that do not stand alone, so a possessive before them is the party's own name (`People’s Party`, `People’s Front`). */
const OWNED_PARTY_HEAD = /^(?:Party|Parties|Alliance|Front|Movement|Union|League|Congress|Coalition|Bloc)$/;

/** The others of a list of parties or candidates before their share (`and other parties 6.8%`, `, others at 4%`). */
const OTHERS_BEFORE = /(?:^|,|\band)\s+(other (?:parties|candidates)|others|independents)\s*(?:on|at|with|:|-|–)?\s*$/i;

/** The name or thing written just before a share. */
function answerBefore(before: string): { answer: string | null; qualifier: string | null } {
  const s = SUPPORT_FOR.exec(before);
  if (s) return { answer: tidy(s[1] ?? ''), qualifier: s[2] ? `among ${s[2].trim()}` : null };
  const p = PASSIVE_BY.exec(before) ?? PASSIVE_JUDGED_BY.exec(before);
  if (p) return { answer: cleanName(p[1] ?? ''), qualifier: null };
  // `the Socialists (PSOE; with 31.2% of the votes)`: the acronym the bracket opens with.
  const bracketed = ACRONYM_THEN_SHARE.exec(before);
  if (bracketed) return { answer: bracketed[1]!, qualifier: null };
  const r = LEADS_RIVAL_WITH.exec(before) ?? RANKED_AT.exec(before) ?? CHOICE_OF.exec(before) ?? GAVE_SUPPORT.exec(before) ?? HAS_SUPPORT.exec(before) ?? PLACE_IS.exec(before) ?? WHO_HAS.exec(before);
  if (r) return { answer: cleanName(r[1] ?? ''), qualifier: null };
  // `… ActionSA (3.4%) and other parties 6.8%`: the rest of a list of parties, in lower case.
  const others = OTHERS_BEFORE.exec(before);
  if (others) return { answer: others[1]!.toLowerCase(), qualifier: null };
  let n = NAME_BEFORE.exec(before);
  // (`Northern, on 72 per cent`: a name set off before its share opens its clause; `… in the Red C
  // poll for the Business Post, on 29%` names the paper, an object, not the party on 29.)
  if (n && /,\s+(?:on|at|with)\s*$/.test(n[0]) && /\b(?:for|in|of|by|to|from|with|about)\s+(?:the\s+)?$/i.test(before.slice(0, n.index))) n = null;
  // `the "yes" vote at 52 percent`: the quoted words are the answer.
  const quoted = /^["“]([^"”]{1,40})["”]\s+\p{Ll}+$/u.exec(n?.[1] ?? '');
  if (quoted) return { answer: cleanName(quoted[1] ?? ''), qualifier: null };
  // (`followed by Hou Yu-ih of the Kuomintang (KMT) at 22.25%`: the candidate of the party, not the party.)
  const partyNamed = n !== null && (n[1] ?? '').split(/\s+/).some((w) => PARTY_NOUNS.test(w));
  const owner = n ? (PERSON_OF.exec(before.slice(0, n.index)) ?? (partyNamed ? PERSON_APPOSED_TO_PARTY.exec(before.slice(0, n.index)) : null)) : null;
  if (owner && !owner[1]!.split(/\s+/).some((w) => PARTY_NOUNS.test(w))) return { answer: cleanName(owner[1]!), qualifier: null };
  if (n) return { answer: cleanName(n[1] ?? ''), qualifier: null };
  return { answer: null, qualifier: null };
}
/**
 * A person's name, then an appositive that ends by naming their party (see answerBefore): `Jose
 * Antonio Meade, seeking nomination for the ruling` [Institutional Revolutionary Party (PRI), on 20
 * percent], `Ricardo Anaya, former leader of the center-right` [National Action Party (PAN) was third on].
 */
const PERSON_APPOSED_TO_PARTY = new RegExp(String.raw`(?:^|[\s,])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|${NAME_JOINERS})){1,4}),\s+(?:[^,;()]{0,60}?\s)?(?:of|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`, 'u');
/** A party's acronym opening a bracket that then gives its share: `(PSOE; with `, `(PP; `. */
const ACRONYM_THEN_SHARE = /\((\p{Lu}[\p{L}.&-]{1,10});\s*(?:with\s+)?(?:about\s+|around\s+|nearly\s+)?$/u;
/** A person's name of two to four capitalised words ending right before `of (the)` (see answerBefore). */
const PERSON_OF = /(?:^|[\s,])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+of\s+(?:the\s+)?$/u;

/**
 * A party's move to its level, as British voting-intention copy writes it: `Labour also lose one
 * point to 31%`, `The Conservatives are up two points at 45 per cent`, `Labour are down three at 30
 * per cent`, `the Greens have crept up two points to eight per cent`, `the coalition also dropped one
 * point to 34 per cent`. The name is the answer of the
 * share after `to`/`at` (the level, not the change).
 */
const MOVE_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s*|\b(?:while|and|but|that|as|where|with)\s+)(?:the\s+)?["“]?([\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3}|(?<=\bthe\s+)coalition)["”]?\s+(?:(?:have|has|are|is|were|was)\s+)?(?:(?:also|now|still|each)\s+)?(?:(?:lose|loses|lost|gain|gains|gained|drop|drops|dropped|fall|falls|fell|rise|rises|rose|climb|climbs|climbed|slip|slips|slipped|move|moves|moved|edge|edges|edged|crept|creep|creeps|jump|jumps|jumped|go|goes|went|tick|ticks|ticked)(?:\s+(?:up|down|back|ahead))?|up|down)(?:\s+(?:by\s+)?${POINTS_COUNT}(?:\s+(?:percentage\s+)?points?)?)?\s+(?:to|at|on)\s*$`,
  'u',
);

/**
 * A move told as a noun before the level it reached: `a one-point fall in the primary vote for the
 * Greens, to`, `a one-point gain for Pauline Hanson’s One Nation, taking it to`. Group 1 the party.
 */
const MOVE_NOUN_FOR = new RegExp(
  String.raw`\b(?:[\w.]+-point|${POINTS_COUNT}\s+(?:percentage\s+)?points?)\s+(?:fall|gain|rise|drop|dip|increase|decrease|decline|jump|slide|slip|boost|lift)\s+(?:in\s+(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:vote|support|rating)\s+)?for\s+(?:the\s+)?([\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3})\s*,?\s*(?:(?:taking|putting|bringing|pushing|lifting|leaving)\s+(?:it|them)\s+)?to\s*$`,
  'u',
);

/**
 * A clause's subject, the rest of its clause, then its move or level as a participle after a comma:
 * `Prime Minister Scott Morrison remains the most popular contender for the top job, rising to`,
 * `NZ First leader Winston Peters got a boost, sitting on`, `while NZ First continues its upward
 * trajectory, gaining 1% in the party vote to`, `while the Christian Democrats (CDU/CSU) remain the
 * top party, standing at`, `Forza Italia makes a step forward, reaching`, `The League also falls,
 * falling by 0.4% and now worth`. Group 1 the subject (a name, a party leader's title
 * left to cleanName), opening its sentence or a clause after `while`, `and`, `but`.
 */
const MOVE_PARTICIPLE = new RegExp(
  String.raw`(?:^|[.;]\s+|,?\s+(?:while|and|but|whereas)\s+)(?:(?:And|But|Meanwhile,?)\s+)?(?:the\s+)?([\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.&-]*|leader|co-leader|deputy)){0,5})(?:\s*\([^()]{1,15}\))?\s+\p{Ll}[^,;:.]{0,80},\s*(?:(?:rising|falling|climbing|jumping|slipping|dropping|sliding|gaining|losing|adding|shedding|edging\s+(?:up|down))\b[^,;:()]{0,40}?\s+to|(?:sitting|standing|resting|settling)\s+(?:on|at)|(?:reaching|hitting|touching)|(?:[^,;:()]{0,40}?\s+and\s+)?now\s+(?:at|on|worth))\s*$`,
  'u',
);
/** A participle of a move right before the level (the cheap test before {@link MOVE_PARTICIPLE}). */
const PARTICIPLE_MOVE_END = /,\s*(?:rising|falling|climbing|jumping|slipping|dropping|sliding|gaining|losing|adding|shedding|edging|sitting|standing|resting|settling|reaching|hitting|touching)\b[^,]*$|\bnow\s+(?:at|on|worth)\s*$/;

/** A name set off by a comma, then `now at` its level, closing a list: `and Action Più Europa, now at`. Group 1 the name. */
const NAME_NOW_AT = /(?:^|[,;]\s*|\band\s+)(?:the\s+)?([\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.&-]*){0,3}),\s+now\s+(?:at|on)\s*$/u;
/** A name that had the most support at a level: `Labour had the most support on`. Group 1 the name. */
const MOST_SUPPORT = /(?:^|[,;]\s*|\b(?:while|and|but)\s+)(?:the\s+)?([\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3})\s+(?:had|has|have|enjoys|enjoyed|won|wins|drew|draws|got|gets)\s+(?:the\s+)?(?:most|highest|greatest|largest|strongest|biggest)\s+(?:support|backing|share|vote)\s+(?:on|at|with)\s*$/u;

/** The party of a level written after its move (see {@link MOVE_BEFORE}, {@link MOVE_NOUN_FOR} and {@link MOVE_PARTICIPLE}), or with the most support ({@link MOST_SUPPORT}); null otherwise. */
function moveName(before: string): string | null {
  const m = MOVE_BEFORE.exec(before) ?? (/point/.test(before) ? MOVE_NOUN_FOR.exec(before) : null) ?? (PARTICIPLE_MOVE_END.test(before) ? MOVE_PARTICIPLE.exec(before) : null) ?? (before.includes(' most ') ? MOST_SUPPORT.exec(before) : null) ?? (before.includes(' now ') ? NAME_NOW_AT.exec(before) : null);
  // (`the coalition`, as some copy writes Australia's Coalition: the party, named as its other shares write it.)
  return m ? (m[1] === 'coalition' ? 'Coalition' : cleanName(m[1] ?? '')) : null;
}

/**
 * A party named right after its share in a list, the verb left to the first item: `41% … said they
 * would back the Tories (…), 32% Labour (down one) and 16% the Liberal Democrats (up two)`, `36%
 * said they support Stoney; 16%, Gray; 15%, Rodgers`. Only
 * capitalised words ending the clause (a bracket, a comma, `and` or the sentence end follow).
 */
const NAME_AFTER = /^(?:\s+|\s*,\s*)(?:the\s+)?([\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3})(?=\s*(?:\(|,|;|\.|$|\s+and\b))/u;

/** `X ahead/led/leads (Y)` before a `49 percent to 45 percent` pair (`Clinton ten points ahead of Sanders, at 52 percent to 42 percent`, `Labor now leads the Coalition 54-46 per cent`, `Patrick leading Baker (47-40 percent)`, `Morrison very slightly favoured over Shorten by 41% to 38%`): X gets the first share, Y (if written) the second. */
const LEAD = /(["“][^"”]{1,40}["”]|[\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,3})(?:,\s+who\s+[^,;]{1,100},)?\s+(?:(?:now|still|again|also|currently)\s+)?(?:(?:was|is|remains|remained|stood|would|could|will)\s+)?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:percentage\s+)?points?\s+)?(?:(?:very|slightly|narrowly|comfortably|clearly|marginally|just|well)\s+){0,2}(?:ahead|leading|led|leads|in front|in the lead|trailing|trailed|trails|behind|beat|beats|edged|edges|tops|topped|defeat|defeats|defeated|outdistanced|outdistances|outpaced|outpaces|outpolled|outpolls|favou?red over|preferred (?:over|to))(?:\s+(?:of|over)?\s*(?:the\s+)?(?:(?:incumbent|former|current|challenger|rival|opponent)\s+)?(["“][^"”]{1,40}["”]|[\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){0,5}))?(?:\s+on\s+the\s+[^,;.()]{1,60}?\s+(?:measure|count|basis|question|vote)|\s+in\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:matchup|match-up|race|contest|poll|survey|head-to-head|runoff|run-off))?[\s,]*(?:by\s+|at\s+|\()?$/u;

/** `women back Lamont over Stefanowski`, `voters prefer Labour over the Tories` before a pair: group 1 the one chosen, group 2 the other. */
const CHOSEN_OVER = /\b(?:back|backs|backed|backing|prefer|prefers|preferred|favou?r|favou?rs|favou?red|support|supports|supported|choose|chooses|chose|pick|picks|picked)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s+(?:over|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})[\s,]*(?:by\s+)?$/u;

/**
 * A lead told as a noun before a pair (`Mr Albanese's federal Labor party retains a solid
 * two-party-preferred lead over the coalition at 56 per cent to 44 per cent`): group 1 the leader
 * (a name, perhaps with `party` after it), group 2 the one led.
 */
const LEAD_OVER = /(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:\s+[Pp]arty)?\s+(?:has|holds|retains|maintains|keeps|enjoys|had|held|retained|maintained|kept|enjoyed|opened|extended|extends|opens|[\p{Ll}]+ing)\s+(?:up\s+)?(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{Ll}-]+\s+){0,3}lead\s+over\s+(?:the\s+)?(\p{L}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})[\s,]*(?:at|by|of)?\s*$/u;

/** `Men back McMahon ` right before a pair (`52 – 45 percent`): group 1 the one chosen; the other is the race's other name. */
const CHOSEN_BEFORE_PAIR = /\b(?:back|backs|backed|favou?r|favou?rs|favou?red|prefer|prefers|preferred|support|supports|supported|pick|picks|picked|choose|chooses|chose)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s*$/u;
/** `Mamdani winning by a margin of 4 points, ` before a pair: group 1 the one ahead. */
const LEAD_BY_MARGIN = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:(?:is|was)\s+)?(?:winning|wins|won|leading|leads|led|ahead)\s+by\s+(?:a\s+(?:margin|lead)\s+of\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:percentage\s+)?points?[\s,:]*$/u;
/** Names for a lead pair: [first, second-or-null], or null when no lead phrase precedes. */
export function leadNames(before: string, after = ''): [string, string | null] | null {
  const m = CHOSEN_OVER.exec(before) ?? LEAD.exec(before) ?? LEAD_OVER.exec(before) ?? LEAD_BY_MARGIN.exec(before) ?? (/^\s*[-–]/.test(after) || /[-–]\s*$/.test(before) ? null : CHOSEN_BEFORE_PAIR.exec(before));
  if (!m) return leadHeld(before, after);
  const first = cleanName(m[1] ?? '');
  if (!first) return null;
  return [first, m[2] ? cleanName(m[2]) : null];
}

/**
 * A lead told as a noun around the pair, the one led named after it: `Bob Menendez has a nine-point
 * lead, 49%-40%, among likely voters against Bob Hugin`, `Menendez has a 49%-40% lead over Hugin`,
 * or the leader's possessive, `Menendez’s lead expands to 12 points, 50%-39%` (the one led is then
 * the other name the article gave). Null when the text around the pair tells no such lead.
 */
function leadHeld(before: string, after: string): [string, string | null] | null {
  // (`Cox leads King among both men and women and holds a 69%-13% advantage among …`: the leader and
  // the one led named by the clause before, the lead noun after the pair.)
  const both = /^\s*(?:per\s?cent\s+)?(?:lead|advantage|edge)\b/.test(after) ? LEADS_AND_HOLDS.exec(before) : null;
  if (both) {
    const first = cleanName(both[1]!);
    return first ? [first, cleanName(both[2]!)] : null;
  }
  const held = LEAD_HELD_BEFORE.exec(before);
  const owned = held ? null : LEAD_OWNED_BEFORE.exec(before);
  const m = held ?? owned;
  if (!m) return null;
  // (Without `lead` before the pair, it must come right after it: `has a 49%-40% lead over Hugin`.)
  if (held && !/\b(?:lead|advantage|edge)\b/.test(m[0]) && !/^\s*(?:per\s?cent\s+)?(?:lead|advantage|edge)\b/.test(after)) return null;
  const first = cleanName(m[1]!);
  if (!first) return null;
  const rival = owned ? null : LEAD_RIVAL_AFTER.exec(after);
  return [first, rival ? cleanName(describedRival(after, rival) ?? rival[1]!) : null];
}

/**
 * The name that ends a description of the one led (`over Democratic candidate and state Comptroller
 * H. Carl McCall in the state race`: `H. Carl McCall`, not `Democratic`), when the capitalised
 * words right after `over` are followed by lower-case ones; null otherwise.
 */
function describedRival(after: string, rival: RegExpExecArray): string | null {
  const from = rival.index + rival[0].length;
  if (!/^\s+\p{Ll}/u.test(after.slice(from))) return null;
  const np = RIVAL_DESCRIPTION.exec(after.slice(from));
  const names = np === null ? [] : [...np[0].matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}/gu)];
  return names.length > 0 ? names[names.length - 1]![0] : null;
}
/** The rest of a described rival's noun phrase: up to a preposition of place or group, a comma or a clause end. */
// (An initial's stop is no end: `H. Carl McCall`.)
const RIVAL_DESCRIPTION = /^(?:[^.;,()]|(?<=(?:^|\s)\p{Lu})\.){0,80}?(?=\s+(?:in|among|with|on|at|according|for)\b|(?<!(?:^|\s)\p{Lu})[.;,()]|[;,()]|$)/u;
/** `Bob Menendez has a nine-point lead, ` / `Menendez has a ` before a pair: group 1 the leader. */
const LEAD_HELD_BEFORE = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:has|holds|had|held|enjoys|enjoyed|retains|retained|maintains|maintained|opened|extended)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{Ll}\d-]+\s+){0,3}?(?:lead\s*,?\s*)?$/u;
/** `Cox leads King among both men and women and holds a ` before a pair: group 1 the leader, group 2 the one led. */
const LEADS_AND_HOLDS = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:leads|led|tops|topped|beats|beat)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\b[^.;:]{0,80}?\band\s+(?:has|holds|had|held|enjoys|enjoyed)\s+(?:an?\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?$/u;
/**
 * The sentence with asides about an option blanked out, offsets kept: what it includes (`Support
 * for minor parties, including the teal independents, was`), a party's leader (`the
 * Progressive Conservatives under leader Tim Hudak would receive 36%`, `The NDP, under Andrea
 * Horwath, would receive 18% support`: the party is the option) and a party in brackets between a
 * name and `with` its share (`Luiz Inácio Lula da Silva (Workers’ Party PT) with 49%`). The last
 * sentence's result is kept: findAnswer is asked once per share of the same sentence.
 */
function asidesBlanked(text: string): string {
  if (text === blankedFor) return blanked;
  const blank = (m: string): string => ' '.repeat(m.length);
  const unled = text.includes(' under ') || text.includes(' led by ') ? text.replace(UNDER_LEADER_SET_OFF, blank).replace(UNDER_LEADER, blank) : text;
  const bracketed = unled.includes('(') ? unled.replace(PARTY_ASIDE_BEFORE_WITH, blank) : unled;
  blanked = bracketed.includes(' including ') ? bracketed.replace(INCLUDING_ASIDE, blank) : bracketed;
  blankedFor = text;
  return blanked;
}
let blankedFor = '';
let blanked = '';
/** A party's leader after it (`under leader Tim Hudak`, `, under Andrea Horwath,`, `under Premier Dalton McGuinty`, `led by Mike Schreiner`), right after a capitalised word. */
const UNDER_LEADER = /(?<=\p{Lu}[\p{L}'’-]*)\s+(?:under|led\s+by)\s+(?:(?:the\s+)?leadership\s+of\s+|(?:new\s+|party\s+|current\s+)?(?:leader|Leader|Premier|Prime\s+Minister|Chancellor|President)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=\s*,|\s+(?:would|will|could|is|are|was|were|has|have|had|gets?|got|received?|receives|garner(?:s|ed)?|won|wins|stands?|polls?|polled|at|on|with|and)\b|\s*\()/gu;
/** What an option includes, set off by commas before its verb: `Support for other minor parties and independents, including the teal independents, was unchanged at`. */
// (Or between dashes: `Support for independents and minor parties – including the teal independents – rose two points to`.)
const INCLUDING_ASIDE = /(?:,\s+including\s+[^,;.()]{1,60},|\s[–—-]\s+including\s+[^,;.()–—]{1,60}\s[–—-])(?=\s+(?:was|were|is|are|has|have|had|remained|remains|stood|stands|rose|fell)\b)/g;
/** A bracket after a capitalised word, before `with` a share: `(Workers’ Party PT)`. */
const PARTY_ASIDE_BEFORE_WITH = /(?<=\p{Lu}[\p{L}'’.-]*)\s*\([^()]{1,40}\)(?=\s+with\s+\d)/gu;
/** The same set off by commas, both taken: `, under Andrea Horwath,`. */
const UNDER_LEADER_SET_OFF = /(?<=\p{Lu}[\p{L}'’-]*),\s+(?:under|led\s+by)\s+(?:(?:the\s+)?leadership\s+of\s+|(?:new\s+|party\s+|current\s+)?(?:leader|Leader|Premier|Prime\s+Minister|Chancellor|President)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},/gu;
/** `Menendez’s lead expands to 12 points, ` before a pair: group 1 the leader. */
const LEAD_OWNED_BEFORE = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})['’]s?\s+lead\s+(?:[\p{Ll}]+\s+){0,2}(?:to\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:[\s-]+(?:percentage\s+)?points?)\s*,?\s*$/u;
/** The one led, after a pair (`, among likely voters against Bob Hugin`, ` lead over Hugin`): group 1. */
const LEAD_RIVAL_AFTER = /^\s*,?\s*(?:(?:per\s?cent\s+)?(?:lead|advantage|edge)\s+)?(?:[^.;,]{0,50}?\s)?(?:over|against)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;

/**
 * The answer of `shares[i]` in `sentence`. `prevEnd` is where the previous share's clause ended
 * (a name before this share must lie after it).
 */
/** A name and its verb, then the rest of its clause and `, with` the share: group 1 the name (titles before it are left to cleanName). */
const SUBJECT_THEN_WITH = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}),?\s+(?:would|will|could|is|was|remains|remained|came|comes|leads|led|has|had|holds|held|enjoys|enjoyed|appears|appeared|emerges|emerged|ranks|ranked|finishes|finished)\b(?:[^;:()"“”]|\([^()]{0,40}\)){0,160}?,\s*with\s*$/u;
/** A full name, the rest of its clause, then the place it took `with` the share: group 1 the name. */
const PLACE_TAKEN_WITH = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\b[^;:()]{0,80}?\s+(?:took|came|finished|placed|came\s+in|ranked|ranks|comes)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|last)(?:\s+place)?\s*,?\s+with\s*$/u;
/** A move told as a noun for a name, then the bracket its two levels open (`an increase for Rahul Gandhi (`): group 1 the name. */
export const MOVE_FOR_BRACKET = /\b(?:increase|rise|jump|gain|climb|dip|drop|fall|decline|slide|slip)s?\s+for\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\(\s*$/u;
/** ` support, Labour would receive` after a share opening its sentence with `With`: group 1 the subject. */
const SUBJECT_AFTER_WITH_SHARE = /^\s*(?:support|backing|of\s+the\s+vote)?\s*,\s*(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s+(?:would|will|could|is|was|are|were|has|had|gets|got|wins|won|takes|took)\b/u;
/** A name's rating or score, then its level (`Pacquiao’s rating, meanwhile, settled at`): group 1 the name. */
// (Not an approval rating, `Yoon’s approval rating edged up to 32 percent`, whose answer is the approval.)
const OWNER_RATING = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:rating|score|numbers)\b[^;:.()%]{0,60}?\b(?:at|to|on|of)\s*$/u;
/** A name, then `whose rating` and its move to a level (`Isko Moreno, whose rating went down two notches from 10% to`): group 1 the name. */
const WHOSE_RATING = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+whose\s+(?:rating|score|support|numbers)\b[^;:.()]{0,80}?\b(?:at|to|from)\s*$/u;
/** Support for a government body, then its move to the share (`support for his cabinet rising to`): group 1 the support. */
const SUPPORT_FOR_BODY_MOVED = /\b((?:support|approval)\s+for\s+(?:his|her|their|its|the)\s+(?:cabinet|government|administration|party|coalition))\s+(?:rising|rose|rises|falling|fell|falls|climbing|climbed|dropping|dropped|slipping|slipped|edging\s+(?:up|down)|edged\s+(?:up|down)|stood|standing|stands)\s+(?:[a-z]+\s+){0,3}?(?:to|at)\s*$/i;
/** `finds itself with (the support of)` right before a share (the cheap test before {@link FOUND_ITSELF}). */
const FOUND_ITSELF_END = /\b(?:finds|found|find)\s+(?:itself|himself|herself|themselves)\s+(?:with|at|on)\s+(?:(?:the\s+)?(?:support|backing|favou?r)\s+of\s+)?$/;
/** A clause's subject, the rest of its clause, then `finds itself with` the share: group 1 the subject. */
const FOUND_ITSELF = /(?:^|[,;]\s*|\b(?:while|and|but)\s+)(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\s+(?:[^;:,()]{0,100}?\s+)?(?:finds|found|find)\s+(?:itself|himself|herself|themselves)\s+(?:with|at|on)\s+(?:(?:the\s+)?(?:support|backing|favou?r)\s+of\s+)?$/u;
/** Those of one view, then their move or level (`those disappointed with the Liberal leader fell two points to`): group 1 the view. */
const THOSE_OF_VIEW_MOVED = /\b(?:those|people|voters|respondents)\s+(?:who\s+(?:are|were)\s+)?((?:dis)?satisfied|disappointed|unhappy|happy|undecided|uncommitted|unsure)\b(?:\s+(?:with|about|by|in)\s+[^,;:.]{1,50}?)?\s+(?:(?:have|has|are|is|were|was)\s+)?(?:fell|fall|falls|rose|rise|rises|dropped|drops|climbed|climbs|slipped|slips|grew|edged\s+(?:up|down)|went\s+(?:up|down)|stood|stand|stands|up|down)\s+(?:[a-z]+\s+){0,3}?(?:to|at|on)\s*$/i;
/** The undecided, then their move or level (`The undecideds fell to`, `undecided voters are down to`). */
const UNDECIDED_MOVED = /\b(?:undecideds|undecided\s+voters|the\s+undecided|don['’]t\s+knows)\s+(?:(?:have|has|are|is|were|was)\s+)?(?:fell|fall|falls|rose|rise|rises|dropped|drops|climbed|climbs|slipped|slips|edged\s+(?:up|down)|went\s+(?:up|down)|stood|stand|stands|up|down)\s+(?:[a-z]+\s+){0,3}?(?:to|at|on)\s*$/i;
/** The opening of a list of shares each followed by its name: `Primary votes were `, `The figures were: `. */
/** A preposition and its object right after a share, up to the next item (groups: the preposition, the object): ` of the electric chair,`. */
const GAPPED_OBJECT = /^\s+(of|by|for)\s+((?:the\s+)?[^,;.()\d]{2,40}?)(?=\s*(?:,|;|\.|$|\s+and\b))/i;
/** What a share is of that is no option: the vote, people, the sample. */
const NOT_GAPPED_OBJECT = /^(?:the\s+)?(?:vote|votes|ballots?|preferences|respondents|voters|those|people|adults|electorate|public|sample|population|support|total|them|all)\b|\b(?:poll|survey|ago|last|year|month|week)\b/i;
/** Words before the first item's preposition that are no verb: `share of`, `per cent of`, `most of`. */
const NOT_GAPPED_VERB = /^(?:share|shares|percent|cent|points?|most|some|each|none|all|half|third|quarter|majority|minority|number|lead|total|level|rating)$/i;
/** The join of a list's last item, closing the words between two shares: `… the courts and `. */
const LIST_JOIN_END = /\s(?:and|or)\s*$/;
const LIST_OPENING = /\b(?:votes?|support|figures|results|shares?|numbers|standings)\s+(?:were|was|are|is|stood\s+at|stand\s+at)\s*:?\s*$/i;
/** A verb, then its subject's full name, the rest of its clause and `with` the share (`behind her was Ben Walsh on the … line with`): group 1 the name. */
const INVERTED_WITH = /\b(?:was|were|is|are|came|comes|stood|stands|sits|sat)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\b[^;:()"“”]{0,60}?\s+with\s*$/u;
/** The name of two or more words {@link SUBJECT_THEN_WITH} finds before `, with` a share, or null. */
function subjectThenWith(before: string): string | null {
  const subject = /,\s*with\s*$/.test(before) ? SUBJECT_THEN_WITH.exec(before) : null;
  const name = subject ? cleanName(subject[1]!) : null;
  return name !== null && /\s/.test(name) ? name : null;
}
/** A view as a clause's subject, then its move or level: group 1 the view (`negative views`). */
const VIEW_SUBJECT = /\b((?:positive|negative|favou?rable|unfavou?rable)\s+(?:views?|opinions?|ratings?|assessments?|evaluations?|perceptions?))\s+of\s+[^,;]{1,60}?\s+(?:[a-z]+\s+){0,4}?(?:to|at|on)\s*$/i;
/** `the percentage of those who …` as a clause's subject, then its move or level: group 1 what they do. */
const SHARE_OF_THOSE_WHO = /\bthe\s+(?:percentage|share|proportion|number)\s+of\s+(?:those|people|voters|respondents|adults|residents)\s+who\s+([^,;]{3,80}?)\s+(?:rose|fell|dipped|dropped|climbed|edged\s+(?:up|down)|increased|decreased|slipped|grew|went\s+(?:up|down)|stood|stands|was|is|remained|remains)\b[^,;]{0,60}?\s*(?:to|at|on)\s*$/i;
/** A name that moved, then `and is now at` the share: group 1 the name (`The Union has lost in a new Forsa poll … and is now only at`). */
const LOST_AND_NOW = /(?:^|[.–—]\s+|\s[-–—]\s+)(?:The\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:has|have|had)\s+(?:lost|gained|slipped|dropped|fallen|risen|climbed|grown|shrunk)\b[^.;]{0,140}?\band\s+(?:is|are|stands)\s+(?:now\s+)?(?:only\s+|just\s+)?(?:at|on)\s*$/u;
/** ` of decided support to the Tories’ `, ` to the Conservatives ` between two shares: the second share is the rival's. */
const TO_RIVALS_SHARE = /^\s*(?:of\s+[^,;.]{0,40}?\s+)?(?:to|against|versus|vs\.?)\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}(?:['’]s?)?\s*$/u;
/**
 * A party's name read after a share, with the acronym the text writes right after it (`would vote
 * for the African National Congress (ANC)` → `African National Congress (ANC)`): the clause was cut
 * at the bracket, and other sentences name the party by its acronym.
 */
function withAcronym(answer: string, rest: string): string {
  if (!/\p{Lu}[\p{L}'’.-]*$/u.test(answer)) return answer;
  const at = rest.indexOf(answer);
  const m = at < 0 ? null : /^\s*\((\p{Lu}{2,8})\)/u.exec(rest.slice(at + answer.length));
  return m ? `${answer} (${m[1]!})` : answer;
}

/** A verb of choosing right after a share: the list of choices it opens (`81 percent said dining out`). */
const CHOICE_VERB_AFTER = /^\s+(?:said|chose|picked|cited|named|mentioned|selected)\s+\p{Ll}/u;
/** A choice in lower case after a share whose verb is left out, up to the list's next comma: ` home wares, `, ` and 24 percent`. */
const ELIDED_CHOICE = /^\s+([\p{Ll}][\p{L}'’-]*(?:\s+(?!and\b)[\p{L}'’-]+){0,4})\s*(?:[,.;]|\s+(?:and|or)\s*$|$)/u;

/** `among likely voters` right after a share: group 1, up to the phrase that ends it (`against Bob Hugin`, `in the race for …`, a comma). */
// (After a pair's lead noun too: `a lopsided 53%-36% lead among women`.)
const QUALIFIER_AFTER = /^\s*,?\s*(?:lead\s+)?(among\s+[^,.;]{2,50}?)(?=\s+(?:against|over|versus|vs\.?|in\s+the\s+(?:race|contest|election|poll|survey)|according\s+to|compared|while|whereas|but)\b|\s+(?:and|or)(?:\s+(?:a|an|the))?\s*$|\s*[,.;]|\s*$)/i;

/** A group that leads an answer, then a bracket opening its share: `led by Quebecers (`, `particularly in Ontario (`, `with BC residents in the lead (`. */
const LEADING_GROUP_BEFORE = /(?:\b(?:led\s+by|particularly\s+(?:in|among)|especially\s+(?:in|among)|notably\s+(?:in|among)|most\s+of\s+all\s+(?:in|among))\s+(?:those\s+(?:in|from)\s+)?[^,;()]{2,40}|\bwith\s+[^,;()]{2,40}\s+in\s+the\s+lead)\s*\(\s*$/i;

export function findAnswer(text: string, shares: readonly Share[], i: number): Answer {
  const sentence = asidesBlanked(text);
  const share = shares[i]!;
  const next = shares[i + 1];
  const prev = shares[i - 1];
  // (`43% of Democratic voters, down from 56% last fall, give the governor high marks`: the earlier
  // level set off between the people and their answer is passed over.)
  // (So is the same share told again another way: `29% of respondents, or about 3 in 10 U.S.
  // adults, said they had “none”`.)
  const people = next ? (PEOPLE_THEN_EARLIER.exec(sentence.slice(share.end, next.start)) ?? PEOPLE_THEN_RESTATED.exec(sentence.slice(share.end, next.start))) : null;
  const asideEnd = people ? EARLIER_ASIDE_END.exec(sentence.slice(next!.end)) : null;
  const rest = people && asideEnd ? `${people[1]!} ${sentence.slice(next!.end + asideEnd[0].length)}` : sentence.slice(share.end, next ? next.start : sentence.length);
  const qualifierAfter = QUALIFIER_AFTER.exec(rest)?.[1] ?? null;
  const before = sentence.slice(prev ? prev.end : 0, share.start);
  const amongBefore = /\bamong\s+([^,;]{2,50}),\s*$/i.exec(before);
  const qualifierBefore = amongBefore ? `among ${amongBefore[1]!.trim()}` : null;
  // (A gapped list whose first item gives the verb and its preposition, `51% approved of lethal
  // injection, 25% of the electric chair and 23% of hanging`: the later items are the preposition's
  // objects, not the people a share is of.)
  // (Not a share of the vote or of people: `a 33% share of the vote, Sinn Fein is next with 30% of the vote`.)
  const gapped = prev !== undefined ? GAPPED_OBJECT.exec(rest) : null;
  const verbBefore = gapped && !NOT_GAPPED_OBJECT.test(gapped[2]!) ? new RegExp(String.raw`\b(\p{L}{3,})\s+${gapped[1]!.toLowerCase()}\s`, 'u').exec(sentence.slice(shares[0]!.end, shares[1]!.start)) : null;
  if (verbBefore && !NOT_GAPPED_VERB.test(verbBefore[1]!)) return { answer: gapped![2]!.trim(), qualifier: qualifierAfter, people: null };
  // (`With 46% support, Labour would receive 59 seats`: the subject of the clause the share opens.)
  // (`… stressed about making bill payments (led by Quebecers (37%))`, `particularly in Ontario (28%)`,
  // `with BC residents in the lead (45%)`: the same answer's share in the group that leads it, in
  // brackets after the group; no answer of its own.)
  if (LEADING_GROUP_BEFORE.test(before)) return { answer: null, qualifier: null, people: null };
  const withOpening = /^\s*With\s+$/.test(before) ? SUBJECT_AFTER_WITH_SHARE.exec(rest) : null;
  if (withOpening) return { answer: cleanName(withOpening[1]!) ?? withOpening[1]!, qualifier: qualifierAfter, people: share.group };
  // (`showed support for his cabinet rising to 47.3 per cent`: the support moved is the answer.)
  const supportMoved = SUPPORT_FOR_BODY_MOVED.exec(before);
  if (supportMoved) return { answer: supportMoved[1]!.toLowerCase(), qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  // (`The undecideds fell to 7%`: the don't-knows' move, no name of a party.)
  const moved = moveName(before) ?? (UNDECIDED_MOVED.test(before) ? 'undecided' : null) ?? (/\bthose\b|\bpeople\b|\bvoters\b|\brespondents\b/.test(before) ? (THOSE_OF_VIEW_MOVED.exec(before)?.[1]?.toLowerCase() ?? null) : null);
  if (moved) return { answer: moved, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  // (`The Green Party made a gain of two points … and finds itself with 6% of support`, `Mr. Trudeau
  // found himself with the support of 18%`: the subject that finds itself at the share.)
  const found = FOUND_ITSELF_END.test(before) ? FOUND_ITSELF.exec(before) : null;
  const finder = found ? cleanName(found[1]!) : null;
  if (finder) return { answer: finder, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  // (`Clinton leads Sanders with 45% of Democratic caucus-goers to 42%`: the figure after `to` is the one led.)
  if (prev !== undefined && RIVAL_AFTER_TO.test(before)) {
    const lead = LEADS_RIVAL_WITH.exec(sentence.slice(shares[i - 2]?.end ?? 0, prev.start));
    const rival = lead ? cleanName(lead[2]!) : null;
    if (rival) return { answer: rival, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  }
  // `Dutton’s support increased from 32 to 36 per cent`: the earlier level left without its unit
  // (see findShares), the mover named before `from`.
  const bareFrom = /\bfrom\s+\d{1,3}(?:\.\d+)?\s+to\s*$/.exec(before);
  const mover = bareFrom ? fromToName(before.slice(0, bareFrom.index + 'from '.length)) : null;
  if (mover) return { answer: mover, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  // `According to 33%, the PT member is regular`: the clause after the comma is what they hold.
  // (`According to 60 percent of respondents, the economy is getting worse`: the people before the comma.)
  if (/\baccording to\s*$/i.test(before) && /^\s*(?:of\s+[^,;.]{1,40})?,\s*\S/.test(rest)) {
    const view = tidy(rest.replace(/^\s*(?:of\s+[^,;.]{1,40})?,\s*/, '').split(CLAUSE_END)[0] ?? '');
    if (view) return { answer: view, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  }
  // `his job performance rating, 37%, has declined`: a rating set off by commas is what the share is of.
  const rated = RATING_SET_OFF.exec(before);
  if (rated && /^\s*,/.test(rest)) return { answer: rated[1]!, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  const stance = stancePair(sentence, shares, i);
  if (stance) return { answer: stance, qualifier: qualifierAfter ?? qualifierBefore, people: share.group };
  // (`More than half (56%) disagree and would carry on …`, `Two-thirds of respondents - 66 per cent -
  // thought …`, `Just under half, 46%, were impressed …`: a share set off after the fraction it makes precise.)
  const restated = RESTATED_FRACTION.test(sentence.slice(Math.max(0, share.start - MAX_RESTATED_LOOKBACK), share.start)) && RESTATED_CLOSE.test(rest);
  // (`88% (up 5 points from 2012) report they are satisfied`: a change in brackets after the share is passed over.)
  // (`43% of decided support to the Tories’ 39%`: the rival's possessive before its own share, so
  // the first share is the subject's, not the rival's.)
  // (`with 49% against 45% for Bolsonaro`: `against` joins two shares, it answers neither.)
  const toRival = next !== undefined && (TO_RIVALS_SHARE.test(rest) || /^\s*(?:against|versus|vs\.?)\s*$/i.test(rest));
  const after = toRival ? { answer: null, people: null } : answerAfter((restated ? rest.replace(RESTATED_CLOSE, ' ') : rest).replace(CHANGE_IN_BRACKETS, ' '), share, /,\s*(?:or\s+)?$/.test(before));
  // `the Conservatives would receive 37% support (…)`: a lone `support` after the share is the noun,
  // and the name before it is the answer; with no name before, `support` stands.
  const loneNoun = after.answer !== null && SUPPORT_NOUN.test(after.answer);
  // `Obi leading the pack with 21 per cent of respondents saying they would vote for him`: an answer
  // naming its option by a pronoun gives way to the name written before the share, when there is one.
  const pronounOption = after.answer !== null && PRONOUN_OPTION.test(after.answer);
  if (after.answer && !loneNoun && !pronounOption) return { answer: withAcronym(after.answer, rest), qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  // (`Primary votes were 40% Labor (…), 35% Coalition …`: after a list's opening, the name after each share.)
  if (LIST_OPENING.test(before)) {
    const named = NAME_AFTER.exec(rest);
    const name = named ? cleanName(named[1] ?? '') : null;
    if (name) return { answer: name, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // (`Senator Manny Pacquiao’s rating, meanwhile, settled at 6%`, `Isko Moreno, whose rating went
  // down two notches from 10% to 8%`: the rating's owner, named before it.)
  const rating = after.answer === null && !/\bfrom\s*$/.test(before) ? (OWNER_RATING.exec(before) ?? WHOSE_RATING.exec(before)) : null;
  const rater = rating ? cleanName(rating[1]!) : null;
  if (rater) return { answer: rater, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  // (Between two shares, words ending in `and`/`or` end the item before and join the next, `40% the
  // courts and 30% the press`: no answer of this share's.)
  const b = prev !== undefined && LIST_JOIN_END.test(before) ? { answer: null, qualifier: null } : answerBefore(before);
  if (loneNoun && b.answer === null) {
    // (`Samuel Garcia, appears as a possible candidate …, with 8% support`: the clause's subject holds it.)
    // (`The NDP – once the clear frontrunners – has dropped to third with 26 per cent support`: the clause's subject.)
    const holder = prev === undefined ? (subjectThenWith(before) ?? (/\bwith\s*$/.test(before) ? clauseSubject(before) : null)) : null;
    return { answer: holder ?? after.answer, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  if (b.answer === null && /\(\s*$/.test(before) && /^\s*\)/.test(rest)) {
    const bracketed = answerBeforeBracket(before);
    if (bracketed) return { answer: bracketed, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  if (b.answer === null && prev !== undefined) {
    const named = NAME_AFTER.exec(rest);
    const name = named ? cleanName(named[1] ?? '') : null;
    if (name) return { answer: name, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // A list of choices whose verb the first share gives and the later ones leave out: `81 percent
  // said dining out, …, 42 percent said gifts, 41 percent home wares, 33 percent charity donations`.
  if (b.answer === null && after.answer === null && i > 0 && CHOICE_VERB_AFTER.test(sentence.slice(shares[0]!.end))) {
    const item = ELIDED_CHOICE.exec(rest);
    if (item) return { answer: item[1]!.trim(), qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // (Neither for a pair, `62 to 25 percent`, whose names the lead rules give.)
  const single = !share.pairedWithNext && prev?.pairedWithNext !== true;
  if (single && b.answer === null && after.answer === null && /^\s*(?:[(;,.]|$)/.test(rest)) {
    const item = LIST_ITEM.exec(before);
    const name = item && !/\baccording to\s*$/i.test(before.slice(0, item.index + 1)) ? cleanName(item[1]!) : null;
    if (name) return { answer: name, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // `negative views of Bolsonaro's government edged up slightly to 39 per cent`, `the percentage of
  // those who see the government in a positive light dipped one percentage point to 31 per cent`:
  // a view or the people who hold it, named as the subject of a move or level.
  if (single && b.answer === null && after.answer === null) {
    const view = VIEW_SUBJECT.exec(before);
    if (view) return { answer: view[1]!.toLowerCase(), qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
    const who = SHARE_OF_THOSE_WHO.exec(before);
    const held = who ? tidy(who[1]!) : null;
    if (held) return { answer: held, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
    // `The Union has lost in a new Forsa poll … and is now only at 26 percent`: the subject that lost
    // and now stands at the share.
    const lost = /\band\s+(?:is|are|stands)\s+(?:now\s+)?(?:only\s+|just\s+)?(?:at|on)\s*$/.test(before) ? LOST_AND_NOW.exec(before) : null;
    const loser = lost ? cleanName(lost[1]!) : null;
    if (loser) return { answer: loser, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // `Emmanuel Macron would easily come out on top in the first round …, with 25% of the voting
  // intentions`: the subject whose clause the share closes.
  if (single && b.answer === null && (after.answer === null || pronounOption) && prev === undefined) {
    const name = subjectThenWith(before);
    if (name) return { answer: name, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // (`but not far behind her was Ben Walsh on the Independence Party line with 28 percent`: the
  // subject after its verb, inverted.)
  if (single && b.answer === null && after.answer === null) {
    // (Or a place taken, `Ricardo Anaya of the coalition “For Mexico in Front” took second place with 21%`.)
    const inverted = INVERTED_WITH.exec(before) ?? PLACE_TAKEN_WITH.exec(before);
    const name = inverted ? cleanName(inverted[1]!) : null;
    if (name) return { answer: name, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  if (single && b.answer === null && (after.answer === null || pronounOption)) {
    const subject = clauseSubject(before);
    if (subject) return { answer: subject, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  // (A list of names and their shares set off by semicolons: `…, with Jackson drawing 23 percent;
  // retired police officer Robert Cappucci, 4 percent; businessman Joseph Wiley, 1 percent`.)
  if (b.answer === null && (after.answer === null || pronounOption) && prev !== undefined) {
    const listed = before.includes(';') ? NAME_THEN_COMMA.exec(before) : null;
    const name = listed ? cleanName(listed[1]!) : null;
    if (name) return { answer: name, qualifier: qualifierAfter ?? qualifierBefore, people: after.people };
  }
  return { answer: b.answer ?? (pronounOption ? after.answer : null), qualifier: b.qualifier ?? qualifierAfter ?? qualifierBefore, people: after.people };
}
/** A name closing a semicolon's list item before its share (`; businessman Joseph Wiley, `): group 1 the name. */
const NAME_THEN_COMMA = /;\s*(?:[^;]*?\s)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}),\s*$/u;
/**
 * A stance verb right before a split (`voters oppose 58%-34% a proposal …`, `they opposed the
 * project 55%-to-39%`, `disagree 48%-to-36% with …`, `oppose the project by 78%-17%`), as
 * Quinnipiac prints its results: the first figure is the stance's share, the second the opposite
 * stance's (`support the project`). The stance keeps its object when written before the split.
 * A comparison (`favor Clinton over Trump 48%-41%`) is left to the lead rules. Null otherwise.
 */
function stancePair(sentence: string, shares: readonly Share[], i: number): string | null {
  const share = shares[i]!;
  const prev = shares[i - 1];
  const first = share.pairedWithNext ? i : prev?.pairedWithNext ? i - 1 : -1;
  if (first < 0) return null;
  const lead = sentence.slice(first > 0 ? shares[first - 1]!.end : 0, shares[first]!.start);
  const m = STANCE_BEFORE_PAIR.exec(lead);
  if (!m || /\b(?:over|versus|vs|against|than)\b/i.test(m[2]!)) return null;
  const verb = m[1]!.toLowerCase();
  const base = STANCE_BASE.find(([re]) => re.test(verb));
  if (!base) return null;
  const object = m[2]!.trim();
  const stance = first === i ? base[1] : base[2];
  return object === '' ? stance : `${stance} ${object}`;
}
/** A stance verb, at most six words of its object, then the split (after `by`, or with none). */
// (Also with the pair set off by a comma: `said they would oppose stricter laws, 56 percent to 39 percent`.)
const STANCE_BEFORE_PAIR = /\b(oppose[sd]?|support(?:s|ed)?|favou?r(?:s|ed)?|approve[sd]?|disapprove[sd]?|agree[sd]?|disagree[sd]?)\b((?:\s+[^\s,.;:()]+){0,6}?)(?:\s+|\s*,\s+)(?:by\s+)?$/;
/** Each stance's base form and its opposite (the second figure of the split). */
const STANCE_BASE: readonly (readonly [RegExp, string, string])[] = [
  [/^oppose/, 'oppose', 'support'],
  [/^support/, 'support', 'oppose'],
  [/^favou?r/, 'favor', 'oppose'],
  [/^approve/, 'approve', 'disapprove'],
  [/^disapprove/, 'disapprove', 'approve'],
  [/^agree/, 'agree', 'disagree'],
  [/^disagree/, 'disagree', 'agree'],
];

/**
 * A fraction or `N in M` and its people, then the mark that sets off the precise figure after it:
 * `half (`, `Two-thirds of respondents - `, `Just under half, `, `One in three (`, `three in four voters statewide, `.
 */
const RESTATED_FRACTION = /\b(?:half|thirds?|quarters?|fifths?|majority|most|many|(?:a\s+little|slightly|somewhat)\s+(?:more|less|fewer)|(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+(?:three|four|five|ten|10))(?:\s+of\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|(?:\s+\p{Ll}[\p{L}-]*){1,2})?\s*(?:\(|,|[-–—])\s*$/iu;
/** The mark closing a restated figure: `)`, `,` or a dash. */
const RESTATED_CLOSE = /^\s*(?:\)|,|[-–—])/;
/** How far back {@link RESTATED_FRACTION} looks from a share (a fraction and a few words of its people). */
const MAX_RESTATED_LOOKBACK = 60;

/** An answer whose option is a pronoun: `would vote for him`, `favoring her in July`. */
const PRONOUN_OPTION = /\b(?:him|her)\b/i;

/**
 * A list item told `Name, N per cent (change)`, Irish Times style: `party support … was: Fine Gael,
 * 28 per cent (up one point); Fianna Fáil, 29 per cent (down one point); … and Independents/Others,
 * 18 per cent`. The name opens the item (after a colon, semicolon, comma or `and`) and only a
 * bracket, a clause mark or the sentence end follows the share (checked by the caller).
 */
const LIST_ITEM = /(?:^|[:;,]|\band)\s*(?:the\s+)?([\p{Lu}][\p{L}'’.&/-]*(?:\s+(?:(?:of|for|de|du)\s+)?[\p{Lu}][\p{L}'’.&/-]*){0,3}),\s*$/u;

/** A move told from its earlier level: `… support fell from`, `UKIP increased from`. */
// (Also in the future a poll projects, `would go from`, and with what moved between, `would also worsen its results: from`.)
const MOVED_FROM = /\b(?:(?:got|received|saw|enjoyed|gained)\s+an?\s+(?:[a-z-]+\s+)?(?:boost|bump|jump|rise|lift|drop|dip|fall)|fell|rose|increased|decreased|dropped|climbed|slipped|jumped|grew|went|moved|lifted|edged (?:up|down)|improved|declined|go|goes|fall|falls|rise|rises|drop|drops|slip|slips|slide|slides|slid|worsen|worsens|worsened|improve|improves)(?:\s+(?:its|their)\s+(?:results?|share|score|support|vote))?\s*[:,]?\s+from\s*$/i;

/**
 * The party of a `from A to B` pair (`The Conservative Party support fell from 41% to 38%`, `and UKIP
 * increased from 13% to 14%`): the clause's subject before the move verb, read as {@link clauseSubject}
 * reads a level's; null when no move verb comes right before `from`.
 */
export function fromToName(before: string): string | null {
  // (`Isko Moreno, whose rating went down two notches from`: the rating's owner.)
  const whose = WHOSE_RATING.exec(before);
  if (whose && /\bfrom\s*$/.test(before)) return cleanName(whose[1]!);
  if (!MOVED_FROM.test(before)) return null;
  // (A colon before `from` and a short bracket after the name do not end the subject's clause:
  // `Together for Catalonia (Junts) would also worsen its results: from`; the name keeps its
  // acronym, as other answers do: `Together for Catalonia (Junts)`.)
  const name = clauseSubject(before.replace(/\s*[:,]?\s+from\s*$/i, ' to ').replace(/\s+\([^()]{1,15}\)(?=\s)/g, ''));
  if (name === null) return null;
  const at = before.lastIndexOf(name);
  const acronym = at < 0 ? null : /^\s*\((\p{Lu}[\p{L}.&/-]{1,10})\)/u.exec(before.slice(at + name.length));
  return acronym ? `${name} (${acronym[1]!})` : name;
}

/** Where a clause starts before a share: a clause mark, a sentence's end, or a joining word (`with Labour down two to 4%`). */
const CLAUSE_OPENER = /(?:^[,;:(\s]*|[,;:(]|\s[–—]\s|(?<=[a-z)%])[.!?]\s+(?=[A-Z])|\b(?:and|while|whereas|but|with|as|compared with|against|(?:also\s+)?(?:shows?|showed|found|finds|puts?|gave|gives|said|says|indicates|indicated|suggests|suggested)(?:\s+that)?)\s)/g;
/** Words between a clause's subject and its share that are no predicate of a party's level: the poll's own words, speech, a second share's owner. */
const NOT_LEVEL_WORDS = /\b(?:poll|polls|survey|surveys|found|find|finds|show|shows|showed|shown|put|puts|gave|gives|said|says|say|told|asked|reported|according|points? (?:ahead|behind|clear))\b/i;
/** Month names as an alternation, for the patterns that read a place or a level after them. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Month and weekday names, which may stand between a subject and its level (`Sinn Féin support up four points since December to 21%`). */
const MONTH_OR_DAY = `(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** A party's or person's name: capitalised words, `of`/`for` inside, and a role between a party and its leader (`Act leader David Seymour`, the role dropped by cleanName). */
const SUBJECT_NAME = String.raw`[\p{Lu}][\p{L}'’.&/-]*(?:\s+(?:(?:of|for|de|du)\s+|(?:leader|co-leader|MP|candidate)\s+)?[\p{Lu}][\p{L}'’.&/-]*){0,4}`;
/** The name ending the text before a relative clause's comma: `… is Act, which is up four points to`. */
const NAME_BEFORE_WHICH = new RegExp(String.raw`(?:^|\s)(${SUBJECT_NAME})\s*,\s*$`, 'u');
/**
 * A clause that opens with a capitalised name and goes on in lower-case words (months and weekdays
 * allowed) to the share: group 1 the name, group 2 the words. Lower-case words may stand between
 * `the` and the name (`the ruling conservative People Power Party`), and a `, with a …` phrase
 * before the share (`Ruto, who is …, came in second in the survey, with a popularity rating of`).
 */
const CLAUSE_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:the|both)\s+(?:[\p{Ll}][\p{L}'’-]*\s+){0,3}?)?(${SUBJECT_NAME})(?:\s*\([\p{Lu}][^)]{0,15}\))?(?:,\s+(?:the|a|an|its|his|her|their)\s+(?:[^,;:()]|\(\p{Lu}{2,8}\)){1,100}?,|,\s+(?:who|which)\s+[^,;:()]{1,120}?,)?((?:\s+(?:[\p{Ll}][\p{L}'’-]*|${MONTH_OR_DAY})){1,8})(?:,\s+with(?:\s+[\p{Ll}][\p{L}'’-]*){1,4})?,?\s*(?:to|at|on)?\s*$`,
  'u',
);
/** A change told before a level, `loses 0.5% and`, `up 2 points,` (a figure followed by `and` or a comma). */
const CHANGE_FIGURE = /(?:\bby\s+)?\b\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b|(?:percentage\s+)?points?\b)(?=\s*(?:,|and\b|to\b))/gi;
/** A sentence adverb between commas: `, however,`, `, meanwhile,`, `, in turn,`. */
const ADVERB_ASIDE = /,\s*(?:however|meanwhile|though|also|too|in turn|by contrast|in contrast|for (?:its|his|her|their) part|nonetheless|nevertheless),\s*/gi;
/** Clause openers looked back over (`The DA, the country's official opposition, polled at` opens two clauses before its name). */
const MAX_CLAUSES_BACK = 5;
/** Most words between a clause's subject and its share (`remains the most popular party on`, `has slipped back two points, to`). */
const MAX_SUBJECT_TO_SHARE_WORDS = 8;
/** A participle of a level set off by a comma right before the share (see {@link clauseSubject}). */
const PARTICIPLE_LEVEL = /,\s+(?:now\s+|still\s+|currently\s+)?(?:standing|sitting|registering|securing|holding|scoring|polling|getting|garnering|backed|supported)(?:\s+(?:at|on|by|with))?\s*$/;
/** More words allowed between a subject and its share when a set-off participle gives the level. */
const MAX_EXTRA_WORDS_BEFORE_PARTICIPLE = 4;
/** A level told as a noun `of` the share: `Labor has a primary vote of 39 per cent`, `support of`. */
const LEVEL_OF = /\b(?:vote|support|rating|share|approval|backing|score|lead|image|choice|pick|preference)\s+of\s*$/i;
/** An aside set off by two spaced dashes (`– once the clear frontrunners in the campaign –`). */
const DASHED_ASIDE = /\s[–—]\s[^–—.;]{1,80}?\s[–—]\s/g;
/** What the words before a share end with when the subject's level follows (`on`, `at`, `to`, `has`, `polled`, `now worth`, `logged a`). */
const LEVEL_LEAD = /\b(?:on|at|to|with|has|have|had|is|are|was|were|polls|polled|polling|scores?|scored|scoring|gets?|got|takes?|took|receives?|received|attracts?|attracted|registers?|registered|stands?|stood|sits?|sat|holds?|held|hits?|reached|reaches|worth|posts?|posted|logs?|logged|records?|recorded|garners?|garnered|acquires?|acquired|secures?|secured|obtains?|obtained|wins|won|pulling|pulls|pulled|drawing|draws|drew|getting|enjoying|enjoys|enjoyed|maintains|maintained|keeps|kept)\s*(?:an?\s+)?(?:around|about|roughly|some|nearly|almost|just)?\s*$/i;

/**
 * The party or candidate whose level a share tells when the clause names it as its subject, with no
 * rule above having matched: `Fine Gael remains the most popular party on 33 per cent`, `National
 * has the largest party share at 37 per cent`, `Fianna Fáil is up to 23 per cent`, `The Green Party
 * has slipped back two points, to 3 per cent`, `ANC support could fall to 40.2%`. Method: walking
 * back over the last {@link MAX_CLAUSES_BACK} clause openers before the share (past a clause that is
 * only `to`/`at`/`on`, as after `slipped back two points,`, and past lower-case clauses, which are
 * appositions), the first clause that opens with a capitalised name (after `the`, `both`; an
 * apposition or a `who`/`which` clause may follow the name) decides: at most
 * {@link MAX_SUBJECT_TO_SHARE_WORDS} lower-case words with no figure, no poll or speech word, ending
 * in a level's preposition or verb ({@link LEVEL_LEAD}), and no possessive name. Null otherwise.
 */
export function clauseSubject(text: string): string | null {
  // (`The Democratic Party loses 0.5% and stands at 21.1%`: the change left out as a share is a
  // word of the predicate here, not a figure that ends the subject's clause.)
  // (A sentence adverb set off after the subject, `Garcia, however, got a big boost`, ends no clause.)
  // (An aside between two dashes, `The NDP – once the clear frontrunners in the campaign – has dropped`, ends none either.)
  const plain = text.replace(CHANGE_FIGURE, 'points').replace(ADVERB_ASIDE, ' ').replace(DASHED_ASIDE, ' ');
  // (A participle set off after the clause gives the level: `The SPD has seen a decrease, now
  // standing at 13 percent`, `The Green Party also experienced a one-point drop, registering 11
  // percent`: read as the clause's own level, a few more words allowed.)
  const participle = plain.includes(',') ? PARTICIPLE_LEVEL.exec(plain) : null;
  const before = participle ? `${plain.slice(0, participle.index)} at` : plain;
  const maxWords = MAX_SUBJECT_TO_SHARE_WORDS + (participle ? MAX_EXTRA_WORDS_BEFORE_PARTICIPLE : 0);
  const openers = [...before.matchAll(CLAUSE_OPENER)].map((m) => m.index + m[0].length);
  for (let k = openers.length - 1; k >= 0 && k >= openers.length - MAX_CLAUSES_BACK; k--) {
    const clause = before.slice(openers[k]!);
    if (k === openers.length - 1 && /^\s*(?:to|at|on)\s*$/i.test(clause)) continue;
    // `… is Act, which is up four points to`: the name before the relative clause.
    const which = /^\s*(?:which|who)\s+((?:[\p{Ll}][\p{L}'’-]*\s+){1,8})$/u.exec(clause);
    const named = which ? NAME_BEFORE_WHICH.exec(before.slice(0, openers[k]!)) : null;
    const m = named ? ([clause, named[1]!, ` ${which![1]!}`] as const) : CLAUSE_SUBJECT.exec(clause);
    // (A clause of lower-case words, `the country's official opposition, polled at`: an apposition; the name is further back.)
    if (!m) continue;
    const rest = m[2]!;
    if (rest.trim().split(/\s+/).length > maxWords || NOT_LEVEL_WORDS.test(rest) || !(LEVEL_LEAD.test(clause) || LEVEL_OF.test(clause))) return null;
    // (`Leo Varadkar's party is up one point to 30 percent`: the party is not named; `Labor’s primary
    // vote is steady on 40.5 per cent` names it.)
    if (/['’]s$/.test(m[1]!) && !/^\s*(?:(?:primary|party|first-preference|core)\s+)?(?:vote|support)\b/i.test(rest)) return null;
    const owner = m[1]!.replace(/['’]s$/, '');
    const name = cleanName(owner);
    return name !== null && !NOT_A_NAME.test(name) && !AUX.has(name.toLowerCase()) ? name : null;
  }
  return null;
}

/** Where the clause before a bracketed share starts: a clause mark, or `than` in a comparison. */
const BRACKET_CLAUSE_START = /(?:^|[,;:]|\bthan\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*(?!.*(?:[,;:]|\bthan\b|\bwhile\b|\bwhereas\b|\bbut\b))/i;
/** A share of the people opening such a clause before its verb: `the majority of citizens`, `most Russians`, `half of voters`. */
const PEOPLE_LEAD = /^(?:the\s+)?(?:(?:(?:vast|clear|slim|narrow)\s+)?majority|minority|most|many|half|(?:a|one|two)[\s-](?:third|quarter)s?)\s+(?:of\s+(?:the\s+)?)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?=(?:are|were|is|was|say|said|believe|believed|think|thought|approve|approved|disapprove|support|supported|oppose|opposed|want|wanted|favou?r|favou?red)\b)/iu;
/** The asked people and their speech verb opening such a clause: `More Americans say they`, `say that they`. */
const SAY_LEAD = /^(?:(?:more|fewer|most|many|some|few)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:say|says|said)\s+(?:that\s+)?(?:they\s+|it\s+)?/iu;

/**
 * The answer written before a share in brackets, Pew style: `More Americans say they have little or
 * no confidence in Netanyahu (52%) than say they have a lot or some confidence in him (31%)`: the
 * clause before the bracket, from its start (a clause mark or `than`), without its `X say they`
 * lead. Only a clause holding a predicate counts (`White evangelicals (57%)` names a subgroup).
 */
function answerBeforeBracket(before: string): string | null {
  const body = before.replace(/\(\s*$/, '');
  const m = BRACKET_CLAUSE_START.exec(body);
  // (`the majority of citizens are dissatisfied with his work (62%)`: the people before the predicate are no part of it.)
  const clause = (m ? body.slice(m.index + m[0].length) : body).trim().replace(SAY_LEAD, '').replace(PEOPLE_LEAD, '');
  if (!words(clause).some((w, k) => k < 3 && isPredicate(w))) return null;
  // (Not the tail of the bracket before: `Saskatchewan (54 percent) and is the opinion of nearly
  // two-thirds (64 percent)` has no answer of its own here.)
  if (/^[)\]]/.test(clause)) return null;
  return tidy(clause);
}
