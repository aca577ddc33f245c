/**
 * Facts about a poll told in one sentence: who did it (pollster), how many were asked (sample
 * size), who they were (population) and the margin of error. Method: hand-written patterns over the
 * sentence (a short list of well-known pollsters plus the shapes news copy uses: `by the CBOS agency`,
 * `a Gallup poll`, `Gallup's daily tracking poll`, `according to a Levada Center survey`,
 * `937 people surveyed`, `of 1,012 adults`, `surveyed 1070 adults`, `margin of error of plus or
 * minus 3 percentage points`). Each fact keeps its offset so a caller can tell which poll it belongs to.
 */
import { CAPITALISED_STOPWORDS, isDemonym } from '../speakers/lexicon.js';

export interface Found<T> {
  value: T;
  index: number;
}

/**
 * Pollsters news copy names often; matched case-insensitively, written as in the text. Not a gate:
 * the shape patterns below find others (`a Levada Center survey`).
 */
const KNOWN_POLLSTERS = [
  'Ipsos[ -]MORI', 'Ipsos', 'YouGov', 'Gallup Korea', 'Gallup', 'Pew Research Center', 'Pew', 'ComRes', 'TNS(?: OBOP| Sofres| Emnid)?', 'ICM', 'Opinium',
  'Survation', 'Populus', 'BMG', 'Kantar(?: Public)?', 'GfK', 'CBOS', 'Levada(?: Center| Centre)?', 'VTsIOM', 'Forsa', 'Infratest dimap',
  'Emnid', 'INSA', 'Allensbach', 'Forschungsgruppe Wahlen', 'Ifop', 'Odoxa', 'Elabe', 'Harris Interactive', 'OpinionWay', 'BVA', 'CSA',
  'Quinnipiac(?: University)?', 'Marist', 'Rasmussen(?: Reports)?', 'Zogby', 'SurveyUSA', 'Monmouth(?: University)?', 'Emerson(?: College)?',
  'Morning Consult', 'Nielsen', 'Newspoll', 'Essential', 'Datafolha', 'Ibope', 'Angus Reid', 'Leger', 'Nanos', 'Ekos', 'Abacus', 'Metroscopia',
  'CIS', 'SWG', 'Demos', 'Datum', 'Cadem', 'Mitofsky', 'Realmeter', 'Pulse Asia', 'Social Weather Stations', 'IBRiS', 'Pentor', 'Eurobarometer',
  'Afrobarometer', 'Latinobarometro', 'Synovate', 'Medium Gallup', 'Datanalisis', 'Invymark', 'Sigma Dos', 'Median', 'Focus', 'Sofres',
  // Met in 160 real poll stories from Australia, New Zealand, Asia, Ireland, Britain and Brazil (session 15).
  'Verian', 'Curia', 'Roy Morgan', 'Resolve Strategic', 'Redbridge', 'C-?Voter', 'Axis My India', 'Red C', 'Savanta', 'Redfield (?:&|and) Wilton',
  'Deltapoll', 'JL Partners', 'Siena(?: College)?', 'Marquette(?: Law School)?', 'SSRS', 'Quaest', 'AtlasIntel', 'Konda', 'Metropoll',
  // (Session 28.)
  'AP-NORC', 'NORC',
];
/** Known pollsters whose name is also a common word (`essential`, `median`, `focus`, `demos`, `populus`). */
const COMMON_WORD_POLLSTER = /^(?:essential|median|focus|demos|datum|abacus|populus|curia|resolve)/i;
const KNOWN_RE = new RegExp(`\\b(?:${KNOWN_POLLSTERS.join('|')})\\b`, 'gi');
/** A whole word that is a known pollster (`Gallup`, in `A new Gallup Poll`). */
const KNOWN_WHOLE_RE = new RegExp(`^(?:${KNOWN_POLLSTERS.join('|')})$`, 'i');
/**
 * A capitalised name: words, `/`-joined names (`ABC News/Washington Post`), `of`/`&` inside; a word may
 * open with a figure before its capital (`1News Verian`), and a number may stand inside (`Channel 12 News`);
 * `for` inside a body's name (`Center for Public Studies`, `Institute for Public Policy Research`), and
 * `and` in what such a body is for (`Centre for Democracy and Elections`); `at` after a university's
 * `of` place (`University of Texas at Tyler`).
 */
