/**
 * Cue/attribution finder: the second extractor. Given the reporter's text after or before a
 * quote, finds the speech cue (`he said`, `said Gates`, `Gates told reporters`, `according to X`,
 * `X was quoted by Interfax as saying`, `a statement read by X`) and the raw phrase naming the
 * speaker. Follows the usual rule-based quote attribution of news text (cf. Pareti et al.,
 * "Automatically detecting and attributing indirect quotations", 2013, and the pattern sets of
 * newspaper quote extractors): speech verb lexicon + subject/object noun-phrase chunking by
 * capitalisation and closed word classes, no parser.
 */
import { ADMINISTRATIVE_PLACE_NOUNS, AUX_AND_ADVERBS, CAPITALISED_STOPWORDS, MAX_ROLE_OF_WORDS, ORG_WORDS, INSTITUTION_NOUNS, isAge, isAgentNoun, CHARACTERISING_VERBS, CUE_PARTICIPLES, CUE_VERBS, COMPANY_NOUNS, GROUP_NOUNS, HONORIFICS, NAME_MONTHS, ORG_HEAD_NOUNS, NAME_PARTICLES, ROLE_NOUNS, ROLES_SENT_TO, SPOKES_NOUNS, SUBJECT_PRONOUNS, POSSESSIVE_DETERMINER, isAbbreviation, isDemonym, isRoleNoun, isTitleWord } from '../speakers/lexicon.js';
import { isNameWord, parseSpeakerPhrase } from '../speakers/parseSpeakerPhrase.js';

/** A cue found next to a quote. */
export interface Cue {
  /** The phrase naming the speaker, as in the text: `he`, `Defense Secretary Robert M. Gates`. */
  phrase: string;
  /** The cue words: `said`, `told reporters`, `according to`, `quoted as saying`, `statement read by`. */
  cue: string;
  /** Offset in the paragraph of the speaker phrase (for coreference order). */
  at: number;
}

/** Most words between a characterising verb and the quote it introduces (`praised the decision as`). */
const MAX_WORDS_AFTER_CHARACTERISING_VERB = 5;

/** Most auxiliaries and adverbs between `and` and a coordinated speech verb (`and has since conceded`). */
const MAX_AUX_BEFORE_COORDINATED_VERB = 2;

/** Longest appositive read after an inverted cue's name (`said X, associate director of …`). */
const MAX_APPOSITIVE_WORDS = 10;

/** How many words after a quote may separate it from its cue verb (`…," Peter Kellner, former president of YouGov, was quoted`). */
const MAX_WORDS_BEFORE_AFTER_CUE = 12;
/**
 * How many when those words are all one speaker's phrase (`…," former U.S. District Judge Shira
 * Scheindlin of the Southern District of New York wrote in 2017`).
 */
const MAX_WORDS_BEFORE_AFTER_CUE_ONE_PHRASE = 18;

interface Word {
  w: string;
  /** Word without surrounding punctuation, lower case. */
  k: string;
  start: number;
  end: number;
  /** A month name written as a name (`Theresa May`, `Mrs May`): see NAME_MONTHS. */
  nameMonth?: true;
  /** An ampersand inside a company's name (`Procter & Gamble`, `Smith & Nephew`): part of the noun phrase. */
  nameJoiner?: true;
}

function words(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const w = m[0];
    const lower = w.toLowerCase();
    // (Most words start and end with an ASCII letter or figure: no punctuation to strip.)
    // (An ampersand after a lower-case role joins as `and` does: `president & CEO Joseph Darling
    // said`; between capitalised words it is part of a company's name, `Procter & Gamble`.)
    const k = w === '&' && /^\p{Ll}/u.test(out[out.length - 1]?.w ?? '') ? 'and' : asciiAlnum(lower.charCodeAt(0)) && asciiAlnum(lower.charCodeAt(lower.length - 1)) ? lower : lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    out.push({ w, k, start: base + m.index, end: base + m.index + w.length });
  }
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    const prev = out[i - 1]!;
    if (x.w === '&' && /^\p{Lu}/u.test(prev.w) && !/[,;:.]$/.test(prev.w) && /^\p{Lu}/u.test(out[i + 1]?.w ?? '')) x.nameJoiner = true;
    // (A number naming a district in a title: `Ward 4 Councilor Bob Salvatelli`, `District 9 Supervisor`.)
    if (asciiDigit(x.w.charCodeAt(0)) && /^\d{1,3}$/.test(x.w) && NUMBERED_AREAS.test(prev.w) && /^\p{Lu}/u.test(out[i + 1]?.w ?? '')) x.nameJoiner = true;
    if (!NAME_MONTHS.has(x.w.replace(/[,;:.]$/, '')) || /[,;:.!?]$/.test(prev.w) || /^\d/.test(out[i + 1]?.w ?? '')) continue;
    if (HONORIFICS.has(prev.k) || (/^\p{Lu}\p{Ll}/u.test(prev.w) && !CAPITALISED_STOPWORDS.has(prev.w) && !isTitleWord(prev.w) && !/['’]s$/.test(prev.w))) x.nameMonth = true;
  }
  return out;
}

/** Nouns and adjectives in -ly that stand before a speech verb as its subject or part of it (`the family said`, `the daily reported`). */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'supply', 'reply', 'assembly', 'anomaly', 'monopoly', 'belly', 'bully', 'jelly', 'lily', 'folly', 'homily', 'daily', 'weekly', 'monthly', 'quarterly', 'fortnightly', 'biweekly', 'melancholy', 'elderly', 'friendly', 'unlikely', 'likely', 'early', 'only']);
/** A manner adverb in -ly, in lower case (`clearly`, `angrily`): not one of {@link LY_NOUNS}. */
function lyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && /^\p{Ll}+$/u.test(w) && !LY_NOUNS.has(w);
}

/** Index of the last word of `phrase` among the words before index `k` (the phrase ends there). */
function lastWordBefore(ws: readonly Word[], k: number, phrase: string): number {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  for (let x = k - 1; x >= 0; x--) if (ws[x]!.w === last) return x;
  return k - 1;
}

/** Documents a body is named for before their verb (`a Marist analysis found`, `the Pew report said`). */
const DOCUMENT_NOUNS = /^(?:analysis|report|study|review|assessment|statement|memo|briefing|paper|survey|poll|release)$/;
/** What such a document does to words it gives. */
const DOCUMENT_VERBS = /^(?:said|says|found|finds|concluded|concludes|noted|notes|stated|states|warned|warns|showed|shows|added)$/;
/** Most capitalised words of a document's owner (`Monmouth University Polling Institute report`). */
const MAX_DOCUMENT_OWNER_WORDS = 4;

/** Capitalised areas numbered inside a title (`Ward 4 Councilor`, `District 9 Supervisor`, `Precinct 2 Constable`). */
const NUMBERED_AREAS = /^(?:Ward|District|Precinct|Division|Region|Zone|Sector|Circuit|Area)$/;

/** True for the char codes of `0`–`9`. */
function asciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for the char codes of `a`–`z` and `0`–`9`. */
function asciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

const PREPOSITIONS = new Set(['with', 'by', 'to', 'from', 'for', 'against', 'about', 'at', 'in', 'on', 'between', 'among', 'into', 'than', 'like', 'after', 'before', 'over', 'under', 'towards', 'toward']);
const CLAUSE_STARTERS = new Set(['but', 'and', 'while', 'although', 'though', 'because', 'as', 'if', 'when', 'so', 'yet', 'whereas']);
/** Audiences kept in the cue text: `told reporters`. */
const TOLD_OBJECTS = /^(?:reporters|journalists|parliament|lawmakers|supporters|delegates|students|voters)$/;
const NP_SMALL_WORDS = new Set(['the', 'of', 'a', 'an', 'for', 'and']);

