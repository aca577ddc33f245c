import {
  isAge,
  CAPITALISED_STOPWORDS,
  CUE_VERBS,
  NAME_MONTHS,
  GENDERED_ROLES,
  GROUP_NOUNS,
  HONORIFICS,
  POST_NOMINALS,
  isAgentNoun,
  isHonourSecondWord,
  ORG_HEAD_NOUNS,
  ORG_WORDS,
  KNOWN_BODIES,
  MULTIWORD_PLACES,
  NAME_PARTICLES,
  MAX_ROLE_OF_WORDS,
  HYPHENATED_PARTICLE_NAME,
  NATIONALITY_NOUNS,
  COMPANY_NOUNS,
  INSTITUTION_NOUNS,
  PLACES,
  ROLE_NOUNS,
  ROLES_SENT_TO,
  SUBJECT_PRONOUNS,
  POSSESSIVE_DETERMINER,
  DEMONYMS,
  isDemonym,
  isNationalityPlural,
  isRoleNoun,
  isTitleWord,
  ADMINISTRATIVE_PLACE_NOUNS,
} from './lexicon.js';

export type Gender = 'm' | 'f' | null;

/** What a speaker phrase refers to, before coreference. */
export type SpeakerPhrase = Readonly<

  | { kind: 'pronoun'; pronoun: string; text: string }
  /** `the secretary`, `the Russian defence minister`: `head` is the role noun, `modifiers` the rest (lower case). */
  | { kind: 'description'; head: string; modifiers: string[]; text: string }
  | { kind: 'person'; name: string; title: string | null; gender: Gender; text: string }
  /** `generic`: a definite description of a company (`the company`, `the oil giant`), which stands for the one the article named. */
  | { kind: 'organisation'; name: string; text: string; generic?: true }
>;

/** Members who sit for a constituency (`MP for Chester`, `TD for Kerry`, `Senator for Victoria`). */
const MEMBER_ROLES = /^(?:MP|MPs|MSP|MLA|MEP|MHA|MHK|AM|MS|TD|Deputy|member|Member|councillor|Councillor|senator|Senator|congressman|Congressman|congresswoman|Congresswoman|representative|Representative)$/;

/** Most words a personal name may have (`Jose Luis Rodriguez Zapatero`). */
const MAX_NAME_WORDS = 5;
/** Longest appositive kept as a title (`former president of YouGov`). */
const MAX_APPOSITIVE_TITLE_WORDS = 8;

const CAP_RE = /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u;
const INITIAL_RE = /^(?:[A-Z]\.)+$/;
const QUANTITY_RE = /^(?:hundreds|thousands|dozens|scores|tens|millions|some|many|most|several|a few|few|one|two|three|four|five|six|seven|eight|nine|ten|each|all|none)$/i;

/** True for a word that can be part of a personal name: `Gates`, `M.`, `Ki-moon`, `O'Brien`. */
export function isNameWord(w: string): boolean {
  if (w.includes(JOINED_AMPERSAND)) return true;
  if (DEMONYMS.has(w) || DEMONYMS.has(`${w}.`)) return false;
  // A sentence adverb (`Confusingly,`, `Reportedly`, `Ironically`): no name ends so.
  if (SENTENCE_ADVERB.test(w)) return false;
  if (INITIAL_RE.test(w) || /^[A-Z]\.?$/.test(w)) return true;
  // A family name with a lower-case particle joined by a hyphen: `al-Sabah`, `bin-Salman`, `el-Sisi`.
  if (HYPHENATED_PARTICLE_NAME.test(w)) return true;
  if (!CAP_RE.test(w)) return false;
  if (CAPITALISED_STOPWORDS.has(w.replace(/[.,]$/, ''))) return false;
  return !isTitleWord(w) && !DEMONYMS.has(w);
}

/** Adverb endings no name has (`Confusingly`, `Allegedly`, `Ironically`, `Thankfully`; not `-ley`, `-ally`: Ashley, McNally). */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:ingly|edly|ously|ntly|fully|ably|ibly|ically)[,;]?$/u;

function isPossessive(w: string): boolean {
  return /['’]s?$/.test(w) && w.length > 2;
}

/**
 * Reads a speaker phrase as found next to a speech cue and says what it is: a pronoun, a
 * definite description (`the secretary`), a person (name + title, e.g. `Defense Secretary
 * Robert M. Gates` → name `Robert M. Gates`, title `Defense Secretary`), or an organisation /
 * place speaking as a body (`Moscow`, `China's foreign ministry`, `activists`).
 * Handles appositives (`Peter Kellner, former president of YouGov`, `spokeswoman, Hua Chunying`),
 * `X of Y` affiliations and leading adjectives (`a visibly relieved …`). Returns null when the
 * phrase names nobody (`it`, `the results`).
 */
export function parseSpeakerPhrase(raw: string): SpeakerPhrase | null {
  let v = phraseCache.get(raw);
  if (v === undefined) {
    if (phraseCache.size >= PHRASE_MEMO_MAX) phraseCache.clear();
    // (`Mr Murdoch senior`, `Mr Murdoch junior`: which of a father and son, no part of the name.)
    const plain = SENIOR_AFTER_NAME.test(raw) ? raw.replace(SENIOR_AFTER_NAME, '') : raw;
    v = COMPANY_AMPERSAND.test(plain) ? unjoin(parseUncached(plain.replace(COMPANY_AMPERSAND_ALL, `$1${JOINED_AMPERSAND}$2`))) : parseUncached(plain);
    phraseCache.set(raw, v);
  }
  return v;
}

/** `senior` or `junior` in lower case after a capitalised name, at the phrase's end. */
const SENIOR_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’-]+)\s+(?:senior|junior)$/u;

/**
 * An ampersand between capitalised words: a company's name (`Procter & Gamble`, `Smith & Nephew`,
 * `Marks & Spencer`), read as one word so that neither half is taken for a person's name.
 */