const NAME = String.raw`(?:\d{1,2}(?=\p{Lu}))?[\p{Lu}][\p{L}\p{N}&'’.-]*(?:(?:\s+|/|\s*&\s*|\s+of\s+|(?<=University\s+of\s+\p{Lu}[\p{L}-]*)\s+at\s+|(?<=(?:Center|Centre|Institute|Council|Foundation|Office|Bureau|Agency|Commission))\s+for\s+(?!(?:the|Television|TV|Radio|Channel|News|Broadcaster)\b)|(?<=(?:Center|Centre|Institute|Council|Foundation|Office|Bureau|Agency|Commission)\s+for\s+\p{Lu}[\p{L}-]*)\s+and\s+)(?:\d{1,3}\s+)?(?:\d{1,2}(?=\p{Lu}))?[\p{Lu}][\p{L}\p{N}&'’.-]*)*`;
/** Lowercase words that may stand between a pollster name and `poll` (`a ComRes telephone poll`, `Deloitte's 26th annual survey`). */
const POLL_DESCRIPTOR = '(?:\\d{1,3}(?:st|nd|rd|th)|tracking|online|telephone|phone|opinion|daily|weekly|monthly|latest|new|exit|internet|national|nationwide|state|regional|snap|instant|quarterly|annual|monthly|face-to-face|previous|earlier|recent|magazine|newspaper|news)';
/** `a Gallup poll`, `Gallup's daily tracking poll`, `an ABC News/Washington Post tracking poll`. */
const NAME_BEFORE_POLL = new RegExp(String.raw`(${NAME})(?:'s|’s)?(?:\s*\([^)]{0,40}\))?\s+(?:${POLL_DESCRIPTOR}\s+){0,2}(?:poll|survey|study)s?\b`, 'gu');
/** What follows `X’s poll` when the poll is X's standing in polls: `the Conservatives’ poll lead`. */
const POLL_STANDING = /^\s+(?:lead|leads|rating|ratings|standing|numbers|deficit|slump|bounce|boost|gains?|losses)\b/i;
/** A party named as an adjective (`Tory`, `Labour`, `Republican`): what a `poll lead` before it is of. */
const PARTY_ADJECTIVE = /^(?:The\s+)?(?:Tory|Conservative|Labour|Labor|Liberal|Lib Dem|Democratic|Democrat|Republican|GOP|Green|SNP|Coalition|Opposition|Government|ANC|BJP|Congress)$/;
/**
 * `surveyed by the CBOS agency`, `conducted by Ipsos`, `a survey by the Pew Research Center`, also
 * with a short phrase of sponsor or dates between (`conducted for the Knights of Columbus by the
 * Marist College Institute of Public Opinion`, `conducted between January 15 and January 20, 2004,
 * by ROMIR Monitoring`).
 */
const BY_NAME = new RegExp(String.raw`\b(?:poll(?:ed)?|survey(?:ed)?|study|conducted|carried out|questioned|interviewed|done|taken)\s+(?:(?:recently|jointly|independently|exclusively|separately)\s+)?(?:(?:online|by telephone|by phone)\s+)?(?:(?:released|issued|unveiled)\s+(?:(?:late|early|on)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|this\s+week|last\s+week)?\s*)?(?:(?:for|between|from|on|in|over|during|among)\s(?:[^.;:!?()]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.){1,60}?,?\s+)?by\s+(?:the\s+)?(?:(?:state-run|independent|private|respected|polling|research|leading|firm|company|agency|group|organisation|organization|institute|newspaper|daily|magazine|broadcaster|pollster|consultancy|other|main|public|national|commercial)\s+){0,4}(?:(?:broadcaster|newspaper|daily|magazine|agency|institute|pollster|firm|company),\s+)?(${NAME})`, 'gu');
/**
 * `a poll from The Associated Press-NORC Center for Public Affairs Research`, `a new survey from the
 * Marist Institute`: group 1 the name, taken only when it names a research body (see
 * {@link RESEARCH_BODY}): `a poll from Iowa`, `a survey from October` name no pollster.
 */