/** Words that may belong to a speaker noun phrase (names, titles, bodies, groups). */
function npWord(x: Word): boolean {
  if (x.nameJoiner) return true;
  const bare = x.w.replace(/[,;:]$/, '');
  // An initial (`Peter A. Brown`): not the article `A`.
  if (/^(?:[A-Z]\.)+$/.test(bare)) return true;
  if (/^[\p{Lu}]/u.test(bare)) return !CAPITALISED_STOPWORDS.has(bare.replace(/\.$/, '')) || isTitleWord(bare) || x.nameMonth === true;
  return isTitleWord(x.k) || ORG_HEAD_NOUNS.has(x.k) || COMPANY_NOUNS.has(x.k) || INSTITUTION_NOUNS.has(x.k) || GROUP_NOUNS.has(x.k) || /['’]s$/.test(bare) || /^(?:van|von|de|der|bin|al|el|la|le|da|di)$/.test(x.k) || isDemonym(bare) || isAge(bare);
}

/**
 * The noun phrase ending just before word index `k` (a speech verb), read backwards:
 * `Defense Secretary Robert M. Gates`, `the Russian defence minister`, `he`, `Moscow who`,
 * `Peter Kellner, former president of YouGov, was`. Null when the words before the verb are not
 * a speaker (an object of a preposition: `officials travelling with Gates said`).
 */
export function phraseBefore(ws: readonly Word[], k: number, lo = 0): { phrase: string; at: number } | null {
  let j = k - 1;
  let relative = false;
  // (An acronym in capitals is a name, not the word it spells: `the WHO said`.)
  // (And a manner adverb in -ly right before the verb, `which Chapman clearly said`, `Smith angrily told`;
  // not a noun in -ly, `the family said`.)
  const auxiliary = (x: Word): boolean => (AUX_AND_ADVERBS.has(x.k) && !/^\p{Lu}{2,}$/u.test(x.w)) || (x === ws[k - 1] && lyAdverb(x.w));
  while (j >= lo && (auxiliary(ws[j]!) || /^\(.*\)$/.test(ws[j]!.w))) {
    relative ||= ws[j]!.k === 'who';
    j--;
  }
  // `on Thursday` / `on Friday (July 28)` between subject and verb.
  while (j - 1 >= lo && ws[j - 1]!.k === 'on' && /day$/.test(ws[j]!.k)) j -= 2;
  // `Israel's military in a statement said`, `the ministry on Twitter said`: where it was said.
  if (j - 2 >= lo && /^(?:a|an|its|his|her|their)$/.test(ws[j - 1]!.k) && ws[j - 2]!.k === 'in' && MEDIUM_NOUNS.has(ws[j]!.k)) j -= 3;
  else if (j - 1 >= lo && ws[j - 1]!.k === 'on' && SOCIAL_MEDIA.has(ws[j]!.k)) j -= 2;
  while (j >= lo && auxiliary(ws[j]!)) j--;
  if (j < lo) return null;
  const end = j;
  const last = ws[j]!;
  if (SUBJECT_PRONOUNS.has(last.k) && !/,$/.test(last.w)) return { phrase: last.k, at: last.start };
  // Appositive `Name, role of Org,` or `role, Name,` ending with a comma.
  if (/,$/.test(last.w)) {
    let c = j - 1;
    while (c >= lo && !/,$/.test(ws[c]!.w)) c--;
    if (c >= lo) {
      const chunk = ws.slice(c + 1, j + 1);
      const isName = chunk.every((x) => /^\p{Lu}/u.test(x.w) || /^(?:van|von|de|bin|al)$/.test(x.k));
      const start = scanBack(ws, c, lo);
      // A relative clause (`, who first met Mr Lowe in 2005,`), or a phrase that is a preposition's
      // object (`… at the University of Cambridge,`), is inside an appositive: the subject is the name
      // before it (`Dr Lewis-Jones, the former curator at …, who …, called`).
      // (So is a residence set off by commas: `Ben Jones, 32, of Joeys Lane, Bilbrook, said`.)
      const residence = start <= c && start - 2 >= lo && ws[start - 1]!.k === 'of' && /,$/.test(ws[start - 2]!.w);
      const preposed = start <= c && objectOfPreposition(ws, start, lo);
      if (RELATIVE_WORDS.has(chunk[0]!.k) || preposed || residence) {
        const named = nameBeforeAppositive(ws, c, lo);
        if (named !== null) return { phrase: join(ws, named, end), at: ws[named]!.start };
        // (`Astronomer Daniel Stark from the University of Arizona at Tucson, who …, told`: the
        // name the prepositional phrases hang from, not their last object.)
        if (preposed) {
          const head = headBeforePrepositions(ws, start, lo);
          if (head < start && /^\p{Lu}/u.test(ws[head]!.w)) return { phrase: join(ws, head, end), at: ws[head]!.start };
        }
      }
      // `Martin Sartorius, Principal Economist, CBI, said`: a name, its role, then the role's body.
      // (`Matt Smith, Scottish secretary of Unison, the main union involved, said`: a name, its role,
      // then a description, opening with an article, of the role's body; the name speaks.)
      const roleThenBody = isName || (/^(?:the|a|an)$/.test(chunk[0]!.k) && ws.slice(start, c + 1).some((x) => isRoleWord(x)));
      const setOff = start <= c && roleThenBody ? nameSetOffBefore(ws, start, lo) : null;
      if (setOff !== null) return { phrase: join(ws, setOff, end), at: ws[setOff]!.start };
      // `John G. Morikis, Chairman, President and Chief Executive Officer of Sherwin-Williams, said`:
      // a name, then roles set off by commas, then the last role and its body.
      if (start <= c && !isName && ws.slice(start, c + 1).every((x) => isTitleWord(x.k) || x.k === 'and')) {
        const named = nameBeforeRoleList(ws, start, lo);
        if (named !== null) return { phrase: join(ws, named, end), at: ws[named]!.start };
      }
      if (start <= c) return { phrase: join(ws, start, end), at: ws[isName ? c + 1 : start]!.start };
      if (isName) return { phrase: join(ws, c + 1, end), at: ws[c + 1]!.start };
      return null;
    }
  }
  // A phrase never ends with a joining word: `… a struggling economy and said` coordinates two verbs.
  if (NP_SMALL_WORDS.has(ws[j]!.k)) return null;
  let start = scanBack(ws, j, lo);
  if (start > j) return null;
  // `U.S. District Judge T.S. Ellis III of the Eastern District of Virginia said`: a person `of the`
  // body they serve speaks, not the body.
  // (`Governor of the Bank of England Mark Carney told`, `head of the Supreme Council of Antiquities
  // Zahi Hawas told`: a role `of the` body, then a full name, is that titled person.)
  if (ws[start]!.k === 'the' && start - 2 >= lo && ws[start - 1]!.k === 'of' && (/^\p{Lu}/u.test(ws[start - 2]!.w) || isRoleWord(ws[start - 2])) && !/[,;:]$/.test(ws[start - 2]!.w)) {
    const owner = scanBack(ws, start - 2, lo);
    if (owner <= start - 2) {
      const titled = (): boolean => {
        const whole = parseSpeakerPhrase(join(ws, owner, end));
        return whole?.kind === 'person' && whole.title !== null && /\s/.test(whole.name);
      };
      if (parseSpeakerPhrase(join(ws, owner, start - 2))?.kind === 'person' || titled()) start = owner;
    }
  }
  const prev = ws[start - 1];
  // (`Heather Sohl, Senior Species Policy Officer, of WWF-UK said:`: a body `of` which the person
  // named before a role set off by commas is; that person speaks.)
  if (prev?.k === 'of' && start - 2 >= lo && /,$/.test(ws[start - 2]!.w)) {
    let d = start - 3;
    while (d >= lo && start - 2 - d <= MAX_APPOSITIVE_WORDS && !/,$/.test(ws[d]!.w)) d--;
    // (Or an age: `Ben Jones, 32, of Joeys Lane said`.)
    const named = d >= lo && (ws.slice(d + 1, start - 1).some((x) => isRoleWord(x)) || (d + 1 === start - 2 && /^\d{1,3},$/.test(ws[d + 1]!.w))) ? nameSetOffBefore(ws, d + 1, lo) : null;
    if (named !== null) return { phrase: join(ws, named, end), at: ws[named]!.start };
  }
  // (An `of` after a lower-case noun makes the name its object too: `Counter-demonstrators carrying
  // photos of President Abdelaziz Bouteflika chanted` — the president chanted nothing.)
  const ofObject = prev !== undefined && prev.k === 'of' && start - 2 >= lo && /^\p{Ll}/u.test(ws[start - 2]!.w);
  if (!relative && prev !== undefined && start - 1 >= lo && (PREPOSITIONS.has(prev.k) || ofObject) && !/,$/.test(prev.w)) {
    // `A statement from the ministry said`, `A note by Numis Securities said`: the body whose words they are.
    if ((prev.k === 'from' || prev.k === 'by') && start - 2 >= lo && STATEMENT_NOUNS.test(ws[start - 2]!.k)) return { phrase: join(ws, start, end), at: ws[start]!.start };
    // `Justin Young from the Vaccines queried`, `Jo Lee from the council said`: the person named before
    // `from`, who comes from there (parseSpeakerPhrase keeps the name).
    if (prev.k === 'from' && start - 3 >= lo && isNameWord(ws[start - 2]!.w) && isNameWord(ws[start - 3]!.w) && !/[,;:.]$/.test(ws[start - 3]!.w)) {
      let n = start - 3;
      while (n - 1 >= lo && start - 2 - (n - 1) < MAX_NAME_WORDS_BEFORE_FROM && isNameWord(ws[n - 1]!.w) && !/[,;:.]$/.test(ws[n - 1]!.w)) n--;
      return { phrase: join(ws, n, end), at: ws[n]!.start };
    }
    // `a spokeswoman for the State Department said`: the spokesperson, with the body they speak for.
    if (prev.k === 'for' && start - 2 >= lo && SPOKES_NOUNS.test(ws[start - 2]!.k)) {
      const from = start - 3 >= lo && /^(?:a|an|the)$/.test(ws[start - 3]!.k) ? start - 3 : start - 2;
      return { phrase: join(ws, from, end), at: ws[from]!.start };
    }
    return null;
  }
  // (`Enver Solomon, CEO of Refugee Council said:`: a name set off before a role of a body, with no
  // comma closing the role, is the one who speaks.)
  // (Also after `the` and a modifier or two: `David Renard, the Conservative leader of Swindon Council said:`.)
  // (Or capitalised words of the title before its role, and `for` as `of`: `Robbie Weber, Senior
  // Crown Prosecutor for Thames and Chiltern Crown Prosecution Service said:`.)
  let roleAt = start;
  if (ws[start]?.k === 'the') {
    roleAt = start + 1;
    while (roleAt < start + MAX_ROLE_MODIFIERS_AFTER_THE + 1 && roleAt < end && !isRoleWord(ws[roleAt])) roleAt++;
  } else while (roleAt < start + MAX_ROLE_MODIFIERS_AFTER_THE && roleAt < end && !isRoleWord(ws[roleAt]) && /^\p{Lu}/u.test(ws[roleAt]!.w)) roleAt++;
  if (!relative && isRoleWord(ws[roleAt]) && ws.slice(roleAt + 1, end + 1).some((x) => x.k === 'of' || x.k === 'for')) {
    const setOff = nameSetOffBefore(ws, start, lo);
    if (setOff !== null && parseSpeakerPhrase(join(ws, setOff, start - 1))?.kind === 'person') return { phrase: join(ws, setOff, end), at: ws[setOff]!.start };
  }
  return { phrase: join(ws, start, end), at: ws[start]!.start };
}

/** Most modifiers between `the` and a role in a role set off after a name (`the Conservative leader of …`). */
const MAX_ROLE_MODIFIERS_AFTER_THE = 2;
/** Most words of a name before `from` in {@link phraseBefore} (`Jose Luis Rodriguez from …`). */
const MAX_NAME_WORDS_BEFORE_FROM = 4;

/** What a subject spoke in, between it and its verb: `X in a statement said`. */
const MEDIUM_NOUNS = new Set(['statement', 'tweet', 'post', 'letter', 'interview', 'video', 'speech', 'release', 'email', 'message', 'briefing']);
/** Where a subject posted, between it and its verb: `X on Twitter said`. */
const SOCIAL_MEDIA = new Set(['twitter', 'x', 'facebook', 'instagram', 'telegram', 'linkedin', 'tiktok', 'youtube', 'weibo']);

/** Written statements whose author follows `from`/`by` as the subject of a speech verb. */
const STATEMENT_NOUNS = /^(?:statement|note|letter|report|release|memo|message|communique|communiqué|notice|bulletin|post|tweet|email|e-mail)$/;

/**
 * Who speaks in `according to …` from word `j`: the phrase after it, except that a document speaks
 * for whoever it is from (`according to a statement from the ministry` → the ministry; `… from her
 * office` → she), and a document from no one named is nobody (not a speaker called `statement`).
 */
function accordingTo(ws: readonly Word[], j: number): { phrase: string; at: number } | null {
  const noun = /^(?:a|an|the)$/.test(ws[j]?.k ?? '') ? j + 1 : j;
  if (!STATEMENT_NOUNS.test(ws[noun]?.k ?? '') || /^\p{Lu}/u.test(ws[noun]!.w)) return phraseAfter(ws, j);
  const by = noun + 1;
  if (!/^(?:from|by|of)$/.test(ws[by]?.k ?? '')) return null;
  const owner = ws[by + 1];
  if (owner !== undefined && /^(?:his|her|their)$/.test(owner.k) && OWN_OFFICE.test(ws[by + 2]?.k ?? '')) return { phrase: owner.k === 'his' ? 'he' : owner.k === 'her' ? 'she' : 'they', at: owner.start };
  return phraseAfter(ws, by + 1);
}
/** What a person's statement comes from as their own: `her office`, `his spokesman`, `their lawyers`. */
const OWN_OFFICE = /^(?:office|offices|spokesman|spokeswoman|spokesperson|campaign|team|lawyer|lawyers|attorney|attorneys|aides?|camp)$/;

/** Words opening a relative clause after a comma. */
const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'whom']);
/** Most words searched back for the name an appositive describes. */
const MAX_APPOSITIVE_SEARCH_WORDS = 30;

/** Speech verbs of two words, by their first (`pointed out`, `shot back`, `chimed in`), read after a quote. */
const PHRASAL_CUE_VERBS: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'], ['points', 'out'], ['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['chimed', 'in'], ['weighed', 'in'], ['summed', 'up'], ['spelled', 'out'], ['spelt', 'out'],
]);

/** A possessive (`Lascañas’`, `Trump's`, `the minister’s`): a speech verb's form after it is a noun. */
const POSSESSIVE_WORD = /(?:['’]s|s['’])$/;

/** True when the word before index `start` is a preposition (no comma after it): the phrase at `start` is its object. */
function objectOfPreposition(ws: readonly Word[], start: number, lo: number): boolean {
  const prev = ws[start - 1];
  return prev !== undefined && start - 1 >= lo && PREPOSITIONS.has(prev.k) && !/,$/.test(prev.w);
}