const COMPANY_AMPERSAND = /(\p{Lu}[\p{L}.'’-]*) & (\p{Lu}[\p{L}.'’-]*)/u;
const COMPANY_AMPERSAND_ALL = new RegExp(COMPANY_AMPERSAND.source, 'gu');
/** The ampersand joined to its words by word joiners (U+2060, not white space) while the phrase is parsed. */
const JOINED_AMPERSAND = '\u2060&\u2060';

/** A parsed phrase with the joined ampersands written back with plain spaces. */
function unjoin(p: SpeakerPhrase | null): SpeakerPhrase | null {
  if (p === null) return null;
  const plain = (x: string): string => x.replaceAll(JOINED_AMPERSAND, ' & ');
  switch (p.kind) {
    case 'person':
      return { ...p, name: plain(p.name), title: p.title === null ? null : plain(p.title), text: plain(p.text) };
    case 'organisation':
      return { ...p, name: plain(p.name), text: plain(p.text) };
    case 'description':
      return { ...p, modifiers: p.modifiers.map(plain), text: plain(p.text) };
    default:
      return { ...p, text: plain(p.text) };
  }
}

/** Phrases kept in the memo before it is emptied (names and titles repeat across a corpus). */
const PHRASE_MEMO_MAX = 20_000;
const phraseCache = new Map<string, SpeakerPhrase | null>();

/** A holiday's name, capitalised as a person's is (`the Christmas and New Year holidays`): nobody. */
const HOLIDAY = /^(?:the\s+)?(?:New Year(?:['’]s)?(?: (?:Day|Eve))?|Christmas(?: (?:Day|Eve))?|Easter(?: (?:Sunday|Monday))?|Boxing Day|Thanksgiving(?: Day)?|Good Friday|Ramadan|Eid(?: al-(?:Fitr|Adha))?|Diwali|Hanukkah|Passover|Independence Day|Labou?r Day|Memorial Day|Halloween|Valentine['’]s Day)$/i;

function parseUncached(raw: string): SpeakerPhrase | null {
  const cleaned = raw
    .replace(/\s+/g, ' ')
    // (The relative word in lower case: `the WHO` is the World Health Organization.)
    .replace(/,?\s+(?:[Ww]ho|[Ww]hich|[Ww]hose|[Ww]here)\b.*$/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[\s,;:—–-]+|[\s,;:.—–-]+$/g, '')
    .trim();
  if (cleaned === '' || HOLIDAY.test(cleaned)) return null;
  // `Chris Hopkins, Political Research Director at Savanta said`: a speech verb read along with a
  // label is no part of the title.
  const verbAt = cleaned.lastIndexOf(' ');
  if (verbAt > 0 && CUE_VERBS.has(cleaned.slice(verbAt + 1))) return parseSpeakerPhrase(cleaned.slice(0, verbAt));
  // A US legislator's party and state (`Rep. Peter King, R-N.Y., chairman of …`) is no part of a name.
  const parts = cleaned.split(/\s*,\s*/).filter((p) => p !== '' && !PARTY_STATE.test(p));
  const parsed = parts.map(parsePart);
  let personIdx = parsed.findIndex((p) => p?.kind === 'person');
  // (`the Governor of Táchira, Freddy Bernal`: a role of a place the lexicon does not know read as a
  // person named Táchira; the appositive's full name is the person.)
  if (personIdx >= 0 && /^the\s+\S+(?:\s+\S+){0,3}\s+of\s/i.test(parts[personIdx]!)) {
    const named = parsed.findIndex((p, i) => i > personIdx && p?.kind === 'person' && /\s/.test(p.name) && !/^the\s/i.test(parts[i]!));
    if (named > personIdx) personIdx = named;
  }
  if (personIdx >= 0) {
    const person = parsed[personIdx] as Extract<SpeakerPhrase, { kind: 'person' }>;
    let title = person.title;
    if (title === null) {
      // Title from an appositive next to the name: `spokeswoman, Hua Chunying` / `Kellner, former president of YouGov`.
      const other = [parts[personIdx - 1], parts[personIdx + 1]].find((p) => p !== undefined && isRolePhrase(p));
      if (other !== undefined) title = other.replace(/^(?:the|a|an)\s+/i, '');
    }
    const gender = person.gender ?? genderOfRole(parts.join(' '));
    return { ...person, title, gender, text: shownForm(parts[personIdx]!) };
  }
  // `Lillian House, an organizer for …`: a name that reads as a body (House) is a person when an
  // indefinite role stands beside it as an appositive.
  const p0 = parsed[0];
  if (p0?.kind === 'organisation' && parts.length > 1 && /^(?:a|an)\s/i.test(parts[1]!) && parsed[1]?.kind === 'description' && isPersonalName(p0.name)) {
    return { kind: 'person', name: p0.name, title: parts[1]!.replace(/^(?:a|an)\s+/i, ''), gender: genderOfRole(parts[1]!), text: shownForm(parts[0]!) };
  }
  const first = parsed.find((p) => p !== null) ?? null;
  return first === null ? null : { ...first, text: cleaned };
}

/** Two or three capitalised name words with no body head noun (`Lillian House`, not `Labour Party` or `the Home Office`). */
function isPersonalName(name: string): boolean {
  const ws = name.split(' ');
  return ws.length >= 2 && ws.length <= 3 && ws.every(isNameWord) && !ws.some((w) => ORG_HEAD_NOUNS.has(w.toLowerCase()));
}

/** First words of football clubs' names that are no given name (`Real Madrid`, `Borussia Dortmund`, `Dynamo Kyiv`). */
const CLUB_FIRST_WORDS = /^(?:Real|Atl[eé]tico|Inter|Bayern|Borussia|Sporting|Olympique|Athletic|Deportivo|Dynamo|Dinamo|Spartak|Lokomotiv|Eintracht|Fortuna|Hertha|Werder|Schalke)$/;

/** Role nouns that are common surnames, read as names when capitalised after a given name or alone. */
const SURNAME_ROLES = new Set(['King', 'Prince', 'Bishop', 'Major', 'Marshal', 'Dean', 'Judge', 'Trainer', 'Farmer', 'Porter', 'Butler', 'Sultan', 'Skipper', 'Steward', 'Sheriff', 'Driver', 'Boxer', 'Bowler']);
/** Roles used as forms of address after an honorific (`Mr President`, `Madam Speaker`): still the role. */
const ADDRESSED_ROLES = new Set(['president', 'speaker', 'chairman', 'chairwoman', 'chair', 'secretary', 'minister', 'mayor', 'ambassador', 'justice', 'premier', 'chancellor', 'governor', 'commissioner']);

/** `R-N.Y.`, `D-Calif.`, `I-Vt`, `R-Fla`: party initial and state abbreviation. */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]{0,6}$/;

