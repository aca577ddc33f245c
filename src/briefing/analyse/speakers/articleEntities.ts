/**
 * The people and bodies of one article, with the order in which they are mentioned: what
 * coreference needs to say who `he`, `she`, `the secretary` or `the Russian defence minister` is.
 * Method: a salience list in the spirit of Lappin & Leass (1994) reduced to what news copy needs —
 * the antecedent of a pronoun is the most recent compatible person mentioned as a clause subject
 * (falling back to any mention), and a definite description takes the most recent person whose
 * title holds its role noun and agrees with its modifiers.
 */
import { compatibleNames, nameParts, sameNameWord } from './nameKey.js';
import { CAPITALISED_STOPWORDS, COMPANY_NOUNS, CUE_VERBS, POSSESSIVE_DETERMINER, HYPHENATED_PARTICLE_NAME, INSTITUTION_NOUNS, NAME_PARTICLES, NATIONALITY_NOUNS, ORG_HEAD_NOUNS, PLACES, ROLE_NOUNS, ROLES_SENT_TO, SPOKES_NOUNS, isAbbreviation, isAgentNoun, isDemonym, isRoleNoun, isTitleWord } from './lexicon.js';
import { parseSpeakerPhrase, type Gender, type SpeakerPhrase } from './parseSpeakerPhrase.js';
import { startsUpper } from '../../startsUpper.js';
import { capitalisedMidSentence } from '../capitalisedMidSentence.js';
import { findPollsters, samePollster } from '../polls/pollFacts.js';

/** A person or body of the article. */
export interface Entity {
  /** Index in the article's entity list. */
  n: number;
  kind: 'person' | 'organisation';
  /** Fullest name seen. */
  name: string;
  /** Every surface form seen (names, titled names, descriptions). */
  forms: Set<string>;
  title: string | null;
  gender: Gender;
  /**
   * Someone the article never names, brought in by an indefinite subject (`A man who escaped …
   * told the AP …`): a `he` after it is this person, so no named speaker; resolving to it gives no one.
   */
  anonymous?: true;
  /** A body written by its proper name (`Reuters`, `Numis Securities`): what `the company` may stand for. */
  named?: true;
  /** Named as the speaker of the headline (`McCarthy: We Deserved Something`). */
  headline?: true;
  /** For an anonymous spokesperson of a named body (`a Defence Ministry spokesman said …`): the body, who a later `he said` speaks for. */
  speaksFor?: Entity;
}

interface Mention {
  /** Document position: paragraph * PARAGRAPH_STRIDE + offset. */
  pos: number;
  entity: Entity;
  subject: boolean;
  /** The subject of a subordinate clause inside a sentence (`… as Williams went off the boil`): less salient for a later pronoun. */
  subordinate?: boolean;
}

/** Most tokens looked back for the `, who` that opens a relative clause around a name. */
const MAX_RELATIVE_CLAUSE_TOKENS = 25;

/**
 * True when token `s` lies inside a relative clause opened by `, who` (`which`, `whose`) earlier in
 * its sentence with no comma since: `Hontiveros, who is backing … Pangilinan and [Bam Aquino], said`.
 */