/**
 * The start of the name an appositive describes, searching back from the comma at `c`: a run of
 * capitalised words ending with a comma (`Dr Lewis-Jones,`), not a preposition's object, followed
 * by an appositive opening with an article or a lower-case word (`the former curator …`). Null
 * when there is none within {@link MAX_APPOSITIVE_SEARCH_WORDS}.
 */
function nameBeforeAppositive(ws: readonly Word[], c: number, lo: number): number | null {
  for (let d = c - 1; d >= lo && c - d <= MAX_APPOSITIVE_SEARCH_WORDS; d--) {
    if (!/,$/.test(ws[d]!.w)) continue;
    const s = scanBack(ws, d, lo);
    const after = ws[d + 1];
    if (s > d || after === undefined || objectOfPreposition(ws, s, lo)) continue;
    const name = ws.slice(s, d + 1);
    // (Or an age: `Ben Jones, 32, of Joeys Lane, Bilbrook, said`.)
    if (name.every((x) => /^\p{Lu}/u.test(x.w)) && name.some((x) => !isTitleWord(x.k)) && (/^(?:the|a|an)$/.test(after.k) || /^\p{Ll}/u.test(after.w) || /^\d{1,3},$/.test(after.w))) return s;
  }
  return null;
}

/**
 * The first word of a name set off by a comma right before word `start` (`Martin Sartorius,` before
 * its role): capitalised words, not all of them titles, and no preposition's object; null when there
 * is none.
 */
function nameSetOffBefore(ws: readonly Word[], start: number, lo: number): number | null {
  if (start - 1 <= lo || !/,$/.test(ws[start - 1]!.w)) return null;
  const named = scanBack(ws, start - 1, lo);
  const name = ws.slice(named, start);
  return named < start - 1 && !objectOfPreposition(ws, named, lo) && name.every((x) => /^\p{Lu}/u.test(x.w)) && name.some((x) => !isTitleWord(x.k)) ? named : null;
}

/** The first word of the noun phrase that a chain of prepositional phrases ending at `start` hangs from (`Daniel Stark` ← `from the University of Arizona` ← `at Tucson`); `start` when there is none. */
function headBeforePrepositions(ws: readonly Word[], start: number, lo: number): number {
  let s = start;
  while (s - 2 >= lo && PREPOSITIONS.has(ws[s - 1]!.k) && !/[,;:]$/.test(ws[s - 2]!.w)) {
    const t = scanBack(ws, s - 2, lo);
    if (t > s - 2) break;
    s = t;
  }
  return s;
}

/** Lower-case modifiers chained before a role noun beyond the first (`state school education minister`). */
const MAX_CHAINED_MODIFIERS = 2;

/** Index of the first word of the NP whose last word is `j` (returns j + 1 when there is none). */
function scanBack(ws: readonly Word[], j: number, lo: number): number {
  let i = j;
  // (A unit's number inside a body's name is part of it: `of the army’s Srinagar-based 15 Corps told`.)
  const numbered = (x: Word, k: number): boolean => /^\d{1,3}(?:st|nd|rd|th)?$/.test(x.w) && k + 1 <= j && /^\p{Lu}/u.test(ws[k + 1]!.w);
  const inside = (x: Word, k = -1): boolean => (npWord(x) || numbered(x, k)) && (x === ws[j] || !/[,;:]$/.test(x.w));
  // A lower-case modifier of a role noun belongs to the title: `battalion chief`, `council chairman`.
  // (Not a relative word or adverb: `To which Mrs May replied`.)
  // (Up to three in a row: `the state school education minister`.)
  // (Not `as` or a verb's -ing form: `after taking oath as minister said`; but an -ing word after an
  // article before a body's noun is its modifier: `the polling firm said`, `the ruling party said`.)
  const bodyGerund = (k: number): boolean => (COMPANY_NOUNS.has(ws[k + 1]!.k) || ORG_HEAD_NOUNS.has(ws[k + 1]!.k)) && k - 1 >= lo && /^(?:the|a|an|its|their)$/.test(ws[k - 1]!.k);
  const modifier = (k: number, depth = 0): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(ws[k]!.w) && k + 1 <= j && ws[k]!.k !== 'as' && !(depth === 0 && /ing$/.test(ws[k]!.k) && !ROLE_NOUNS.has(ws[k + 1]!.k) && !bodyGerund(k)) && (ROLE_NOUNS.has(ws[k + 1]!.k) || COMPANY_NOUNS.has(ws[k + 1]!.k) || ORG_HEAD_NOUNS.has(ws[k + 1]!.k) || (depth < MAX_CHAINED_MODIFIERS && !/ing$/.test(ws[k + 1]!.k) && modifier(k + 1, depth + 1))) && !PREPOSITIONS.has(ws[k]!.k) && !NP_SMALL_WORDS.has(ws[k]!.k) && !AUX_AND_ADVERBS.has(ws[k]!.k) && !CHARACTERISING_VERBS.has(ws[k]!.k) && !CUE_VERBS.has(ws[k]!.k);
  while (i >= lo && (inside(ws[i]!, i) || modifier(i))) i--;
  // Keep `of` / `the` / `for` inside titles and bodies: `Secretary of State John Kerry`, `the Russian defence minister`,
  // and `to` after a role sent to a body: `Ambassador to the United Nations Linda Thomas-Greenfield`.
  const sentTo = (t: number): boolean => ws[t]?.k === 'to' && t - 1 >= lo && ROLES_SENT_TO.has(ws[t - 1]!.k);
  while (i >= lo && (NP_SMALL_WORDS.has(ws[i]!.k) || sentTo(i)) && !/[,;:]$/.test(ws[i]!.w)) {
    if (ws[i]!.k === 'the' && sentTo(i - 1)) i--;
    else if (ws[i]!.k === 'the' || ws[i]!.k === 'a' || ws[i]!.k === 'an') {
      i--;
      break;
    }
    const sent = sentTo(i);
    let t = i - 1;
    if (t < lo || !inside(ws[t]!)) break;
    // (`UN special envoy to Syria`: a sent role keeps its lower-case modifiers, as the name's own role does above.)
    while (t >= lo && (inside(ws[t]!) || (sent && modifier(t)))) t--;
    i = t;
  }
  return i + 1;
}

/** The noun phrase starting at word index `k`, read forwards (inverted cues: `said Gates`, `said a visibly relieved U.N. Secretary-General Ban Ki-moon, who`). */
export function phraseAfter(ws: readonly Word[], k: number): { phrase: string; at: number } | null {
  let i = k;
  // Determiner and a few adjectives before the capitalised part.
  // (A possessive pronoun too, before kin or a role with the name after it: `said his wife, Janice
  // Nordmeyer.`, `said her lawyer, Tom Ellis.`)
  if (i < ws.length && (/^(?:a|an|the)$/.test(ws[i]!.k) || (/^(?:his|her|their)$/.test(ws[i]!.k) && /,$/.test(ws[i + 1]?.w ?? '') && /^\p{Lu}/u.test(ws[i + 2]?.w ?? '')))) i++;
  let adj = 0;
  while (i < ws.length && adj < 3 && /^[a-z]/.test(ws[i]!.w) && !npWord(ws[i]!)) {
    i++;
    adj++;
  }
  // (Unless a role follows them: `said lead researcher Dr Benjamin Henley`.)
  if (adj > 0 && (i >= ws.length || (!/^\p{Lu}/u.test(ws[i]!.w) && !isRoleWord(ws[i])))) i -= adj;
  // (A list of roles set off by commas before the name, `said Chairman, President, and Chief Executive
  // William Johnson`: the phrase starts at the last role, the listed ones kept in it.)
  i = afterListedRoles(ws, i);
  const first = i;
  // `said UN special envoy to Syria Geir Pedersen`, `said Monmouth poll director Patrick Murray`: a role
  // sent to a body, and lower-case words before a role noun, inside the phrase.
  while (i < ws.length && (npWord(ws[i]!) || (i > first && BRACKETED_ACRONYM.test(ws[i]!.w)) || (ws[i]!.k === 'of' && i + 1 < ws.length && (/^\p{Lu}/u.test(ws[i + 1]!.w) || GROUP_NOUNS.has(ws[i + 1]!.k))) || sentToAt(ws, i, first) > 0 || roleModifierAt(ws, i, first) || inChargeAt(ws, i, first) || agentBeforeNameAt(ws, i, first) || andInBodyNameAt(ws, i, first) || acronymInTitleAt(ws, i, first) || roleOfAt(ws, i, first) > 0 || ofTheBodyAt(ws, i, first) > 0 || rankAt(ws, i, first))) {
    const skip = sentToAt(ws, i, first) || roleOfAt(ws, i, first) || ofTheBodyAt(ws, i, first);
    if (skip > 0) {
      i += skip;
      continue;
    }
    if (/[,;:.]$/.test(ws[i]!.w) && !isAbbreviation(ws[i]!.w)) {
      i++;
      // Keep one appositive for the title: `Michael Dimock, associate director of …`.
      const a = i;
      // (`head of U.S. equity trading at Citi`: an abbreviation's stop ends nothing, unless the
      // appositive runs too long without another stop.)
      let abbreviationStop = -1;
      while (i < ws.length && i - a < MAX_APPOSITIVE_WORDS) {
        i++;
        if (!/[,;:.]$/.test(ws[i - 1]!.w)) continue;
        if (!isAbbreviation(ws[i - 1]!.w)) break;
        if (abbreviationStop < 0) abbreviationStop = i;
      }
      if (i - a >= MAX_APPOSITIVE_WORDS && abbreviationStop > 0) i = abbreviationStop;
      // (Not a new clause: `said the Deputy Mayor, and Cllr Wheeler added, "…"`.)
      const clause = /^(?:and|but|while|whereas)$/.test(ws[a]?.k ?? '') || ws.slice(a, i).some((x) => CUE_VERBS.has(x.k.replace(/[.,;:!?]+$/, '')));
      if (i - a >= MAX_APPOSITIVE_WORDS || clause || ws.slice(a, i).some((x) => x.k === 'who' || x.k === 'which')) i = a;
      break;
    }
    i++;
  }
  if (i <= first) return null;
  return { phrase: join(ws, k, i - 1), at: ws[k]!.start };
}

/**
 * Index of the last role in a list of capitalised roles set off by commas that opens at `k`
 * (`Chairman, President, and Chief Executive William Johnson`: `Chief`), or `k` when there is no
 * such list: each listed chunk is only title words, at most {@link MAX_LISTED_ROLES} of them, and
 * the last role is followed by a capitalised name word.
 */