/** A short phrase that holds a role noun: `former president of YouGov`, `China's foreign ministry spokeswoman`. */
function isRolePhrase(p: string): boolean {
  const words = p.split(' ');
  return words.length <= MAX_APPOSITIVE_TITLE_WORDS && words.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')));
}

function genderOfRole(text: string): Gender {
  for (const w of text.toLowerCase().split(/[\s,]+/)) {
    const g = GENDERED_ROLES.get(w) ?? HONORIFICS.get(w);
    if (g) return g;
  }
  return null;
}

/**
 * Role abbreviations written in capitals, read as the role they stand for: `the PM said` is a
 * description (`the prime minister`), not a person named PM; `PM Boris Johnson` has a title; `the
 * DCP` is the deputy commissioner of police.
 */
const ROLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  PM: ['prime', 'minister'], 'PM’s': ['prime', 'minister’s'], "PM's": ['prime', "minister's"],
  // Indian police ranks, as the papers write them (`added the DCP`).
  DCP: ['deputy', 'commissioner'], ACP: ['assistant', 'commissioner'], DGP: ['director', 'general'], SHO: ['officer'],
  // Ugandan and Kenyan police ranks (`SSP Bashir Ssempala`, `ASP Lydia Tumushabe`).
  SSP: ['superintendent'], ASP: ['superintendent'],
  // Heads of universities, agencies and states' governments (`the VC said`, `the CM told reporters`).
  VC: ['vice', 'chancellor'], DG: ['director', 'general'], IGP: ['inspector', 'general'], MD: ['managing', 'director'], CM: ['chief', 'minister'], CJ: ['chief', 'justice'],
};

