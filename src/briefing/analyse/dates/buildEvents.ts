/**
 * Timeline events of one article: each sentence with a resolved DATE of day, week, weekend, month
 * or year granularity gives one event per date (the clause around the expression, trimmed; who did
 * it when the subject is an easy name). The project's own heuristics; sentences come from
 * wink-nlp via splitSentences.
 */
import { RANGE_END_TAG } from './chronoParser.js';
import type { Article, TimelineEvent } from '../../types.js';
import { splitSentences } from '../sentences.js';
import type { TimexSpan } from './tagTimexes.js';
import { CAPITALISED_STOPWORDS, GROUP_NOUNS, MULTIWORD_PLACES, ORG_WORDS, PLACES, POST_NOMINALS, ROLE_NOUNS, STATE_ABBREVIATION, TITLE_MODIFIERS, isDemonym } from '../speakers/lexicon.js';
import { parseSpeakerPhrase } from '../speakers/parseSpeakerPhrase.js';
import { sentenceSubject } from '../quotes/findCue.js';
import { capitalisedMidSentence } from '../capitalisedMidSentence.js';

/** Values that place an event on a timeline: a day, week, weekend, month or year (not `XXXX-…`, not `PRESENT_REF`). */
const CALENDAR_VALUE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?))?$/;

/** Longest event text (characters): longer clauses are cut at a clause boundary around the date. */
const MAX_EVENT_CHARS = 160;
/** How much text (characters) before the date expression a cut event text keeps. */
const LEAD_CHARS = 90;

/** A TIME value on a whole day (`2019-07-05T20:19`, `2024-07-28TEV`): its first {@link DAY_CHARS} characters are the day. */
const DAY_OF_TIME = /^\d{4}-\d{2}-\d{2}T/;
const DAY_CHARS = 10;

/** True when a TIMEX3 DATE value can be placed on the timeline. */
export function isCalendarValue(value: string): boolean {
  return CALENDAR_VALUE.test(value);
}

/** Title words that come before a name and are not the name (`Defense Secretary Robert Gates`). */
const TITLE_WORDS = /^(?:US|U\.S\.|UK|EU|UN|Russian|American|British|French|German|Chinese|Polish|Czech|Iranian|Israeli|Japanese|First|Deputy|Prime|Vice|Foreign|Defence|Defense|Finance|Interior|Trade|Commerce|Secretary|Minister|President|Chancellor|Premier|Senator|Sen\.|Rep\.|Gov\.|Governor|General|Gen\.|Chief|Justice|Judge|Mayor|Leader|Spokesman|Spokeswoman|Ambassador|Envoy|Director|Chairman|King|Queen|Prince|Pope|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|State|Former|Opposition|Republican|Democratic|Labour|Conservative|the|The)$/;

/**
 * Subject of a sentence when it is an easy name: a capitalised run at the start before a verb, or
 * failing that the name before `said` (`The rescue was slow, Mancera said`).
 */