function afterListedRoles(ws: readonly Word[], k: number): number {
  // (Most phrases open with a name, no role: one look at the first word.)
  const opening = ws[k];
  if (opening === undefined || !/^\p{Lu}/u.test(opening.w) || !isTitleWord(opening.k)) return k;
  let i = k;
  for (let n = 0; n < MAX_LISTED_ROLES; n++) {
    let e = i;
    while (e < ws.length && e - i < MAX_NAME_TOKENS_BEFORE_ROLES && !/,$/.test(ws[e]!.w)) e++;
    if (e >= ws.length || !/,$/.test(ws[e]!.w)) break;
    const chunk = ws.slice(i, e + 1);
    if (!chunk.every((x) => /^\p{Lu}/u.test(x.w) && isTitleWord(x.k))) break;
    i = e + 1;
    // (`and` only before the last of three or more, `Chairman, President, and …`: after one role,
    // `said the Deputy Mayor, and Cllr Wheeler added` starts a new clause.)
    if (ws[i]?.k === 'and' && n > 0) i++;
  }
  if (i === k) return k;
  let t = i;
  const titleAt = (x: Word | undefined): boolean => x !== undefined && /^\p{Lu}/u.test(x.w) && isTitleWord(x.k) && !/[,;:.]$/.test(x.w);
  while (titleAt(ws[t]) || (ws[t]?.k === 'and' && t > i && titleAt(ws[t + 1]))) t++;
  return t > i && t < ws.length && /^\p{Lu}/u.test(ws[t]!.w) && !isTitleWord(ws[t]!.k) ? i : k;
}

/** A body's acronym in brackets after its name, inside a phrase (`said Chief Councilor of the Global Indigenous Council (GIC), Brandon Sazue,`). */
const BRACKETED_ACRONYM = /^\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)[,;:.]?$/u;

/**
 * The start of a person's name before a list of roles set off by commas whose first role (the
 * caller's, only title words) opens at `start` (`John G. Morikis, Chairman, President and …`: each
 * chunk between the name and `start` only title words too), or null. At most {@link MAX_LISTED_ROLES} such chunks are walked back over.
 */
function nameBeforeRoleList(ws: readonly Word[], start: number, lo: number): number | null {
  let p = start - 1;
  for (let n = 0; n <= MAX_LISTED_ROLES && p > lo && /,$/.test(ws[p]!.w); n++) {
    let q = p - 1;
    while (q > lo && !/,$/.test(ws[q]!.w)) q--;
    const from = /,$/.test(ws[q]!.w) ? q + 1 : q;
    const chunk = ws.slice(from, p + 1);
    if (chunk.length === 0 || chunk.length > MAX_NAME_TOKENS_BEFORE_ROLES) return null;
    if (chunk.every((x) => isTitleWord(x.k) || x.k === 'and')) {
      p = from - 1;
      continue;
    }
    const person = chunk.every((x) => /^\p{Lu}/u.test(x.w)) && chunk.some((x) => !isTitleWord(x.k)) && parseSpeakerPhrase(join(ws, from, p))?.kind === 'person';
    return person ? from : null;
  }
  return null;
}
/** Most roles listed between a name and its last role (`Chairman, President and …`). */
const MAX_LISTED_ROLES = 3;
/** Most words of a name or a listed role in {@link nameBeforeRoleList}. */
const MAX_NAME_TOKENS_BEFORE_ROLES = 5;

function join(ws: readonly Word[], a: number, b: number): string {
  return ws
    .slice(a, b + 1)
    .map((x) => x.w)
    .join(' ');
}

/**
 * The cue in the reporter's text right after a quote (`text` starts just after the closing mark
 * and stops at the sentence end or the next quote). Handles `, he said`, `Gates said`,
 * `said Gates`, `Ivanov was quoted by Interfax as saying`, `Interfax quoted Ivanov as saying`,
 * `according to X`. The cue verb must come within a few words: `…," but officials later said`
 * (a new clause) is no cue.
 */
export function cueAfter(raw: string, base: number): Cue | null {
  // (A source the reporter read it in closes the sentence: `…," X, a spokesman for the park service
  // said, according to The Associated Press.` The cue is before it; offsets before it stay.)
  const text = blankAsideBeforeVerb(raw.replace(ACCORDING_TO_SOURCE_END, '.'));
  return cueOwnedStatement(text, base) ?? cueRightAfter(text, base) ?? cueAfterPlaceTail(text, base) ?? cueAfterLongAppositive(text, base) ?? cueAfterDash(text, base);
}

/**
 * A named person's statement that reads the quote, after it: `…," Furness’ message, shared with
 * Nine.com.au, read in part.`, `…," Smith's statement said.`: the statement's owner.
 */
function cueOwnedStatement(text: string, base: number): Cue | null {
  if (!text.includes('’') && !text.includes("'")) return null;
  const m = OWNED_STATEMENT_READ.exec(text);
  return m ? { phrase: m[1]!, cue: 'statement', at: base + m.index + m[0].indexOf(m[1]!) } : null;
}
/** See {@link cueOwnedStatement}: group 1 the owner's name. */
const OWNED_STATEMENT_READ = /^\s*,?\s*(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:statement|message|letter|post|note|tweet|email)(?:,[^,"“”]{1,80},)?\s+(?:read|reads|said|says|added|continued)\b/u;

/** `, according to The Associated Press.` (or a report, a statement, local media) closing a sentence after its cue. */
const ACCORDING_TO_SOURCE_END = /,\s+according\s+to\s+(?:the\s+|a\s+|an\s+|local\s+)?(?:\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}|(?:statement|report|transcript|media|reports|recording|video)(?:\s+\w+){0,3})\s*\.?\s*$/u;

/**
 * In {@link phraseAfter}: a lower-case agent noun between a capitalised word and a name (`said
 * Wayne volunteer Teresa Stabler`, `said Carlow resident Jo Hale`).
 */
function agentBeforeNameAt(ws: readonly Word[], t: number, first: number): boolean {
  const x = ws[t]!;
  return t > first && /^\p{Lu}/u.test(ws[t - 1]!.w) && !/[,;:.]$/.test(ws[t - 1]!.w) && isAgentNoun(x.w) && /^\p{Lu}\p{Ll}/u.test(ws[t + 1]?.w ?? '') && /^\p{Lu}/u.test(ws[t + 2]?.w ?? '');
}

/**
 * In {@link phraseAfter}: `and` inside a body's capitalised name before a role (`said National
 * Disaster Risk Reduction and Management Council spokeswoman Romina Marasigan`).
 */
function andInBodyNameAt(ws: readonly Word[], t: number, first: number): boolean {
  if (t === first || ws[t]!.w !== 'and' || !/^\p{Lu}/u.test(ws[t - 1]!.w) || /[,;:.]$/.test(ws[t - 1]!.w) || !/^\p{Lu}/u.test(ws[t + 1]?.w ?? '')) return false;
  // The run after `and` must reach a body word and then a role: `Management Council spokeswoman`.
  for (let r = t + 1; r < ws.length && r - t <= MAX_BODY_WORDS_AFTER_AND; r++) {
    if (ORG_WORDS.has(ws[r]!.k) && isRoleWord(ws[r + 1])) return true;
    // (Any capitalised name, then roles in lower case and a full name: `said Palm Mountain Resort and
    // Spa general manager Tim Ellis`.)
    let q = r + 1;
    while (q < ws.length && q - r <= 2 && /^\p{Ll}/u.test(ws[q]!.w) && isRoleWord(ws[q])) q++;
    if (q > r + 1 && /^\p{Lu}\p{Ll}/u.test(ws[q]?.w ?? '') && /^\p{Lu}/u.test(ws[q + 1]?.w ?? '')) return true;
    if (!/^\p{Lu}/u.test(ws[r]!.w)) return false;
  }
  return false;
}
/** Most capitalised words after `and` before the body word in {@link andInBodyNameAt}. */
const MAX_BODY_WORDS_AFTER_AND = 4;

/**
 * In {@link phraseAfter}: how many words `of` and the lower-case words of what a role is of take
 * before a capitalised name (`said director of public health Jo Leigh`, `head of local government
 * Heather Wakefield`), or 0.
 */
function roleOfAt(ws: readonly Word[], t: number, first: number): number {
  if (ws[t]!.k !== 'of' || t === first || !isRoleWord(ws[t - 1])) return 0;
  let r = t + 1;
  // (`director of Herat province Mohammad Taleb Shahid`: a named place and its kind.)
  let c = r;
  while (c < ws.length && c - t <= MAX_ROLE_OF_WORDS && /^\p{Lu}\p{Ll}+$/u.test(ws[c]!.w)) c++;
  if (c > r && ADMINISTRATIVE_PLACE_NOUNS.has(ws[c]?.w ?? '')) r = c + 1;
  // (Not an article: `the president of the International Association of Machinists` is of a body, whose name follows.)
  else while (r < ws.length && r - t <= MAX_ROLE_OF_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(ws[r]!.w) && !PREPOSITIONS.has(ws[r]!.k) && !CUE_VERBS.has(ws[r]!.k) && !NP_SMALL_WORDS.has(ws[r]!.k)) r++;
  // (A given name may be initials: `president of mobile communications business DJ Koh`.)
  return r > t + 1 && /^\p{Lu}(?:\p{Ll}|\p{Lu}{1,2}$)/u.test(ws[r]?.w ?? '') && /^\p{Lu}/u.test(ws[r + 1]?.w ?? '') ? r - t : 0;
}

/** In {@link phraseAfter}: an ordinal of a rank inside a title (`said Marine 1st Lt. Brian Jaquith`). */
function rankAt(ws: readonly Word[], t: number, first: number): boolean {
  return t > first && /^\d{1,2}(?:st|nd|rd|th)$/.test(ws[t]!.w) && /^\p{Lu}/u.test(ws[t - 1]!.w) && !/[,;:.]$/.test(ws[t - 1]!.w) && /^\p{Lu}/u.test(ws[t + 1]?.w ?? '');
}

/**
 * In {@link phraseAfter}: how many words `of the` take before a capitalised body after a
 * capitalised word or a role (`said Governor of the Bank of England Mark Carney`), or 0.
 */
function ofTheBodyAt(ws: readonly Word[], t: number, first: number): number {
  if (t === first || ws[t]!.k !== 'of' || ws[t + 1]?.k !== 'the' || /[,;:.]$/.test(ws[t - 1]!.w)) return 0;
  return /^\p{Lu}/u.test(ws[t + 2]?.w ?? '') && (isRoleWord(ws[t - 1]) || /^\p{Lu}/u.test(ws[t - 1]!.w)) ? 2 : 0;
}

/** In {@link phraseAfter}: a body's acronym in brackets inside a title (`said Dhaka Metropolitan Police (DMP) Commissioner Asaduzzaman Miah`). */
function acronymInTitleAt(ws: readonly Word[], t: number, first: number): boolean {
  return t > first && /^\(\p{Lu}[\p{Lu}\d&-]{1,7}\)$/u.test(ws[t]!.w) && /^\p{Lu}/u.test(ws[t - 1]!.w) && /^\p{Lu}/u.test(ws[t + 1]?.w ?? '');
}

/** In {@link phraseAfter}: the `in` of a role in charge (`said NWS Meteorologist in Charge Jim Meyer`). */
function inChargeAt(ws: readonly Word[], t: number, first: number): boolean {
  return t > first && ws[t]!.w === 'in' && ws[t + 1]?.w === 'Charge' && isRoleWord(ws[t - 1]);
}

/** In {@link phraseAfter}: how many words `to` (and `the`) take before the body a role is sent to (`envoy to Syria`), or 0. */
function sentToAt(ws: readonly Word[], t: number, first: number): number {
  if (ws[t]!.k !== 'to' || t === first || !ROLES_SENT_TO.has(ws[t - 1]!.k)) return 0;
  const body = ws[t + 1]?.k === 'the' ? t + 2 : t + 1;
  return body < ws.length && /^\p{Lu}/u.test(ws[body]!.w) ? body - t : 0;
}

/**
 * A lower-case word that may modify a title (`state fire spokeswoman`), not a verb (`Ana Pell described
 * justice …` is no justice named Ana Pell); a past form only as an office's state (`retired`).
 */
function plainModifier(x: Word): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(x.w) && !PREPOSITIONS.has(x.k) && !NP_SMALL_WORDS.has(x.k) && !CLAUSE_STARTERS.has(x.k) && !AUX_AND_ADVERBS.has(x.k) && !CUE_VERBS.has(x.k) && !CHARACTERISING_VERBS.has(x.k) && (!/ed$/.test(x.k) || /^(?:retired|elected|appointed|embattled|designated)$/.test(x.k));
}