const POLL_FROM = new RegExp(String.raw`\b(?:poll|survey|study)\s+(?:(?:released|published|out)\s+)?from\s+(?:the\s+)?(${NAME})`, 'gu');
/** A word that makes a name a research body's (see {@link POLL_FROM}). */
const RESEARCH_BODY = /\b(?:Center|Centre|Institute|Research|University|College|Poll|Polling|Polls|Group|Associates|Strategies|Partners|Insights|Analytics|Foundation|Council|Reports|Surveys?)\b/;
/** A poll's word shortly before a weak verb of doing (`The poll, taken by …`, `a survey done by …`). */
const POLL_WORD_BEFORE = /\b(?:polls?|surveys?|study|studies|interviews?|fieldwork|research|questionnaire)\b[^.;]*$/i;
/** Characters before `taken by`/`done by` searched for a poll's word. */
const POLL_WORD_REACH = 60;
/** `poll published on Thursday by the other main public broadcaster, ARD`: group 1 the initials. */
const PUBLISHED_BY_INITIALS = /\b(?:poll|survey)\s+published\s+(?:(?:late|early|on)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?:(?:broadcaster|newspaper|daily|channel|network|station)\s*,?\s+)?(\p{Lu}{2,6})\b/gu;
/**
 * A poll named after its pollster with a capital: `The Field Poll found`, `a new Franklin & Marshall
 * College Poll`, `the University of Texas/Texas Tribune Poll` (not in headlines, where every word
 * has a capital).
 */
/** `, conducted by`, `carried out by` right after a poll named for its sponsor. */
const CONDUCTED_BY_AFTER = /^\s*,?\s*(?:which\s+was\s+|was\s+)?(?:conducted|carried\s+out|done|fielded)\s+(?:jointly\s+)?by\s+\p{Lu}/u;
/** The verb {@link NAME_RAN_POLL} needs: the cheap test before it. */
const RAN_POLL_HINT = /\b(?:self-funded|funded|conducted|carried\s+out|fielded|ran|commissioned)\s+(?:the|this|a|its)\b/;
/** A name (after `firm`/`company` or opening its clause) that ran the poll: group 1 the name. */
const NAME_RAN_POLL = new RegExp(String.raw`(?:\b(?:firm|company|agency|group|organi[sz]ation)\s+|(?:^|[.;]\s+))(${NAME})\s+(?:self-funded|funded|conducted|carried\s+out|fielded|ran|commissioned)\s+(?:the|this|a|its)\s+(?:[\p{Ll}-]+\s+)?(?:poll|survey|questionnaire|study)\b`, 'gu');
/** An owner's possessive, and perhaps an edition or how often it runs, right before a survey's own name (`PwC’s 27th `, `Deloitte's annual `). */
const OWNER_OF_NAMED_SURVEY = /(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:(?:annual|latest|new|quarterly|monthly|weekly|semiannual|biannual|yearly)\s+)?$/u;
/** Characters before a survey's name searched for its owner. */
const OWNER_REACH = 60;
/** `a survey published Tuesday by the …`: group 1 the name after `by` (see findPollsters). */
const PUBLISHED_BY_BODY = new RegExp(String.raw`\b(?:poll|survey|study)\s+published\s+(?:[\p{L}\d]+\s+){0,3}?by\s+(?:the\s+)?(${NAME})`, 'gu');
/** A name opening its sentence, then `found` and a share within a few words (see findPollsters). */
const BODY_FOUND_SHARE = new RegExp(String.raw`(?:^|[.;]\s+)(?:The\s+)?(${NAME})\s+(?:found|finds)\s+(?:that\s+)?(?=[^.;%]{0,40}?\b\d{1,3}(?:\.\d)?\s*(?:%|percent\b|per cent\b))`, 'gu');
/** Words of a body's name that make it one that surveys its members or the public (`Association`, `Office for National Statistics`). */
const SURVEYING_BODY = /\b(?:Association|Federation|Statistics|Chamber)\b/;
/** A research body's name, or one of a body that surveys its members or the public (see findPollsters). */
function surveysItself(name: string): boolean {
  return RESEARCH_BODY.test(name) || SURVEYING_BODY.test(name);
}
const NAME_POLL = new RegExp(String.raw`(${NAME})\s+(?:Poll|Survey)\b`, 'gu');
/** What follows `polls` used as a verb (`X polls well`, `polls ahead of`, `polls at 20%`). */
const POLLS_AS_VERB = /^\s+(?:well|strongly|poorly|badly|ahead|behind|best|worst|better|worse|higher|lower|at|around|above|below|in|just|only|about|slightly|consistently)\b/i;
/**
 * Capitalised words that are not pollsters when they stand before `poll`; also the houses and kinds of
 * elections that Indian and other English writes `polls` for (`the Lok Sabha polls`, `the Assembly polls`).
 */