function insideRelativeClause(toks: readonly RegExpMatchArray[], s: number): boolean {
  for (let t = s - 1; t >= 1 && s - t <= MAX_RELATIVE_CLAUSE_TOKENS; t--) {
    const w = toks[t]![0];
    if (/[.!?;:]["”]?$/.test(w)) return false;
    if (/^(?:who|whose|which)$/.test(w)) return /,$/.test(toks[t - 1]![0]);
    if (/,$/.test(w)) return false;
  }
  return false;
}

/**
 * The capitalised body a spokesperson's description names: `a Juul spokesperson` → `Juul`, `an
 * Apple spokeswoman` → `Apple`, `a spokesman for the State Department` → `State Department`; null
 * when it names none (`a police spokesman`, `the spokeswoman`).
 */
function spokenForBody(text: string): string | null {
  const forBody = /\bfor\s+(?:the\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'’-]*){0,4})\s*$/u.exec(text);
  if (forBody) return forBody[1]!;
  // (The article capitalised too, opening a sentence: `A BBC spokesman said:`.)
  const before = /^(?:[Aa]|[Aa]n|[Tt]he)\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+\p{Ll}+$/u.exec(text.trim());
  return before ? before[1]!.replace(/['’]s$/, '') : null;
}

/**
 * True when the capitalised run whose first token is at `s` is an item of a comma list opened by a
 * preposition of place: `Reports came from Chembur, Ghatkopar, Tilak Nagar, Andheri …` (Tilak
 * Nagar is a place, as Chembur after `from` is).
 */
function listedAfterLocative(toks: readonly RegExpExecArray[], s: number): boolean {
  let t = s - 1;
  let items = 0;
  while (t >= 0 && items < MAX_LISTED_PLACES && /^\p{Lu}[\p{L}'’.-]*,$/u.test(toks[t]![0])) {
    // (An item of one or two capitalised words, each ending the last with a comma.)
    t--;
    if (t >= 0 && /^\p{Lu}[\p{L}'’.-]*$/u.test(toks[t]![0])) t--;
    items++;
  }
  return items > 0 && t >= 0 && (LOCATIVE_PREPOSITIONS.has(toks[t]![0]) || toks[t]![0] === 'from');
}
/**
 * True when the tokens from `j` are an apposition holding a role noun, closed by a comma, then a
 * speech verb: `Indonesia’s coordinating minister for security, legal and political affairs, said`.
 */
function appositionThenCue(toks: readonly RegExpExecArray[], j: number): boolean {
  let role = false;
  for (let k = j; k < toks.length && k - j < MAX_APPOSITION_TOKENS; k++) {
    const w = toks[k]![0];
    role ||= ROLE_NOUNS.has(w.replace(/[,;]$/, '').toLowerCase());
    if (/[.;:!?]$/.test(w)) return false;
    const next = toks[k + 1]?.[0];
    if (/,$/.test(w) && role && next !== undefined && CUE_VERBS.has(next.replace(/[,.]$/, ''))) return true;
  }
  return false;
}
/** Most tokens of an apposition read for {@link appositionThenCue}. */
const MAX_APPOSITION_TOKENS = 16;
/** Most items of a list walked back over to its preposition. */
const MAX_LISTED_PLACES = 8;
/** Most tokens of a title read back from a name (`Deputy commissioner of police (south-east)` is 5; titles of 12 are rare). */
const MAX_TITLE_TOKENS = 12;

/** One token in brackets after a name: a party and state (`(D-Wis.)`, `(R)`), an age (`(24)`), `(pictured)`. */
const BRACKETED_ASIDE = /^\([^()\s]{1,12}\)$/;

/** Stride between paragraphs in document positions (longer than any paragraph). */
export const PARAGRAPH_STRIDE = 1_000_000;
/**
 * Verbs of what people do and say, after a lone surname opening a sentence (`Gates came`, `Merkel
 * says`); not verbs any noun takes (`Inflation is`, `Prices rose`).
 */
const SINGULAR_OR_PAST_VERB = /^(?:said|says|told|tells|added|adds|came|comes|went|goes|met|meets|spoke|speaks|wrote|writes|announced|announces|insisted|insists|warned|warns|argued|argues|explained|explains|urged|urges|vowed|vows|claimed|claims|noted|notes|stressed|stresses|admitted|admits|acknowledged|acknowledges|agreed|agrees|arrived|arrives|visited|visits|resigned|resigns|died|dies|joined|joins|replied|replies|responded|responds|thanked|thanks|praised|praises|accused|accuses|denied|denies|deflected|deflects|defended|defends|pledged|pledges|promised|promises|wants|wanted|thinks|thought|believes|believed|hopes|hoped|plans|planned)[,;]?$/u;

/** How many paragraphs back a pronoun may look for its antecedent. */
const PRONOUN_LOOKBACK_PARAGRAPHS = 4;
/** Text searched for a nationality's words: lower case, possessive `'s` and punctuation off, spaces around (`Spain's` → ` spain `). */
function tieText(s: string): string {
  return ` ${s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}.\s]/gu, ' ')} `;
}

/** Characters before a person's mention read for a nationality (`Kuwait oil minister Sheikh …`). */
const NATIONALITY_WINDOW = 40;
/** How many paragraphs back `it` may look for the body it stands for (a body is named again more often than a person). */
const IT_LOOKBACK_PARAGRAPHS = 2;
/** Words after a name that show it is not a clause subject (`Putin and …`, `Gates of …`). */
const NOT_VERB = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'at', 'in', 'on', 'to', 'for', 'with', 'from', 'by', 'as', 'into', 'than', 'that']);
/** Words before a name that start a clause (so the name can be its subject). */
/** Conjunctions opening a subordinate clause inside a sentence (see Mention.subordinate). */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'because', 'although', 'though', 'whereas', 'since', 'if', 'after', 'before', 'until', 'that']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'although', 'though', 'as', 'when', 'after', 'because', 'that', 'since', 'if', 'where', 'before', 'until', 'whereas']);

/**
 * An unnamed person as a sentence's subject: `A man who escaped from the wreckage told …`, `One
 * resident said …` (up to two words between the article and the noun: `A local shopkeeper`).
 * Group 1: the noun.
 */
const UNNAMED_SUBJECT_RE = /(?:^|[.!?]["”’]?\s+)(?:A|An|One|Another)\s+(?:[a-z-]+\s+){0,2}?(man|woman|boy|girl|resident|witness|survivor|neighbour|neighbor|passenger|bystander|villager|farmer|shopkeeper|driver|motorist|student|teacher|mother|father|relative|friend|person|customer|worker|employee|soldier|nurse|doctor|fan|voter|protester|protestor|refugee|victim|source|official|aide|diplomat)\b(?=\s+(?:who|whose|[a-z]+ed\b|said|says|told|tells|added|, ))/g;
/**
 * A definite role opening a sentence before its verb, with at most two words before the role and a
 * weekday or an adverb between it and the verb: `The Minister on Tuesday went …`, `The captain also
 * lauded …`, `The former coach said …`. Group 1: the description; 2: the role; 3: the gap before the verb.
 */
const DEFINITE_ROLE_SUBJECT_RE = /(?:^|[.!?]["”’]?\s+)(The\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))((?:\s+(?:also|then|later|again|himself|herself|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?\s+)(?=[a-z]+(?:ed|s)\b|went|said|told|spoke|made|gave|took|came|left|met|sent|saw|won|lost|held|led|kept|chose|wrote|rode)/gu;
/**
 * An unnamed spokesperson as a clause's subject, opening a sentence or after a comma: `…, a Defence
 * Ministry spokesman said there was …`, `A spokeswoman for the State Department told …`. Group 1: the
 * phrase; group 2: the noun.
 */
const UNNAMED_SPOKES_SUBJECT_RE = /(?:^|[.!?]["”’]?\s+|,\s+)((?:A|An|a|an)\s+(?:[\p{L}&.'’-]+\s+){0,3}?(spokesman|spokeswoman|spokesperson)(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'’-]*){0,4})?)(?=\s+(?:said|says|told|tells|added)\b)/gu;
/** Gender of the nouns {@link UNNAMED_SUBJECT_RE} reads. */
const UNNAMED_GENDER: ReadonlyMap<string, Gender> = new Map([['man', 'm'], ['boy', 'm'], ['father', 'm'], ['woman', 'f'], ['girl', 'f'], ['mother', 'f']]);

/** An indefinite article opening a description: `a police spokesperson`, `an aide`. */
const INDEFINITE = /^(?:a|an)\s/i;

/**
 * True when `word` is the family name of `full` written family name first, as Chinese, Korean and
 * Vietnamese names are (`Lai Ching-te`, `Ban Ki-moon`, `Xi Jinping`): the name has two or three
 * words, `word` is its first, and the rest is a hyphenated given name or `word` is a common East
 * Asian family name.
 */
function familyNameFirst(full: string, word: string): boolean {
  const parts = full.split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || !sameNameWord(parts[0]!, word)) return false;
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!) || EAST_ASIAN_FAMILY_NAMES.has(word);
}
/** Common Chinese, Korean and Vietnamese family names, as romanised in English-language news. */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  'Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Liang Song Zheng Han Tang Feng Deng Cao Wen Hua Lai Tsai Kim Park Moon Yoon Ban Nguyen Tran Pham Hun Wei Jiang Qin Zhong Yu Fu Shen Tian Xie Lu Dong Su Ye Cheng Kong'.split(' '),
);

/**
 * True for a named body that `the company` may stand for: not a place speaking by metonymy
 * (`Moscow`), a government body, or a news agency that reports the story (`told Reuters`).
 */
function isCompanyLike(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '').replace(/['’]s?$/, '');
  if (PLACES.has(bare) || NEWS_AGENCY_NAMES.has(bare)) return false;
  return !/\b(?:Ministry|Department|Government|Office|Council|Commission|Committee|Parliament|Congress|Senate|Court|Police|Army|Embassy|Kremlin|Pentagon|White House|Downing Street|Party|Bureau|Agency|Administration)\b/.test(bare);
}
/** A preposition whose object the name after it is (`from the Major Collision Investigation Unit`). */
const PREPOSITION_BEFORE_NAME = /^(?:from|of|at|for|with|by|in|to|on)$/i;
/**
 * The stop ending the sentence before position `at` of `para` (the sentence opens after it and its
 * space), or -1: the last `.`, `!` or `?` before `at`, when a closing quote mark or none and then
 * white space follow it (else the sentence runs from the paragraph's start, as a stop inside a word,
 * `U.S`, ends none). Read back from `at`: a regex searching the paragraph from its start, once per
 * pronoun, was quadratic in a long paragraph.
 */
function sentenceEndBefore(para: string, at: number): number {
  let last = at - 1;
  while (last >= 0 && para[last] !== '.' && para[last] !== '!' && para[last] !== '?') last--;
  if (last < 0) return -1;
  let j = last + 1;
  if (j < at && (para[j] === '"' || para[j] === '”' || para[j] === '’')) j++;
  return j < at && /\s/.test(para[j]!) ? last : -1;
}
/**
 * A sentence opened by a subordinate clause of time, reason or concession and ending at a comma
 * (the main clause's pronoun comes next): `As debris-laden water … rushed past Bill Barrett’s
 * driveway, `, `Even though Rodriguez’s apartment was spared, `, `Despite Smith’s efforts, `. Bounded: the clause holds no sentence end and no other comma-free run is walked twice.
 */
const SCENE_CLAUSE = /^(?:(?:Even|Just|Soon|Shortly|Moments|Long)\s+(?:as|when|while|after|before|though|if|once|since)|As|When|While|After|Before|Because|Although|Though|Since|Once|Until|Whenever|Despite)\b[^.!?;:"“”]{0,300},\s*$/;

/** News agencies, as sources rather than subjects. */
const NEWS_AGENCY_NAMES = new Set(['AP', 'AFP', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'UPI', 'Xinhua', 'Interfax', 'TASS', 'dpa', 'Kyodo', 'Yonhap', 'ANSA', 'EFE', 'PA', 'Press Association', 'Anadolu']);

/**
 * A description's role noun and the roles news copy uses for it interchangeably (`the coach` for a
 * `Benfica boss`, `the spokeswoman` for a `spokesperson`), normalised as titles are.
 */
function roleHeads(head: string): string[] {
  const h = normTitle(head);
  return [h, ...(ROLE_SYNONYMS.get(h) ?? [])];
}
const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['coach', ['manager', 'boss']],
  ['manager', ['coach', 'boss']],
  ['boss', ['coach', 'manager', 'chief executive', 'chairman']],
  ['officer', ['superintendent', 'inspector', 'sergeant', 'constable', 'detective', 'commissioner']],
  // (`NOFD Superintendent Tim McConnell` … `The fire chief said`: the head of a force or service.)
  ['chief', ['superintendent', 'commissioner', 'director', 'chief executive']],
  ['skipper', ['captain']],
  ['captain', ['skipper']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['spokesperson', ['spokesman', 'spokeswoman']],
  ['diplomat', ['ambassador', 'envoy', 'consul', 'foreign minister', 'secretary of state']],
  ['envoy', ['ambassador']],
  ['ambassador', ['envoy']],
  ['lawmaker', ['senator', 'congressman', 'congresswoman', 'representative', 'mp']],
  ['legislator', ['senator', 'congressman', 'congresswoman', 'representative', 'mp']],
  // (`Mr Justice Simon` … `the judge told him`: an English High Court judge's style.)
  ['judge', ['justice', 'recorder', 'magistrate']],
]);

/** `Name: words` opening a headline (one to three capitalised name words before the colon). */
const HEADLINE_SPEAKER_RE = /^((?:\p{Lu}[\p{L}'’.-]+\s){0,2}\p{Lu}[\p{L}'’-]+):\s+\S/u;

/** Words of a headline's label before a colon (`Poll: …`, `Breaking News: …`, `Factbox: …`): no speaker. */
const HEADLINE_LABELS = new Set(['poll', 'polls', 'survey', 'update', 'updated', 'analysis', 'explainer', 'watch', 'live', 'breaking', 'news', 'exclusive', 'comment', 'opinion', 'review', 'factbox', 'timeline', 'video', 'photos', 'pictures', 'editorial', 'letters', 'letter', 'obituary', 'interview', 'profile', 'report', 'briefing', 'feature', 'podcast', 'quiz', 'correction', 'factcheck', 'fact', 'check', 'preview', 'recap', 'highlights', 'results', 'result', 'election', 'vote', 'markets', 'market', 'stocks', 'weather', 'sport', 'sports', 'business', 'world', 'politics', 'health', 'science', 'tech', 'technology', 'europe', 'asia', 'africa', 'americas', 'uk', 'us']);

/** Roles a description may give any politician of the article (see `description`). */
const OPEN_ROLES = new Set(['candidate', 'nominee', 'hopeful', 'challenger', 'contender', 'frontrunner', 'front-runner', 'incumbent', 'republican', 'democrat', 'politician']);

/** Mentions a one-word person needs in the window to stand for an untitled description (see `description`). */
const MIN_MENTIONS_OF_ONE_WORD_NAME = 2;

/** A one-word name shaped as a brand's, not a surname's: capitals joined by a hyphen (`T-Mobile`), inner capitals (`PayPal`), all capitals (`IBM`). */
const BRAND_SHAPED = /^(?:\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)+|\p{Lu}{2,}\d*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u;

/** A named person's kin and the kin's given name: group 1 the person's name (`Luke's mother Jayne`, `Murray’s father David`). */
const KIN_OF_NAMED = /^(\p{Lu}[\p{L}-]+)['’]s\s+(?:mother|father|mum|mom|dad|wife|husband|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle|stepmother|stepfather|widow|widower)\s+\p{Lu}[\p{L}-]+$/u;

/** Honorifics of a knight or dame, who is called by the given name: `Sir Keir`, `Dame Judi`. */
const KNIGHTED = /^(?:Sir|Dame)\s/;

/** Stands for a quotation in masked reporter text: a clause boundary for mention scanning. */
export const QUOTE_PLACEHOLDER = '\u00b6';

/** Index of the token opening the sentence that holds token `i` (after one ending `.`, `!` or `?`, not an abbreviation). */
/** True when there is no token at `k` (before the first) or it ends a sentence (a stop, or the quote placeholder): a sentence opens after it. */
function sentenceBreakAt(toks: readonly RegExpMatchArray[], k: number): boolean {
  const before = toks[k]?.[0];
  return k < 0 || before === undefined || before === QUOTE_PLACEHOLDER || /[.!?:;]["”]?$/.test(before);
}

function sentenceStartToken(toks: readonly RegExpMatchArray[], i: number): number {
  let k = i;
  while (k > 0 && !(/[.!?]["”’]?$/.test(toks[k - 1]![0]) && !isAbbreviation(toks[k - 1]![0]))) k--;
  return k;
}

/**
 * The title a role gives the name after it when the role opens the sentence and ends with a comma at
 * token `s` (`Minister of the Federal Capital Territory,` before `Nyesom Wike`): the role's words, a
 * title word first, read with the name as a speaker phrase; null when they are no title of that name.
 */
function roleOpeningTitle(toks: readonly RegExpMatchArray[], s: number, name: string): string | null {
  const from = sentenceStartToken(toks, s);
  if (s - from >= MAX_TITLE_TOKENS || !isTitleWord(toks[from]![0])) return null;
  const parsed = parseSpeakerPhrase(`${toks.slice(from, s + 1).map((t) => t[0]).join(' ')} ${name}`);
  return parsed?.kind === 'person' && parsed.name === name && parsed.title !== null ? parsed.title : null;
}

/** True when a verb follows token `j` (past `on Sunday,` or `Sunday,` set off before it): `…, on Sunday, accused`. */
function verbAfterSetOffDay(toks: readonly RegExpMatchArray[], j: number): boolean {
  let k = j;
  if (/^on$/i.test(toks[k]?.[0] ?? '') && /day,$/.test(toks[k + 1]?.[0] ?? '')) k += 2;
  else if (/day,$/.test(toks[k]?.[0] ?? '')) k += 1;
  const verb = toks[k]?.[0] ?? '';
  return /^[a-z]/.test(verb) && !NOT_VERB.has(verb.replace(/[,;]$/, ''));
}

/** An age set off by commas after a name (`Jabeur, 27,`). */
const AGE_APPOSITION = /^\d{1,3},$/;
/** Most words of a description before a name that still opens its sentence (`North African trailblazer`). */
const MAX_DESCRIPTION_BEFORE_NAME = 4;

/**
 * True when the tokens from the start of token `s`'s sentence up to `s` (exclusive) only describe
 * the person named at `s`: none, or at most {@link MAX_DESCRIPTION_BEFORE_NAME} capitalised words,
 * demonyms, title words or agent nouns (`North African trailblazer`, `Veteran striker`), so the
 * name is the sentence's subject.
 */
function describedFromSentenceStart(toks: readonly RegExpMatchArray[], s: number): boolean {
  const from = sentenceStartToken(toks, s);
  if (s - from > MAX_DESCRIPTION_BEFORE_NAME) return false;
  for (let k = from; k < s; k++) {
    const w = toks[k]![0];
    if (/[,;:]$/.test(w)) return false;
    if (!(/^\p{Lu}/u.test(w) && !CAPITALISED_STOPWORDS.has(w)) && !isDemonym(w) && !isTitleWord(w) && !isAgentNoun(w)) return false;
  }
  return true;
}

/**
 * True when token `s` is the one adjective, perhaps after an adverb in -ly, between an indefinite
 * article opening the sentence and a name (`A delighted Garbiñe Muguruza hailed …`, `A visibly
 * emotional Federer said …`): the name is still the sentence's subject.
 */
function adjectiveOpening(toks: readonly RegExpMatchArray[], s: number): boolean {
  const w = toks[s]?.[0];
  if (w === undefined || !/^\p{Ll}+$/u.test(w)) return false;
  let k = s - 1;
  if (k >= 1 && /^\p{Ll}+ly$/u.test(toks[k]![0])) k--;
  return k >= 0 && /^(?:A|An)$/.test(toks[k]![0]) && sentenceStartToken(toks, k) === k;
}

/** Words glued to a name by a missing space (`Serdyukovat the Ministry`). */
const GLUED_TAIL_RE = /(?:at|in|on|of|and|the|to)$/i;

/**
 * A second name particle between a particle and the surname, or one before it, inside a name
 * (`Remco van der Burg`, `Ursula von der Leyen`, `Jose dos Santos`): a particle of
 * NAME_PARTICLES after a particle or a capitalised word and before a capitalised word.
 */
function innerParticle(toks: readonly RegExpMatchArray[], j: number): boolean {
  const w = toks[j]![0];
  if (!NAME_PARTICLES.has(w)) return false;
  const prev = toks[j - 1]?.[0];
  const next = toks[j + 1]?.[0];
  return prev !== undefined && next !== undefined && !/[,;:.!?]$/.test(prev) && (NAME_PARTICLES.has(prev) || /^\p{Lu}/u.test(prev)) && /^\p{Lu}/u.test(next);
}

/** A name with its spaces left out, in lower case: `Burna Boy` and `Burnaboy` both `burnaboy`. */
function gluedName(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

function surnameMatches(a: string, b: string): boolean {
  if (sameNameWord(a, b)) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  // (Either part of a double surname: `Enrile` for Juan Ponce-Enrile.)
  if (long.includes('-') && !short.includes('-') && short.length >= MIN_SURNAME_PART && long.split('-').some((part) => sameNameWord(part, short))) return true;
  return GLUED_TAIL_RE.test(long) && sameNameWord(long.replace(GLUED_TAIL_RE, ''), short) && long.replace(GLUED_TAIL_RE, '').length === short.length;
}

/** Shortest part of a double surname that stands for the whole (`Enrile` of `Ponce-Enrile`). */
const MIN_SURNAME_PART = 3;

/**
 * Whether a nationality modifier of a description (`the Russian diplomat`) ties to a title or name
 * (`Russia’s Ambassador to the US Anatoly Antonov`): its country or demonym, outside the posting
 * after `to`/`in` (`the US Ambassador to Russia Jon Huntsman` is American).
 */
function nationalityTies(mod: string, title: string): boolean {
  const ties = NATIONALITY_NOUNS.get(mod.toLowerCase());
  if (ties === undefined) return false;
  const own = ` ${title.replace(POSTING_RE, ' ').replace(/['’]s\b/g, '')} `;
  return ties.some((t) => own.includes(` ${t} `));
}
/** A posting after a role (`to Russia`, `to the US`, `in Kabul`), with the word after it. */
const POSTING_RE = /\b(?:to|in)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?/gu;

function normTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/defence/g, 'defense')
    .replace(/\bu\.?s\.?\b/g, 'us')
    .replace(/\bu\.?k\.?\b/g, 'uk')
    .replace(TITLE_ABBREVIATION_RE, (_, a: string) => TITLE_ABBREVIATIONS[a] ?? a);
}
/**
 * Abbreviated roles in titles, read as the role a description names when matching (`Gov. Ron
 * DeSantis` … `the governor`). Titles keep their written form; parseSpeakerPhrase's own list reads
 * `PM` as words of a phrase instead.
 */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', col: 'colonel', lt: 'lieutenant', capt: 'captain',
  sgt: 'sergeant', supt: 'superintendent', det: 'detective', cmdr: 'commander', adm: 'admiral', atty: 'attorney', insp: 'inspector',
  sec: 'secretary', amb: 'ambassador',
};
const TITLE_ABBREVIATION_RE = /(?<![\p{L}.])(gov|sen|rep|gen|col|lt|capt|sgt|supt|det|cmdr|adm|atty|insp|sec|amb)\.?(?![\p{L}.])/gu;

/** A word that can stand in a title before a name: `president`, `League`, `China's`, `battalion`. */
function isTitlePart(w: string): boolean {
  if (/[,;:.!?]$/.test(w) && !isAbbreviation(w)) return false;
  if (/^\p{Lu}/u.test(w)) return !CAPITALISED_STOPWORDS.has(w);
  return isTitleWord(w) || ORG_HEAD_NOUNS.has(w);
}

/**
 * A lower-case word modifying a role within the title before a name (`prison` in `Former prison
 * officer Tony Evan`, `state` and `fire` in `state fire marshal Jo Ruiz`): a plain word, at most
 * {@link MAX_ROLE_MODIFIERS_BEFORE_NAME} words before a role noun that itself stands before `name`.
 */
function roleModifierAt(toks: readonly RegExpMatchArray[], b: number, name: number): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(toks[b]![0]) || ROLE_MODIFIER_STOPS.has(toks[b]![0])) return false;
  for (let r = b + 1; r < name && r - b <= MAX_ROLE_MODIFIERS_BEFORE_NAME; r++) {
    const w = toks[r]![0];
    if (ROLE_NOUNS.has(w.toLowerCase())) return true;
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w)) return false;
  }
  return false;
}
/** Most lower-case words between a modifier and the role it modifies (`prison officer`, `state fire marshal`). */
const MAX_ROLE_MODIFIERS_BEFORE_NAME = 2;
/** Lower-case words that end a title walked back from a name: small words and verbs that open a clause. */
const ROLE_MODIFIER_STOPS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'with', 'for', 'from', 'as', 'that', 'who', 'which', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'when', 'while', 'after', 'before', 'since', 'then', 'also', 'not']);

/** A lower-case noun's possessive before a title (`union’s`, `company's`). */
const OWNER_BEFORE_TITLE = /^\p{Ll}+['’]s$/u;
/** `Full Name (ACR)`: a capitalised name of two to eight words (small joining words inside) and an acronym in brackets after it. */
const DEFINED_ACRONYM = /\b(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|de|&)\s+)*\p{Lu}[\p{L}'’-]*){1,7})\s+\((\p{Lu}[\p{L}]{1,7})\)/gu;

/** A name's initials, upper case: of its capitalised words and of all its words (`World Health Organization` → `WHO`; `Department for Education` → `DE`, `DFE` for `DfE`). */
function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '&' && !/^the$/i.test(w));
  return [words.filter((w) => /^\p{Lu}/u.test(w)), words].map((ws) => ws.map((w) => w[0]!).join('').toUpperCase());
}

/** Prepositions of place: a name right after one is where, not who (see scanParagraph). */
/** Nouns after capitalised words that make them a place's name (`the Cape Three Points area`, `Daboya district`). */
const PLACE_NOUNS_AFTER_NAME = /^(?:area|areas|region|district|county|province|municipality|village|town|township|suburb|neighbo(?:u)?rhood|estate|valley|basin|coast|peninsula|island|river|lake|road|street|avenue|highway|junction|border|constituency|ward|parish|stadium|airport|field|fields|plant|mine|site|home)[,;:.]?$/;
const LOCATIVE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'along', 'into', 'towards', 'toward']);
/** A capitalised run opened by a preposition (`At Chengannur,`, `In Kobe,`): what follows is its object. */
const PREPOSITION_OPENED = /^(?:At|In|From|On|To|For|With|By|Near|Outside|Inside|Across|Around|Throughout|Along|Into|Over|Under|Beyond)$/;
/** The article or possessive determiner before such an owner (`The union’s …`). */
const OWNER_DETERMINER = /^(?:the|The|its|Its|their|Their)$/;

/**
 * The person named by the capitalised run `toks[i..j)` read with the role sent to a body before it
 * (`UN envoy to Syria Staffan de Mistura`, `ambassador to the UN Linda Thomas-Greenfield`): the run
 * starts with the body, which ends the title, so the run alone would read `Syria Staffan de
 * Mistura` as a name. Null when no such role stands right before the run.
 */
function sentToTitled(toks: readonly RegExpMatchArray[], i: number, j: number): SpeakerPhrase | null {
  let t = i - 1;
  if (toks[t]?.[0] === 'the') t--;
  if (toks[t]?.[0] !== 'to' || !ROLES_SENT_TO.has(toks[t - 1]?.[0].toLowerCase() ?? '')) return null;
  let b = t - 2;
  while (b >= 0 && isTitlePart(toks[b]![0])) b--;
  const wide = parseSpeakerPhrase(toks.slice(b + 1, j).map((x) => x[0]).join(' '));
  return wide?.kind === 'person' && wide.title !== null ? wide : null;
}

/** A generic description of a pollster: `the polling firm`, `the research company`, `the survey firm`. */
const POLLING_DESCRIPTION = /\b(?:polling|poll|survey|research|opinion)\b/;

/** Cheap test before {@link NAMED_STORM}. */
const STORM_GATE = /\b(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm)\s/;
/** A named storm: `Hurricane Rita`, `Tropical Storm Harvey`, `Super Typhoon Haiyan`, `Cyclone Idai`, `Storm Ciarán`. Group 1: its name. */
const NAMED_STORM = /\b(?:Hurricane|(?:Super\s+)?Typhoon|(?:Tropical\s+|Severe\s+Tropical\s+)?Cyclone|(?:Tropical|Subtropical|Winter)\s+Storm|Superstorm|Storm)\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;

/**
 * The token after a body's capitalised name starting at `k` (`Brighton Housing Trust (BHT)`, `the
 * Vaccines`), for a verb after a person's `from`: undefined when no capitalised name starts there
 * or it runs past {@link MAX_BODY_TOKENS_AFTER_FROM}, or ends its clause with a comma.
 */
function tokenAfterBody(toks: readonly RegExpMatchArray[], k: number): string | undefined {
  let t = k;
  if (/^the$/i.test(toks[t]?.[0] ?? '')) t++;
  const first = t;
  while (t < toks.length && t - first < MAX_BODY_TOKENS_AFTER_FROM && (/^\p{Lu}/u.test(toks[t]![0]) || /^(?:of|for|and|&)$/.test(toks[t]![0])) && !/[,;:.]$/.test(toks[t]![0])) t++;
  if (t === first) return undefined;
  if (BRACKETED_ASIDE.test(toks[t]?.[0] ?? '')) t++;
  return toks[t]?.[0];
}
/** Most tokens of a body's name after `from` read by {@link tokenAfterBody}. */
const MAX_BODY_TOKENS_AFTER_FROM = 6;

/** Builds and queries the entity list of one article. */
export class ArticleEntities {
  readonly entities: Entity[] = [];
  private readonly mentions: Mention[] = [];
  /** Institutions the article names anywhere, as objects too (`Nurses at Robert Wood Johnson University Hospital`), in order: what `the hospital` stands for (see namedInstitution). */
  private readonly institutions: { pos: number; entity: Entity }[] = [];
  /** Capitalised words of the article, to repair a name glued to the next word (`Serdyukovat the`). */
  private readonly capitalised = new Set<string>();
  /** Names of storms the article gives (see learnWords). */
  private readonly storms = new Set<string>();
  /** Acronyms the article defines in brackets after a body's name (see learnWords). */
  private readonly acronyms = new Map<string, string>();

  private paragraphs: readonly string[] = [];
  private readonly midSentenceSeen = new Map<string, boolean>();

  /** Learns the article's capitalised words (call before scanning paragraphs). */
  learnWords(paragraphs: readonly string[]): void {
    this.paragraphs = paragraphs;
    for (const p of paragraphs) {
      for (const m of p.matchAll(/\b\p{Lu}[\p{L}\p{M}-]+/gu)) this.capitalised.add(m[0]);
      // `the Department for Education (DfE)`: the short form the article goes on to use.
      if (p.includes('(')) for (const m of p.matchAll(DEFINED_ACRONYM)) if (acronymsOf(m[1]!).includes(m[2]!.toUpperCase())) this.acronyms.set(m[2]!, m[1]!.replace(/^The\s+/, ''));
      // `Hurricane Rita`, `Typhoon Haiyan`, `Storm Ciarán`: the name alone later (`Rita triggered …`) is the storm's.
      if (STORM_GATE.test(p)) for (const m of p.matchAll(NAMED_STORM)) this.storms.add(m[1]!);
    }
  }

  /**
   * Whether the article writes `word` capitalised inside a sentence (see capitalisedMidSentence),
   * once per word: a word capitalised only where it opens a sentence (`Nearly`, `Currently`,
   * `Investigations`) is no name.
   */
  midSentence(word: string): boolean {
    let known = this.midSentenceSeen.get(word);
    if (known === undefined) this.midSentenceSeen.set(word, (known = capitalisedMidSentence(word, this.paragraphs)));
    return known;
  }

  /** `Serdyukovat` → `Serdyukov` when `Serdyukov` occurs on its own elsewhere in the article. */
  private unglue(word: string): string {
    const m = /^(\p{Lu}[\p{L}\p{M}-]{3,}?)(at|in|on|of|and|the|to)$/u.exec(word);
    return m && this.capitalised.has(m[1]!) ? m[1]! : word;
  }

  /** Finds the person this name refers to (same surname, compatible given names), or adds one. */
  person(nameGiven: string, title: string | null, gender: Gender, form: string, kinForm = form): Entity {
    // (A given name after a named person's kin takes that person's surname: `Luke's mother Jayne`
    // after `Luke Walmsley` is Jayne Walmsley, whom a later `Mrs Walmsley` stands for.)
    const name = /\s/.test(nameGiven) ? nameGiven : this.kinSurnamed(nameGiven, kinForm);
    const words = name.split(/\s+/);
    let found: Entity | undefined;
    if (words.length === 1) {
      // A surname alone: the most recently mentioned person with that surname, of the gender an
      // honorific gives (`said Mrs Patton` is the mother, not the son called `Mr Patton` since);
      // one known to be of that gender first, then one of no known gender.
      const fits = (e: Entity): boolean => gender === null || e.gender === null || e.gender === gender;
      for (let i = this.mentions.length - 1; i >= 0 && !found && gender !== null; i--) {
        const e = this.mentions[i]!.entity;
        if (e.kind === 'person' && surnameMatches(nameParts(e.name).surname, name) && e.gender === gender) found = e;
      }
      for (let i = this.mentions.length - 1; i >= 0 && !found; i--) {
        const e = this.mentions[i]!.entity;
        if (e.kind === 'person' && surnameMatches(nameParts(e.name).surname, name) && fits(e)) found = e;
      }
      found ??= this.entities.find((e) => e.kind === 'person' && surnameMatches(nameParts(e.name).surname, name) && fits(e));
      // A knight or dame is called by the given name (`Sir Keir` after `Sir Keir Starmer`).
      if (!found && KNIGHTED.test(form)) found = this.entities.find((e) => e.kind === 'person' && sameNameWord(nameParts(e.name).given[0] ?? '', name));
      // A family name written first (`Lai` after `Lai Ching-te`, `Xi` after `Xi Jinping`).
      found ??= this.entities.find((e) => e.kind === 'person' && familyNameFirst(e.name, name));
      // The first word of one person's full name, no one's surname and no place (`Anwar` after `Anwar
      // Ibrahim`, `Nga` after `Nga Kor Ming`, `Serena` after `Serena Williams`): that person.
      // (A nickname the article gave the person, `Jokowi` for Joko “Jokowi” Widodo.)
      found ??= this.entities.find((e) => e.kind === 'person' && /\s/.test(e.name) && e.forms.has(name));
      if (!found && !PLACES.has(name) && !isDemonym(name)) {
        const firstNamed = this.entities.filter((e) => e.kind === 'person' && /\s/.test(e.name) && sameNameWord(e.name.split(/\s+/)[0]!, name));
        if (firstNamed.length === 1) found = firstNamed[0];
      }
      // (The same name written as one word, as a stage name often is: `Burnaboy` after `Burna Boy`.)
      found ??= this.entities.find((e) => e.kind === 'person' && /\s/.test(e.name) && gluedName(e.name) === gluedName(name));
    } else {
      found = this.entities.find((e) => e.kind === 'person' && (compatibleNames(e.name, name) || (surnameMatches(nameParts(e.name).surname, nameParts(name).surname) && nameParts(e.name).given.length === 0)));
      // (`Burna Boy` after `Burnaboy`: the one-word form of the same name.)
      found ??= this.entities.find((e) => e.kind === 'person' && !/\s/.test(e.name) && gluedName(e.name) === gluedName(name));
      // (The first words of one person's longer name, as Malay and Arab names are shortened: `Abdul
      // Hamid` after `Abdul Hamid Bador`.)
      if (!found) {
        const prefixed = this.entities.filter((e) => e.kind === 'person' && e.name.startsWith(`${name} `));
        if (prefixed.length === 1) found = prefixed[0];
      }
    }
    if (!found) {
      found = { n: this.entities.length, kind: 'person', name, forms: new Set(), title: null, gender: null };
      this.entities.push(found);
    }
    if (name.split(/\s+/).length > found.name.split(/\s+/).length) found.name = name;
    found.forms.add(name);
    if (form !== name) found.forms.add(form);
    if (title !== null && (found.title === null || title.length > found.title.length)) found.title = title;
    found.gender ??= gender;
    return found;
  }

  /**
   * `given` with the surname of the person whose kin the phrase `form` names it (`Luke's mother
   * Jayne`: the one person of several words whose first or last word is `Luke`), or `given` alone.
   */
  private kinSurnamed(given: string, form: string): string {
    const kin = KIN_OF_NAMED.exec(form);
    if (kin === null) return given;
    const owners = this.entities.filter((e) => e.kind === 'person' && /\s/.test(e.name) && (sameNameWord(e.name.split(/\s+/)[0]!, kin[1]!) || surnameMatches(nameParts(e.name).surname, kin[1]!)));
    const surnames = new Set(owners.map((e) => nameParts(e.name).surname));
    return surnames.size === 1 ? `${given} ${[...surnames][0]!}` : given;
  }

  /** Finds or adds an organisation or place speaking as a body (an acronym the article defined stands for its full name). */
  organisation(name: string, form: string): Entity {
    const expanded = this.acronyms.get(name.replace(/^the\s+/i, ''));
    if (expanded !== undefined) return this.organisation(expanded, form);
    const key = name.toLowerCase().replace(/^the\s+/, '');
    let found = this.entities.find((e) => e.kind === 'organisation' && e.name.toLowerCase().replace(/^the\s+/, '') === key) ?? this.spelledOut(name.replace(/^the\s+/i, ''));
    if (!found) {
      found = { n: this.entities.length, kind: 'organisation', name: name.replace(/^the\s+/i, ''), forms: new Set(), title: null, gender: null };
      this.entities.push(found);
    }
    if (form !== found.name) found.forms.add(form);
    return found;
  }

  /**
   * The one body already named whose name, or its end, an undefined acronym abbreviates: `the RFS
   * tweeted` after `The NSW Rural Fire Service confirmed` (initials of `Rural Fire Service`).
   * Three letters at least, and only when a single body fits. Undefined otherwise.
   */
  private spelledOut(acronym: string): Entity | undefined {
    if (!/^\p{Lu}{3,8}$/u.test(acronym)) return undefined;
    let fit: Entity | undefined;
    for (const e of this.entities) {
      if (e.kind !== 'organisation' || e.name === acronym) continue;
      const words = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < acronym.length) continue;
      const initials = words.map((w) => w[0]!.toUpperCase()).join('');
      if (!initials.endsWith(acronym) && !acronymsOf(e.name).includes(acronym)) continue;
      if (fit !== undefined && fit !== e) return undefined;
      fit = e;
    }
    return fit;
  }

  /**
   * A headline that opens with a person's name and a colon (`McCarthy: We Deserved Something`,
   * `Jol: Fulham deserved to beat Wigan`) quotes that person: the name is a subject mention before
   * the first paragraph, so `the Wolves boss said` in the lead can stand for them.
   */
  headlineSpeaker(headline: string | null): void {
    const m = headline === null ? null : HEADLINE_SPEAKER_RE.exec(headline);
    if (!m || m[1]!.split(/\s+/).some((w) => HEADLINE_LABELS.has(w.toLowerCase()) || CAPITALISED_STOPWORDS.has(w))) return;
    const phrase = parseSpeakerPhrase(m[1]!);
    if (phrase?.kind !== 'person') return;
    const e = this.person(phrase.name, phrase.title, phrase.gender, phrase.text);
    e.headline = true;
    this.mention(-1, e, true);
  }

  /**
   * `nick` is what the article also calls the person named `full` (`Jokowi` for Joko Widodo): a
   * form of that person, and a one-word person of that name already met (a headline's `says
   * Jokowi`) is that person too.
   */
  addNickname(nick: string, full: string): void {
    const owner = this.entities.find((e) => e.kind === 'person' && compatibleNames(e.name, full));
    if (!owner) return;
    owner.forms.add(nick);
    for (const e of this.entities) {
      if (e === owner || e.kind !== 'person' || e.name !== nick) continue;
      for (const f of e.forms) owner.forms.add(f);
      for (const m of this.mentions) if (m.entity === e) m.entity = owner;
    }
  }

  /** True when a person other than `entity` is mentioned at a position in `[from, to)` (positions as {@link mention} takes them). */
  otherPersonBetween(from: number, to: number, entity: Entity): boolean {
    return this.mentions.some((m) => m.pos >= from && m.pos < to && m.entity !== entity && m.entity.kind === 'person');
  }

  /** Records that `entity` is mentioned at document position `pos` (mentions are kept in position order). */
  mention(pos: number, entity: Entity, subject: boolean, subordinate = false): void {
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.pos > pos) i--;
    this.mentions.splice(i, 0, subordinate ? { pos, entity, subject, subordinate } : { pos, entity, subject });
  }

  /**
   * Scans the reporter's text of a paragraph (quoted words already blanked out) for named
   * people and records them as mentions: runs of capitalised words that read as a name with
   * two or more words, a titled name (`President Bush`), or a surname already known.
   */
  scanParagraph(masked: string, paragraph: number): void {
    for (const m of masked.matchAll(UNNAMED_SUBJECT_RE)) {
      const noun = m[1]!.toLowerCase();
      const e: Entity = { n: this.entities.length, kind: 'person', name: '', forms: new Set(), title: null, gender: UNNAMED_GENDER.get(noun) ?? null, anonymous: true };
      this.entities.push(e);
      this.mention(paragraph * PARAGRAPH_STRIDE + m.index + m[0].length - m[1]!.length, e, true);
    }
    if (/spokes/.test(masked)) {
      for (const m of masked.matchAll(UNNAMED_SPOKES_SUBJECT_RE)) {
        const body = spokenForBody(m[1]!);
        const gender: Gender = m[2] === 'spokesman' ? 'm' : m[2] === 'spokeswoman' ? 'f' : null;
        const e: Entity = { n: this.entities.length, kind: 'person', name: '', forms: new Set(), title: null, gender, anonymous: true, ...(body === null ? {} : { speaksFor: this.organisation(body, body) }) };
        this.entities.push(e);
        this.mention(paragraph * PARAGRAPH_STRIDE + m.index + m[0].length - m[1]!.length, e, true);
      }
    }
    // `The Minister on Tuesday went to Parliament …`, `The captain also lauded …`: a role opening a
    // sentence as its subject stands for the titled person it names, and a later `he` may be them.
    for (const m of masked.matchAll(DEFINITE_ROLE_SUBJECT_RE)) {
      if (!ROLE_NOUNS.has(m[2]!.toLowerCase())) continue;
      const phrase = parseSpeakerPhrase(m[1]!);
      if (phrase?.kind !== 'description') continue;
      const pos = paragraph * PARAGRAPH_STRIDE + m.index + m[0].length - m[1]!.length - m[3]!.length;
      const e = this.description(phrase.head, phrase.modifiers, pos, phrase.text);
      if (e) this.mention(pos, e, true);
    }
    const toks = [...masked.matchAll(/\S+/g)];
    let i = 0;
    while (i < toks.length) {
      // (`Meteorologist in Charge Jim Meyer`: `Charge` ends a title, it opens no name.)
      if (!startsUpper(toks[i]![0]) || (toks[i]![0] === 'Charge' && toks[i - 1]?.[0] === 'in')) {
        i++;
        continue;
      }
      let j = i;
      while (j < toks.length && (/^(?:[\p{Lu}]|(?:van|von|de|bin|al|ul|ur|ud)$)/u.test(toks[j]![0]) || HYPHENATED_PARTICLE_NAME.test(toks[j]![0].replace(/[,;:.!?]+$/, '')) || innerParticle(toks, j)) && (j === i || !/[,;:.!?]$/.test(toks[j - 1]![0]) || isAbbreviation(toks[j - 1]![0]))) j++;
      let run = toks
        .slice(i, j)
        .map((t, k) => (k === j - i - 1 ? this.unglue(t[0]) : t[0]))
        .join(' ');
      // (A band or team named with a number, `Sum 41 is breaking up`: the number is part of the name.)
      if (j === i + 1 && j < toks.length && /^\d{1,3}$/.test(toks[j]![0].replace(/[,;:.]$/, '')) && !/[,;:.!?]$/.test(run) && parseSpeakerPhrase(`${run} ${toks[j]![0]}`)?.kind === 'organisation') {
        run = `${run} ${toks[j]![0]}`;
        j++;
      }
      let phrase = sentToTitled(toks, i, j) ?? parseSpeakerPhrase(run);
      // (One word after a company noun is the company's name: `budget carrier SpiceJet`.)
      if (phrase?.kind === 'person' && phrase.title === null && !/\s/.test(phrase.name) && i > 0 && COMPANY_NOUNS.has(toks[i - 1]![0].toLowerCase())) phrase = { kind: 'organisation', name: phrase.name, text: phrase.text };
      // (A name opening with a word that names a body is a person's after a role in lower case:
      // `mayor Tory Whanau`.)
      if (phrase?.kind === 'organisation' && i > 0 && /^\p{Ll}/u.test(toks[i - 1]![0]) && isRoleNoun(toks[i - 1]![0])) {
        const titled = parseSpeakerPhrase(`${toks[i - 1]![0]} ${run}`);
        if (titled?.kind === 'person') phrase = titled;
      }
      // An institution named anywhere, as an object too (`Nurses at Robert Wood Johnson University Hospital`).
      const bodyName = phrase?.kind === 'organisation' && !phrase.generic ? phrase.name.replace(/['’]s?$/, '') : null;
      if (bodyName !== null && INSTITUTION_NOUNS.has(bodyName.split(' ').pop()!.toLowerCase())) {
        this.institutions.push({ pos: paragraph * PARAGRAPH_STRIDE + toks[i]!.index, entity: this.organisation(bodyName, bodyName) });
      }
      if (phrase?.kind === 'person') {
        const known = this.entities.some((e) => e.kind === 'person' && surnameMatches(nameParts(e.name).surname, nameParts(phrase.name).surname));
        // The word before the name and its title (`League president Manuel Cordero`, `Cal Fire battalion chief …`).
        let b = i - 1;
        // (A bracketed aside inside the title is part of it: `Deputy commissioner of police (south-east) Esha Pandey`.)
        // (So is `of` or `for` after a role: `commissioner of police`, `Minister for Culture`.)
        // (And a lower-case word or two before a role: `Former prison officer Tony Evan`.)
        // (At most MAX_TITLE_TOKENS back: a run of `Ko (abc) Ko (abc) …` is no title, and walking it
        // whole before every name was quadratic.)
        while (b >= 0 && i - b <= MAX_TITLE_TOKENS && (isTitlePart(toks[b]![0]) || (/^\(.*\)$/.test(toks[b]![0]) && b > 0 && isTitlePart(toks[b - 1]![0])) || ((toks[b]![0] === 'of' || toks[b]![0] === 'for') && b > 0 && ROLE_NOUNS.has(toks[b - 1]![0].toLowerCase())) || roleModifierAt(toks, b, i))) b--;
        // (`The union’s regional officer Debbie Hall told …`: a body's possessive, and its article,
        // open the title too.)
        let s = b;
        if (s >= 1 && OWNER_BEFORE_TITLE.test(toks[s]![0]) && b < i - 1) {
          s--;
          if (OWNER_DETERMINER.test(toks[s]![0])) s--;
        } else if (s >= 0 && POSSESSIVE_DETERMINER.test(toks[s]![0]) && b < i - 1) {
          // (`His neighbour Wayne Mackenzie lost every building …`: a possessive before the title opens it too.)
          s--;
        } else if (s >= 0 && /^(?:the|The)$/.test(toks[s]![0]) && b < i - 1 && /^for$/.test(toks[b + 2]?.[0] ?? '')) {
          // (`Meanwhile, the MP for Buckingham Greg Smith has told …`: the article of a seat's title opens it too.)
          s--;
        }
        const prev = toks[s]?.[0];
        const next = toks[j]?.[0];
        const lastTok = toks[j - 1]![0];
        const atStart = prev === undefined || prev === QUOTE_PLACEHOLDER || /[.!?:;]["”]?$/.test(prev);
        const opens = atStart || /,$/.test(prev!) || CLAUSE_OPENERS.has(prev!.toLowerCase()) || adjectiveOpening(toks, s);
        const possessive = /['’]s?,?$/.test(lastTok);
        // (A one-word aside in brackets between the name and its verb: `Rep. Derrick Van Orden (D-Wis.)
        // lambasted Democrats`, `Smith (24) appeared in court`.)
        // (So is where the person is from, a capitalised body and its acronym: `Andrew Winter from
        // Brighton Housing Trust (BHT) was met with applause when he told the minister: …`.)
        // (So is a work's title quoted in brackets, masked to its placeholder: `Andrea Arnold ("Wuthering
        // Heights") deftly answered …`.)
        const bracketedTitle = next === `(${QUOTE_PLACEHOLDER}` && /^\)[,;]?$/.test(toks[j + 1]?.[0] ?? '');
        const verbTok = bracketedTitle ? toks[j + 2]?.[0] : next !== undefined && BRACKETED_ASIDE.test(next) ? toks[j + 1]?.[0] : next === 'from' ? tokenAfterBody(toks, j + 1) : next;
        const verbNext = verbTok !== undefined && /^[a-z]/.test(verbTok) && !NOT_VERB.has(verbTok.toLowerCase().replace(/[,;]$/, ''));
        // (`…, said Disruptive Tech Research analyst Louis Basenese.`: the speaker after an inverted
        // speech verb is who a later `he told` stands for, as a subject is.)
        // (The name ends its clause there: `…, said Nxumalo was inaccessible` is a clause of what was said.)
        const inverted = prev !== undefined && CUE_VERBS.has(prev) && /,$/.test(toks[s - 1]?.[0] ?? '') && /[.,;:]$/.test(lastTok) && !possessive;
        // (`At Chengannur, one of the worst-hit towns, …`: a preposition's object, not a subject.)
        // (`But according to Kituuma, the police have verified …`: the source of the sentence's words is its speaker, as a subject is.)
        const accordingTo = prev === 'to' && /^according$/i.test(toks[s - 1]?.[0] ?? '') && !possessive;
        // (`his new deputy, Dr Ong Kian Ming, would …`: a name set off after a role someone has is that
        // role's apposition, not the sentence's subject.)
        // (Only a role someone has, `his`/`her`/`their`: `Another resident, Thandi Zulu, said` is the subject.)
        // (Not `their`, which names no one a later `he` could stand for, before a speech verb: `Their
        // supervisor, Dr Ignas Snellen, said …. He said: "…"` is Snellen's.)
        const owner = [toks[s - 1]?.[0], toks[s - 2]?.[0]].find((w) => w !== undefined && /^(?:his|her|their)$/i.test(w));
        const owned = owner !== undefined && !(/^their$/i.test(owner) && verbNext && CUE_VERBS.has(verbTok!.toLowerCase().replace(/[,;.]$/, '')));
        const apposed = prev !== undefined && /,$/.test(prev) && ROLE_NOUNS.has(prev.slice(0, -1).toLowerCase()) && /,$/.test(lastTok) && owned;
        // (`Hontiveros, who is backing … Francis Pangilinan and Bam Aquino, said …`: a name closing a
        // relative clause set off by commas is that clause's object; the verb after it is the
        // sentence subject's, the name before `who`.)
        const inRelative = /,$/.test(lastTok) && insideRelativeClause(toks, s);
        // (A name right before a speech verb is its subject wherever its title starts: `…, regional
        // head of the industrial police unit Sarwar Alam told AFP.` / `"…," he said.`)
        // (Not the end of an appositive, `Christian Bourque, executive vice-president of Leger, says`,
        // nor a preposition's object, `Detective Chris Carnie from the Major Collision Investigation Unit said`.)
        const speaks = verbNext && !possessive && !/,$/.test(lastTok) && !PREPOSITION_BEFORE_NAME.test(toks[s - 1]?.[0] ?? '') && !/^the$/i.test(toks[s - 1]?.[0] ?? '') && CUE_VERBS.has(verbTok!.toLowerCase().replace(/[,;.]$/, ''));
        // (`… did not sit well with Mr. Gaffney, who did not back down …`: a name a relative clause
        // opens on is that clause's subject, as salient for a later `he` as a main clause's subject;
        // Lappin & Leass give the relative pronoun the subject's weight and add it to its antecedent.)
        // (Not after a person who is the sentence's subject: `Antonov met Huntsman, who was in Washington
        // …` keeps Antonov the one a later `he` stands for.)
        // (So is the subject of a relative clause on a thing, `…, a point Mr Bridges was keen to make.`,
        // `the plan which Smith backed`, when no person is the sentence's subject.)
        const relativeSubject = verbNext && !possessive && prev !== undefined && (/^(?:which|that|whom)$/.test(prev) || (s > 1 && /^(?:a|an|the)$/i.test(toks[s - 1]![0]) && /,$/.test(toks[s - 2]![0]) && /^\p{Ll}+$/u.test(prev)));
        const relativeHead = ((/,$/.test(lastTok) && next === 'who' && !possessive) || relativeSubject) && !this.personSubjectSince(paragraph * PARAGRAPH_STRIDE + toks[sentenceStartToken(toks, i)]!.index);
        // (`But for Chris Grisanti, chief strategist at MAI, it is too early …`: a name a sentence opens
        // `For` on, set off by a comma, is whose view the sentence gives, as salient as its subject.)
        // (A sentence's first `For` may open the capitalised run, which the phrase leaves out.)
        const forAt = prev !== undefined && /^(?:for|For)$/.test(prev) ? s : i + 1 < j && toks[i]![0] === 'For' && !phrase.text.startsWith('For') ? i : -1;
        const viewOf = forAt >= 0 && /,$/.test(lastTok) && !possessive && sentenceBreakAt(toks, forAt - 1 - (/^(?:But|And|Yet)$/.test(toks[forAt - 1]?.[0] ?? '') ? 1 : 0));
        // (`…, and Steffi Graf, who notched 22`: `who` after the name's comma opens a relative clause,
        // no verb of the name's own; relativeHead decides.)
        const relativeNext = /,$/.test(lastTok) && /^(?:who|whose|which)$/.test(next ?? '');
        // (`Minister of the Federal Capital Territory, Nyesom Wike, on Sunday, accused …`: a role that
        // opens the sentence, set off before the name, is the name's title; the name, set off in turn
        // and followed by its verb (past a day set off too), is the sentence's subject.)
        const openingRole = prev !== undefined && /,$/.test(prev) && /,$/.test(lastTok) && !possessive && phrase.name.includes(' ') ? roleOpeningTitle(toks, s, phrase.name) : null;
        const roleSubject = openingRole !== null && verbAfterSetOffDay(toks, j);
        // (A passive's agent, `They were urged by Peter Willson, chairman of governors, to write …`, is
        // who acts, as salient for a later `He said:` as a subject.)
        const passiveAgent = prev === 'by' && s >= 2 && /^(?:was|were|been|being|is|are)$/i.test(toks[s - 2]![0]) && /ed$/.test(toks[s - 1]![0]) && !possessive;
        // (`VK Anand, the lawyer for Mukesh said`: one word right after a role's `for` or `of` is whom
        // the role serves, not the verb's subject.)
        const servedByRole = j === i + 1 && i > 0 && /^(?:of|for)$/.test(toks[i - 1]![0]) && i - 1 > b;
        // (`second-half goals from Joe Gelhardt and Darko Gyabi left them …`: a name joined by `and`
        // to a preposition's object is that preposition's object too, not the verb's subject.)
        let firstConjunct = s - 2;
        if (prev === 'and' || prev === 'or') while (firstConjunct >= 0 && startsUpper(toks[firstConjunct]![0]) && !/[,;:.!?]$/.test(toks[firstConjunct]![0])) firstConjunct--;
        const coordinatedObject = (prev === 'and' || prev === 'or') && firstConjunct < s - 2 && firstConjunct >= 0 && PREPOSITION_BEFORE_NAME.test(toks[firstConjunct]![0]);
        // (`However, Rep. Rosa DeLauro, D-Conn., the top Democrat …, criticized …`: a connective set off
        // before the name opens the sentence as well.)
        const connectiveStart = prev !== undefined && SENTENCE_CONNECTIVE.test(prev) && (s < 2 || toks[s - 2]![0] === QUOTE_PLACEHOLDER || /[.!?:;]["”]?$/.test(toks[s - 2]![0]));
        const subject = !apposed && !inRelative && !servedByRole && !coordinatedObject && (accordingTo || inverted || speaks || relativeHead || viewOf || roleSubject || passiveAgent || (opens && !possessive && !PREPOSITION_OPENED.test(toks[i]![0]) && ((verbNext && !relativeNext) || ((atStart || connectiveStart) && /,$/.test(lastTok)))));
        // A title written before the capitalised run (`Lieberman spokeswoman Whitney Phillips`: the
        // run is only the name) is the person's title, as when a cue names them so.
        const titled = phrase.title === null && b + 1 < i ? parseSpeakerPhrase(toks.slice(b + 1, j).map((t) => t[0]).join(' ')) : null;
        // (`the MP for Buckingham Greg Smith`: the run's first words are the seat, which the title takes.)
        const seatInRun = titled?.kind === 'person' && titled.name !== phrase.name && phrase.name.endsWith(` ${titled.name}`);
        const title = titled?.kind === 'person' && (titled.name === phrase.name || seatInRun) ? titled.title : (phrase.title ?? openingRole);
        const personName = seatInRun && titled?.kind === 'person' ? titled.name : phrase.name;
        // A lone surname counts when known, titled, or the subject of a verb (`Obama deflected …`).
        // (A lone unknown word before a role is the start of a title, not a person: `Benfica boss Jorge Jesus`.)
        const roleNext = next !== undefined && isTitleWord(next.replace(/[,;]$/, ''));
        // (A lone word that opens its sentence is a name only when the article also writes it capitalised
        // inside a sentence, or when a verb a person's surname takes follows it (`Gates came to Moscow`):
        // not `Nearly one in five …`, `Investigations indicate …`, `Four adults …`.)
        // (`Lynch, who was also doing the media rounds, …`: `who` makes it a person.)
        // (Read last, and only then: it scans the article.)
        const loneOpener = (): boolean => atStart && !phrase.name.includes(' ') && !SINGULAR_OR_PAST_VERB.test(next ?? '') && !/^(?:who|whose)$/i.test(next ?? '') && !this.midSentence(phrase.name);
        // (`the cities of Christchurch, Otago, Timaru and Dunedin remains …`: the last of a list of
        // capitalised words is a thing listed, not a person, when nothing else says so.)
        const listEnd = /^(?:and|or)$/.test(prev ?? '') && /^\p{Lu}|,$/u.test(toks[s - 1]?.[0] ?? '');
        // (`sat on a fast at Dussehra Maidan in Bhopal`: a name after a preposition of place is a
        // place, unless a title or a known name says otherwise.)
        // (A possessive is someone's: `in Kerry O’Connell’s driveway`.)
        // (`at the Cape Three Points area`, `the Daboya district`: capitalised words before a place noun name the place.)
        const placeNamed = next !== undefined && PLACE_NOUNS_AFTER_NAME.test(next) && !possessive && title === null && phrase.gender === null;
        const placed = placeNamed || ((listedAfterLocative(toks, s) || (prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev))) && !possessive && title === null && phrase.gender === null && !known && !passiveAgent);
        // (`But Wiranto, Indonesia’s coordinating minister for security, said …`: one name set off by
        // an appositive holding a role, then a speech verb, is a person and the sentence's subject.)
        const namedByApposition = !phrase.name.includes(' ') && /,$/.test(lastTok) && appositionThenCue(toks, j);
        // (`North African trailblazer Jabeur, 27, looked deflated …`: an age set off after one name
        // is a person's; the sentence's subject when only a description of them stands before it.)
        const aged = !phrase.name.includes(' ') && /,$/.test(lastTok) && AGE_APPOSITION.test(next ?? '');
        const agedSubject = aged && describedFromSentenceStart(toks, s);
        const storm = !phrase.name.includes(' ') && this.storms.has(phrase.name);
        // (`Mary Smith, president of Critical Insights, said`: the words after a role's `of` name its body.)
        const bodyOfRole = titled?.kind === 'organisation';
        // (So is one word after an inverted speech verb, `…, said T-Mobile.`: the speaker named.)
        // (`Black Cats chairman Ellis Short`: capitalised words before a role and a name open that
        // name's title, a body's, not a person of their own, unless known or titled.)
        const titleOpening = roleNext && title === null && phrase.gender === null && !known && /^\p{Lu}/u.test(toks[j + 1]?.[0] ?? '') && !/[,;:.]$/.test(next!);
        if (!placed && !storm && !bodyOfRole && !titleOpening && (phrase.name.includes(' ') || title !== null || phrase.gender !== null || known || namedByApposition || aged || inverted || (subject && verbNext && !roleNext && !listEnd && /^\p{Lu}\p{Ll}/u.test(phrase.name) && !loneOpener()))) {
          // (The two words before a one-word name may name whose kin it is: `Luke's mother Jayne`.)
          const kinForm = i >= 2 && !personName.includes(' ') ? `${toks[i - 2]![0]} ${toks[i - 1]![0]} ${personName}` : personName;
          const e = this.person(personName, title, phrase.gender, (seatInRun ? personName : phrase.text).replace(/[,;:.]$/, '').replace(/['’]s?$/, ''), kinForm);
          // (`If Spirit needs to lay off people, he said, …`: the run opened with the subordinator, which
          // the phrase left out; its subject is a subordinate clause's too.)
          const openedBySubordinator = i + 1 < j && SUBORDINATORS.has(toks[i]![0].toLowerCase()) && !phrase.text.startsWith(toks[i]![0]);
          // (A speaker is no less salient in a subordinate clause: `…, although Wilson said it's not
          // clear …` / `"…," he said` is Wilson's.)
          this.mention(paragraph * PARAGRAPH_STRIDE + toks[i]!.index, e, subject || (namedByApposition && opens) || agedSubject, subject && !speaks && ((!atStart && SUBORDINATORS.has(prev!.toLowerCase())) || openedBySubordinator));
        }
      } else if (phrase?.kind === 'organisation' && !phrase.generic && isCompanyLike(phrase.name)) {
        // A named body the article is about (`Shares in Reuters fell`, `BP's profits`, `Tesla said`):
        // what `the company` stands for later. An object (`told Reuters`) is not one.
        const prev = toks[i - 1]?.[0];
        const next = toks[j]?.[0];
        const lastTok = toks[j - 1]![0];
        const atStart = prev === undefined || prev === QUOTE_PLACEHOLDER || /[.!?:;]["”]?$/.test(prev);
        const opens = atStart || /,$/.test(prev!) || CLAUSE_OPENERS.has(prev!.toLowerCase());
        // (A role after the body makes it part of a title, not a subject: `Kremlin spokesman Dmitry Peskov`.)
        const verbNext = next !== undefined && /^[a-z]/.test(next) && !NOT_VERB.has(next.toLowerCase().replace(/[,;]$/, '')) && !isTitleWord(next.replace(/[,;]$/, ''));
        const possessive = /['’]s?,?$/.test(lastTok);
        const sharesIn = /^(?:in|of)$/i.test(prev ?? '') && /^shares$/i.test(toks[i - 2]?.[0] ?? '');
        // (Or a company named after what it is, anywhere: `passengers of budget carrier SpiceJet` is
        // what a later `the airline said` stands for, though no subject.)
        const kindBefore = prev !== undefined && COMPANY_NOUNS.has(prev.toLowerCase());
        // (A company after an inverted speech verb is the speaker, as a subject is: `…, said T-Mobile.`
        // then `"…," the company said`.)
        const invertedSpeaker = prev !== undefined && CUE_VERBS.has(prev) && /,$/.test(toks[i - 2]?.[0] ?? '') && /[.,;:]$/.test(lastTok);
        const asSubject = (opens && verbNext) || possessive || sharesIn || invertedSpeaker;
        if (asSubject || kindBefore) {
          const e = this.organisation(phrase.name.replace(/['’]s?$/, ''), phrase.text.replace(/[,;:.]$/, '').replace(/['’]s?$/, ''));
          e.named = true;
          this.mention(paragraph * PARAGRAPH_STRIDE + toks[i]!.index, e, asSubject);
        }
      } else if (phrase?.kind === 'organisation' && !phrase.generic) {
        // A public body speaking (`In a statement, Dublin City Council said …`): what a later `it
        // said` stands for, though not what `the company` does.
        const prev = toks[i - 1]?.[0];
        const atStart = prev === undefined || prev === QUOTE_PLACEHOLDER || /[.!?:;,]["”]?$/.test(prev);
        // (Its name may go on past `of`: `The U.S. Bureau of Ocean Energy Management has …`.)
        const of = atStart ? bodyNameAfterOf(toks, j) : j;
        const body = of > j ? parseSpeakerPhrase(`${run} ${toks.slice(j, of).map((t) => t[0]).join(' ')}`) : phrase;
        const next = toks[of]?.[0]?.replace(/[,;:.]$/, '');
        // (Or any verb after it: `The U.S. Bureau of Ocean Energy Management has approved a project
        // that it says would …` — the `it` is the body.)
        const verbNext = next !== undefined && (CUE_VERBS.has(next) || (BODY_VERB_SHAPE.test(next) && !NOT_VERB.has(next) && !isTitleWord(next)));
        if (atStart && verbNext && body?.kind === 'organisation' && !body.generic) {
          this.mention(paragraph * PARAGRAPH_STRIDE + toks[i]!.index, this.organisation(body.name, body.text.replace(/[,;:.]$/, '')), true);
          j = of;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * True when the article names a person of several words that this one word can stand for
   * (`Merkel` after `Angela Merkel`): the paragraph scan also takes any capitalised word opening a
   * sentence (`Results were …`) for a person, so a one-word person alone proves nothing.
   */
  knowsFullName(word: string): boolean {
    return this.entities.some((e) => e.kind === 'person' && /\s/.test(e.name) && compatibleNames(e.name, word));
  }

  /**
   * Who a speaker phrase at document position `pos` refers to. Pronouns and descriptions are
   * resolved against earlier mentions; names and bodies are found or added. The result is
   * recorded as a subject mention at `pos`, so later pronouns can chain on it. Null when the
   * phrase cannot be resolved (`they`, `it`, a description with no titled person before it).
   */
  resolve(phrase: SpeakerPhrase, pos: number, quoted?: string): Entity | null {
    let e: Entity | null = null;
    switch (phrase.kind) {
      case 'pronoun':
        e = this.pronoun(phrase.pronoun, pos, quoted);
        break;
      case 'description': {
        // An unnamed spokesperson of a named body speaks for it: `a Juul spokesperson told`, `a
        // spokeswoman for the State Department said` (the body is the speaker, as it is of `Juul said`).
        const body = SPOKES_NOUNS.test(phrase.head) ? spokenForBody(phrase.text) : null;
        if (body !== null) {
          e = this.organisation(body, body);
          break;
        }
        // An indefinite description brings in someone new (`city spokesperson Emily Roy said …`, then
        // `A police spokesperson described …` is another person): it names no one known.
        if (INDEFINITE.test(phrase.text)) break;
        e = NATIONALITY_NOUNS.has(phrase.head) ? this.national(phrase.head, pos) : this.description(phrase.head, phrase.modifiers, pos, phrase.text);
        // (`the 28-year-old Jamaican` with no one tied to Jamaica: the age alone, as `the 28-year-old` is read.)
        if (e === null && NATIONALITY_NOUNS.has(phrase.head) && phrase.modifiers.includes('age')) e = this.pronoun('age', pos, quoted);
        // (The description itself, without a participle after it: `the coach, speaking to reporters`.)
        if (e) e.forms.add(phrase.text.replace(/^The\b/, 'the').split(',')[0]!.trim());
        break;
      }
      case 'person':
        e = this.person(phrase.name, phrase.title, phrase.gender, phrase.text);
        break;
      case 'organisation':
        if (phrase.generic) {
          // (`the company said` with no company named before it: nobody, not a speaker called `company`.)
          // (`the polling firm said`: the pollster the article names, even as an object, `a poll by
          // Nanos Research`, not the last party its figures were about.)
          e = (POLLING_DESCRIPTION.test(phrase.name) ? this.pollsterBefore(pos) : null) ?? this.namedCompany(phrase.name, pos) ?? this.namedInstitution(phrase.name, pos);
          e?.forms.add(phrase.text.replace(/^The\b/, 'the'));
          break;
        }
        // (`“…,” pollsters wrote in announcing their results`: the pollster the article names.)
        e = (/^pollsters?$/i.test(phrase.name) ? this.pollsterBefore(pos) : null) ?? this.organisation(phrase.name, phrase.text);
        if (/^\p{Lu}/u.test(e.name) && isCompanyLike(e.name)) e.named = true;
        break;
    }
    if (e) this.mention(pos, e, true);
    return e?.anonymous ? (e.speaksFor ?? null) : e;
  }

  /**
   * The last pollster the article names before `pos` (see findPollsters), as a body, by the fullest
   * form the article gives it (`Nanos Research` for a later `Nanos`); null when none.
   */
  private pollsterBefore(pos: number): Entity | null {
    const last = Math.floor(pos / PARAGRAPH_STRIDE);
    const names: string[] = [];
    for (let p = 0; p <= last && p < this.paragraphs.length; p++) {
      const text = p === last ? this.paragraphs[p]!.slice(0, pos % PARAGRAPH_STRIDE) : this.paragraphs[p]!;
      for (const f of findPollsters(text)) names.push(f.value);
    }
    const name = names[names.length - 1];
    if (name === undefined) return null;
    const fullest = names.filter((n) => samePollster(n, name)).reduce((a, b) => (b.length > a.length ? b : a));
    return this.organisation(fullest, fullest);
  }

  /**
   * The named body a generic description stands for (`the company`, `the oil giant`): the most
   * recent one mentioned within {@link PRONOUN_LOOKBACK_PARAGRAPHS} paragraphs whose name holds the
   * description's head noun (`the bank` → `Norges Bank`), else, for a company noun other than
   * `bank`, the most recent named body. Null when there is none.
   */
  private namedCompany(description: string, pos: number): Entity | null {
    const head = description.split(' ').pop()!;
    const floor = pos - PRONOUN_LOOKBACK_PARAGRAPHS * PARAGRAPH_STRIDE;
    let any: Entity | null = null;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos || m.pos < floor) continue;
      // (A one-word name shaped as a brand's, read as a surname, is the company: `…, said T-Mobile.`
      // / `"…," the company said`.)
      const brand = m.entity.kind === 'person' && m.subject && !m.entity.anonymous && m.entity.title === null && m.entity.gender === null && BRAND_SHAPED.test(m.entity.name);
      if (brand) return m.entity;
      if (m.entity.kind !== 'organisation' || !m.entity.named) continue;
      if (new RegExp(`\\b${head}\\b`, 'i').test(m.entity.name)) return m.entity;
      any ??= m.entity;
    }
    const centralBank = head === 'bank' || (description !== head && /\bcentral\b/.test(description));
    return centralBank || INSTITUTION_NOUNS.has(head) ? null : any;
  }

  /**
   * The institution a description of its kind stands for (`the hospital` → `Robert Wood Johnson
   * University Hospital`): the latest one named before `pos` anywhere in the article whose name ends
   * with the description's head noun; null for other heads or when none is named.
   */
  private namedInstitution(description: string, pos: number): Entity | null {
    const head = description.split(' ').pop()!;
    if (!INSTITUTION_NOUNS.has(head)) return null;
    for (let i = this.institutions.length - 1; i >= 0; i--) {
      const x = this.institutions[i]!;
      if (x.pos < pos && x.entity.name.toLowerCase().endsWith(head)) return x.entity;
    }
    return null;
  }

  /** Whether a person was mentioned as a clause subject at or after document position `from`. */
  private personSubjectSince(from: number): boolean {
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.pos >= from; i--) {
      const m = this.mentions[i]!;
      if (m.subject && m.entity.kind === 'person') return true;
    }
    return false;
  }

  private pronoun(p: string, pos: number, quoted?: string): Entity | null {
    if (p === 'it') return this.bodyAsIt(pos);
    // `age` is `the 32-year-old`: a person of either gender.
    if (p !== 'he' && p !== 'she' && p !== 'age') return null;
    const want: Gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
    const floor = pos - PRONOUN_LOOKBACK_PARAGRAPHS * PARAGRAPH_STRIDE;
    // (Whom the quoted words name by surname is not who says them: `"… Mr McLean's actions have
    // shown to be self-serving …," he said` is not McLean's.)
    const inQuote = new Set((quoted ?? '').split(/[^\p{L}'’-]+/u).map((w) => w.replace(/['’]s?$/, '')));
    const namedInQuote = (e: Entity): boolean => e.name !== '' && inQuote.has(nameParts(e.name).surname);
    const ok = (m: Mention): boolean => m.pos < pos && m.pos >= floor && m.entity.kind === 'person' && (want === null || m.entity.gender === null || m.entity.gender === want) && !namedInQuote(m.entity);
    let pick: Entity | null = this.namedBySceneClause(pos, ok);
    // The latest main-clause subject, then any subject (`… as Williams went off the boil. … "…," she
    // told reporters`: she is the main clause's player, not the one in the `as` clause), then anyone.
    for (let i = this.mentions.length - 1; i >= 0 && !pick; i--) if (ok(this.mentions[i]!) && this.mentions[i]!.subject && !this.mentions[i]!.subordinate) pick = this.mentions[i]!.entity;
    for (let i = this.mentions.length - 1; i >= 0 && !pick; i--) if (ok(this.mentions[i]!) && this.mentions[i]!.subject) pick = this.mentions[i]!.entity;
    for (let i = this.mentions.length - 1; i >= 0 && !pick; i--) if (ok(this.mentions[i]!)) pick = this.mentions[i]!.entity;
    if (pick && pick.gender === null && want !== null) pick.gender = want;
    return pick;
  }

  /**
   * The one person named in a subordinate clause that opens the pronoun's sentence, the pronoun
   * coming right after its comma: `As water rushed past Bill Barrett's driveway, he nodded …`,
   * `When Smith reached the court, she said …`. Such a clause sets the scene for whom the main
   * clause is about when that person is its subject or an owner in it (`After talks with Tony
   * Blair, he said` is someone else's); Lappin & Leass weigh a mention in the pronoun's own
   * sentence above older ones. Null when the sentence does not open so, or the clause names no
   * such compatible person or more than one.
   */
  private namedBySceneClause(pos: number, ok: (m: Mention) => boolean): Entity | null {
    const para = this.paragraphs[Math.floor(pos / PARAGRAPH_STRIDE)];
    if (para === undefined) return null;
    const at = pos % PARAGRAPH_STRIDE;
    const start = sentenceEndBefore(para, at);
    const opening = para.slice(start < 0 ? 0 : start, at).replace(/^[.!?]["”’]?\s+/, '');
    if (!SCENE_CLAUSE.test(opening)) return null;
    const from = pos - opening.length;
    let found: Entity | null = null;
    // (Mentions are kept in document order: walk back from the last, and stop before the clause.)
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i]!.pos >= from; i--) {
      const m = this.mentions[i]!;
      if (!ok(m)) continue;
      // Only the clause's subject or an owner (`Barrett's driveway`): `After talks with Obama, he
      // said …` is someone else's.
      const surname = nameParts(m.entity.name).surname;
      const owner = surname !== '' && (opening.includes(`${surname}’s`) || opening.includes(`${surname}'s`));
      if (!m.subject && !owner) continue;
      if (found !== null && found !== m.entity) return null;
      found = m.entity;
    }
    return found;
  }

  /**
   * `…," it said in a statement`: the body last mentioned as a clause subject, within
   * {@link IT_LOOKBACK_PARAGRAPHS} paragraphs, when no person was a subject since (a person
   * subject in between makes `it` more likely a thing of theirs: a report, a plan). Null otherwise.
   */
  private bodyAsIt(pos: number): Entity | null {
    const floor = pos - IT_LOOKBACK_PARAGRAPHS * PARAGRAPH_STRIDE;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos) continue;
      if (m.pos < floor) return null;
      if (!m.subject) continue;
      // (A one-word name never written in full, with no title or gender, that `it` stands for is a
      // body read as a surname: `Computershare said …` / `"…," it said`.)
      const bare = m.entity.kind === 'person' && !m.entity.anonymous && !/\s/.test(m.entity.name) && m.entity.title === null && m.entity.gender === null;
      return m.entity.kind === 'organisation' || bare ? m.entity : null;
    }
    return null;
  }

  /**
   * `the Spaniard said`: the person last mentioned within {@link PRONOUN_LOOKBACK_PARAGRAPHS}
   * paragraphs whose title or written forms tie them to that nationality (`Spain's Rafael Nadal`,
   * `Kuwait oil minister …`, `the Spanish world number two`). Null when no one is so tied: the
   * reader's guess from sport or context is not made.
   */
  private national(noun: string, pos: number): Entity | null {
    const ties = NATIONALITY_NOUNS.get(noun) ?? [];
    const floor = pos - PRONOUN_LOOKBACK_PARAGRAPHS * PARAGRAPH_STRIDE;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos) continue;
      if (m.pos < floor) break;
      if (m.entity.kind !== 'person' || m.entity.anonymous) continue;
      const said = tieText([m.entity.title ?? '', ...m.entity.forms].join(' '));
      if (ties.some((t) => said.includes(` ${t} `)) || said.includes(` ${noun} `)) return m.entity;
      // The words just before the mention (`Kuwait oil minister Sheikh …`), when no other mention
      // stands between them and it (`Spain's Marco Ruiz beat Ivo Petrov` ties Ruiz, not Petrov).
      const para = this.paragraphs[Math.floor(m.pos / PARAGRAPH_STRIDE)] ?? '';
      const off = m.pos % PARAGRAPH_STRIDE;
      const from = Math.max(0, off - NATIONALITY_WINDOW);
      const before = tieText(para.slice(from, off));
      const tie = Math.max(...[...ties, noun].map((t) => before.lastIndexOf(` ${t} `)));
      if (tie < 0) continue;
      const tieAt = m.pos - off + from + tie;
      if (!this.mentions.some((o) => o.entity !== m.entity && o.pos >= tieAt && o.pos < m.pos)) return m.entity;
    }
    // With no one tied to the nationality, the main-clause subject of the same paragraph, named
    // before the description (`Roberto Mancini was pleased … "…," the Italian said.`): the reader
    // knows him from the sentence just read, not from sport.
    const paragraphStart = pos - (pos % PARAGRAPH_STRIDE);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos || m.pos < paragraphStart) continue;
      if (m.entity.kind === 'person' && !m.entity.anonymous && m.subject && !m.subordinate && /\s/.test(m.entity.name)) return m.entity;
    }
    return null;
  }

  private description(head: string, modifiers: readonly string[], pos: number, text = ''): Entity | null {
    let best: Entity | null = null;
    let bestScore = -1;
    const seen = new Set<Entity>();
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos || seen.has(m.entity) || m.entity.kind !== 'person') continue;
      seen.add(m.entity);
      const title = normTitle([m.entity.title ?? '', ...m.entity.forms].join(' '));
      if (!roleHeads(head).some((h) => new RegExp(`\\b${h}\\b`).test(title))) continue;
      let score = 0;
      for (const mod of modifiers) if (title.includes(normTitle(mod)) || nationalityTies(mod, title)) score++;
      if (score > bestScore) {
        best = m.entity;
        bestScore = score;
      }
    }
    if (best) return best;
    // No titled match: a person whose title is unknown may still hold the role (`Angela Merkel …` then `the chancellor said`).
    // Someone of a named person (`Belykh’s lawyer`) is not that person, nor any other untitled one.
    const owner = text.split(/\s+/)[0]!.replace(/['’]s?$/, '');
    if (/^\p{Lu}[\p{L}'’.-]*['’]s?\s/u.test(text) && !/^the\s/i.test(text) && !isDemonym(owner) && !PLACES.has(owner)) return null;
    // A description naming a body (`the Times spokesperson`, `a Kremlin spokesman`) is someone of
    // that body: only a person already written with that name holds it, not any untitled subject
    // (`Wemple quoted the Times spokesperson as saying` is not Wemple's quote).
    const bodies = text.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w) && !isDemonym(w.replace(/['’]s$/, '')) && !isTitleWord(w));
    const floor = pos - PRONOUN_LOOKBACK_PARAGRAPHS * PARAGRAPH_STRIDE;
    // The latest untitled subject; a one-word name read from a capitalised word before a verb
    // (`Moscow's Presnensky district court …`) only when the window mentions it twice or more.
    const counts = new Map<Entity, number>();
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos) continue;
      if (m.pos < floor) break;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.pos >= pos) continue;
      if (m.pos < floor) break;
      if (!m.subject || m.entity.kind !== 'person' || m.entity.anonymous || m.entity.title !== null) continue;
      if (!/\s/.test(m.entity.name) && !m.entity.headline && counts.get(m.entity)! < MIN_MENTIONS_OF_ONE_WORD_NAME) continue;
      if (bodies.every((b) => [...m.entity.forms].some((f) => f.includes(b)))) return m.entity;
    }
    // A campaign or party role any politician may hold (`the Democratic presidential candidate`, `the
    // Arizona Republican`): the latest subject, titled or not, of no other party.
    if (OPEN_ROLES.has(head)) {
      const party = [head, ...modifiers].find((w) => w === 'republican' || w === 'democrat' || w === 'democratic');
      for (let i = this.mentions.length - 1; i >= 0; i--) {
        const m = this.mentions[i]!;
        if (m.pos >= pos) continue;
        if (m.pos < floor) break;
        if (!m.subject || m.entity.kind !== 'person' || m.entity.anonymous) continue;
        const known = [m.entity.title ?? '', ...m.entity.forms].join(' ').toLowerCase();
        if (party !== undefined && (party === 'republican' ? /\bdemocra(?:t|tic)\b/.test(known) : /\brepublican\b/.test(known))) continue;
        return m.entity;
      }
    }
    return null;
  }
}

/** A connective that opens a sentence, set off by a comma (`However,`, `Meanwhile,`). */
const SENTENCE_CONNECTIVE = /^(?:However|Meanwhile|But|Still|Separately|Instead|Nevertheless|Also|Later|Earlier|Then|Similarly|Likewise),$/;

/**
 * In the paragraph scan: the token index after a body's name that goes on past `of` from token `j`
 * (`Bureau` `of Ocean Energy Management`: capitalised words, up to a stop), or `j` when it does not.
 */
function bodyNameAfterOf(toks: readonly RegExpMatchArray[], j: number): number {
  if (toks[j]?.[0] !== 'of' || /[,;:.!?]$/.test(toks[j - 1]?.[0] ?? '')) return j;
  let k = j + 1;
  while (k < toks.length && k - j <= MAX_BODY_WORDS_AFTER_OF && startsUpper(toks[k]![0]) && (k === j + 1 || !/[,;:.!?]$/.test(toks[k - 1]![0]))) k++;
  return k > j + 1 ? k : j;
}
/** A word that reads as a public body's verb after its name: an auxiliary, or a past or present tense's ending (`approved`, `says`); not `oil` in `Kuwait oil minister`. */
const BODY_VERB_SHAPE = /^(?:has|have|had|is|was|are|were|will|would|can|could|should|may|might|must|does|did|[a-z]{2,}(?:ed|es|s))$/;
/** Most capitalised words of a body's name after its `of`. */
const MAX_BODY_WORDS_AFTER_OF = 5;