function isRoleWord(x: Word | undefined): boolean {
  return x !== undefined && isRoleNoun(x.k) && !HONORIFICS.has(x.k);
}

/** In {@link phraseAfter}: a lower-case word before a role noun after the phrase's start (`Monmouth poll director`), or `and` between two roles (`chairman and CEO`). */
function roleModifierAt(ws: readonly Word[], t: number, first: number): boolean {
  const x = ws[t]!;
  if (t === first || /[,;:.]$/.test(x.w)) return false;
  // (`and` also before a role with modifiers of its own: `marine biologist and voyage co-leader Sadie Mills`.)
  if (x.k === 'and') return isTitleWord(ws[t - 1]!.k) && (isRoleWord(ws[t + 1]) || (t + 1 < ws.length && ws[t + 1]!.k !== 'and' && roleModifierAt(ws, t + 1, first)));
  if (!plainModifier(x)) return false;
  for (let r = t + 1; r < ws.length && r - t <= MAX_ROLE_MODIFIERS; r++) {
    if (isRoleWord(ws[r])) return true;
    if (!plainModifier(ws[r]!) || /[,;:.]$/.test(ws[r]!.w)) return false;
  }
  return false;
}

/** Most lower-case words between a capitalised word and the role noun they modify in {@link phraseAfter} (`state fire spokeswoman`). */
const MAX_ROLE_MODIFIERS = 2;

/** Kinds of statement named in a dash attribution: `- tweet from X`, `— statement by X`. */
const DASH_SOURCES = /^(?:tweet|tweets|statement|post|message|letter|remarks|comment|comments|email|note|speech|interview)$/;

/**
 * A dash attribution, as roundups and pull quotes write it: `"It's not mine." - Secretary of State
 * Mike Pompeo, speaking at a news conference`, `"…" - tweet from Jarrod Agen, communications
 * director for …`, `"…" — statement by Dan Coats`. The dash must follow the quote directly; then a
 * name (with its title) or a kind of statement `from`/`by` one. The cue is `—`, or the statement's kind.
 */
function cueAfterDash(text: string, base: number): Cue | null {
  // (AP's wire copy types the dash as an underscore: `“How will we celebrate?” _ Hugh Jackman after winning …`.)
  const dash = /^\s*(?:[-–—]{1,2}|_)\s+/.exec(text);
  if (!dash) return null;
  const ws = words(text.slice(dash[0].length), base + dash[0].length);
  let k = 0;
  let cue = '—';
  if (/^(?:a|an|the)$/.test(ws[k]?.k ?? '') && DASH_SOURCES.test(ws[k + 1]?.k ?? '')) k++;
  if (DASH_SOURCES.test(ws[k]?.k ?? '') && /^(?:from|by)$/.test(ws[k + 1]?.k ?? '')) {
    cue = `${ws[k]!.k} ${ws[k + 1]!.k}`;
    k += 2;
  }
  const first = ws[k];
  if (first === undefined || !/^\p{Lu}/u.test(first.w)) return null;
  const np = phraseAfter(ws, k);
  return np && { phrase: np.phrase, cue, at: np.at };
}

/** Most lower-case words describing a person before the name in a cue after a quote (`local resident`). */
const MAX_DESCRIPTION_WORDS_BEFORE_NAME = 2;
/** A plain lower-case word that can describe the person named after it (`resident`, `local`), not a function word or a verb. */
function descriptionWord(x: Word): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(x.w) && !PREPOSITIONS.has(x.k) && !CLAUSE_STARTERS.has(x.k) && !SUBJECT_PRONOUNS.has(x.k) && !CUE_VERBS.has(x.k) && !AUX_AND_ADVERBS.has(x.k) && !NP_SMALL_WORDS.has(x.k);
}

/**
 * True when the words before `d` are a title of the role-of-a-place shape: an optional article,
 * description words ending in a role, `of`, the place's capitalised words and its kind
 * (`the public health director of Herat province`, `governor of Kano state`).
 */
function roleOfPlaceBefore(ws: readonly Word[], d: number): boolean {
  if (d < 4 || !ADMINISTRATIVE_PLACE_NOUNS.has(ws[d - 1]!.w)) return false;
  let o = d - 2;
  while (o > 0 && d - 1 - o <= MAX_ROLE_OF_WORDS && /^\p{Lu}\p{Ll}+$/u.test(ws[o]!.w)) o--;
  if (o === d - 2 || ws[o]!.k !== 'of' || o < 1 || !isRoleWord(ws[o - 1])) return false;
  const from = /^(?:the|a|an)$/.test(ws[0]!.k) ? 1 : 0;
  return o - 1 - from <= MAX_ROLE_MODIFIERS + 1 && ws.slice(from, o - 1).every(descriptionWord);
}

/**
 * True when the words before `d` are a title naming the field a role covers: an optional article,
 * a body's capitalised words, lower-case modifiers ending in a role, then `for` or `of` and a few
 * lower-case words (`IDC research manager for mobile phones`, `the Gartner analyst for consumer
 * devices`), with no punctuation between them.
 */
function roleOfFieldBefore(ws: readonly Word[], d: number): boolean {
  const from = /^(?:the|a|an)$/.test(ws[0]!.k) ? 1 : 0;
  if (ws.slice(from, d).some((y) => /[,;:.!?]$/.test(y.w))) return false;
  let p = d - 1;
  while (p > from && d - p <= MAX_ROLE_OF_WORDS && descriptionWord(ws[p]!)) p--;
  if (p === d - 1 || !/^(?:for|of)$/.test(ws[p]!.k) || p - 1 < from || !isRoleWord(ws[p - 1])) return false;
  let q = from;
  while (q < p - 1 && /^\p{Lu}/u.test(ws[q]!.w) && !CLAUSE_STARTERS.has(ws[q]!.k)) q++;
  return p - 1 - q <= MAX_ROLE_MODIFIERS && ws.slice(q, p - 1).every((y) => plainModifier(y));
}

/** Most capitalised place words before an agent noun and a name (`Willacy County farmer Travis Johnson said`). */
const MAX_PLACE_WORDS_BEFORE_AGENT = 3;

/** Most lower-case description words before the name in {@link cueAfterLongAppositive} (`study senior author`). */
const MAX_DESCRIPTION_WORDS_BEFORE_LONG_APPOSITIVE = 3;

/** Most lower-case words between `with` and a participle naming someone unnamed (`with a senior source saying`). */
const MAX_UNNAMED_WITH_WORDS = 3;

/** Most words of a name (with a lower-case description before it: `sister Lisa Ling`) before a long appositive. */
const MAX_NAME_WORDS = 6;
/** Most words of an appositive with a relative clause between a name and its cue verb. */
const MAX_LONG_APPOSITIVE_WORDS = 24;

/**
 * A cue after a name and a long appositive, beyond the {@link MAX_WORDS_BEFORE_AFTER_CUE} the plain
 * rule reads: `…," sister Lisa Ling, a TV journalist who herself reported in North Korea in 2005,
 * wrote in a message`. The words after the quote open with a name (capitalised words, after at most
 * two lower-case description words) ending with a comma; the appositive ends with a comma right
 * before a speech verb in lower case, within the sentence. The speaker is the name, description and all.
 */
function cueAfterLongAppositive(text: string, base: number): Cue | null {
  const lead = /^[\s,;:—–-]*/.exec(text)![0].length;
  const ws = words(text.slice(lead), base + lead);
  let c = 0;
  while (c < ws.length && c < MAX_DESCRIPTION_WORDS_BEFORE_LONG_APPOSITIVE && /^\p{Ll}/u.test(ws[c]!.w) && !PREPOSITIONS.has(ws[c]!.k) && !CLAUSE_STARTERS.has(ws[c]!.k) && !SUBJECT_PRONOUNS.has(ws[c]!.k) && !CUE_VERBS.has(ws[c]!.k)) c++;
  // (Three description words only when they end with a role: `study senior author Friederike Otto, …`.)
  if (c === MAX_DESCRIPTION_WORDS_BEFORE_LONG_APPOSITIVE && !ROLE_NOUNS.has(ws[c - 1]!.k)) c--;
  const nameStart = c;
  // (A particle inside the name: `Ben van Beurden`.)
  while (c < ws.length && c - nameStart < MAX_NAME_WORDS && (/^\p{Lu}/u.test(ws[c]!.w) || (c > nameStart && (NAME_PARTICLES.has(ws[c]!.w) || ws[c]!.nameJoiner === true))) && !/,$/.test(ws[c]!.w)) c++;
  if (c >= ws.length || c - nameStart >= MAX_NAME_WORDS || !/^\p{Lu}/u.test(ws[c]!.w) || !/,$/.test(ws[c]!.w)) return null;
  for (let v = c + 2; v < ws.length && v - c <= MAX_LONG_APPOSITIVE_WORDS; v++) {
    const prev = ws[v - 1]!;
    if (/[.!?;:]$/.test(prev.w) && !isAbbreviation(prev.w)) return null;
    // The appositive's closing comma is sometimes left out when the verb ends the sentence: `…,"
    // Steve Mitchell, CEO of Mitchell Research & Communications said.` (a role noun opens it).
    // (Or the verb and its audience end it: `…” Dennis Pilon, Associated Professor of Political
    // Science at York University tells CityNews.`; a role noun may come second, after its modifier.)
    // (Or `told reporters.`: `…,” Bilawal Bhutto Zardari, chairman of the opposition Pakistan Peoples
    // Party (PPP) told reporters.`)
    const audienceEnds = /^\p{Ll}+$/u.test(ws[v]!.w) && v + 1 < ws.length && ws.length - v - 1 <= MAX_AUDIENCE_WORDS && (ws.slice(v + 1).every((x) => /^\p{Lu}/u.test(x.w)) || (v + 2 === ws.length && TOLD_OBJECTS.test(ws[v + 1]!.w.replace(/\.$/, '')))) && /\.$/.test(ws[ws.length - 1]!.w);
    // (Or the verb and where or when it was said end it: `…” Darrell Bricker, CEO of Ipsos said in an interview Monday.`)
    const circumstanceEnds = /^\p{Ll}+$/u.test(ws[v]!.w) && v + 1 < ws.length && ws.length - v - 1 <= MAX_CIRCUMSTANCE_WORDS && CIRCUMSTANCE_OPENERS.test(ws[v + 1]!.k) && /\.$/.test(ws[ws.length - 1]!.w);
    const unclosed = !/,$/.test(prev.w) && ((/^\p{Ll}+\.$/u.test(ws[v]!.w) && v === ws.length - 1) || audienceEnds || circumstanceEnds) && (ROLE_NOUNS.has(ws[c + 1]!.k) || ((/^(?:a|an|the)$/.test(ws[c + 1]!.k) || /^\p{Lu}/u.test(ws[c + 1]!.w)) && v > c + 2 && ROLE_NOUNS.has(ws[c + 2]!.k)));
    if ((/,$/.test(prev.w) || unclosed) && CUE_VERBS.has(ws[v]!.k) && /^\p{Ll}/u.test(ws[v]!.w)) {
      // (An unclosed appositive is a role: it goes with the name as its title.)
      const phrase = join(ws, 0, unclosed ? v - 1 : c).replace(/,$/, '');
      return { phrase, cue: cueWords(ws, v), at: ws[0]!.start };
    }
  }
  return null;
}