export function easySubject(sentence: string, knownName: (word: string) => boolean = () => true): string | null {
  // The sentence subject as quote attribution reads it (`Ukraine's opposition leader Yevgeniy
  // Tkachenko on Tuesday accused …` → Yevgeniy Tkachenko, not Ukraine): a named person or a named
  // body; a pronoun, a description or a group is no one's name here.
  // (Read only where the plain capitalised run may mislead: an owner, a body or title before a
  // name, an opening clause; the rest, `Barack Obama said …`, the run reads as well and faster.)
  const win = subjectWindow(sentence);
  const found = NEEDS_SUBJECT_READING.test(sentence) ? sentenceSubject(win, 0) : null;
  // (A phrase running to the end of a cut window may be cut short: `Richard` of `Richard Boucher`.)
  const subj = found !== null && (win.length === sentence.length || found.at + found.phrase.length < win.trimEnd().length) ? found : null;
  // (An article opens a noun phrase that is the subject, not an introduction to skip: `A book of
  // memoirs by Mr Lowe, which he worked on with Dr Lewis-Jones, …` is not Lewis-Jones's.)
  // The phrase must open with a capital (`a quake in Sichuan` is no person named Sichuan), and an
  // opening adverb is not a name (`Initially, an extraordinary sitting …`).
  // A possessive owns the subject (`Norway's central bank`): not the subject itself.
  const usable = subj !== null && !(subj.at > 0 && /^(?:A|An|The)\s/.test(sentence)) && /^\p{Lu}/u.test(subj.phrase) && !/^\p{Lu}\p{Ll}+ly,/u.test(subj.phrase) && !/['’]s?$/.test(subj.phrase);
  const phrase = usable ? parseSpeakerPhrase(subj.phrase) : null;
  if (phrase?.kind === 'person' && plausibleName(phrase.name.split(' '), '') && (/\s/.test(phrase.name) || phrase.title !== null || knownName(phrase.name))) return phrase.name;
  if (phrase?.kind === 'description') return null;
  // `Norway's central bank kept …`: the bank, not Norway; only a reporting clause may name it.
  const owned = /^\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u.test(sentence.trimStart());
  const start = owned ? null : /^((?:[A-Z][\p{L}'’.-]*(?:\s+|$)){1,7})(?=[a-z])/u.exec(sentence);
  if (start) {
    const next = /^\s*(\p{Ll}+)/u.exec(sentence.slice(start[0].length))?.[1] ?? '';
    const name = nameOfRun(start[1]!, next);
    // One word opening a sentence is a name only when the article also writes it capitalised
    // inside a sentence (`Combat operations ended`, `Ties between …` name no one).
    if (name !== null && (/\s/.test(name) || knownName(name))) return name;
  }
  const said = /((?:[A-Z][\p{L}'’.-]+\s+){0,3}[A-Z][\p{L}'’-]+)\s+(?:said|says|told|announced|added|stated)\b/u.exec(sentence);
  return said ? nameOfRun(said[1]!, '') : null;
}

/** The name at the end of a capitalised run (`Russia's First Deputy Prime Minister Sergei Ivanov` → `Sergei Ivanov`), or null. `next` is the lower-case word after the run. */
function nameOfRun(run: string, next: string): string | null {
  const words = run.trim().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  // (`In October another series …`, `But Nanos Research has …`, `This NOAA satellite image …`,
  // `Although Sinn Féin leaders described …`: an opening word is no part of the name.)
  // (An article stays: `A New York man …` names no one.)
  while (words.length > 1 && CAPITALISED_STOPWORDS.has(words[0]!) && !/^(?:A|An|The)$/.test(words[0]!)) words.shift();
  // (`Hardest-hit Indonesia`: a compound adjective opening the run describes what follows.)
  if (words.length > 1 && OPENING_COMPOUND.test(words[0]!)) words.shift();
  // (`Judge Gerald Butler QC`: letters after a name are no part of it.)
  if (words.length > 2 && POST_NOMINALS.has(words[words.length - 1]!)) words.pop();
  // A person's name is the last three words at most; a body's may be longer (`United Parcel Service
  // Inc.`, `Seoul Central District Court`, `Taiwanese Public Opinion Foundation`).
  const body = ORG_WORDS.has(words[words.length - 1]!.toLowerCase());
  const most = body ? MAX_BODY_NAME_WORDS : MAX_PERSON_NAME_WORDS;
  const tail: string[] = [];
  // (A person's title ends at any title word: `Minister of State for External Affairs Meenakshi Lekhi`.)
  for (let i = words.length - 1; i >= 0 && !TITLE_WORDS.test(words[i]!) && !ROLE_NOUNS.has(words[i]!.toLowerCase()) && (body || !TITLE_MODIFIERS.has(words[i]!.toLowerCase())) && tail.length < most; i--) tail.unshift(words[i]!);
  return plausibleName(tail, next) ? tail.join(' ') : null;
}

/** A capitalised compound whose second part is lower case (`Hardest-hit`, `Long-serving`): an adjective, no name's first word. */
const OPENING_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Ll}/u;

/** Most words of a timeline entry's person, and of a body (see nameOfRun). */
const MAX_PERSON_NAME_WORDS = 3;
const MAX_BODY_NAME_WORDS = 5;

/**
 * Sentence openings where the subject finder reads better than the capitalised run: a possessive
 * (`Ukraine's opposition leader …`), capitals then lower-case words then capitals (`Gazprom chief
 * executive Alexei Miller`), three capitalised words (`European Energy Commissioner Guenther
 * Oettinger`), or a comma or colon early (`In a news conference here Friday, Obama …`, `Raymond
 * Roth, 48, of …`, `FRANKFURT: The chairman of Rover, …`).
 */
const NEEDS_SUBJECT_READING = /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s|(?:\p{Lu}[\p{L}.'’-]*\s+){2}\p{Lu}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:\p{Ll}[\p{L}-]*\s+){1,3}\p{Lu}|[^.;!?]{1,80}[,:]\s)/u;

/** Characters of a sentence read for its subject (a subject and an opening clause fit well within it). */
const SUBJECT_WINDOW = 120;

/** The start of `sentence` read for its subject: up to {@link SUBJECT_WINDOW} characters, cut between words (a word cut in two, `Richard Bouc`, would read as a name). */
function subjectWindow(sentence: string): string {
  if (sentence.length <= SUBJECT_WINDOW) return sentence;
  const cut = sentence.lastIndexOf(' ', SUBJECT_WINDOW);
  return sentence.slice(0, cut > 0 ? cut : SUBJECT_WINDOW);
}

/**
 * False for words that are no one's name: a determiner, a number or a group (`More than 1,400
 * aftershocks`, `Six of the deaths`, `Rescue workers in Turkey`, `Officials fear`): a one-word
 * subject must not be a stop word, a group, or the first word of a group (`Rescue` before `workers`).
 */
function plausibleName(tail: readonly string[], next: string): boolean {
  const name = tail.join(' ');
  if (tail.length === 1 && (CAPITALISED_STOPWORDS.has(name) || GROUP_NOUNS.has(name.toLowerCase()) || GROUP_NOUNS.has(next) || /^(?:More|Fewer|Less|Nearly|Almost|Around|Roughly|Hundreds|Thousands|Dozens|Scores|Millions|Others|Everyone|Nobody|Anyone)$/.test(name))) return false;
  // (An indefinite article opens a description of someone unnamed: `An Arkansas sheriff's deputy was
  // shot`, `A Newspoll conducted for …`.)
  if (/^(?:A|An)$/.test(tail[0] ?? '')) return false;
  // (`I’ve had …`; `The Mexican navy`, `Sudanese government`: a contraction or a nationality alone;
  // `The Virginia-based company`: where someone is from.)
  if (tail.some((w) => /['’](?:ve|ll|re|m|d)$/i.test(w)) || isDemonym(name) || (tail.length === 1 && /ans$/.test(name) && isDemonym(name.slice(0, -1))) || /-(?:based|born|led|backed)$/i.test(name)) return false;
  // (`Sri Lankan officials`, `South African police`: a nationality of two words.)
  if (tail.length === 2 && /ns?$/.test(name) && MULTIWORD_PLACES.has(name.replace(/ns?$/, ''))) return false;
  // (`Ministry`, `Council`: a body's head word alone names no body.)
  if (tail.length === 1 && ORG_WORDS.has(name.toLowerCase())) return false;
  // (`Hardest-hit Indonesia`: a compound adjective opens no name.)
  if (tail.length > 1 && OPENING_COMPOUND.test(tail[0]!)) return false;
  // (`Nashville, Tenn.`: a state; `KUALA LUMPUR`, `GARDAÍ HAVE SAID`: a dateline or a lead's words in capitals.)
  if ((tail.length === 1 && STATE_ABBREVIATION.test(name)) || tail.filter((w) => /^\p{Lu}{2,}[\p{Lu}'’.-]*$/u.test(w) && w.length >= 4).length >= 2) return false;
  if (!name || TITLE_WORDS.test(name) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i.test(name) || /^(?:It|He|She|They|We|I|But|And|In|On|At|A|An|This|That|While|When|After|Both|Nevertheless)$/.test(name)) return false;
  return true;
}

/** The clause of `sentence` around `[start, end)`, trimmed to {@link MAX_EVENT_CHARS}. */
function clauseAround(sentence: string, start: number, end: number): string {
  if (sentence.length <= MAX_EVENT_CHARS) return sentence.trim();
  const bounds = /[;:]|,\s+(?:but|while|whereas|although|and)\s+|\s+--?\s+/g;
  let s = 0;
  let e = sentence.length;
  for (let m = bounds.exec(sentence); m; m = bounds.exec(sentence)) {
    if (m.index + m[0].length <= start) s = m.index + m[0].length;
    else if (m.index >= end && m.index < e) e = m.index;
  }
  let clause = sentence.slice(s, e).trim();
  if (clause.length > MAX_EVENT_CHARS) {
    // Keep the date expression inside: a window starting a little before it, cut at word boundaries.
    const exprAt = start - s - (sentence.slice(s, e).length - sentence.slice(s, e).trimStart().length);
    const from = Math.max(0, Math.min(exprAt - LEAD_CHARS, clause.length - MAX_EVENT_CHARS));
    let piece = clause.slice(from, from + MAX_EVENT_CHARS);
    if (from > 0) piece = `…${piece.replace(/^\S*\s+/, '')}`;
    if (from + MAX_EVENT_CHARS < clause.length) piece = `${piece.replace(/\s+\S*$/, '')}…`;
    clause = piece;
  }
  return clause;
}

/** A question (`who can say in 2007, what states … in 2017?`) asks; it reports no event on its dates. */
const QUESTION_END = /\?["”’')\]]*$/;
/** `today's … world` is the present age, not the day: generic nouns a few words after `today's`/`yesterday's`. */
const GENERIC_AGE_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,5}?(?:world|society|age|era|times|generation|climate|environment|economy|markets?|reality|realities|youth|politics)\b/iu;

/** Events of one article from its paragraphs' timexes (`timexesOf(paragraphIndex)` gives offsets into that paragraph). */
export function buildEvents(article: Article, timexesOf: (p: number) => readonly TimexSpan[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const known = new Map<string, boolean>();
  const knownName = (w: string): boolean => {
    let k = known.get(w);
    if (k === undefined) known.set(w, (k = PLACES.has(w) || capitalisedMidSentence(w, article.paragraphs)));
    return k;
  };
  article.paragraphs.forEach((para, p) => {
    // (A range's end, `from Sept. 12 to Sept. 16`, is no event of its own: the range is dated by its start.)
    // (A clock time on a day, `Friday at 8:19 pm`, is an event of that day.)
    const spans = timexesOf(p)
      .map((t) => (t.type === 'TIME' && DAY_OF_TIME.test(t.value) ? { ...t, value: t.value.slice(0, DAY_CHARS) } : t))
      .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && isCalendarValue(t.value) && !t.tags.includes(RANGE_END_TAG));
    if (spans.length === 0) return;
    for (const s of splitSentences(para)) {
      if (QUESTION_END.test(s.text.trimEnd())) continue;
      const seen = new Set<string>();
      let who: string | null | undefined;
      for (const t of spans) {
        if (t.start < s.start || t.end > s.end || seen.has(t.value)) continue;
        if (/^(?:to|yester)day$/i.test(t.text) && GENERIC_AGE_AFTER.test(para.slice(t.end))) continue;
        seen.add(t.value);
        events.push({
          articleId: article.id,
          date: t.value,
          expression: t.text,
          text: clauseAround(s.text, t.start - s.start, t.end - s.start),
          who: who === undefined ? (who = easySubject(s.text, knownName)) : who,
        });
      }
    }
  });
  return events;
}