const NOT_POLLSTER = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|New|Latest|Other|Others|Some|Many|Several|Both|All|Most|Private|Internal|Separate|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Opinion|Exit|Poll|Polls|Survey|Previous|Earlier|Recent|National|Online|Daily|Another|In|On|At|By|For|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|US|U\.S\.|UK|EU|Election|Referendum|Today|Yesterday|Last|Our|My|Your|Individual|Multiple|Various|Numerous|Public|Post|Pre|Lok|Rajya|Vidhan|Sabha|Assembly|Presidential|Parliamentary|General|Midterm|Mid-term|Municipal|Local|State|Federal|Provincial|Mayoral|Legislative|Congressional|Gubernatorial|(?:Today|Tonight|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)$/;

/**
 * Removes a leading `The`, a trailing possessive, and trims, for display; a name in capitals from a
 * headline or press release is title-cased word by word (`QUINNIPIAC UNIVERSITY` → `Quinnipiac
 * University`), short words staying acronyms (`ABC`, `ICM`).
 */
function cleanName(raw: string): string {
  // (`‘Irish Times’/Ipsos MRBI`: a paper's name in quote marks is the same name without them.)
  const v = raw.replace(/^[‘“"']+/, '').replace(/[’”"']+(?=\/)/g, '').replace(/^(?:The|A|An|THE)\s+/, '').replace(/(?:'s|’s|'S|’S)$/, '').replace(/[.,]+$/, '').trim();
  if (!/\p{Lu}{6}/u.test(v) || v !== v.toUpperCase()) return v;
  return v.replace(/\p{Lu}{5,}/gu, (w) => w[0]! + w.slice(1).toLowerCase());
}

/** Folds a pollster name for comparing: `Ipsos-MORI` ≡ `Ipsos MORI` ≡ `ipsos mori`. */
export function pollsterKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether two pollster names name the same pollster (one folded name contains the other as words). */
export function samePollster(a: string, b: string): boolean {
  const ka = ` ${pollsterKey(a)} `;
  const kb = ` ${pollsterKey(b)} `;
  return ka.includes(kb) || kb.includes(ka);
}

/**
 * Pollster names in a sentence, in order of their offset. In a headline (title case) only the
 * known names count, since every word there is capitalised.
 */
/** A tag in capitals (a wire's, `OREANDA-NEWS`) before `The` and a name. */
const WIRE_TAG_BEFORE_THE = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*\s+(?=The\s+\p{Lu})/u;

export function findPollsters(sentence: string, headline = false): Found<string>[] {
  const out: Found<string>[] = [];
  const add = (value: string, index: number): void => {
    // (A wire's tag run into the name, `OREANDA-NEWS The Levada Center poll`: the name from its `The`.)
    const v = cleanName(value.replace(WIRE_TAG_BEFORE_THE, ''));
    // (`Ankara-based`, `London-based`: where a pollster is, not its name.)
    // (`by the Korean polling organization "Gallup Korea"`: a nationality, not the pollster.)
    // (`Center`, `Institute` alone: a body's name cut short, no pollster to show.)
    if (v.length < 2 || NOT_POLLSTER.test(v) || /^(?:Center|Centre|Institute)$/.test(v) || (CAPITALISED_STOPWORDS.has(v) && !KNOWN_WHOLE_RE.test(v)) || /-based$/i.test(v) || v.split(/\s+/).every((w) => NOT_POLLSTER.test(w)) || isDemonym(v)) return;
    const same = out.find((f) => samePollster(f.value, v) && Math.abs(f.index - index) < 60);
    if (same) {
      if (v.length > same.value.length) same.value = v;
      return;
    }
    out.push({ value: v, index });
  };
  // (A name that is also a common word only written with a capital, as a name is: not `non-essential
  // utilities`, `the median voter`, `in focus`; `polling station infratest dimap` is still the pollster.)
  // (Nor a person who shares a pollster's name, a given name before it and a role or a speech verb
  // after: `Brent Rasmussen, president of CareerBuilder North America, says …`.)
  for (const m of sentence.matchAll(KNOWN_RE)) if ((!COMMON_WORD_POLLSTER.test(m[0]) || (/^\p{Lu}/u.test(m[0]) && sentence[m.index - 1] !== '-')) && !personNamed(sentence, m.index, m.index + m[0].length)) add(m[0], m.index);
  if (!headline) {
    // `the latest Times poll by YouGov`: the name before `poll` is the paper that ordered it, the one
    // after `by` the pollster.
    const byName = [...sentence.matchAll(BY_NAME)];
    const byPoll = byName.filter((m) => /^(?:poll|survey)/i.test(m[0])).map((m) => m.index);
    for (const m of sentence.matchAll(NAME_BEFORE_POLL)) {
      if (byPoll.some((at) => at >= m.index && at <= m.index + m[0].length)) continue;
      // `The CNN-IBN poll, conducted by CSDS and Lokniti`: the channel ordered it, the name after
      // `conducted by` ran it.
      if (CONDUCTED_BY_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      // `Boris Pistorius polls well`: a person who polls, not a pollster's polls.
      if (/polls$/i.test(m[0]) && POLLS_AS_VERB.test(sentence.slice(m.index + m[0].length))) continue;
      // `cut the Conservatives’ poll lead`: a party's or person's poll standing, not a pollster's poll.
      // (So is a party's, written as an adjective: `The Tory poll lead remains relatively stable`.)
      if ((/['’]s?\s+(?:poll|survey)$/i.test(m[0]) || PARTY_ADJECTIVE.test((m[1] ?? '').trim())) && POLL_STANDING.test(sentence.slice(m.index + m[0].length))) continue;
      // Drop leading capitalised words that are not part of the name (`Opinion`, `Tuesday's`), and a
      // month or day after a pollster's possessive (`Quinnipiac’s June poll`).
      const words = leadingNonNameWordsDropped((m[1] ?? '').split(/\s+/));
      while (words.length > 1 && NOT_POLLSTER.test(words[words.length - 1]!) && /['’]s$/.test(words[words.length - 2]!)) words.pop();
      if (words.length > 0) add(words.join(' '), m.index + (m[0].length - m[0].trimStart().length) + (m[1] ?? '').lastIndexOf(words[0] ?? ''));
    }
    // (`taken by`, `done by` name a pollster only after a poll: `Second place was taken by KO, the main
    // opposition party` names a party.)
    for (const m of byName) if (!/^(?:taken|done)\b/i.test(m[0]) || POLL_WORD_BEFORE.test(sentence.slice(Math.max(0, m.index - POLL_WORD_REACH), m.index))) add(m[1] ?? '', m.index + m[0].length - (m[1] ?? '').length);
    if (sentence.includes(' from ')) for (const m of sentence.matchAll(POLL_FROM)) if (RESEARCH_BODY.test(m[1]!)) add(m[1]!, m.index + m[0].length - m[1]!.length);
    // (`a survey published Tuesday by the Office for National Statistics`: a research or statistics
    // body that published it ran it; a broadcaster may only have printed it.)
    if (sentence.includes('published')) for (const m of sentence.matchAll(PUBLISHED_BY_BODY)) if (surveysItself(m[1]!)) add(m[1]!, m.index + m[0].length - m[1]!.length);
    // (`a poll published on Thursday by the other main public broadcaster, ARD,`: a broadcaster known
    // by its initials names the poll it publishes, as news copy names it; a publisher written out,
    // `published … by the Israel Television News Company`, may only have printed someone's poll.)
    if (sentence.includes('published')) for (const m of sentence.matchAll(PUBLISHED_BY_INITIALS)) add(m[1]!, m.index + m[0].length - m[1]!.length);
    // `whose firm Change Research self-funded the questionnaire`, `Northfield Research conducted the poll`.
    if (RAN_POLL_HINT.test(sentence)) for (const m of sentence.matchAll(NAME_RAN_POLL)) add(m[1]!, m.index + m[0].indexOf(m[1]!));
    // `The National Association of Business Economists found that 72 percent of economists …`: a
    // research body opening its sentence that found a share.
    if (sentence.includes(' found') || sentence.includes(' finds')) for (const m of sentence.matchAll(BODY_FOUND_SHARE)) if (surveysItself(m[1]!)) add(m[1]!, m.index + m[0].indexOf(m[1]!));
    for (const m of sentence.matchAll(NAME_POLL)) {
      const words = leadingNonNameWordsDropped((m[1] ?? '').split(/\s+/));
      if (words.length === 0) continue;
      // (One unknown word alone is the poll's own name, as it is known: `The Field Poll`.)
      const lone = words.length === 1 && !KNOWN_WHOLE_RE.test(words[0]!);
      // (`CSDS-Lokniti-Pre-Poll Survey`: the pollster's names before the poll's kind.)
      const hyphened = words.length === 1 && /-/.test(words[0]!) ? words[0]!.replace(/(?:-Pre)?-Poll$/i, '') : null;
      // (`PwC’s 27th Annual Global CEO Survey`: the survey's name after its owner's possessive; the owner ran it.)
      const owner = m.index > 0 ? OWNER_OF_NAMED_SURVEY.exec(sentence.slice(Math.max(0, m.index - OWNER_REACH), m.index)) : null;
      if (owner !== null) {
        add(owner[1]!, m.index - owner[0].length);
        continue;
      }
      const name = hyphened ?? (lone ? `${words[0]} ${/Survey$/.test(m[0]) ? 'Survey' : 'Poll'}` : words.join(' '));
      add(name, m.index + (m[1] ?? '').lastIndexOf(words[0] ?? ''));
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * `words` without the capitalised words before a name that are none of it (`Opinion`, `Tuesday's`,
 * `New` as in `a New Gallup poll`), though `New` stays in a place's name (`New York Times/Siena`).
 */
function leadingNonNameWordsDropped(words: string[]): string[] {
  const out = [...words];
  // (A date before the name is none of it either: `an Oct. 23 Bankrate survey`, `a Jan. 5-7 Gallup poll`.)
  while (out.length > 0 && (NOT_POLLSTER.test(out[0] ?? '') || DATE_WORD_BEFORE_NAME.test(out[0] ?? '') || (CAPITALISED_STOPWORDS.has(out[0] ?? '') && !KNOWN_WHOLE_RE.test(out[0] ?? ''))) && !(out[0] === 'New' && NEW_PLACE_NEXT.test(out[1] ?? '')) && !nationalBody(out)) out.shift();
  return out;
}

/**
 * True when a known pollster's name at `[start, end)` is a person's surname: a capitalised given
 * name right before it (not a word that opens a body's name or a sentence, see
 * {@link CAPITALISED_STOPWORDS}) and, right after it, a role set off by a comma or a speech verb.
 */
function personNamed(sentence: string, start: number, end: number): boolean {
  const given = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+$/u.exec(sentence.slice(Math.max(0, start - GIVEN_NAME_REACH), start));
  if (given === null || CAPITALISED_STOPWORDS.has(given[1]!) || NOT_POLLSTER.test(given[1]!)) return false;
  return PERSON_AFTER_NAME.test(sentence.slice(end, end + GIVEN_NAME_REACH));
}
/**
 * Known pollsters' names that a text gives as people's surnames (see {@link personNamed}): `Brent
 * Rasmussen, president of CareerBuilder North America, says …` makes a later `…," Rasmussen says`
 * the man, not the pollster, anywhere in the article.
 */
export function pollsterNamesOfPeople(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(KNOWN_RE)) if (personNamed(text, m.index, m.index + m[0].length)) out.add(cleanName(m[0]));
  return out;
}
/** Characters searched before and after a pollster's name in {@link personNamed}. */
const GIVEN_NAME_REACH = 24;
/** A person's role set off after their name, or their speech verb: `, president of`, ` says`. */
const PERSON_AFTER_NAME = /^(?:,\s+(?:the\s+|a\s+|an\s+)?(?:president|chief|director|founder|co-founder|head|vice|senior|managing|executive|spokesman|spokeswoman|spokesperson|chairman|chairwoman|CEO|editor|analyst|professor)\b|\s+(?:said|says|told|added|noted|explained)\b)/;

/** A month's abbreviation with its stop, or a day or days (`Oct.`, `23`, `5-7`, `23rd`), before a pollster's name. */
const DATE_WORD_BEFORE_NAME = /^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2})?,?)$/;

/** `National Retail Federation`: `National` opening a body's name of three words or more (not `a National Gallup poll`). */
function nationalBody(words: readonly string[]): boolean {
  return words[0] === 'National' && words.length >= 3 && !KNOWN_WHOLE_RE.test(words[1] ?? '') && words.slice(1).every((w) => /^\p{Lu}/u.test(w) && !NOT_POLLSTER.test(w));
}

/** Words after `New` in a place's name. */
const NEW_PLACE_NEXT = /^(?:York|Zealand|Jersey|Hampshire|Mexico|Orleans|Delhi|England|South)\b/;

/** Head nouns for the people a poll asked. */
const PEOPLE_NOUNS = String.raw`(?:people|adults|voters|respondents|residents|citizens|individuals|households|members|supporters|parents|patients|students|teachers|workers|employees|consumers|passengers|travell?ers|users|customers|participants|women|men|teenagers|teens|youths|children|owners|homeowners|renters|taxpayers|drivers|shoppers|readers|viewers|listeners|subscribers|fans|managers|professionals|executives|employers|businesses|companies|firms|physicians|doctors|nurses|farmers|investors|economists|seniors|retirees|veterans|graduates|millennials|Latinos|Hispanics|mothers|fathers|Americans|Canadians|Britons|Australians|[\d–-]*year-olds)`;
const PEOPLE_HEAD = new RegExp(`^${PEOPLE_NOUNS}$`, 'i');
/** A group after a sample size; a demonym before a people noun is part of it (`2,200 British adults`, not `British`). */
const PEOPLE = String.raw`(?:${PEOPLE_NOUNS}|(?:Americans|Britons|Europeans|Poles|Germans|Russians|Ukrainians|Canadians|Australians|Japanese|Spaniards|Italians|Greeks|Turks|Israelis|Palestinians|Brazilians|Mexicans|Indians|Chinese|Koreans|Filipinos|Czechs|Hungarians|Romanians|Scots|Danes|Swedes|Norwegians|Finns|Dutch|Belgians|Swiss|Austrians|Irish|French|[\p{Lu}][\p{Ll}]+(?:ans|ians|ers|ites|ese|ish|s))(?!\s+${PEOPLE_NOUNS}))`;
/**
 * `937 people surveyed`, `of 1,012 adults`, `surveyed 1070 adults`, `a sample of 2,000`, `received 1,077 valid responses`,
 * `1528 voters across metropolitan and regional Australia were quizzed`; numbers also in the Indian
 * grouping (`1,40,917 respondents`: lakhs).
 */
/** A count of people: `1,040`, `1040`, or in the Indian grouping, `1,40,917` (lakhs). */
const COUNT = String.raw`(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d{3,6})`;
const SAMPLE_RE = new RegExp(
  String.raw`(?:\b(?:of|surveyed|polled|questioned|queried|quizzed|canvassed|interviewed|sampled|among|asked|with|there\s+were|involved|included|includes|consulted|contacted|reached|(?:conducted|carried\s+out|done)\s+(?:[^,.;:()]{0,40}?\s)?on)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|more than\s+|over\s+|just\s+)?(?<n1>${COUNT})\s+(?<p1>(?:[\p{L}.-]+\s+){0,3}?${PEOPLE})\b)|(?:\b(?<n2>${COUNT})\s+(?<p2>(?:[\p{L}.-]+\s+){0,2}?${PEOPLE})(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|\s+across\s+[^,.;:()]{1,50}?)?\s+(?:were\s+|was\s+|had been\s+)?(?:surveyed|polled|questioned|queried|interviewed|quizzed|canvassed|asked|sampled|took part|responded|participated))|(?:\bsample(?:\s+size)?\s*(?:of|was|is|:|(?:comprised|consisting|made\s+up)\s+of)\s*(?:about\s+|around\s+|some\s+|just\s+|only\s+)?(?<n3>${COUNT}))|(?:\b(?<n6>${COUNT}),?\s+of\s+them,?\s+(?:responded|answered|replied|took\s+part))|(?:\b(?:involving|from|of)\s+(?<n4>${COUNT})\s+(?:telephone\s+|online\s+|face-to-face\s+|in-person\s+)?interviews\b)|(?:\bresponses\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|over\s+)?(?<n7>${COUNT})\s+(?<p7>(?:[\p{L}.-]+\s+){0,2}?${PEOPLE})\b)|(?:\b(?:received|collected|obtained|gathered|drew|got)\s+(?<n5>${COUNT})\s+(?:valid\s+|completed?\s+|usable\s+)?(?:responses|replies|questionnaires)\b)`,
  'giu',
);
/** Three digits in a row (`1,400` holds `400`): the cheap test before {@link SAMPLE_RE}. */
const THREE_DIGITS = /\d{3}/;
/** Smallest sample a poll reports (smaller numbers are counts of something else). */
const MIN_SAMPLE = 100;

export interface SampleFact {
  size: number;
  /** The people named with it (`likely voters`), or null. */
  people: string | null;
  index: number;
  /** True for a sample named as such (`a sample of 1,200`) or the number who answered (`1,238, of them responded`): the poll's whole sample. */
  whole?: true;
}

/** Sample sizes in a sentence. Years (`2010 voters` is rare; `in 2010` has no people noun) are left out by the noun rule. */
export function findSamples(sentence: string): SampleFact[] {
  const out: SampleFact[] = [];
  // (A sample has three digits or more: the long pattern only runs where such a number is.)
  if (!THREE_DIGITS.test(sentence)) return out;
  for (const m of sentence.matchAll(SAMPLE_RE)) {
    const g = m.groups ?? {};
    const raw = g['n1'] ?? g['n2'] ?? g['n3'] ?? g['n4'] ?? g['n5'] ?? g['n6'] ?? g['n7'] ?? '';
    const size = Number(raw.replace(/,/g, ''));
    const after = sentence.slice(m.index + m[0].length);
    if (!Number.isFinite(size) || size < MIN_SAMPLE || /^\s*(?:million|billion)/i.test(after)) continue;
    const people = (g['p1'] ?? g['p2'] ?? g['p7'] ?? null)?.trim() ?? null;
    // The pattern is case-insensitive, so its demonym shape (`Poles`, `Americans`) also takes any
    // plural (`400 personal FBI files`): the head must be a people noun or capitalised.
    const head = people?.split(/\s+/).pop() ?? '';
    if (people !== null && !PEOPLE_HEAD.test(head) && !/^\p{Lu}/u.test(head)) continue;
    // (`There were 198 respondents.`: a count of those who answered; not `there were 300 people killed`.)
    if (/^there\s/i.test(m[0]) && !/^(?:respondents|participants)$/i.test(people ?? '')) continue;
    // (The sample named as such, or the people who answered of those asked, is the poll's whole: it
    // overrides a group interviewed each night or the number first contacted.)
    out.push({ size, people, index: m.index + m[0].indexOf(raw), ...(g['n3'] !== undefined || g['n6'] !== undefined ? { whole: true } : {}) });
  }
  return out;
}

/** `margin of error of plus or minus 2.9 percentage points`, `error margin of 3 points`, `±3 points`, `a 2.99% margin of error`. */
const MARGIN_RE =
  /\b(?:margin of (?:sampling )?error|error margin|margin of error)\b[^.;\d]{0,40}?(\d{1,2}(?:\.\d+)?)|(?:±|\+\/-|plus or minus)\s*(\d{1,2}(?:\.\d+)?)\s*(?:percentage\s+)?(?:points?|percent|per cent|%)|\b(?:an?|its)\s+(?:\+\/-\s*|±\s*)?(\d{1,2}(?:\.\d+)?)[\s-]*(?:%|percent|per cent|percentage[-\s]points?|points?)\s+(?:margin of (?:sampling )?error|error margin)\b/gi;

/** The margin of error in percentage points, when the sentence gives one. */
export function findMargin(sentence: string): Found<number> | null {
  for (const m of sentence.matchAll(MARGIN_RE)) {
    const v = Number(m[1] ?? m[2] ?? m[3]);
    if (Number.isFinite(v) && v > 0 && v < 20) return { value: v, index: m.index };
  }
  return null;
}

/** How specific a population phrase is: demonyms beat qualified groups beat `voters` beat `people`. */
export function populationRank(p: string): number {
  if (/^(?:those|them|all)\b/i.test(p)) return 0;
  if (/^(?:people|respondents|individuals|persons|adults)$/i.test(p)) return 1;
  if (/^(?:voters|residents|citizens|households|members|supporters)$/i.test(p)) return 2;
  if (/^[\p{Lu}]/u.test(p) || /\s/.test(p)) return 3;
  return 2;
}