/** Words of where or when something was said, after its verb, that may end the sentence (`said in an interview Monday.`). */
const MAX_CIRCUMSTANCE_WORDS = 6;
/** What opens such a phrase: a preposition of place or time, or a day. */
const CIRCUMSTANCE_OPENERS = /^(?:in|on|at|during|after|before|late|early|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Most capitalised words of an audience after a speech verb that ends a sentence (`tells CityNews.`, `told the BBC.` has `the`: no). */
const MAX_AUDIENCE_WORDS = 3;

/**
 * Most words of a prepositional phrase that finishes the quote's sentence before its cue: `"We are
 * concerned about reports of loss of life and injuries" in the clashes in the southern city of
 * Osh, State Department spokesman Philip Crowley told reporters` (AFP style).
 */
const MAX_TAIL_WORDS = 12;
/** Prepositions of time and place that open such a phrase, besides {@link PREPOSITIONS} (kept apart: that set also decides noun-phrase edges). */
const TAIL_PREPOSITIONS = new Set(['during', 'near', 'outside', 'inside', 'across', 'throughout', 'amid', 'around', 'through', 'within', 'since']);

/**
 * The cue after a prepositional phrase that carries the quote's sentence on (`" in the clashes in
 * Osh, X told reporters`): the phrase opens with a preposition and ends with a comma, within one
 * sentence, and the cue right after that comma is found as {@link cueRightAfter} finds one after a
 * quote (`X said`, `said X`). A clause after the comma (`, but officials said`) is no cue there either.
 */
function cueAfterPlaceTail(text: string, base: number): Cue | null {
  const lead = /^\s*/.exec(text)![0].length;
  const ws = words(text.slice(lead), base + lead);
  if (ws.length === 0 || !(PREPOSITIONS.has(ws[0]!.w) || TAIL_PREPOSITIONS.has(ws[0]!.w))) return null;
  for (let k = 0; k < Math.min(ws.length - 1, MAX_TAIL_WORDS); k++) {
    const x = ws[k]!;
    if (/[.!?;:]$/.test(x.w) && !isAbbreviation(x.w)) return null;
    if (/,$/.test(x.w)) return cueRightAfter(text.slice(x.end - base), x.end);
  }
  return null;
}

/** A statement owned by a possessive pronoun: `their statement`, `his letter` (a spokesman is someone else: `his spokesman said` is not his quote). */
export const OWNED_STATEMENT = /^(?:his|her|their|its|the)\s+(?:statement|letter|message|note|post|tweet|email|release)s?$/i;

/** The cue words of the speech verb at `k`: the verb, or `told` with its audience (`told reporters`). */
function cueWords(ws: readonly Word[], k: number): string {
  const x = ws[k]!;
  return x.k === 'told' && TOLD_OBJECTS.test(ws[k + 1]?.k ?? '') ? `told ${ws[k + 1]!.k}` : x.k;
}

/** The cue right after a quote (see {@link cueAfter}: `, he said`, `Gates said`, `said Gates`, …), within {@link MAX_WORDS_BEFORE_AFTER_CUE} words. */
function cueRightAfter(text: string, base: number): Cue | null {
  const lead = /^[\s,;:—–-]*/.exec(text)![0].length;
  const ws = words(text.slice(lead), base + lead);
  const limit = Math.min(ws.length, MAX_WORDS_BEFORE_AFTER_CUE_ONE_PHRASE + 1);
  for (let k = 0; k < limit; k++) {
    const x = ws[k]!;
    if (k > 0 && /[.!?;]$/.test(ws[k - 1]!.w) && !isAbbreviation(ws[k - 1]!.w)) return null;
    if (x.k === 'according' && ws[k + 1]?.k === 'to') {
      const np = accordingTo(ws, k + 2);
      return np && { phrase: np.phrase, cue: 'according to', at: np.at };
    }
    // `…," read a statement from the band.`: the statement's author.
    if (k === 0 && x.k === 'read' && /^(?:a|an|the)$/.test(ws[1]?.k ?? '') && STATEMENT_NOUNS.test(ws[2]?.k ?? '') && /^(?:from|by|of)$/.test(ws[3]?.k ?? '')) {
      const np = phraseAfter(ws, 4);
      return np && { phrase: np.phrase, cue: 'statement', at: np.at };
    }
    // `…," as one strategist put it.`
    if (x.k === 'put' && /^it\W*$/.test(ws[k + 1]?.k ?? '') && ws[0]!.k === 'as' && k >= 2) {
      const np = phraseBefore(ws, k, 1);
      return np && { phrase: np.phrase, cue: 'put it', at: np.at };
    }
    if (x.k === 'quoted' && (k === 0 || !/^(?:was|were|is|are|been)$/.test(ws[k - 1]!.k))) {
      // `Interfax quoted Ivanov as saying`.
      const as = ws.findIndex((y, i) => i > k && y.k === 'as');
      if (as > k + 1) {
        const np = phraseAfter(ws.slice(0, as), k + 1);
        if (np) return { phrase: np.phrase, cue: 'quoted as saying', at: np.at };
      }
      // (`BBC News quoted Kathrin Altwegg, a professor at Bern University …, telling reporters.`: the
      // one quoted, then a participle of speech.)
      const telling = as < 0 ? ws.findIndex((y, i) => i > k + 1 && (y.k === 'telling' || y.k === 'saying')) : -1;
      if (telling > k + 1) {
        const np = phraseAfter(ws.slice(0, telling), k + 1);
        if (np) return { phrase: np.phrase.replace(/,$/, ''), cue: 'quoted', at: np.at };
      }
    }
    // `X was cited as saying` reads as `X was quoted as saying`.
    const quoted = x.k === 'quoted' || (x.k === 'cited' && ws[k + 1]?.k === 'as' && /^(?:was|were)$/.test(ws[k - 1]?.k ?? ''));
    // `…," he pointed out.`, `…," she shot back.`: a speech verb of two words.
    const particle = PHRASAL_CUE_VERBS.get(x.k);
    const phrasal = particle !== undefined && particle === ws[k + 1]?.k.replace(/[.,;:!?]+$/, '');
    if (phrasal && k > 0 && /^\p{Ll}/u.test(x.w)) {
      const np = phraseBefore(ws, k);
      return np && { phrase: np.phrase, cue: `${x.k} ${particle}`, at: np.at };
    }
    if ((!CUE_VERBS.has(x.k) && !quoted) || (k > 0 && !/^\p{Ll}/u.test(x.w))) continue;
    // (After a possessive, `claims` and `says` are nouns: `…” Lascañas’ claims “…`.)
    if (k > 0 && POSSESSIVE_WORD.test(ws[k - 1]!.w)) continue;
    // (`…," continued the note.`, `…," said their statement.`: a statement someone owns, after the verb.)
    if (k === 0 && CUE_VERBS.has(x.k) && ws[2] !== undefined && OWNED_STATEMENT.test(`${ws[1]!.k} ${ws[2].k}`) && /^[.,;]?$/.test(ws[2].w.slice(ws[2].k.length))) return { phrase: join(ws, 1, 2).replace(/[.,;]$/, ''), cue: x.k, at: ws[1]!.start };
    if (k === 0) {
      // (A description with where they were, then the name set off: `…," shouted one man in the line,
      // Umesh Gujjar.`; the name closes the sentence.)
      const np = phraseAfter(ws, 1) ?? describedThenNamed(ws, text, base);
      // (A finite verb right after the phrase makes it the subject of what was said, not the
      // speaker: `…", said the military had fought off the attack`.)
      if (np && CLAUSE_VERB_AFTER_SUBJECT.test(ws[1 + np.phrase.split(/\s+/).length]?.k ?? '')) return null;
      return np && { phrase: np.phrase, cue: x.k, at: np.at };
    }
    if (CLAUSE_STARTERS.has(ws[0]!.k)) return null;
    // `…," their statement said`: a statement a possessive pronoun owns (the quote
    // analysis gives it to the speaker the pronoun stands for).
    if (k === 2 && OWNED_STATEMENT.test(`${ws[0]!.k} ${ws[1]!.k}`)) return { phrase: join(ws, 0, 1), cue: cueWords(ws, k), at: ws[0]!.start };
    const np = phraseBefore(ws, k);
    if (np === null) return null;
    // (Past the usual reach only a speaker's phrase that is every word before the verb.)
    if (k > MAX_WORDS_BEFORE_AFTER_CUE && np.at !== ws[0]!.start) return null;
    if (np.at !== ws[0]!.start) {
      // A lower-case description before the name: `…," local Nely Intriago said`, `resident Jo Lee said`.
      const d = ws.findIndex((y) => y.start === np.at);
      // (A possessive before a kin or role word and the name: `…," his niece Nancy Lee Hess tells Us`.)
      if (d === 1 && POSSESSIVE_DETERMINER.test(ws[0]!.k) && /^\p{Ll}/u.test(ws[1]!.w)) return { phrase: `${ws[0]!.w} ${np.phrase}`, cue: quoted ? 'quoted as saying' : cueWords(ws, k), at: ws[0]!.start };
      if (d < 1 || !/^\p{Lu}/u.test(ws[d]!.w)) return null;
      // Or an owner's role set off by commas: `…," Reynolds' niece, Nancy Lee Hess, said`.
      const owned = d <= MAX_DESCRIPTION_WORDS_BEFORE_NAME + 1 && /,$/.test(ws[d - 1]!.w) && /^(?:his|her|their|its|\p{Lu}[\p{L}.-]*(?:['’]s?|s['’]))$/u.test(ws[0]!.w) && ws.slice(1, d).every((y) => descriptionWord({ ...y, w: y.w.replace(/,$/, '') }));
      // Or a role set off by commas before the name: `…," the chairman of the talks, Donald Tusk, said`.
      // (Or with no article, the role in lower case: `…," executive director of Greenpeace UK, John Sauven, said`.)
      const article = /^(?:the|a|an)$/.test(ws[0]!.k);
      const bareRole = !article && /^\p{Ll}/u.test(ws[0]!.w) && isTitleWord(ws[0]!.k);
      // (Or a body's capitalised name before the role: `…," PNP chief, Director General Alan Purisima, said`.)
      const bodyRole = !article && d >= 2 && ws.slice(0, d - 1).every((y) => /^\p{Lu}/u.test(y.w) && !/,$/.test(y.w)) && /^\p{Ll}/u.test(ws[d - 1]!.w) && isRoleWord(ws[d - 1]);
      const role = d <= MAX_APPOSITIVE_WORDS && /,$/.test(ws[d - 1]!.w) && (article || bareRole || bodyRole) && ws.slice(article ? 1 : 0, d).some((y) => ROLE_NOUNS.has(y.k)) && ws.slice(1, d).every((y) => !CUE_VERBS.has(y.k) && !CLAUSE_STARTERS.has(y.k) && !SUBJECT_PRONOUNS.has(y.k));
      // (From the role to the phrase's last word: the phrase found may hold part of the role already.)
      if (role) return { phrase: join(ws, 0, lastWordBefore(ws, k, np.phrase)), cue: quoted ? 'quoted as saying' : cueWords(ws, k), at: ws[0]!.start };
      // (An indefinite article before them, `…," a grim-faced Federer said`, `an upbeat Ana Ruiz told`,
      // and `and` between two of them, `activist and Google marketing executive Wael Ghonim told`.)
      const from = d > 1 && /^(?:a|an)$/.test(ws[0]!.k) ? 1 : 0;
      // (A place written before the agent noun, `…," Willacy County farmer Travis Johnson said`,
      // `Carlow resident Jo Hale said`: the place's capitalised words, then the noun.)
      const placed = d >= 2 && d - 1 <= MAX_PLACE_WORDS_BEFORE_AGENT && (isAgentNoun(ws[d - 1]!.w) || isRoleWord(ws[d - 1])) && ws.slice(0, d - 1).every((y) => /^\p{Lu}\p{Ll}+$/u.test(y.w) && !CLAUSE_STARTERS.has(y.k));
      if (placed) return { phrase: join(ws, 0, d - 1) + ' ' + np.phrase, cue: quoted ? 'quoted as saying' : cueWords(ws, k), at: ws[0]!.start };
      // (A role of a named place before the name: `…," the public health director of Herat province
      // Mohammad Taleb Shahid told reporters`.)
      if (roleOfPlaceBefore(ws, d)) return { phrase: join(ws, 0, d - 1) + ' ' + np.phrase, cue: quoted ? 'quoted as saying' : cueWords(ws, k), at: ws[0]!.start };
      // (A role with the field it covers before the name: `…," IDC research manager for mobile
      // phones Ramon Llamas said`.)
      if (roleOfFieldBefore(ws, d)) return { phrase: join(ws, 0, d - 1) + ' ' + np.phrase, cue: quoted ? 'quoted as saying' : cueWords(ws, k), at: ws[0]!.start };
      const described = ws.slice(from, d).every((y, t) => descriptionWord(y) || (t > 0 && y.k === 'and'));
      if (!owned && (d - from > MAX_DESCRIPTION_WORDS_BEFORE_NAME + (ws.slice(from, d).some((y) => y.k === 'and') ? 2 : 0) || !described)) return null;
      return { phrase: join(ws, from, d - 1) + ' ' + np.phrase, cue: quoted ? 'quoted as saying' : cueWords(ws, k), at: ws[from]!.start };
    }
    const cue = quoted ? 'quoted as saying' : cueWords(ws, k);
    return { phrase: np.phrase, cue, at: np.at };
  }
  return null;
}

/**
 * The cue in the reporter's text before a quote, within its sentence (`text` ends at the opening
 * mark). The cue nearest the quote wins; `a statement read by X`, `X was quoted as saying`,
 * `according to X` are read before plain verbs; a participle cue (`…, chanting "…"`,
 * `he said, warning that "…"`) takes the subject of the clause's speech verb or of the sentence.
 */
export function cueBefore(text: string, base: number): Cue | null {
  // (A bracketed aside between a name and its appositive, `Robert Reid (Con - Bourne Austerby), the
  // council’s cabinet member …, said:`, is read past: the comma moves up to the name, offsets kept.)
  const bracketsOff = text.includes('(') ? blankAsideBeforeVerb(text.replace(ASIDE_BEFORE_COMMA, (m) => `,${' '.repeat(m.length - 1)}`)) : text;
  // (An aside between dashes before the verb, `Hillary Clinton -- not surprisingly -- told reporters`, blanked the same way.)
  const dashesOff = bracketsOff.includes('--') || bracketsOff.includes('—') || bracketsOff.includes('–') ? bracketsOff.replace(DASHED_ASIDE_BEFORE_VERB, (m) => ' '.repeat(m.length)) : bracketsOff;
  // (And whom an owned statement went to, `His letter to the council's 15 members said`: the letter speaks.)
  const plain = / to /.test(dashesOff) ? dashesOff.replace(OWNED_STATEMENT_ADDRESSEE, (m) => ' '.repeat(m.length)) : dashesOff;
  return cueInWords(words(plain, base), /[:,]$/.test(text.trimEnd()));
}
/** The phrase of {@link DESCRIBED_THEN_NAMED} after the verb at word 0, or null. */
function describedThenNamed(ws: readonly Word[], text: string, base: number): { phrase: string; at: number } | null {
  const described = ws[1] === undefined ? null : DESCRIBED_THEN_NAMED.exec(text.slice(ws[1].start - base));
  return described ? { phrase: `${described[1]!}, ${described[2]!}`, at: ws[1]!.start } : null;
}
/** After an inverted speech verb: a description opening with `one`/`a`/`the` (`one man in the line`), a comma, and a name that ends the sentence. */
const DESCRIBED_THEN_NAMED = /^((?:one|a|an|the)\s+[\p{Ll}'’ -]{2,60}?),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}?)\s*[.!?]?\s*$/u;

/** An auxiliary or modal right after a noun phrase: the phrase is a clause's subject (`said the military had …`). */
const CLAUSE_VERB_AFTER_SUBJECT = /^(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does|do)$/;
/** Whom a statement a possessive owns went to, before its speech verb (` to the council's 15 members` in `His letter … said`). */
const OWNED_STATEMENT_ADDRESSEE = /(?<=\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:letter|statement|message|note|memo)s?)\s+to\s+[^,.;:"“”]{1,60}?(?=\s+(?:said|says|stated|warned|added|wrote)\b)/g;
/** An aside of a few words between two dashes right before a lower-case word (`-- not surprisingly --`, `— for now —`). */
const DASHED_ASIDE_BEFORE_VERB = /\s(?:--|[–—])\s[^-–—"“”\n]{1,40}?\s(?:--|[–—])(?=\s+[a-z])/g;
/** A bracketed aside of a few words right after a word and right before a comma (the match starts at its space, so it is cheap). */
const ASIDE_BEFORE_COMMA = /\s\((?<=[\p{L}.]\s\()[^()"“”\n]{1,40}\),/gu;
/** The same aside right before a lower-case word: `Cllr Paul Canal (Con, Bridge) said:`, `Smith (R-Texas) told reporters`. */
const ASIDE_BEFORE_VERB = /\s\((?<=[\p{L}.]\s\()[^()"“”\n]{1,40}\)(?=\s+\p{Ll})/gu;

/**
 * The text with each bracketed aside between a name and a lower-case word blanked out, offsets
 * kept: a UK councillor's party and ward or a US legislator's party and state stands between the
 * name and its speech verb (`Cllr Paul Canal (Con, Bridge) said`), and is no part of the name.
 */
function blankAsideBeforeVerb(text: string): string {
  const bracketsOff = text.includes('(') ? text.replace(ASIDE_BEFORE_VERB, (m) => ' '.repeat(m.length)) : text;
  // (A connective set off by commas after a name, `Morgan, on the other hand, was happy …`,
  // `Smith, however, said`, is blanked the same way.)
  return bracketsOff.includes(', ') ? bracketsOff.replace(CONNECTIVE_ASIDE, (m) => ' '.repeat(m.length)) : bracketsOff;
}
/** A connective set off by commas right before a lower-case word (see {@link blankAsideBeforeVerb}). */
const CONNECTIVE_ASIDE = /(?<=\p{L}),\s(?:on the other hand|however|meanwhile|though|too|in turn|by contrast|in contrast|for (?:his|her|their|its) part|in response|instead|nevertheless|likewise),(?=\s+\p{Ll})/gu;

/** Verbs of naming whose participle after a noun names a thing (`a group called`). */
const NAMING_PARTICIPLES = new Set(['called', 'dubbed', 'termed', 'labelled', 'labeled', 'branded', 'named', 'titled', 'entitled']);

function cueInWords(ws: readonly Word[], endsWithCueMark: boolean): Cue | null {
  for (let k = ws.length - 1; k >= 0; k--) {
    const x = ws[k]!;
    // (A thing's name after a common noun is no one's characterisation: `a group called "…"`, `the
    // campaign dubbed "…"`.)
    // (Not after a person's role: `The ex-governor called the charges "absurd"`.)
    if (NAMING_PARTICIPLES.has(x.k) && k >= 2 && /^\p{Ll}/u.test(ws[k - 1]!.w) && /^(?:a|an|the|this|that|its|their|his|her|our)$/.test(ws[k - 2]!.k) && !isRoleNoun(ws[k - 1]!.k) && !isTitleWord(ws[k - 1]!.k) && !isAgentNoun(ws[k - 1]!.k) && !SPOKES_NOUNS.test(ws[k - 1]!.k)) continue;
    if (CHARACTERISING_VERBS.has(x.k) && /^\p{Ll}/u.test(x.w) && ws.length - k <= MAX_WORDS_AFTER_CHARACTERISING_VERB) {
      const np = phraseBefore(ws, k);
      if (np) return { phrase: np.phrase, cue: x.k, at: np.at };
    }
    if ((x.k === 'read' || x.k === 'issued' || x.k === 'released' || x.k === 'delivered' || x.k === 'made') && ws[k + 1]?.k === 'by' && /^(?:statement|statements|letter|message|speech|remarks|communique|note)$/.test(ws[k - 1]?.k ?? '')) {
      const np = phraseAfter(ws, k + 2);
      if (np) return { phrase: np.phrase.replace(/\s+saying$/, ''), cue: `statement ${x.k} by`, at: np.at };
    }
    // `And, a Marist analysis found, "…"`, `The Pew report said: "…"`: the body a document is named for.
    // (`The BP news release said the Coast Guard ended patrols, "…"`: a release named news or press.)
    const owner = ws[k - 1]?.k === 'release' && /^(?:news|press)$/.test(ws[k - 2]?.k ?? '') ? k - 3 : k - 2;
    if (owner >= 0 && DOCUMENT_VERBS.test(x.k) && DOCUMENT_NOUNS.test(ws[k - 1]!.k) && /^\p{Lu}/u.test(ws[owner]!.w) && !/[,;:.]$/.test(ws[owner]!.w)) {
      let a = owner;
      while (a - 1 >= 0 && a > owner - MAX_DOCUMENT_OWNER_WORDS && /^\p{Lu}/u.test(ws[a - 1]!.w) && !/[,;:.]$/.test(ws[a - 1]!.w) && !CAPITALISED_STOPWORDS.has(ws[a - 1]!.w)) a--;
      if (!CAPITALISED_STOPWORDS.has(ws[a]!.w)) return { phrase: join(ws, a, owner).replace(/['’]s$/, ''), cue: `${join(ws, owner + 1, k - 1).toLowerCase()} ${x.k}`, at: ws[a]!.start };
    }
    // (`His letter to the council's 15 members said … had created "…"`: a statement a possessive
    // pronoun owns, opening the sentence, speaks; the quote analysis gives it to the owner.)
    if (k === 2 && DOCUMENT_VERBS.test(x.k) && OWNED_STATEMENT.test(`${ws[0]!.k} ${ws[1]!.k}`)) return { phrase: join(ws, 0, 1), cue: x.k, at: ws[0]!.start };
    // `He went on to say: "…"`, `she went on to add`: the speaker of `went on`.
    if (CUE_VERBS.has(x.k) && endsWithCueMark && k === ws.length - 1 && ws[k - 1]?.k === 'to' && ws[k - 2]?.k === 'on' && ws[k - 3]?.k === 'went') {
      const np = phraseBefore(ws, k - 3);
      if (np) return { phrase: np.phrase, cue: `went on to ${x.k}`, at: np.at };
    }
    // `She went on: "…"` — the phrasal verb of a speaker continuing, only right before the quote.
    if (x.k === 'on' && k === ws.length - 1 && endsWithCueMark && ws[k - 1]?.k === 'went') {
      const np = phraseBefore(ws, k - 1);
      if (np) return { phrase: np.phrase, cue: 'went on', at: np.at };
    }
    if (x.k === 'according' && ws[k + 1]?.k === 'to') {
      const np = accordingTo(ws, k + 2);
      if (np) return { phrase: np.phrase, cue: 'according to', at: np.at };
    }
    // `As Bailey put it, the decision was "a very close call"`.
    if (x.k === 'it' && ws[k - 1]?.k === 'put' && k >= 3 && ws[k - 3]?.k === 'as') {
      const np = phraseBefore(ws, k - 1, k - 2);
      if (np) return { phrase: np.phrase, cue: 'put it', at: np.at };
    }
    // `Quoting Steve Sarkisian after the win over Syracuse: "…"`.
    if (x.k === 'quoting' && k === 0 && endsWithCueMark) {
      const np = phraseAfter(ws, 1);
      if (np) return { phrase: np.phrase, cue: 'quoting', at: np.at };
    }
    // A passive `were asked:` or `was told` puts the quote to its subject, who does not say it.
    if (/^(?:asked|told)$/.test(x.k) && /^(?:was|were|is|are|been|being)$/.test(ws[k - 1]?.k ?? '')) continue;
    // (After a possessive, `claims`, `remarks` and `says` are nouns: `Lascañas’ claims "to bring down …"`.)
    if (CUE_VERBS.has(x.k) && k > 0 && POSSESSIVE_WORD.test(ws[k - 1]!.w)) continue;
    if ((CUE_VERBS.has(x.k) && (k === 0 || /^\p{Ll}/u.test(x.w))) || (x.k === 'quoted' && /^(?:was|were)$/.test(ws[k - 1]?.k ?? ''))) {
      // (`analyst Youssef Squali and colleagues said in a research note that "…"`: the named author speaks for them.)
      const withColleagues = k >= 3 && ws[k - 2]!.k === 'and' && /^(?:colleagues|co-authors|coauthors|his colleagues|her colleagues)$/.test(ws[k - 1]!.k);
      const np = phraseBefore(ws, withColleagues ? k - 2 : k);
      if (np) return { phrase: np.phrase, cue: x.k === 'quoted' ? 'quoted as saying' : x.k, at: np.at };
      // A speech verb coordinated with the sentence's first verb (`Sen. X also noted that … and said
      // that "…"`) has the sentence's subject.
      // Auxiliaries and adverbs may stand between (`… and has conceded its oversight "…"`).
      let c = k - 1;
      while (c > 1 && AUX_AND_ADVERBS.has(ws[c]!.k) && k - c <= MAX_AUX_BEFORE_COORDINATED_VERB) c--;
      if (c > 0 && /^(?:and|but)$/.test(ws[c]!.k)) {
        const subj = subjectOf(ws.slice(0, c));
        if (subj) return { phrase: subj.phrase, cue: x.k, at: subj.at };
      }
      // Inverted before the quote: `Said Gates: "…"`, the verb opening its clause (not the noun in
      // `did play down claims he criticised the BBC …, explaining: "…"`).
      const inv = k === 0 || /,$/.test(ws[k - 1]!.w) ? phraseAfter(ws, k + 1) : null;
      if (inv && endsWithCueMark) return { phrase: inv.phrase, cue: x.k, at: inv.at };
      return null;
    }
    // (A gerund after a preposition reports no speech: `the criteria for declaring a "public health emergency"`.)
    if (CUE_PARTICIPLES.has(x.k) && !(k > 0 && PREPOSITIONS.has(ws[k - 1]!.k))) {
      // `…, with Sir Lindsay Hoyle saying it was a "matter of regret"`: the participle has its own
      // subject, the object of `with` right before it.
      const start = k > 0 ? scanBack(ws, k - 1, 0) : k;
      if (start < k && start > 0 && ws[start - 1]!.k === 'with' && /^\p{Lu}/u.test(ws[start]!.w)) return { phrase: join(ws, start, k - 1), cue: x.k, at: ws[start]!.start };
      // `…, with a source saying that …`: someone unnamed, not the sentence's subject.
      const w = ws.slice(Math.max(0, k - MAX_UNNAMED_WITH_WORDS - 1), k).findIndex((y) => y.k === 'with');
      if (w >= 0) {
        const at = Math.max(0, k - MAX_UNNAMED_WITH_WORDS - 1) + w;
        if (at + 1 < k && ws.slice(at + 1, k).every((y) => /^\p{Ll}/u.test(y.w) && !/[,;:]$/.test(y.w))) return { phrase: join(ws, at + 1, k - 1), cue: x.k, at: ws[at + 1]!.start };
      }
      // A statement or speech verb earlier in the sentence owns the participle.
      const earlier = cueInWords(ws.slice(0, k), true);
      if (earlier) return { ...earlier, cue: `${earlier.cue}, ${x.k}` };
      const subj = subjectOf(ws);
      if (subj) return { phrase: subj.phrase, cue: x.k, at: subj.at };
      return null;
    }
  }
  return null;
}

/**
 * The subject of a sentence: the noun phrase at its start, after an introductory phrase ending
 * in a comma (`In a news conference here Friday, Obama deflected …` → `Obama`).
 */
export function sentenceSubject(text: string, base: number): { phrase: string; at: number } | null {
  return subjectOf(words(blankAsideBeforeVerb(text), base));
}

function subjectOf(all: readonly Word[]): { phrase: string; at: number } | null {
  let i = 0;
  // A dateline or label ending in a colon opens the sentence (`New York: United Nations
  // Secretary-General Ban Ki-moon has …`): the subject comes after it.
  const label = all.findIndex((x) => /:$/.test(x.w));
  const ws = label >= 0 && label < MAX_LABEL_WORDS_BEFORE_SUBJECT ? all.slice(label + 1) : all;
  const first = ws[0];
  if (first === undefined) return null;
  const bare = first.w.replace(/[,;:]$/, '');
  const participle = participleOpener(ws);
  const intro = /^[a-z]/.test(first.w) || (CAPITALISED_STOPWORDS.has(bare) && !SUBJECT_PRONOUNS.has(first.k)) || PREPOSITIONS.has(first.k) || participle;
  // (A conjunction opening the sentence, then a pronoun, `But she also reflected on …, and stressed
  // …`: the pronoun is the subject, not a word after the first comma.)
  if (intro && /^(?:but|and|so|yet)$/.test(first.k) && SUBJECT_PRONOUNS.has(ws[1]?.k ?? '') && !/,$/.test(ws[1]!.w)) i = 1;
  else if (intro) {
    const c = ws.findIndex((x) => /,$/.test(x.w));
    // (A clause of time, reason or concession may run long before its comma: `While sensitive least
    // terns were trying to nest and feed their young on their traditional nesting beaches, Parr told
    // ENS he saw … "trying to find something …"`.)
    if (c < 0 || c > (participle || SUBORDINATORS.has(first.k) ? MAX_PARTICIPLE_CLAUSE_WORDS : 14)) {
      if (/^(?:but|and|so|yet)$/.test(first.k)) i = 1;
      else return null;
    } else i = c + 1;
  }
  const w0 = ws[i];
  if (w0 === undefined) return null;
  if (SUBJECT_PRONOUNS.has(w0.k)) return { phrase: w0.k, at: w0.start };
  const described = describedName(ws, i);
  if (described !== null) return described;
  const np = phraseAfter(ws, i);
  if (np === null) return null;
  return np;
}

/**
 * A sentence opening with a participle clause (`Citing leaked cables, the opposition …`,
 * `Rejecting the suggestion …, the ministry said`): one of {@link OPENING_PARTICIPLES}, capitalised,
 * then a lower-case word; or a capitalised adverb and any participle (`Virtually charging …`). A list, not any `-ing` word: surnames end so too (`Keating`, `Golding led`).
 */
function participleOpener(ws: readonly Word[]): boolean {
  const w0 = ws[0];
  const w1 = ws[1];
  if (w0 === undefined || w1 === undefined) return false;
  // (An adverb before it, then any participle: `Virtually charging the Opposition with …, Prime
  // Minister Manmohan Singh … said`.)
  if (/^\p{Lu}\p{Ll}+ly$/u.test(w0.w) && /^\p{Ll}+ing$/u.test(w1.w) && /^\p{Ll}/u.test(ws[2]?.w ?? '')) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(w0.w) && OPENING_PARTICIPLES.has(w0.k) && /^\p{Ll}/u.test(w1.w);
}

/** Words that open a subordinate clause of time, reason or concession before the main clause's subject. */
const SUBORDINATORS = new Set(['while', 'when', 'as', 'after', 'before', 'although', 'though', 'because', 'since', 'once', 'whereas', 'whilst', 'until']);

/** Most words of an opening participle clause before the comma that ends it (`Rejecting the suggestion of … that India should further define the minimum credible deterrence,`). */
const MAX_PARTICIPLE_CLAUSE_WORDS = 30;

/** Participles that open a news sentence's introductory clause before its subject (`Asked about the jersey, Hansen smiled and said:`). */
const OPENING_PARTICIPLES = new Set(
  'citing rejecting responding speaking referring commenting addressing noting describing acknowledging insisting warning explaining defending praising criticising criticizing dismissing denying welcoming announcing reacting pointing quoting arguing reiterating stressing urging accepting admitting echoing highlighting lamenting recalling reflecting repeating replying underlining voicing testifying appearing confirming expressing invoking brushing shrugging downplaying conceding asked pressed questioned quizzed challenged saying adding accusing claiming calling telling writing'.split(' '),
);

/** Most words of a dateline or label before a colon that opens a sentence (`New York:`). */
const MAX_LABEL_WORDS_BEFORE_SUBJECT = 4;

/** Most lower-case words of a description before an honorific and a name (`friend and historian`). */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * A sentence subject written as a description, an honorific and a name: `Family friend and
 * historian Dr Huw Lewis-Jones paid tribute …`. The description is the subject's first word and up
 * to {@link MAX_DESCRIPTION_WORDS} lower-case words (no verb of speech or auxiliary, no
 * punctuation); an honorific must follow, so `Gates told reporters Mr Putin …` is not read as one.
 */
function describedName(ws: readonly Word[], i: number): { phrase: string; at: number } | null {
  let h = i + 1;
  while (h < ws.length && h - i <= MAX_DESCRIPTION_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(ws[h]!.w) && !CUE_VERBS.has(ws[h]!.k) && !AUX_AND_ADVERBS.has(ws[h]!.k) && !CHARACTERISING_VERBS.has(ws[h]!.k)) h++;
  if (h === i + 1 || h >= ws.length || !HONORIFICS.has(ws[h]!.k) || /[,;:]$/.test(ws[i]!.w)) return null;
  const np = phraseAfter(ws, h);
  if (np === null || !/^\p{Lu}/u.test(ws[h + 1]?.w ?? '')) return null;
  return { phrase: `${join(ws, i, h - 1)} ${np.phrase}`, at: ws[h]!.start };
}