function parsePart(part: string): SpeakerPhrase | null {
  let words = part
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => ROLE_ABBREVIATIONS[w] ?? [w]);
  // A sentence's opening conjunction or adverb is no part of the phrase (`But Twitter said …`, `Meanwhile Apple Inc.`).
  while (words.length > 1 && OPENING_CONNECTIVES.test(words[0]!)) words = words.slice(1);
  if (words.length === 0) return null;
  // `Massachusetts-based Staples`, `London-based Ipsos`: a body said to be based somewhere (a person is not).
  if (words.length >= 2 && /^\p{Lu}[\p{L}.'’-]*-(?:based|headquartered)$/u.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}/u.test(w))) {
    return { kind: 'organisation', name: words.slice(1).join(' ').replace(POSSESSIVE_END, '').replace(/[,;:.]$/, ''), text: part };
  }
  // A party or company known by one name (`Labour`, `the Taliban`, `Google`): a body.
  const bare = words.filter((w) => !/^(?:the|The)$/.test(w));
  if (bare.length === 1 && KNOWN_BODIES.has(bare[0]!.replace(/['’]s$/, ''))) return { kind: 'organisation', name: bare[0]!.replace(/['’]s$/, ''), text: part };
  // `Procter & Gamble` on its own: a company (see COMPANY_AMPERSAND).
  if (bare.length === 1 && bare[0]!.includes(JOINED_AMPERSAND)) return { kind: 'organisation', name: bare[0]!.replace(/['’]s$/, ''), text: part };
  // `Sum 41`, `Maroon 5`, `Blink 182`: a band or team named with a number, no person.
  if (bare.length === 2 && /^\p{Lu}[\p{L}'’.-]*$/u.test(bare[0]!) && /^\d{1,3}(?:['’]s)?$/.test(bare[1]!) && !HONORIFICS.has(bare[0]!.toLowerCase()) && !isTitleWord(bare[0]!.toLowerCase())) return { kind: 'organisation', name: bare.join(' ').replace(POSSESSIVE_END, ''), text: part };
  // `Real Sociedad`, `Bayern Munich`, `Inter Milan`: a football club, named as a person would be.
  if (bare.length >= 2 && bare.length <= 3 && CLUB_FIRST_WORDS.test(bare[0]!) && bare.slice(1).every((w) => /^\p{Lu}/u.test(w))) return { kind: 'organisation', name: bare.join(' ').replace(POSSESSIVE_END, ''), text: part };
  const place = bare.join(' ').replace(/['’]s$/, '');
  if (bare.length > 1 && MULTIWORD_PLACES.has(place)) return { kind: 'organisation', name: place, text: part };
  const lower0 = words[0]!.toLowerCase();
  if (words.length === 1 && SUBJECT_PRONOUNS.has(lower0)) return { kind: 'pronoun', pronoun: lower0, text: part };
  // (`He's been speaking to …`, `She’d said`: a pronoun with its auxiliary, never a name `He`.)
  const contracted = /^(he|she|it|they|we|i)['’](?:s|d|ll|ve|re|m)$/.exec(lower0);
  if (words.length === 1 && contracted && SUBJECT_PRONOUNS.has(contracted[1]!)) return { kind: 'pronoun', pronoun: contracted[1]!, text: part };
  // `the Spaniard`, `the Kuwaiti`: one person of that nationality, the article's (see ArticleEntities).
  if (words.length === 2 && lower0 === 'the' && NATIONALITY_NOUNS.has(words[1]!.toLowerCase().replace(POSSESSIVE_END, ''))) return { kind: 'description', head: words[1]!.toLowerCase().replace(POSSESSIVE_END, ''), modifiers: [], text: part };
  // (With an age before it, `the 28-year-old Jamaican said`: the same, an age its modifier.)
  if (words.length === 3 && lower0 === 'the' && isAge(words[1]!) && NATIONALITY_NOUNS.has(words[2]!.toLowerCase().replace(POSSESSIVE_END, ''))) return { kind: 'description', head: words[2]!.toLowerCase().replace(POSSESSIVE_END, ''), modifiers: ['age'], text: part };
  // `the 32-year-old said`: the person last named, as a pronoun of either gender stands for.
  if (words.length === 2 && lower0 === 'the' && isAge(words[1]!)) return { kind: 'pronoun', pronoun: 'age', text: part };
  // `King told CNN`: the surname, capitalised, not the role.
  if (words.length === 1 && SURNAME_ROLES.has(words[0]!.replace(POSSESSIVE_END, ''))) return { kind: 'person', name: words[0]!.replace(POSSESSIVE_END, ''), title: null, gender: null, text: part };
  // `Mr Trainer said`, `Mrs Judge`: an honorific before one capitalised role word makes it a surname
  // (not the forms of address, `Mr President`, `Madam Speaker`).
  const second = words.length === 2 ? words[1]!.replace(POSSESSIVE_END, '') : '';
  if (second !== '' && HONORIFICS.has(lower0) && /^\p{Lu}\p{Ll}+$/u.test(second) && ROLE_NOUNS.has(second.toLowerCase()) && !ADDRESSED_ROLES.has(second.toLowerCase())) {
    return { kind: 'person', name: second, title: null, gender: HONORIFICS.get(lower0) ?? null, text: part };
  }

  // `X of Y`: the speaker is X (`Jeremy Hobbs of Oxfam`), or Y after a quantity (`hundreds of activists`),
  // or the whole when X is a body and Y its capitalised rest (`The Department of Health and Human Services`).
  const served = roleServingBody(words, part);
  if (served) return served;
  // A member for a constituency: `the MP for Buckingham Greg Smith` is Greg Smith, titled `MP for
  // Buckingham`; `The Labour MP for Chester` alone names no one (a description, not a person Chester).
  const seatFor = words.findIndex((w, k) => w === 'for' && k > 0 && MEMBER_ROLES.test(words[k - 1]!));
  if (seatFor > 0) {
    const after = words.slice(seatFor + 1);
    const caps = after.every((w) => /^\p{Lu}/u.test(w));
    const title = words.slice(0, seatFor + 1).filter((w) => !/^(?:the|The|a|an)$/.test(w));
    if (caps && after.length >= 3) {
      // (The name is the last two words, three with a middle initial or particle: `Jacob Rees-Mogg`, `Anne Marie Morris`.)
      const nameLen = after.length >= 4 && (/^\p{Lu}\.$/u.test(after[after.length - 2]!) || NAME_PARTICLES.has(after[after.length - 2]!)) ? 3 : 2;
      const seat = after.slice(0, after.length - nameLen);
      return { kind: 'person', name: after.slice(-nameLen).join(' ').replace(POSSESSIVE_END, ''), title: [...title, ...seat].join(' '), gender: null, text: part };
    }
    if (caps && after.length >= 1) return { kind: 'description', head: words[seatFor - 1]!.toLowerCase(), modifiers: [...title.slice(0, -2).map((w) => w.toLowerCase()), 'for', ...after.map((w) => w.toLowerCase())], text: part };
  }
  // `Daniel Stark from the University of Arizona`: a named person from somewhere is that person.
  const fromAt = words.indexOf('from');
  // (Also a body named after its kind, `Kate Linnegar from union Acorn`, `from the charity Shelter`.)
  if (fromAt > 1 && isNameWord(words[fromAt - 1]!) && isNameWord(words[fromAt - 2]!) && /^(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}/u.test(words.slice(fromAt + 1).join(' '))) words = words.slice(0, fromAt);
  // (`IDC research manager for mobile phones Ramon Llamas`: a role for a lower-case field, then a
  // full name, is that person's title.)
  const forAt = words.indexOf('for');
  if (forAt > 0 && ROLE_NOUNS.has(words[forAt - 1]!.toLowerCase()) && fieldThenName(words.slice(forAt + 1))) {
    let i = words.length;
    while (i > forAt + 1 && isNameWord(words[i - 1]!)) i--;
    const titled = parsePart([...words.slice(0, forAt), ...words.slice(i)].join(' '));
    if (titled?.kind === 'person' && titled.title !== null && /\s/.test(titled.name)) return { ...titled, title: `${titled.title} ${words.slice(forAt, i).join(' ')}`, text: part };
  }
  const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
  if (ofAt > 0) {
    const left = words.slice(0, ofAt);
    const body = bodyNamedOf(words, ofAt);
    if (body !== null) return { kind: 'organisation', name: body, text: part };
    // `president of Critical Insights`: a role in lower case of one or two capitalised words is of
    // that body, not a person so named (a name comes after a body, `head of Ukraine Volodymyr
    // Zelensky`, or a field, `director of public health Jo Leigh`).
    const after = words.slice(ofAt + 1).filter((w, k) => k > 0 || !/^the$/i.test(w));
    if (after.length >= 1 && after.length <= 2 && after.every((w) => /^\p{Lu}/u.test(w)) && ROLE_NOUNS.has(left[left.length - 1]!) && left.every((w) => /^\p{Ll}/u.test(w))) {
      return { kind: 'organisation', name: after.join(' ').replace(POSSESSIVE_END, '').replace(/[,;:.]$/, ''), text: part };
    }
    // `Ipsos Director of Politics Keiran Pedley`: a body before a capitalised role of a field, then a
    // full name. The role on its own parses to the person; the body joins the title.
    const roleAt = left.length - 1;
    if (roleAt >= 1 && /^\p{Lu}\p{Ll}+$/u.test(left[roleAt]!) && ROLE_NOUNS.has(left[roleAt]!.toLowerCase())) {
      const titled = parsePart(words.slice(roleAt).join(' '));
      if (titled?.kind === 'person' && titled.title !== null && /\s/.test(titled.name)) {
        return { ...titled, title: `${left.slice(0, roleAt).join(' ')} ${titled.title}`, text: part };
      }
    }
    if (QUANTITY_RE.test(left.join(' '))) words = words.slice(ofAt + 1);
    // (`Samsung president of mobile communications business DJ Koh`: a role of a lower-case field,
    // then a full name, is that person's title.)
    else if (left.some(isNameWord) && !roleThenName(words.slice(ofAt + 1)) && !(ROLE_NOUNS.has(left[left.length - 1]!.toLowerCase()) && fieldThenName(words.slice(ofAt + 1)))) words = left;
  }
  let definite = false;
  while (words.length > 0 && /^(?:the|a|an)$/i.test(words[0]!)) {
    definite ||= words[0]!.toLowerCase() === 'the';
    words = words.slice(1);
  }
  // `Justices Brett Kavanaugh, Clarence Thomas and …`: a role in the plural titles several people,
  // not the first one's name.
  if (words.length >= 3 && /^\p{Lu}\p{Ll}+s$/u.test(words[0]!) && ROLE_NOUNS.has(words[0]!.slice(0, -1).toLowerCase()) && isNameWord(words[1]!)) words = words.slice(1);
  // Drop leading adjectives/adverbs before a capitalised phrase: `visibly relieved U.N. Secretary-General …`.
  const firstCap = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (firstCap > 0 && words.slice(0, firstCap).every((w) => !isTitleWord(w) && !ORG_HEAD_NOUNS.has(w) && !GROUP_NOUNS.has(w))) {
    words = words.slice(firstCap);
  }
  if (words.length === 0) return null;
  // A group noun standing alone at a sentence start: `Critics called …`, `Protesters chanted …`.
  if (words.length === 1 && GROUP_NOUNS.has(words[0]!.toLowerCase())) return { kind: 'organisation', name: words[0]!.toLowerCase(), text: part };
  // A people speaking as a group (`Canadians who say they are "absolutely certain"`), not a person named so.
  if (words.length === 1 && isNationalityPlural(words[0]!)) return { kind: 'organisation', name: words[0]!, text: part };
  // `Judge Gerald Butler QC`, `Jane Hale MP`: letters after a name are no part of it.
  // (After a given name or a title and a surname, `Mr Rees QC`: `Green MP` is a description, `Kildare TD` too.)
  if (words.length >= 3 && POST_NOMINALS.has(words[words.length - 1]!) && isNameWord(words[words.length - 2]!) && (isNameWord(words[words.length - 3]!) || isTitleWord(words[words.length - 3]!))) words = words.slice(0, -1);
  const last = words[words.length - 1]!;
  const lastLower = last.toLowerCase();

  // Trailing name run. A possessive ends it (`Labour’s Wes Streeting`: Labour's is the party, not a
  // name word); a month name is in it after a name word or an honorific (`Theresa May`, `Mrs May`).
  let i = words.length;
  const inRun = (k: number): boolean => {
    const w = words[k]!;
    if (k < words.length - 1 && isPossessive(w) && /['’]s$/.test(w)) return false;
    // `Speaker of the House Nancy Pelosi`: the House ends the title, not the name.
    if (k > 0 && TITLE_TAILS_AFTER_OF.has(w.toLowerCase()) && /^(?:the|of)$/i.test(words[k - 1]!)) return false;
    // `Datuk Seri Mohd Redzuan`, `Tan Sri Muhyiddin Yassin`: an honour ends the name.
    if (isHonourSecondWord(w, words[k - 1])) return false;
    // `Special Agent in Charge Ann Lee`, `Meteorologist in Charge Jim Meyer`: the end of a title.
    if (w === 'Charge' && words[k - 1] === 'in') return false;
    if (isNameWord(w)) return true;
    if (NAME_MONTHS.has(w) && k > 0) {
      const prev = words[k - 1]!;
      return (isNameWord(prev) && !isPossessive(prev)) || HONORIFICS.has(prev.toLowerCase());
    }
    // A surname that is also a role (`Rep. Peter King`, `John Major`) ends a name after a given name.
    if (SURNAME_ROLES.has(w.replace(POSSESSIVE_END, '')) && k === words.length - 1 && k > 0 && isNameWord(words[k - 1]!) && !isPossessive(words[k - 1]!)) return true;
    return NAME_PARTICLES.has(w.toLowerCase()) && k < words.length - 1 && k > 0;
  };
  while (i > 0 && inRun(i - 1)) i--;
  // `Under-stated Elena Rybakina`, `Long-serving Aung San Suu Kyi`: a compound adjective opening the
  // run, before a full name, describes the person (a hyphenated given name has a capital after its
  // hyphen, `Jean-Luc`; `Ki-moon` and `Jong-un` end their names).
  if (words.length - i >= 3 && COMPOUND_MODIFIER.test(words[i]!)) words = [...words.slice(0, i), ...words.slice(i + 1)];
  // (A role sent to a body, `UN special envoy to Syria`, is a title whatever its modifiers.)
  const sentTo = bodySentTo(words, i);
  i += sentTo;
  // `CBI Martin Sartorius`: an acronym before a full name is the body the person speaks for, part of
  // the title (`JONATHAN Byrd`, a given name printed in capitals, has a surname alone after it).
  if (words.length - i >= 3 && /^\p{Lu}{2,}$/u.test(words[i]!) && words.slice(i + 1).every((w) => /\p{Ll}/u.test(w))) i++;
  // `Commissioner for the Dublin Metropolitan Region Paul Cleary`, `Secretary of State for Northern
  // Ireland Julian Smith`: after `for`/`of` (or in a run of four words or more), a body's or place's
  // name opens the run; the person's name is what follows its last body or place word.
  let split = i;
  if ((words.length - i >= 3 && /^(?:for|of|the)$/i.test(words[i - 1] ?? '')) || words.length - i >= 4) {
    for (let k = i; k < words.length - 2; k++) if (ORG_WORDS.has(words[k]!.toLowerCase()) || PLACES.has(words[k]!)) split = k + 1;
    // (`Secretary General of the Supreme Council of Antiquities Zahi Hawas`: a body word and `of`
    // before the run make its first word the body's, `Council of Antiquities`.)
    if (split === i && words[i - 1] === 'of' && ORG_WORDS.has(words[i - 2]?.toLowerCase() ?? '') && /^\p{Lu}/u.test(words[i - 2]!)) split = i + 1;
  }
  const nameWords = words.slice(split);
  const before = words.slice(0, split);
  // Words before the name must make a title: title words, demonyms, bodies (`council chairman`, `China's foreign ministry spokeswoman`).
  // (`Special Agent in Charge`: a role in charge is a title too.)
  const inCharge = before.length >= 3 && before[before.length - 1] === 'Charge' && before[before.length - 2] === 'in' ? 2 : 0;
  // (`the public health director of Herat province`: a role and what it is of.)
  const titleLike = before.length === 0 || sentTo > 0 || isRoleNoun(before[before.length - 1 - inCharge]!) || roleOfTail(before, before.length - 1) || agentDescription(before, nameWords) || before.every((w, k) => isTitleWord(w) || isDemonym(w) || isPossessive(w) || /^\p{Lu}/u.test(w) || TITLE_FILLER.has(w.toLowerCase()) || ampersandInTitle(before, k) || sentToInTitle(before, k) || roleOfTail(before, k) || (k === 0 && before.length > 1 && POSSESSIVE_DETERMINER.test(w)));
  if (nameWords.length > 0 && DOCUMENT_NOUNS.has(nameWords[nameWords.length - 1]!)) return null;
  if (nameWords.length > 0 && nameWords.length <= MAX_NAME_WORDS && titleLike) {
    // `JONATHAN Byrd` (a lead's first word in capitals, as some papers print it) is Jonathan Byrd;
    // capitals later in a name are kept (`Ipsos MORI`).
    const mixed = nameWords.some((w) => /\p{Ll}/u.test(w));
    const name = nameWords
      .map((w, k) => (k === 0 && mixed && /^\p{Lu}{3,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
      .join(' ')
      .replace(POSSESSIVE_END, '');
    if (isOrganisationName(nameWords, before)) return { kind: 'organisation', name: [...before, ...nameWords].join(' '), text: part };
    // `The Washington Post` is a body; `the former secretary of state John Kerry` a titled person.
    // (Capitalised title words before it are part of a body's name: `the Klamath National Forest`,
    // `the National Guard`, not `Forest` and `Guard`.)
    if (definite && !before.some((w) => ROLE_NOUNS.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()))) {
      const whole = before.length > 0 && before.every((w) => /^\p{Lu}/u.test(w) && !isPossessive(w)) ? `${before.join(' ')} ${name}` : name;
      return { kind: 'organisation', name: whole, text: part };
    }
    const gender = genderOfRole(before.join(' '));
    const kept = before.filter((w, k) => !HONORIFICS.has(w.toLowerCase()) && !isHonourSecondWord(w, before[k - 1]));
    // (A sentence adverb opening the phrase is no part of the title: `However EU Council President Donald Tusk`.)
    // (A lead's first word printed in capitals is one too: `AFTER Judge Early had …`.)
    while (kept.length > 0 && (TITLE_FILLER.has(kept[0]!.toLowerCase()) || CAPITALISED_STOPWORDS.has(kept[0]!) || CAPITALISED_STOPWORDS.has(capitalised(kept[0]!)))) kept.shift();
    while (kept.length > 0 && TITLE_FILLER.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
    const titleWords = dedupeTitle(kept);
    const title = titleWords.length > 0 && titleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || (/-/.test(w) && !ORIGIN_ADJECTIVE.test(w))) ? titleWords.join(' ') : null;
    return { kind: 'person', name, title, gender, text: part };
  }
  if (nameWords.length > 0) return null;
  // `the US Ambassador to the UN`: a role sent to a body, unnamed (not the body).
  const sentRole = words.findIndex((w, k) => ROLES_SENT_TO.has(w.toLowerCase()) && words[k + 1] === 'to');
  if (sentRole >= 0) return { kind: 'description', head: words[sentRole]!.toLowerCase(), modifiers: words.slice(0, sentRole).map((w) => w.toLowerCase()), text: part };
  // `the Arizona Republican`, `the Illinois Democrat`: a party member, described.
  if (definite && /^(?:Republican|Democrat)$/.test(last) && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) return { kind: 'description', head: lastLower, modifiers: words.slice(0, -1).map((w) => w.toLowerCase()), text: part };
  // `the ex-governor`: a former governor.
  const exRole = /^ex-(\p{Ll}+)$/u.exec(lastLower);
  if (exRole && ROLE_NOUNS.has(exRole[1]!) && words.every((w) => /^\p{Ll}/u.test(w))) return { kind: 'description', head: exRole[1]!, modifiers: [...words.slice(0, -1).map((w) => w.toLowerCase()), 'former'], text: part };
  // No name: a description, an organisation or a group.
  // `the company`, `the oil giant`, `the carmaker`: the company the article is about.
  if (definite && (COMPANY_NOUNS.has(lastLower) || INSTITUTION_NOUNS.has(lastLower)) && words.every((w) => /^\p{Ll}/u.test(w))) return { kind: 'organisation', name: words.join(' '), text: part, generic: true };
  if (ROLE_NOUNS.has(lastLower) && !HONORIFICS.has(lastLower)) {
    const modifiers = words.slice(0, -1).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
    return { kind: 'description', head: lastLower, modifiers, text: part };
  }
  if (ORG_HEAD_NOUNS.has(lastLower) || ORG_WORDS.has(lastLower)) return { kind: 'organisation', name: words.join(' '), text: part };
  if (GROUP_NOUNS.has(lastLower)) return { kind: 'organisation', name: words.join(' '), text: part };
  return null;
}

/**
 * The name of a body written `X of Y` (`Department of Health and Human Services`, `University of
 * Cambridge`, `Bank of England`): X is capitalised and ends with a body word (ORG_WORDS), and what
 * follows `of` is capitalised words and small joining words only, with no role noun (`Bank of
 * England Governor Mark Carney` is a person). Leading articles are left out. Null otherwise.
 */
function bodyNamedOf(words: readonly string[], ofAt: number): string | null {
  let from = 0;
  while (from < ofAt && /^(?:the|a|an)$/i.test(words[from]!)) from++;
  const left = words.slice(from, ofAt);
  const right = words.slice(ofAt + 1);
  if (left.length === 0 || right.length === 0) return null;
  if (!left.every((w) => /^\p{Lu}/u.test(w)) || !ORG_WORDS.has(left[left.length - 1]!.toLowerCase())) return null;
  if (!/^\p{Lu}/u.test(right[0]!) || !/^\p{Lu}/u.test(right[right.length - 1]!)) return null;
  if (!right.every((w) => (/^\p{Lu}/u.test(w) && !ROLE_NOUNS.has(w.toLowerCase())) || TITLE_FILLER.has(w.toLowerCase()))) return null;
  return words.slice(from).join(' ');
}

/**
 * A role and the named body it works for, with no name of its own: `a spokesman for the Party of
 * Socialism and Liberation`, `an analyst at Capital Economics`. A spokesperson speaks for the body, so
 * the body speaks (`Doctors Without Borders`); any other role is a description of someone unnamed
 * (not a person named after the body's last word, `Liberation`). Null when the words are not so.
 */
function roleServingBody(words: readonly string[], part: string): SpeakerPhrase | null {
  let k = 0;
  while (k < words.length && /^(?:the|a|an)$/i.test(words[k]!)) k++;
  const from = k;
  while (k < words.length && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!) && !SERVING_PREPOSITIONS.has(words[k]!)) k++;
  const head = words[k - 1]?.toLowerCase();
  if (k === from || head === undefined || !ROLE_NOUNS.has(head) || HONORIFICS.has(head) || !SERVING_PREPOSITIONS.has(words[k] ?? '')) return null;
  let b = k + 1;
  while (b < words.length && /^(?:the|The)$/.test(words[b]!)) b++;
  const body = words.slice(b);
  if (body.length === 0 || !/^\p{Lu}/u.test(body[0]!) || !/^\p{Lu}/u.test(body[body.length - 1]!)) return null;
  if (!body.every((w) => /^\p{Lu}/u.test(w) || TITLE_FILLER.has(w) || BODY_NAME_SMALL_WORDS.has(w))) return null;
  // (A capital inside a word is a brand, `JetBlue`, `YouGov`: no surname.)
  const bodyLike = body.length > 2 || body.some((w) => ORG_WORDS.has(w.toLowerCase()) || ORG_HEAD_NOUNS.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w)) || KNOWN_BODIES.has(body.join(' '));
  if (SPOKESPEOPLE.has(head) && bodyLike) return { kind: 'organisation', name: body.join(' ').replace(POSSESSIVE_END, ''), text: part };
  return { kind: 'description', head, modifiers: words.slice(from, k - 1).map((w) => w.toLowerCase()), text: part };
}
/** Prepositions tying a role to the body it serves: `spokesman for`, `analyst at`, `lawyer with`. */
const SERVING_PREPOSITIONS = new Set(['for', 'at', 'with']);
/** Lower-case words inside a body's name: `Doctors Without Borders` is capitalised, `Party of Socialism and Liberation` has these. */
const BODY_NAME_SMALL_WORDS = new Set(['in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', '&']);
/** Roles whose words are the body's own. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'rep', 'representative']);

/** True when words are one to {@link MAX_ROLE_OF_WORDS} lower-case words and then a name of two words or more (`mobile communications business DJ Koh`). */
function fieldThenName(words: readonly string[]): boolean {
  let i = 0;
  while (i < words.length && /^\p{Ll}[\p{Ll}-]*$/u.test(words[i]!)) i++;
  return i >= 1 && i <= MAX_ROLE_OF_WORDS && words.length - i >= 2 && words.slice(i).every(isNameWord);
}

/** True when words end with a role noun and then a name (`England Governor Mark Carney`, `Defence spokesman John Smith`): a title before a person. */
function roleThenName(words: readonly string[]): boolean {
  let i = words.length;
  while (i > 0 && isNameWord(words[i - 1]!) && !TITLE_TAILS_AFTER_OF.has(words[i - 1]!.toLowerCase())) i--;
  return i > 0 && i < words.length && (ROLE_NOUNS.has(words[i - 1]!.toLowerCase()) || TITLE_TAILS_AFTER_OF.has(words[i - 1]!.toLowerCase()));
}
/**
 * How many words at the start of the name run `words[i…]` name the body or place a role is sent
 * to (`U.S. Ambassador to the United Nations Linda Thomas-Greenfield`: 2, `United Nations`), so
 * that they go to the title: a place, a known body, an acronym, or words ending with a body word.
 * At least two name words are left. 0 when `words[i - 1]` is not such a `to` (after `the`).
 */
function bodySentTo(words: readonly string[], i: number): number {
  let t = i - 1;
  if (words[t] === 'the') t--;
  if (words[t] !== 'to' || !ROLES_SENT_TO.has(words[t - 1]?.toLowerCase() ?? '')) return 0;
  for (let n = words.length - i - 2; n >= 1; n--) {
    const body = words.slice(i, i + n);
    const joined = body.join(' ');
    if (PLACES.has(joined) || KNOWN_BODIES.has(joined) || (n === 1 && /^\p{Lu}{2,}$/u.test(joined)) || ORG_WORDS.has(body[n - 1]!.toLowerCase())) return n;
  }
  return 0;
}

/** True when `title[k]` is an ampersand between two title words (`president & CEO`), not inside a company's name (`Procter & Gamble`). */
function ampersandInTitle(title: readonly string[], k: number): boolean {
  return title[k] === '&' && k > 0 && isTitleWord(title[k - 1]!) && isTitleWord(title[k + 1] ?? '');
}

/** True when `title[k]` is the `to` of a role sent to a body the title goes on to name (`Ambassador to the UN`), not a `to` that ends it (`adviser to` Boris Johnson). */
function sentToInTitle(title: readonly string[], k: number): boolean {
  const next = title[k + 1] === 'the' ? title[k + 2] : title[k + 1];
  return title[k] === 'to' && ROLES_SENT_TO.has(title[k - 1]?.toLowerCase() ?? '') && next !== undefined && /^\p{Lu}/u.test(next);
}

/** Words that end a title after `of` (`Chief of Staff Mick Mulvaney`) though no role noun on their own. */
const TITLE_TAILS_AFTER_OF = new Set(['staff', 'house']);

/** A hyphenated word saying where someone is from, not what they are (`New Zealand-born`, `London-based`): no title on its own. */
const ORIGIN_ADJECTIVE = /-(?:born|based|raised|bred|educated|trained)$/i;

/**
 * Lower-case words ending in an agent noun before a full name (`sports broadcaster and media
 * trainer Bryn Law`, `veteran pollster Jo Hale`): a description of the person, though no word of it
 * is a known role.
 */
function agentDescription(before: readonly string[], nameWords: readonly string[]): boolean {
  const last = before[before.length - 1];
  if (last === undefined || nameWords.length < 2 || before.length > MAX_AGENT_DESCRIPTION_WORDS) return false;
  // (A capitalised place or body may open it: `Wayne volunteer Teresa Stabler`, `Carlow resident Jo Hale`.)
  let from = 0;
  while (from < before.length - 1 && /^\p{Lu}[\p{L}.'’-]*$/u.test(before[from]!) && !CAPITALISED_STOPWORDS.has(before[from]!)) from++;
  return isAgentNoun(last) && before.slice(from).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
}

/** Conjunctions and sentence adverbs that open a sentence before its subject. */
const OPENING_CONNECTIVES = /^(?:But|And|Or|Yet|So|Meanwhile|However|Still|Also|Now|Then|Instead|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|Separately|Earlier|Later|where|when|whereas)$/;

/** `Abc` for a word printed in capitals (`AFTER`); other words unchanged. */
function capitalised(w: string): string {
  return /^\p{Lu}{2,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w;
}

/** Most lower-case words of such a description. */
const MAX_AGENT_DESCRIPTION_WORDS = 6;

/** A capitalised compound whose second part is lower case (`Under-stated`, `Long-serving`, `Hard-line`): an adjective, not a name word, at the start of a name. */
const COMPOUND_MODIFIER = /^\p{Lu}\p{Ll}+-\p{Ll}[\p{Ll}-]*$/u;

/** A possessive ending on a name (`Ibrahim's`, `Corbyn’s`, `Jones'`). */
const POSSESSIVE_END = /['’]s$|(?<=s)['’]$/;

/**
 * A person phrase as it is kept among a speaker's aliases: without words that open the sentence or
 * the clause before the title and name (`Yesterday Corbyn` → `Corbyn`, `claimed Mr Johnson` → `Mr
 * Johnson`) and without a possessive ending (`Ibrahim's` → `Ibrahim`).
 */
function shownForm(part: string): string {
  const words = part.split(' ').filter((w) => w !== '');
  let i = 0;
  while (i < words.length - 1 && (CAPITALISED_STOPWORDS.has(words[i]!) || /^\d/.test(words[i]!) || (/^\p{Ll}/u.test(words[i]!) && !isTitleWord(words[i]!) && !ORG_HEAD_NOUNS.has(words[i]!) && !TITLE_FILLER.has(words[i]!)))) i++;
  return words.slice(i).join(' ').replace(POSSESSIVE_END, '');
}

/** Small words allowed inside a title before a name: `Secretary of State`, `Minister for Health`. */
const TITLE_FILLER = new Set(['of', 'for', 'and', 'the']);

/**
 * A lower-case word of what a role is `of` (`Unison’s head of local government Heather Wakefield`,
 * `director of public health Jo Lee`): at most {@link MAX_ROLE_OF_WORDS} words after an `of` that
 * follows a role noun.
 */
function roleOfTail(before: readonly string[], k: number): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before[k]!)) return false;
  // (`director of Herat province`, `governor of Kano state`: a named place and its kind.)
  const placeKind = ADMINISTRATIVE_PLACE_NOUNS.has(before[k]!);
  for (let o = k - 1; o >= 1 && k - o <= MAX_ROLE_OF_WORDS; o--) {
    if (before[o] === 'of') return ROLE_NOUNS.has(before[o - 1]!.toLowerCase().replace(/['’]s$/, ''));
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before[o]!) && !(placeKind && /^\p{Lu}\p{Ll}+$/u.test(before[o]!))) return false;
  }
  return false;
}


/** Words that end the name of a document or a part of one, never a person's: `Opening Statement:` in a transcript. */
const DOCUMENT_NOUNS = new Set(['Statement', 'Statements', 'Transcript', 'Release', 'Summary', 'Update', 'Remarks', 'Q&A', 'Introduction', 'Conclusion']);

function isOrganisationName(nameWords: readonly string[], before: readonly string[]): boolean {
  if (nameWords.some((w) => w.includes(JOINED_AMPERSAND))) return true;
  if (nameWords.some((w) => ORG_WORDS.has(w.toLowerCase()))) return true;
  // `New Zealand`, `Saudi Arabia`; a known body before another word (`Gallup Korea`, `Meta Platforms`).
  // (Not after a person's role: `mayor Tory Whanau` is a woman named Tory.)
  const personRole = before.some((w) => isRoleNoun(w.replace(/['’]s$/, '')));
  if (MULTIWORD_PLACES.has(nameWords.join(' ')) || (nameWords.length > 1 && KNOWN_BODIES.has(nameWords[0]!) && !(personRole && nameWords.length === 2))) return true;
  if (nameWords.length === 1) {
    const w = nameWords[0]!;
    if (PLACES.has(w) || KNOWN_BODIES.has(w)) return true;
    // An acronym on its own (`NATO`, `CBOS`) is a body, not a person.
    if (/^[A-Z]{2,}$/.test(w) && before.length === 0) return true;
  }
  return false;
}

/** `Defense Minister Defense Minister` → `Defense Minister` (a doubled title is a copy slip). */
function dedupeTitle(words: string[]): string[] {
  for (let n = Math.floor(words.length / 2); n >= 1; n--) {
    const a = words.slice(-2 * n, -n).join(' ');
    const b = words.slice(-n).join(' ');
    if (a === b) return [...words.slice(0, -2 * n), ...words.slice(-n)];
  }
  return words;
}
