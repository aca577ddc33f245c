/**
 * Quotes and their speakers, as a pipeline of small extractors then refiners (the shape of
 * chrono-node's parsers + refiners):
 *
 * 1. findQuoteSpans — quote marks, straight or curly, quotes over several paragraphs;
 * 2. notQuoteReason — drops subheads, labels, terms and titles of works;
 * 3. cueAfter / cueBefore — the speech cue and the phrase naming the speaker;
 * 4. refiners — middle cues (`"…," he said, "…"` → one quote), continuation (an uncued quote
 *    right after a cued one keeps its speaker), sentence subject for cue-less partial quotes;
 * 5. ArticleEntities — coreference of he/she/the secretary, one entity per person per article;
 * 6. mergeSpeakers — one identity per person across the file's articles.
 */
import type { Article, Quote, Speaker } from '../../types.js';
import { ArticleEntities, PARAGRAPH_STRIDE, QUOTE_PLACEHOLDER, type Entity } from '../speakers/articleEntities.js';
import { mergeSpeakers } from '../speakers/mergeSpeakers.js';
import { AUX_AND_ADVERBS, CHARACTERISING_VERBS, CUE_PARTICIPLES, CUE_VERBS, HONORIFICS, SUBJECT_PRONOUNS, isAbbreviation } from '../speakers/lexicon.js';
import { slugify } from '../speakers/nameKey.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from '../speakers/parseSpeakerPhrase.js';
import { cueAfter, cueBefore, OWNED_STATEMENT, sentenceSubject, type Cue } from './findCue.js';
import { findQuoteSpans, type QuoteSegment, type QuoteSpan } from './findQuoteSpans.js';
import { notQuoteReason } from './filterQuotes.js';
import { countSentenceEnds, sentenceEnd, sentenceStart } from './sentenceBounds.js';

/** Most words between two parts of a quote split by a middle cue (`"…," said Peter Kellner, former president of YouGov, "…"`). */
const MAX_MIDDLE_CUE_WORDS = 20;
/** Joins the parts of a quote split by a middle cue (`"…," he said, "…"`). */
export const SPLIT_QUOTE_JOINER = ' … ';

/** The words of a quoted sentence going on after its closing mark, lower case, up to a comma (` barrels a day`), at most 40 characters. */
const QUOTE_SENTENCE_TAIL = /^\s+[\p{Ll}\d][^,;:"“”.!?]{0,40}(?=,\s)/u;
/**
 * The words between two partial quotes of one sentence when the second is joined to the first:
 * `and`, `or`, `but` or a comma, then at most a few words and no clause of its own (`and vowed to`).
 */
const COORDINATED = /^\s*,?\s*(?:and|or|but|then)?\s*(?:[\p{Ll}-]+\s+){0,4}$/u;
/** `-- quote --`, `— quote,`: a transcript's spoken quotation mark before the quote. */
const SPOKEN_QUOTE_MARK = /\s*(?:[-–—]{1,2}|,)\s*quote\s*(?:[-–—]{1,2}|,|:)?\s*$/i;
/** A verb of naming near the end of the text before a quote: the cheap test before {@link NAMING_VERB_BEFORE}. */
const NAMING_VERB_END = /\b(?:called|dubbed|termed|labell?ed|branded|described)\s+(?:\S+\s+){0,3}$/;
/**
 * A name, then a verb of naming ending the text before a quote (`that Chief Executive Tim Cook called`,
 * `which Smith has described as`, `Jones dubbed it`): group 1 is the name (capitalised words).
 */
const NAMING_VERB_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s+(?:has\s+|had\s+|have\s+)?(?:called|dubbed|termed|labell?ed|branded|described)\s+(?:(?:it|this|that|them|him|her|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+)?(?:as\s+)?$/u;
/** A person's possessive and at most two lower-case words right before a quote (`Kathleen Wynne's dramatic`): group 1 the name. */
const OWNER_BEFORE_QUOTE = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A noun of speech right after a quote's closing mark: the quote is what that statement said. */
const SPEECH_NOUN_AFTER = /^\s*(?:announcement|statement|remark|remarks|comment|comments|pledge|promise|claim|admission|warning|declaration|vow|quip|tweet|message|speech|call)\b/i;
/** Characters before a quote searched for {@link OWNER_BEFORE_QUOTE}: a name of five words, a possessive and two words. */
const OWNER_REACH = 100;
/** Characters after a quote searched for {@link SPEECH_NOUN_AFTER}. */
const SPEECH_NOUN_REACH = 20;
/**
 * A cue's phrase the parser reads as nobody or as a body, whose last word is the surname of a
 * person the article names in full (`two-time US Open finalist Wozniacki`, `the 26-year-old veteran
 * Wozniacki` after `Caroline Wozniacki`): that person, by the surname.
 */
function surnameKnown(phrase: SpeakerPhrase | null, raw: string, knowsFullName: (word: string) => boolean): SpeakerPhrase | null {
  if (phrase !== null && phrase.kind !== 'organisation') return phrase;
  // (Not a role related to that person: `a senior adviser to Tom Reyes`, `a friend of Smith`.)
  if (/\b(?:to|of|for|from|with|by|at|under|about|and)\b/i.test(raw)) return phrase;
  const last = /(\p{Lu}[\p{Ll}'’-]+)[,.]?\s*$/u.exec(raw)?.[1];
  if (last === undefined || !knowsFullName(last)) return phrase;
  return { kind: 'person', name: last, title: null, gender: null, text: last };
}

/** Most sentence ends allowed between a cued quote and an uncued one that continues it. */
const MAX_SENTENCES_BETWEEN_CONTINUATION = 1;

interface Attributed {
  span: QuoteSpan;
  entity: Entity | null;
  cue: string | null;
  partial: boolean;
  text: string;
  /** True when the speaker came from a reporting clause after the quote (`…," Crump said`). */
  fromAfter?: boolean;
}

/**
 * Quotes in the articles of one file and the speakers they belong to. Speaker ids are slugs of
 * canonical names, shared across the file's articles (`Robert Gates` in one article and
 * `Robert M. Gates` in another are one speaker). Quotes with no attributable speaker are kept
 * with `speakerId: null`; text in quote marks that is no one's words is dropped.
 */
export function analyseQuotes(articles: readonly Article[]): { speakers: Speaker[]; quotes: Quote[] } {
  return mergeSpeakers(articles.map(analyseArticle));
}

function analyseArticle(article: Article): { speakers: Speaker[]; quotes: Quote[] } {
  const paragraphs = article.paragraphs;
  const allSpans = findQuoteSpans(paragraphs);
  const ents = new ArticleEntities();
  ents.learnWords(paragraphs);
  ents.headlineSpeaker(article.headline);
  const segmentsByParagraph = groupSegments(allSpans);
  paragraphs.forEach((p, i) => {
    // (A nickname in quote marks inside a name, `President Joko “Jokowi” Widodo said`, is no quote:
    // it is blanked whole, so the name reads as one, and becomes that person's form.)
    const nicknames = p.includes('“') || p.includes('"') ? [...p.matchAll(QUOTED_NICKNAME)] : [];
    const segments = segmentsByParagraph.get(i) ?? [];
    const named = nicknames.length === 0 ? segments : segments.filter((seg) => !nicknames.some((m) => seg.open === m.index + m[1]!.length + m[2]!.length));
    ents.scanParagraph(blankNicknames(mask(p, named), nicknames), i);
    for (const m of nicknames) ents.addNickname(m[3]!, `${m[1]!} ${m[5]!}`);
  });
  const spans = allSpans.filter((s) => notQuoteReason(s, paragraphs) === null);

  const out: Attributed[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const first = span.segments[0]!;
    const last = span.segments[span.segments.length - 1]!;
    const p0 = paragraphs[first.paragraph]!;
    const pN = paragraphs[last.paragraph]!;
    const prev = out[out.length - 1];
    const prevLast = prev?.span.segments[prev.span.segments.length - 1];
    const lo = prevLast && prevLast.paragraph === first.paragraph ? prevLast.close + 1 : 0;
    const sStart = sentenceStart(p0, first.open, lo);
    // A spoken `-- quote --` before the quote (radio transcripts: `Ryan said -- quote -- "…"`) marks it as a colon does.
    const before = p0.slice(sStart, first.open).replace(SPOKEN_QUOTE_MARK, ': ');
    // (A bracketed aside after a speaker label, `Alex Ferguson: (On the penalty) "…"`, does not embed the quote.)
    const labelled = /\)\s*$/.test(before) && speakerLabel(before, sStart) !== null;
    const embedded = !labelled && /[\p{L}\p{N})]\s*$/u.test(before);
    const partial = embedded || /^\p{Ll}/u.test(span.text);

    const nextFirst = next?.segments[0];
    const afterStart = last.closed ? last.close + 1 : pN.length;
    const afterEnd = nextFirst && nextFirst.paragraph === last.paragraph ? nextFirst.open : pN.length;
    const afterText = pN.slice(afterStart, Math.min(afterEnd, sentenceEnd(pN, afterStart, afterEnd)));
    const closedSentence = /[.]$/.test(last.text) && /^\s*[\p{Lu}"“]/u.test(afterText);
    let cueA = closedSentence || /^\s*\./.test(afterText) ? null : cueAfter(afterText, afterStart);
    // A quote opening its sentence whose words run on outside the marks before the cue (`"The minimum
    // will be 1.5 million" barrels a day, he told reporters`): the cue after the short tail's comma.
    if (cueA === null && before.trim() === '' && !closedSentence) {
      const tail = QUOTE_SENTENCE_TAIL.exec(afterText);
      if (tail !== null) cueA = cueAfter(afterText.slice(tail[0].length), afterStart + tail[0].length);
    }
    const cueB = before.trim() === '' ? null : cueBefore(before, sStart);

    let cue: Cue | null;
    let naming: RegExpExecArray | null;
    let namer: ReturnType<typeof parseSpeakerPhrase>;
    let pos: number;
    if (embedded) {
      cue = cueB ?? cueA;
      pos = cue === cueB ? first.paragraph : last.paragraph;
    } else {
      cue = cueA ?? (/[,:]\s*$/.test(before) ? cueB : null) ?? speakerLabel(before, sStart) ?? (before.trim() === '' && lo === 0 && sStart > 0 ? roundupLabel(p0.slice(0, first.open), 0) : roundupLabel(before, sStart)) ?? colonSubject(before, sStart, (w) => ents.knowsFullName(w));
      pos = cue === cueA ? last.paragraph : first.paragraph;
      // A quote set off as its own paragraph after an introducing one that ends in a colon: `Mr
      // Corbyn told the House on Wednesday:` / `"The transport secretary, …`.
      if (!cue && before.trim() === '' && sStart === 0 && first.paragraph > 0) {
        const intro = colonIntro(paragraphs[first.paragraph - 1]!, prevLast?.paragraph === first.paragraph - 1 ? prevLast.close + 1 : 0);
        if (intro) {
          cue = intro;
          pos = first.paragraph - 1;
        }
      }
    }
    // (A cue inside a subordinate clause closed before the quote, `Although the company has said it
    // will appeal, if the Commission wins, "this fine will return …" …, Margrethe Vestager said.`:
    // the reporting clause that closes the sentence speaks.)
    let closing: Cue | null;
    if (partial && cue === cueB && cueB !== null && SUBORDINATE_OPENING.test(before) && before.slice(cueB.at - sStart).includes(',') && (closing = closingCue(pN, afterStart)) !== null) {
      cue = closing;
      pos = last.paragraph;
    }
    let entity: Entity | null = null;
    let cueName: string | null = null;
    // The quote shares its sentence with the quote before it (no sentence end between them).
    const sharesSentence = prevLast?.paragraph === first.paragraph && p0.slice(lo, sStart).trim() === '';
    // A person's statement named by its words, whatever reports the sentence: `the survey found
    // Liberal Leader Kathleen Wynne's dramatic "I will no longer be Ontario's premier" announcement
    // …, Bourque said`.
    // (The noun after the quote first, and the owner only in the last words before it: a hot path.)
    const ownerTail = SPEECH_NOUN_AFTER.test(pN.slice(afterStart, afterStart + SPEECH_NOUN_REACH)) ? before.slice(-OWNER_REACH) : null;
    const owner = ownerTail === null ? null : OWNER_BEFORE_QUOTE.exec(ownerTail);
    const ownerPhrase = owner !== null ? parseSpeakerPhrase(owner[1]!) : null;
    if (ownerPhrase?.kind === 'person') {
      entity = ents.resolve(ownerPhrase, first.paragraph * PARAGRAPH_STRIDE + sStart + before.length - ownerTail!.length + owner!.index);
      cueName = entity ? 'announcement' : null;
    } else if (cue) {
      const phrase = surnameKnown(parseSpeakerPhrase(cue.phrase), cue.phrase, (w) => ents.knowsFullName(w));
      // `…," their statement said`: the statement of whoever the possessive stands for, the speaker
      // of the quote just before (`the families said in a statement …`), within two paragraphs;
      // with none, nobody (not a speaker named `their statement`).
      // `the statement said` only after a quote with a speech cue of its own (a title or scare quote
      // read as the sentence subject's, `"The Godfather"`, issues no statement).
      if (OWNED_STATEMENT.test(cue.phrase)) {
        entity = prev?.entity && prevLast && first.paragraph - prevLast.paragraph <= 2 && (!/^the\s/i.test(cue.phrase) || (prev.cue !== null && prev.cue !== 'subject')) ? prev.entity : null;
        // `…," the statement said` after `according to a Thursday statement from NASA's Jet Propulsion
        // Laboratory`: whoever the article said the statement is from.
        if (!entity && /^the\s/i.test(cue.phrase)) {
          const author = statementAuthor(paragraphs, pos, cue.at, cue.phrase.split(/\s+/).pop()!.toLowerCase());
          const phrase = author === null ? null : parseSpeakerPhrase(author);
          if (phrase && (phrase.kind === 'organisation' || phrase.kind === 'person')) entity = ents.resolve(phrase, pos * PARAGRAPH_STRIDE + cue.at);
        }
      }
      // (`…,” a spokesman for the LFP told Reuters. “…,” he added.`: the one who goes on is the
      // unnamed spokesman of the quote just before, given to his body, not an earlier man named.)
      else if (prev?.entity?.kind === 'organisation' && prevLast && first.paragraph - prevLast.paragraph <= 1 && pronounAdds(phrase, cue.cue) && !ents.otherPersonBetween(prevLast.paragraph * PARAGRAPH_STRIDE + prevLast.close, pos * PARAGRAPH_STRIDE + cue.at, prev.entity)) entity = prev.entity;
      else entity = phrase ? ents.resolve(phrase, pos * PARAGRAPH_STRIDE + cue.at, span.text) : null;
      cueName = cue.cue;
      // An embedded quote whose cue before it names nobody (`a website they described as "…,"`)
      // takes the reporting clause after it (`… London's Metropolitan Police Service said.`).
      if (!entity && embedded && cue === cueB && cueA && (phrase === null || phrase.kind === 'pronoun')) {
        const after = parseSpeakerPhrase(cueA.phrase);
        const e = after ? ents.resolve(after, last.paragraph * PARAGRAPH_STRIDE + cueA.at) : null;
        if (e) {
          entity = e;
          cueName = cueA.cue;
        }
      }
    } else if (!partial && before.trim() === '' && sStart === 0 && /^[\s.,]*$/.test(pN.slice(afterStart)) && (cue = dashAttribution(paragraphs[last.paragraph + 1])) !== null) {
      // A quote set off as its own paragraph, its speaker on the next line after a dash, as
      // round-ups print them (`"First of all I am going to have a beer."` / `-- Svitolina on her plans`).
      const phrase = parseSpeakerPhrase(cue.phrase);
      entity = phrase ? ents.resolve(phrase, (last.paragraph + 1) * PARAGRAPH_STRIDE + cue.at) : null;
      cueName = entity ? cue.cue : null;
    } else if (!partial && last.closed && /,\s*$/.test(pN.slice(0, last.close)) && (cue = elidedSaid(afterText, afterStart)) !== null && ents.knowsFullName(cue.phrase.split(' ').pop()!)) {
      // The speech verb left out after a quote (`“…,” Ole Tito. “…”`), the name alone and already
      // named in full in the article: that person.
      const phrase = parseSpeakerPhrase(cue.phrase);
      entity = phrase?.kind === 'person' ? ents.resolve(phrase, last.paragraph * PARAGRAPH_STRIDE + cue.at) : null;
      cueName = entity ? cue.cue : null;
    } else if ((partial || !closedSentence) && (cue = closingCue(pN, afterStart)) !== null) {
      // A cue-less partial quote in a sentence that ends with its reporting clause: `Moscow's
      // proposals for "demilitarisation" … are well known to Kyiv, … Sergei Lavrov said.`
      const phrase = parseSpeakerPhrase(cue.phrase);
      entity = phrase ? ents.resolve(phrase, last.paragraph * PARAGRAPH_STRIDE + cue.at) : null;
      cueName = entity ? cue.cue : null;
    } else if (partial && prev?.entity && sharesSentence && coordinatedSpeech(before)) {
      // `He said some would face a "tough" winter …, and stressed that Ofgem had a "tried and tested
      // formula"`: a speech verb joined to the sentence's first has its subject, the earlier quote's speaker.
      entity = prev.entity;
      cueName = 'continuation';
    } else if (partial && NAMING_VERB_END.test(before) && (naming = NAMING_VERB_BEFORE.exec(before.slice(-OWNER_REACH))) !== null && (namer = parseSpeakerPhrase(naming[1]!))?.kind === 'person') {
      // A name before a verb of naming right before the quote: `an edge-to-edge display that Chief
      // Executive Tim Cook called “the biggest leap forward since the original iPhone.”`.
      entity = ents.resolve(namer!, first.paragraph * PARAGRAPH_STRIDE + sStart + Math.max(0, before.length - OWNER_REACH) + naming.index);
      cueName = entity ? 'called' : null;
    } else if (partial) {
      // A cue-less partial quote belongs to its sentence's subject when that is a person: `Merkel on Thursday "firmly" rejected …`.
      const subj = sentenceSubject(before, sStart);
      // (Inside a sentence already given to a speaker, a possessive between two quotes owns what
      // follows it and says nothing: `Andanar said … "to help spread" Lascañas’ claims "to bring down …"`.)
      const ownerOnly = subj !== null && sharesSentence && prev?.entity !== null && /['’]s?$/.test(subj.phrase);
      const phrase = subj && !ownerOnly ? parseSpeakerPhrase(subj.phrase) : null;
      // One capitalised word opening the sentence is a name only when the article names that person
      // in full or writes the word capitalised inside a sentence too: `Results were then weighted to …
      // "political variables."` has no speaker named Results.
      const unknownWord = phrase?.kind === 'person' && phrase.title === null && !/\s/.test(phrase.name) && before.slice(0, subj!.at - sStart).trim() === '' && !ents.knowsFullName(phrase.name) && !ents.midSentence(phrase.name);
      if (subj && phrase && !unknownWord && (phrase.kind === 'person' || phrase.kind === 'pronoun')) {
        entity = ents.resolve(phrase, first.paragraph * PARAGRAPH_STRIDE + subj.at);
        cueName = entity ? 'subject' : null;
      }
      // Joined to the quote before it in the same sentence (`called it "incoherent" and "unjust"`,
      // `said … "quite upset" and vowed to "…"`): that quote's speaker.
      // (Or any partial quote of a sentence whose subject spoke the one before it: `Morgan … was happy
      // with the "character" shown … and credited his team for "showing what we are capable of"`.)
      if (!entity && prev?.entity && sharesSentence && !/[.!?]$/.test(prev.text) && (prev.cue === 'subject' || COORDINATED.test(before) || sameReportedClause(before, prev.cue !== null && CUE_VERBS.has(prev.cue)) || sameSpeakerParticiple(before))) {
        entity = prev.entity;
        cueName = 'continuation';
      }
      // A partial quote as the complement of a sentence that reports no one's words, right after a
      // sentence of reported speech in its paragraph (`If Spirit needs to lay off people, he said,
      // they should … . The way Spirit is doing it is "a shockingly disrespectful way to treat
      // employees."`): the reported speaker's words, as the reader takes them. (Not after a verb of
      // speaking or naming, `The report described "…"`, whose subject speaks.)
      if (!entity && !subj && !sharesSentence && !hasSpeechVerb(before) && !namesByVerb(before)) {
        const reported = reportedSpeechBefore(paragraphs, first.paragraph, sStart, prevLast, (name) => ents.knowsFullName(name));
        const phrase = reported !== null && reported.paragraph === first.paragraph ? parseSpeakerPhrase(reported.cue.phrase) : null;
        const e = phrase && (phrase.kind === 'person' || phrase.kind === 'pronoun') ? ents.resolve(phrase, reported!.paragraph * PARAGRAPH_STRIDE + reported!.cue.at, span.text) : null;
        if (e?.kind === 'person') {
          entity = e;
          cueName = reported!.cue.cue;
        }
      }
    } else if (prev?.entity && prevLast && first.paragraph - prevLast.paragraph <= 1 && SUBJECTLESS_GOING_ON.test(before)) {
      // (`But then went on: "…"`: a verb of going on with no subject, the speaker of the quote before.)
      entity = prev.entity;
      cueName = 'went on';
    } else if (prev && prev.entity && prevLast && continues(prevLast, first, paragraphs, (from, to) => ents.otherPersonBetween(first.paragraph * PARAGRAPH_STRIDE + from, first.paragraph * PARAGRAPH_STRIDE + to, prev.entity!)) && (closedSentence || !hasSpeechVerb(afterText))) {
      // (A speech verb after the quote in its sentence is an attribution of its own that no rule
      // read: no speaker is better than the previous quote's. A quote that closes its sentence
      // leaves the next sentence's verbs to that sentence: `"… one replication." What is needed,
      // she said, is …`.)
      entity = prev.entity;
      cueName = 'continuation';
    } else if (before.trim() === '' && (closedSentence || !hasSpeechVerb(afterText))) {
      // A quote opening its sentence right after a sentence of reported speech with no quote of its
      // own: `Hollande said the police should not be blamed. "It's a specific problem with the
      // club."`, `Coach Mike Malone was asked about the officials. "I think it was …"`: that
      // sentence's speaker, when a person (the reader's inference; a body's statement is left).
      const reported = reportedSpeechBefore(paragraphs, first.paragraph, sStart, prevLast, (name) => ents.knowsFullName(name)) ?? pronounSentenceBefore(p0, sStart, first.paragraph, prevLast);
      const phrase = reported ? parseSpeakerPhrase(reported.cue.phrase) : null;
      let e = phrase && (phrase.kind === 'person' || phrase.kind === 'pronoun' || phrase.kind === 'description' || phrase.kind === 'organisation') ? ents.resolve(phrase, reported!.paragraph * PARAGRAPH_STRIDE + reported!.cue.at, span.text) : null;
      // (A question someone asked, then a quote: the answer, by the one quoted just before, not the
      // asker: `Owen asked where the trophy was.` / `"Somewhere, I left it somewhere …"` is Waititi's.)
      // (Its speaker is then the one a later `he said` stands for, not the asker.)
      if (reported && 'asker' in reported) {
        e = prev?.entity && prevLast && first.paragraph - prevLast.paragraph <= MAX_PARAGRAPHS_TO_ANSWER && prev.entity !== e ? prev.entity : null;
        if (e) ents.mention(first.paragraph * PARAGRAPH_STRIDE + sStart, e, true);
      }
      // (A body's statement only when the paragraph before is that one sentence of its reported
      // speech: `It said the site … was intended to address the problem.` / `"The city council was
      // aware …"`; a body named inside a longer paragraph may be anyone's topic.)
      const bodyStatement = e?.kind === 'organisation' && reported!.paragraph === first.paragraph - 1 && countSentenceEnds(paragraphs[reported!.paragraph]!) <= 1;
      if (e?.kind === 'person' || bodyStatement) {
        entity = e;
        cueName = 'asker' in reported! ? 'answer' : reported!.cue.cue;
      }
      // (A quote paragraph after one sentence whose subject is the one quoted just before, with no
      // speech verb: `Baxter then turned to the remaining Note 7 owners, …` / `"To our Note 7 owners:
      // …"`: still theirs, as the reader takes it.)
      if (!entity && sStart === 0 && prev?.entity?.kind === 'person' && prevLast?.paragraph === first.paragraph - 2) {
        const intro = paragraphs[first.paragraph - 1]!;
        const subj = countSentenceEnds(intro) <= 1 ? sentenceSubject(intro, 0) : null;
        // (`Baxter then`: an adverb read along with the subject is no part of it.)
        const words = subj ? subj.phrase.split(' ') : [];
        while (words.length > 1 && AUX_AND_ADVERBS.has(words[words.length - 1]!)) words.pop();
        const phrase = subj ? parseSpeakerPhrase(words.join(' ')) : null;
        if (phrase && (phrase.kind === 'person' || phrase.kind === 'pronoun') && ents.resolve(phrase, (first.paragraph - 1) * PARAGRAPH_STRIDE + subj!.at) === prev.entity) {
          entity = prev.entity;
          cueName = 'continuation';
        }
      }
    }

    // A quote running over several paragraphs keeps its speaker in view to its end: a pronoun after
    // it (`He added: '…'` after five paragraphs of one quote) is read within the lookback from its
    // last paragraph, not from the cue at its start.
    if (entity && last.paragraph > first.paragraph) ents.mention(last.paragraph * PARAGRAPH_STRIDE, entity, true);
    let text = clean(span.text);
    // Middle cue: `"…," he said, "…"` — the next span continues this one.
    // (Only a cue between them, not a sentence of its own: `"…," X wrote in 2017, in a piece that … . Judge Y
    // said at the hearing: "…"` is two quotes.)
    const between = next && nextFirst && nextFirst.paragraph === last.paragraph ? pN.slice(afterStart, nextFirst.open) : null;
    // (Nor one with a sentence's end inside: `…," he said. The BMC tweeted from its official handle: "…"`.)
    if (cueA && next && between !== null && /[,:]\s*$/.test(between) && between.split(/\s+/).length <= MAX_MIDDLE_CUE_WORDS && countSentenceEnds(between) === 0) {
      const nLast = next.segments[next.segments.length - 1]!;
      const nPara = paragraphs[nLast.paragraph]!;
      const nAfter = nLast.closed ? nPara.slice(nLast.close + 1, sentenceEnd(nPara, nLast.close + 1)) : '';
      if (!cueAfter(nAfter, 0) || /^\s*[.]/.test(nAfter)) {
        text = `${text}${SPLIT_QUOTE_JOINER}${clean(next.text)}`;
        out.push({ span: { segments: [...span.segments, ...next.segments], text }, entity, cue: cueName, partial, text });
        i++;
        continue;
      }
    }
    out.push({ span, entity, cue: cueName, partial, text, fromAfter: entity !== null && cue !== null && cue === cueA });
  }
  shareClosingClause(out, paragraphs);

  const quotes: Quote[] = out.map((a) => ({
    articleId: article.id,
    speakerId: a.entity ? slugify(a.entity.name) : null,
    speaker: a.entity ? a.entity.name : null,
    text: a.text,
    partial: a.partial,
    paragraph: a.span.segments[0]!.paragraph,
    cue: a.cue,
  }));
  const used = new Set(out.flatMap((a) => (a.entity ? [a.entity] : [])));
  const speakers: Speaker[] = [...used].map((e) => ({
    id: slugify(e.name),
    name: e.name,
    aliases: [...e.forms].filter((f) => f !== e.name),
    title: e.title,
    kind: e.kind,
  }));
  return { speakers, quotes };
}

/**
 * Who a statement (or letter, message …) the article introduced is from, the latest before the
 * paragraph `para` at `at`: `a statement from NASA's Jet Propulsion Laboratory`, `a letter by the
 * Fire Brigades Union`, `a statement issued by Downing Street`. Null when the article names none.
 */
function statementAuthor(paragraphs: readonly string[], para: number, at: number, noun: string): string | null {
  const re = new RegExp(`\\b${noun.replace(/s$/, '')}s?\\s+(?:(?:was\\s+)?(?:issued|released|sent|posted|published)\\s+)?(?:from|by)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’.&-]*){0,6})`, 'gu');
  for (let p = Math.min(para, paragraphs.length - 1); p >= 0 && para - p <= STATEMENT_LOOKBACK_PARAGRAPHS; p--) {
    const text = p === para ? paragraphs[p]!.slice(0, at) : paragraphs[p]!;
    let last: string | null = null;
    for (const m of text.matchAll(re)) last = m[1]!;
    if (last !== null) return last.replace(/['’]s$/, '').replace(/^the\s+/, '');
  }
  return null;
}
/** Paragraphs searched back for who a statement is from. */
const STATEMENT_LOOKBACK_PARAGRAPHS = 20;

/**
 * The speaker line under a quote in a round-up: a dash, then a name, then what it was about (`--
 * Elina Svitolina after speaking to …`, `— Svitolina on her plans`, `– Novak Djokovic, asked about
 * …`). The phrase is the capitalised words before the first lower-case word, a comma, a colon, a
 * bracket or the end. Null for any other line.
 */
function dashAttribution(line: string | undefined): Cue | null {
  const m = line === undefined ? null : DASH_SPEAKER_LINE.exec(line);
  if (!m) return null;
  const phrase = m[2]!.trim();
  return { phrase, cue: 'dash', at: m[1]!.length };
}
/**
 * `-- Name …`, `— Name, …`, `– Name`: two hyphens or a dash, then one to five capitalised words apart
 * by white space (so a long word in capitals cannot be split many ways: no backtracking blow-up).
 */
const DASH_SPEAKER_LINE = /^(\s*(?:--|—|–)\s*)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?=\s*$|\s*[,:(]|\s+\p{Ll})/u;

/**
 * The reporting clause that closes a sentence after a comma (`…, Russian Foreign Minister Sergei
 * Lavrov said.`), read as a cue right after a quote is read; the clause must end the sentence. Null
 * when the sentence has no such clause.
 */
function closingCue(paragraph: string, from: number): Cue | null {
  // Read at most a window's worth of the sentence: scanning every partial quote's sentence to its
  // end made a paragraph of many quotes and no full stop quadratic (tests/hardening/analyserScaling).
  const hi = Math.min(paragraph.length, from + MAX_CLOSING_SENTENCE_CHARS);
  const end = sentenceEnd(paragraph, from, hi);
  if (end >= hi && hi < paragraph.length) return null;
  const sentence = paragraph.slice(from, end);
  const comma = sentence.lastIndexOf(',');
  if (comma < 0 || /["“”]/.test(sentence.slice(comma))) return null;
  const tail = sentence.slice(comma + 1);
  if (!/^\s*[\p{L}\s.'’-]+[.!?]?\s*$/u.test(tail)) return null;
  // Up to the speech verb, a name and its title; after it, where or how (`… said in an interview published Friday`).
  const tw = tail.trim().split(/\s+/);
  const verb = tw.findIndex((w) => CUE_VERBS.has(w.replace(/[.!?]$/, '')));
  if (verb < 0 || verb >= MAX_CLOSING_CLAUSE_WORDS || tw.length - verb - 1 > MAX_WORDS_AFTER_CLOSING_VERB) return null;
  const cue = cueAfter(tail, from + comma + 1);
  return cue && /^(?:said|says|told|added|stated|declared|wrote)/.test(cue.cue) ? cue : null;
}
/**
 * The cue of a paragraph that introduces the quote set off after it, read from its last sentence
 * when that ends in a colon outside any quote (`To which Mrs May replied:`); `from` is where the
 * reporter's own text starts (after the paragraph's last quote). Null otherwise.
 */
function colonIntro(paragraph: string, from: number): Cue | null {
  const text = paragraph.trimEnd();
  if (!text.endsWith(':') || from >= text.length) return null;
  const start = sentenceStart(text, text.length - 1, from);
  // (`Mrs Beckett defended her comments:`: a named person's sentence with no speech verb, as in
  // the quote's own paragraph, see colonSubject; not after a label, `Re: Jeff Green covering Carmelo:`.)
  const sentence = text.slice(start);
  return cueBefore(sentence, start) ?? (from === 0 ? speakerLabel(text, 0) : null) ?? (sentence.indexOf(':') === sentence.length - 1 ? colonSubject(sentence, start) : null);
}

/**
 * A speaker named as a label before a colon, with no verb: `Coca-Cola CEO James Quincey: "…"`, or
 * a paragraph of its own above the quote (`Advanced Micro Devices Inc. CEO Lisa Su:`), as
 * round-ups of earnings calls and interviews print them. The whole text before the colon must read
 * as one person, titled or with a full name (`Update:`, `Moscow:` and `The message:` name no one);
 * the cue is `label`.
 */
function speakerLabel(before: string, base: number): Cue | null {
  // (A bracketed aside may follow the colon: `Alex Ferguson: (On the penalty appeal) "…"`.)
  const m = /^(\s*)([^:"“”()]+?):\s*(?:\([^()"“”]*\)\s*)?$/u.exec(before);
  // (A label in capitals is a section head, `MONETARY POLICY:`, not a person.)
  if (!m || m[2]!.split(/\s+/).length > MAX_LABEL_WORDS || !/^\p{Lu}/u.test(m[2]!) || !/\p{Ll}/u.test(m[2]!)) return null;
  const phrase = parseSpeakerPhrase(m[2]!);
  // (A surname after an honorific is a label too: `Mr Evans: "…"`, `Dr Khan: "…"`.)
  const honorific = HONORIFICS.has(m[2]!.trim().split(/\s+/)[0]!.toLowerCase());
  if (phrase?.kind !== 'person' || (phrase.title === null && !/\s/.test(phrase.name) && !honorific)) return null;
  return { phrase: m[2]!, cue: 'label', at: base + m[1]!.length };
}
/**
 * A quote round-up's label (`— Hundley on taking over for injured Rodgers: "…"`, `— Jets receiver
 * Jermaine Kearse on the overturned touchdown: "…"`, `Brady on the record: "…"`): a person, `on`,
 * the topic, then a colon (or, after a dash bullet, a full stop). The cue is `label`.
 */
function roundupLabel(before: string, base: number): Cue | null {
  // (After a dash bullet the label may end a sentence of its own before the quote's: `— Arians on
  // getting strong performances from his veterans. "…"`.)
  const m = before.includes(' on ') ? ROUNDUP_LABEL.exec(before) : null;
  if (!m || (m[1]!.trim() === '' && !/:\s*$/.test(before))) return null;
  const phrase = parseSpeakerPhrase(m[2]!);
  return phrase?.kind === 'person' ? { phrase: m[2]!, cue: 'label', at: base + m[1]!.length } : null;
}
/** `— Name on topic:` (see {@link roundupLabel}); the name is at most six words, the topic has no quote mark. */
const ROUNDUP_LABEL = /^(\s*(?:[-–—•]\s*)?)(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,5}?) on [^:"“”]{3,240}[:.]\s*$/u;

/**
 * A sentence whose subject is a named person and that introduces the quote with a colon but no
 * speech verb: `Jim Harbaugh leads Stanford to its first win at the Rose Bowl in 14 years: "…"`,
 * `Neighbor Clarissa Ruiz describes the scene: "…"`. The cue is `colon`.
 */
function colonSubject(before: string, base: number, knowsFullName: (word: string) => boolean = () => false): Cue | null {
  if (!/:\s*$/.test(before)) return null;
  // (A statement `from` someone, then the statement: `Below is a statement in the SEC filing … from Musk:`.)
  const from = STATEMENT_FROM.exec(before);
  const author = from ? parseSpeakerPhrase(from[1]!) : null;
  if (from && (author?.kind === 'person' || author?.kind === 'organisation')) return { phrase: from[1]!, cue: 'statement', at: base + from.index + from[0].indexOf(from[1]!) };
  // (A body that issues a statement, then the statement: `The hospital issued a follow-up statement
  // an hour after issuing the first statement:` / `"The patient tested positive …"`; the words
  // before the verb are the body.)
  const issued = ISSUED_STATEMENT.exec(before);
  if (issued) {
    const lead = before.slice(0, issued.index);
    const body = lead.trim();
    const named = body === '' ? null : parseSpeakerPhrase(body);
    if (named?.kind === 'organisation') return { phrase: body, cue: 'statement', at: base + lead.indexOf(body) };
  }
  const subj = sentenceSubject(before, base);
  if (!subj) return null;
  const phrase = parseSpeakerPhrase(subj.phrase);
  // (A section head in capitals, `RATE DECISION:`, is no one.)
  // (`Mrs Beckett defended her comments:`: a surname after an honorific names someone, as a label's does.)
  const honorific = HONORIFICS.has(subj.phrase.trim().split(/\s+/)[0]!.toLowerCase());
  // (Or a surname the article has named in full: `Keys talked about the loss in her news conference:`.)
  if (phrase?.kind === 'person' && /\p{Ll}/u.test(phrase.name) && (/\s/.test(phrase.name) || phrase.title !== null || honorific || knowsFullName(phrase.name))) return { phrase: subj.phrase, cue: 'colon', at: subj.at };
  return null;
}
/** A statement from its author, the colon after the author (group 1): `a statement in the SEC filing … from Musk:`. */
const STATEMENT_FROM = /\b(?:statement|letter|message|note)\b[^:"“”]{0,100}?\bfrom\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s*$/u;
/** A statement issued: `issued a follow-up statement`, `released its response`, `put out a statement`. */
const ISSUED_STATEMENT = /\b(?:issued|released|put\s+out|published|posted|sent\s+out)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|note|letter|response|reply|update)\b/i;

/** Most words of a speaker label (`Spotify Technology SA CFO Paul Vogel`). */
const MAX_LABEL_WORDS = 10;

/**
 * A quote with no speaker that runs on, in the same sentence, into a quote whose reporting clause
 * closes the sentence takes that clause's speaker: `"With this lawsuit, we seek to … prohibitive"
 * for police to "wrongfully kill …," Crump said.` (The first quote's own words after it stop at
 * the second.)
 */
function shareClosingClause(out: Attributed[], paragraphs: readonly string[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.entity || !b.entity || !b.fromAfter || /[.!?]$/.test(a.text)) continue;
    const aLast = a.span.segments[a.span.segments.length - 1]!;
    const bFirst = b.span.segments[0]!;
    if (!aLast.closed || aLast.paragraph !== bFirst.paragraph) continue;
    const between = paragraphs[aLast.paragraph]!.slice(aLast.close + 1, bFirst.open);
    if (countSentenceEnds(between) > 0 || hasSpeechVerb(between)) continue;
    a.entity = b.entity;
    a.cue = b.cue;
    a.fromAfter = true;
  }
}

/** One of {@link CHARACTERISING_VERBS} as a word (the cheap test before a sentence's subject is read for it). */
const CHARACTERISING_VERB_WORD = new RegExp(String.raw`\b(?:${[...CHARACTERISING_VERBS].join('|')})\b`);
/** A sentence with a noun of speech after a verb of having or sharing it (cheap test before {@link SPEECH_NOUN_PREDICATE}). */
const SPEECH_NOUN_SENTENCE = /\b(?:message|tone|note|sentiment|view|warning|assessment|take|thoughts)\b/;
/** Right after a subject: `had a similar message`, `echoed that sentiment`, `struck a different tone`, `shared his thoughts`. */
const SPEECH_NOUN_PREDICATE = /^\s*(?:also\s+|then\s+)?(?:had|has|offered|struck|sounded|shared|echoed|delivered|gave|sent|took)\s+(?:a|an|the|that|this|his|her|their)?\s*(?:(?:similar|different|simple|clear|blunt|stark|defiant|positive|optimistic|cautious|sombre|somber|more\s+\w+)\s+)?(?:message|tone|note|sentiment|view|warning|assessment|take|thoughts)\b/;

/** A sentence opening with a subordinate clause (`Although …,`, `While …,`, `If …,`). */
const SUBORDINATE_OPENING = /^\s*(?:Although|Though|While|Whilst|Whereas|Even though|Even if|If|Because|Since|Despite|After|Before|When)\s/;

/** Most words of a sentence's closing reporting clause up to its verb (`Russian Foreign Minister Sergei Lavrov said`). */
const MAX_CLOSING_CLAUSE_WORDS = 10;
/** Most words after that verb (`in an interview published Friday`). */
const MAX_WORDS_AFTER_CLOSING_VERB = 6;
/** Most characters from a partial quote to the end of its sentence for {@link closingCue} (a long news sentence is 300–400). */
const MAX_CLOSING_SENTENCE_CHARS = 600;

/**
 * True when the words between two partial quotes of one sentence carry the first one's clause on
 * (`said … that "blind loyalty" to Mr. Trump "led me to …"`): a few words, with no speech or
 * characterising verb and no contrast (`but`, `while`) that would bring in another speaker.
 */
function sameReportedClause(between: string, afterSpeechVerb = false): boolean {
  const ws = between.trim().split(/\s+/).filter((w) => w !== '');
  // A second `that` clause of the same reporting verb (`X said the bank was not "…" on rates, and that
  // it was trying to "…"`, `described justice as "slow" but that verdicts are "…"`) may be longer; so
  // may the rest of a clause a speech verb reports (`Duterte had said that he would "see to it" that
  // Revilla would be granted bail if the evidence was "weak"`).
  const secondThat = SECOND_THAT_CLAUSE.test(between);
  const limit = secondThat ? MAX_WORDS_IN_SECOND_THAT_CLAUSE : afterSpeechVerb ? MAX_WORDS_IN_REPORTED_CLAUSE : MAX_WORDS_BETWEEN_JOINED_QUOTES;
  if (ws.length === 0 || ws.length > limit || /[!?;:]/.test(between) || ws.some((w) => /\.$/.test(w) && !isAbbreviation(w))) return false;
  return ws.every((w, i) => {
    const k = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    // (`but that` opens a second complement, not a contrast with another speaker.)
    const butThat = k === 'but' && secondThat && ws[i + 1]?.toLowerCase() === 'that';
    return !CUE_VERBS.has(k) && !CHARACTERISING_VERBS.has(k) && !CUE_PARTICIPLES.has(k) && (butThat || !CONTRASTS.has(k));
  });
}
/**
 * A participle clause with no subject of its own between two partial quotes of one sentence: `Mr
 * Walker said … "outliers", the party was united … - adding that those plotting were "…"`. The
 * participle goes with the sentence's reporting verb, before the first quote, so the second quote
 * has that quote's speaker (read only when no cue was found, so `with X saying` keeps X).
 */
function sameSpeakerParticiple(before: string): boolean {
  const m = PARTICIPLE_CLAUSE.exec(before);
  return m !== null && CUE_PARTICIPLES.has(m[1]!) && !NEW_CLAUSE_SUBJECT.test(before.slice(0, m.index));
}
/** A clause opening with a participle after a comma or dash, to the quote (group 1: the participle). */
const PARTICIPLE_CLAUSE = /(?:^|[,;–—-])\s*(\p{Ll}+ing)\s+(?:that\s+)?[^,;:]*$/u;
/** A clause with a subject of its own before the participle (`…, and Jo Park disagreed, saying`): the participle is that subject's. */
const NEW_CLAUSE_SUBJECT = /(?:^|[\s,])(?:and|but|while|whereas|as|when)\s+(?:\p{Lu}|(?:he|she|they|we|it|the|his|her|their)\s)/u;

/** True when a speech verb is coordinated with the sentence's first one, with no subject of its own: `…, and stressed that`, `… and called for`. */
function coordinatedSpeech(before: string): boolean {
  for (const m of before.matchAll(COORDINATED_VERB)) if (CUE_VERBS.has(m[1]!) || CHARACTERISING_VERBS.has(m[1]!)) return true;
  return false;
}
/** `and` or `but` and the verb right after it (group 1). */
const COORDINATED_VERB = /(?:^|[\s,])(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+)\b/gu;

/** Most words between two partial quotes joined by {@link sameReportedClause}. */
const MAX_WORDS_BETWEEN_JOINED_QUOTES = 6;
/** `…, and that`: the reporting verb's second complement clause. */
const SECOND_THAT_CLAUSE = /(?:^|[\s,])(?:and|but|as well as)\s+that\s/i;
/** Most words between two partial quotes inside the clause a speech verb reports. */
const MAX_WORDS_IN_REPORTED_CLAUSE = 12;
/** Most words between two partial quotes when the second opens a second `that` clause (a clause of wire copy). */
const MAX_WORDS_IN_SECOND_THAT_CLAUSE = 20;
const CONTRASTS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'however', 'unlike', 'versus']);

/** True when the text holds a speech verb in lower case (`…," sister Lisa Ling, …, wrote in a message`). */
/** True when `text` holds a verb of characterising or naming (`described`, `called`, `branded`): its subject names what the quote says. */
function namesByVerb(text: string): boolean {
  for (const m of text.matchAll(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)) if (CHARACTERISING_VERBS.has(m[0])) return true;
  return false;
}

function hasSpeechVerb(text: string): boolean {
  for (const m of text.matchAll(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)) if (CUE_VERBS.has(m[0])) return true;
  return false;
}

/**
 * True when an uncued quote starting at `first` follows the cued one ending at `prevLast` closely
 * enough to continue it: at most one sentence between, or two in the same paragraph when they name
 * no other person and hold no personal pronoun (`…," said Chief Bill Hack with Chico Fire. The fire
 * was so big that Chico Fire had to call in backup from Butte County Fire Rescue and Cal Fire.
 * "Every fire engine …"`); `otherPerson` tells whether offsets of the paragraph name someone else.
 */
function continues(prevLast: { paragraph: number; close: number }, first: { paragraph: number; open: number }, paragraphs: readonly string[], otherPerson: (from: number, to: number) => boolean): boolean {
  const between =
    prevLast.paragraph === first.paragraph
      ? paragraphs[first.paragraph]!.slice(prevLast.close + 1, first.open)
      : first.paragraph === prevLast.paragraph + 1 && paragraphs[first.paragraph]!.slice(0, first.open).trim() === ''
        ? paragraphs[prevLast.paragraph]!.slice(prevLast.close + 1)
        : null;
  if (between === null) return false;
  const ends = countSentenceEnds(between);
  if (ends <= MAX_SENTENCES_BETWEEN_CONTINUATION) return true;
  return prevLast.paragraph === first.paragraph && ends <= MAX_SENTENCES_BETWEEN_SAME_PARAGRAPH && !PERSONAL_PRONOUN.test(between) && !otherPerson(prevLast.close + 1, first.open);
}
/** Most sentence ends between a cued quote and an uncued one of the same paragraph that continues it when no one else is named between. */
const MAX_SENTENCES_BETWEEN_SAME_PARAGRAPH = 2;
/** A personal pronoun that may stand for someone else. */
const PERSONAL_PRONOUN = /\b(?:he|she|they|him|her|them|I|we|his|their)\b/i;

/**
 * The speaker of the sentence before a quote that opens its own sentence (`sStart` in paragraph
 * `pi`; the last sentence of the paragraph before when the quote opens its paragraph), when that
 * sentence is reported speech with no quote mark: `X said …` (its speech verb's subject) or `X was
 * asked about …` (the one who answers). Null when the sentence holds a quote, precedes the last
 * quote read, or reports no speech. `knowsFullName` tells a surname the article has named in full.
 */
/** A sentence that only goes on, with no subject: `But then went on:`, `And added:`, `Then continued:`. */
const SUBJECTLESS_GOING_ON = /^\s*(?:(?:But|And|Then|But then|And then)\s+)?(?:went on|added|continued)\s*:\s*$/;

/** A sentence whose only quote marks close scare quotes of one to three words (`the "terrorist regime" of Assad`); see reportedSpeechBefore, which also wants none opening the sentence. */
const SCARE_QUOTED_ONLY = /^[^"“”„«»]*(?:["“][^"“”„«»\s]+(?:\s+[^"“”„«»\s]+){0,2}["”][^"“”„«»]*)+$/;

function reportedSpeechBefore(paragraphs: readonly string[], pi: number, sStart: number, prevLast: QuoteSegment | undefined, knowsFullName: (surname: string) => boolean): { cue: Cue; paragraph: number; asker?: true } | null {
  let para = pi;
  let end = sStart;
  if (paragraphs[pi]!.slice(0, sStart).trim() === '') {
    if (pi === 0) return null;
    para = pi - 1;
    end = paragraphs[para]!.length;
  }
  const text = paragraphs[para]!;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0) return null;
  // (From before the sentence's closing mark, so that mark is not taken for the end of the one before.)
  const start = sentenceStart(text, end - 1);
  const raw = text.slice(start, end).replace(/\s+$/, '');
  // (A scare quote of a few words inside the sentence keeps it reported speech, its marks read as
  // spaces: `Nasr al Hariri said the "terrorist regime" of Assad had refused …` / `"They are …"`.)
  const scareOnly = /["“”„«»]/.test(raw) && !/^["“„«]/.test(raw) && SCARE_QUOTED_ONLY.test(raw);
  if (prevLast && (prevLast.paragraph > para || (prevLast.paragraph === para && prevLast.close >= start && !scareOnly))) return null;
  const sentence = scareOnly ? raw.replace(/["“”„«»]/g, ' ') : raw;
  if (sentence === '' || /["“”„«»]/.test(sentence)) return null;
  const asked = ASKED.exec(sentence);
  if (asked) {
    const subj = sentenceSubject(sentence.slice(0, asked.index), start);
    return subj ? { cue: { phrase: subj.phrase, cue: 'asked', at: subj.at }, paragraph: para } : null;
  }
  // (Reported speech attributed after it, as quotes are: `It wasn’t because of any allegations …,
  // said Costello, in the council chamber at the time.`)
  const tail = INVERTED_TAIL_HINT.test(sentence) ? INVERTED_ATTRIBUTION_TAIL.exec(sentence) : null;
  const inverted = tail === null ? null : cueAfter(sentence.slice(tail.index), start + tail.index);
  if (inverted && CUE_VERBS.has(inverted.cue)) return { cue: inverted, paragraph: para };
  let cue = cueBefore(sentence, start);
  // (A speech verb inside a relative clause at the sentence's end, `… for revisions like those
  // Leffingwell proposed`, is not the sentence's: its first speech verb and that verb's subject
  // are, `council member Bill Spelman said it was too late …`.)
  if (cue && RELATIVE_BEFORE.test(sentence.slice(0, cue.at - start))) {
    const first = [...sentence.matchAll(/\b\p{Ll}+\b/gu)].find((m) => CUE_VERBS.has(m[0]) && m.index < cue!.at - start);
    const main = first ? cueBefore(sentence.slice(0, first.index + first[0].length), start) : null;
    if (main) cue = main;
  }
  // (`Owen asked where the trophy was.` / `"Somewhere, I left it …"`: the one who asked, whose
  // question the quote answers; see the caller.)
  if (cue?.cue === 'asked' && ASKED_QUESTION.test(sentence.slice(cue.at - start))) return { cue, paragraph: para, asker: true };
  // (`Ssempala says that …, adding that …`: the cue of a speech verb and the participle it owns.)
  // (And `According to Mountain, the troopers have received calls …`: the source of that sentence.)
  if (cue && (CUE_VERBS.has(cue.cue.split(',')[0]!) || cue.cue === 'according to')) return { cue, paragraph: para };
  // (A person who had a message or echoed a view, `Donovan Mitchell had a similar message to what
  // Atkinson preached.`, speaks in the quote after it.)
  if (cue === null && SPEECH_NOUN_SENTENCE.test(sentence)) {
    const subj = sentenceSubject(sentence, start);
    const rest = subj === null ? '' : text.slice(subj.at + subj.phrase.length, end);
    if (subj && SPEECH_NOUN_PREDICATE.test(rest)) return { cue: { phrase: subj.phrase, cue: 'message', at: subj.at }, paragraph: para };
  }
  // (A sentence whose subject characterises something, `The Australian Conservation Foundation
  // branded the approval reckless and inappropriate.`, speaks as a speech verb's does.)
  // (Its subject read only when such a verb is in the sentence at all: most sentences before a quote have none.)
  if (cue === null && CHARACTERISING_VERB_WORD.test(sentence)) {
    // (Its article blanked: sentenceSubject reads no subject opening with `The`.)
    const subj = sentenceSubject(sentence.replace(/^The\s/, '    '), start);
    // (Past an appositive set off after it: `Rep. Rosa DeLauro, D-Conn., the top Democrat on the
    // Appropriations Committee, criticized the proposed legislation …`.)
    const verb = subj === null ? null : /^\s*(?:(?:the|a|an)\s[^,.;:"“”]{1,80},\s*)?(\p{Ll}+)\s/u.exec(text.slice(subj.at + subj.phrase.length, end));
    if (verb && CHARACTERISING_VERBS.has(verb[1]!)) return { cue: { phrase: subj!.phrase, cue: verb[1]!, at: subj!.at }, paragraph: para };
  }
  // A quote opening its paragraph after a short paragraph that opens with reported speech and holds
  // no quote (`Steve Hansen hailed his side's win, but maintained that … . No less than …, they will
  // still have to win.` / `"Everybody knew …"`): that opening sentence's speaker.
  if (para === pi - 1 && start > 0 && !/["“”„«»]/.test(text) && countSentenceEnds(text) <= MAX_SENTENCES_IN_INTRODUCING_PARAGRAPH) {
    const firstEnd = sentenceEnd(text, 0);
    const opening = cueBefore(text.slice(0, firstEnd), 0);
    // (`She said the CTU would continue to campaign for increases. It launched …` / `"We want …"`: a
    // person's pronoun opening it is that person; `they`, `it`, `we` name no one speaker.)
    if (opening && CUE_VERBS.has(opening.cue) && (!SUBJECT_PRONOUNS.has(opening.phrase.toLowerCase()) || /^(?:he|she)$/i.test(opening.phrase))) return { cue: opening, paragraph: para };
    // (Or one whose subject had a message, `Donovan Mitchell had a similar message to what Atkinson
    // preached. Yes, this was a tough loss, …` / `"You always want to learn …"`.)
    const first = text.slice(0, firstEnd);
    const subj = opening === null && SPEECH_NOUN_SENTENCE.test(first) ? sentenceSubject(first, 0) : null;
    if (subj && SPEECH_NOUN_PREDICATE.test(first.slice(subj.at + subj.phrase.length)) && !SUBJECT_PRONOUNS.has(subj.phrase.toLowerCase())) return { cue: { phrase: subj.phrase, cue: 'message', at: subj.at }, paragraph: para };
  }
  // A paragraph of one sentence about a named person, then the quote's paragraph (`Re-treading
  // worker Mark Lewis, 53, of Idonia Road, Perton, has worked at the site for 37 years.` / `"It's a
  // sad time. …"`): that person, as local copy introduces a speaker.
  // (Not a topic label: `Re: Jeff Green covering Carmelo Anthony:`, `On the penalty:`.)
  if (para === pi - 1 && start === 0 && !/["“”„«»]/.test(text) && !TOPIC_LABEL.test(sentence)) {
    const subj = sentenceSubject(sentence, 0);
    const phrase = subj ? parseSpeakerPhrase(subj.phrase) : null;
    // (Or a surname alone that the article has named in full: `Simelane has denounced this act of
    // violence in the strongest terms.` / `“We will not tolerate …”`.)
    if (subj && phrase?.kind === 'person' && (/\s/.test(phrase.name) || phrase.title !== null || knowsFullName(phrase.name))) return { cue: { phrase: subj.phrase, cue: 'subject', at: subj.at }, paragraph: para };
    // (Or `he` or `she` opening it: `She was generous in her praise of Jabeur, who …` / `“I want to
    // congratulate Ons …`.)
    if (subj && subj.at === 0 && phrase?.kind === 'pronoun' && (phrase.pronoun === 'he' || phrase.pronoun === 'she')) return { cue: { phrase: subj.phrase, cue: 'subject', at: subj.at }, paragraph: para };
  }
  return null;
}
/** A speech verb among the last words of a sentence: the cheap test before {@link INVERTED_ATTRIBUTION_TAIL}. */
const INVERTED_TAIL_HINT = /\b(?:said|says|added|told|explained|insisted)\b[^,]{0,60}(?:,[^,]{0,60})?$/;
/** A comma, then a speech verb and its subject closing a sentence (`…, said Costello, in the chamber.`, `…, Smith said.`). */
const INVERTED_ATTRIBUTION_TAIL = /,\s+(?=(?:said|says|added|told|explained|insisted)\s+\p{Lu}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|added)[,.]?)[^,]*(?:,[^,]{0,60})?$/u;
/** ` Ole Tito.` right after a quote that closes on a comma: a name of one to four capitalised words, then the sentence's end. */
const ELIDED_SAID = /^(\s*,?\s*)((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\.\s*$/u;

/** The cue of a quote whose speech verb was left out (see ELIDED_SAID), or null. */
function elidedSaid(afterText: string, base: number): Cue | null {
  const m = ELIDED_SAID.exec(afterText);
  return m ? { phrase: m[2]!, cue: 'said', at: base + m[1]!.length } : null;
}

/**
 * A quote opening a sentence inside a paragraph right after a sentence whose subject is `he` or
 * `she` (`She knew the story would not have been on the television if it was not true. "I had to
 * tell the shift workers …"`): that pronoun, as the speaker. Null when the quote opens its
 * paragraph, the sentence before holds a quote or opens otherwise.
 */
function pronounSentenceBefore(paragraph: string, sStart: number, pi: number, prevLast: QuoteSegment | undefined): { cue: Cue; paragraph: number } | null {
  let end = sStart;
  while (end > 0 && /\s/.test(paragraph[end - 1]!)) end--;
  if (end === 0) return null;
  const start = sentenceStart(paragraph, end - 1);
  if (prevLast && prevLast.paragraph === pi && prevLast.close >= start) return null;
  const sentence = paragraph.slice(start, end);
  if (/["“”„«»]/.test(sentence)) return null;
  const m = /^(He|She)\s+\p{Ll}/u.exec(sentence);
  if (m) return { cue: { phrase: m[1]!.toLowerCase(), cue: 'subject', at: start }, paragraph: pi };
  // (A named person as the sentence's subject, `Captain Richie McCaw shared that view. "I was
  // speaking with …"`: as local copy introduces a speaker in the paragraph before, see reportedSpeechBefore.)
  if (TOPIC_LABEL.test(sentence)) return null;
  const subj = sentenceSubject(sentence, start);
  const phrase = subj ? parseSpeakerPhrase(subj.phrase) : null;
  return subj && phrase?.kind === 'person' && (/\s/.test(phrase.name) || phrase.title !== null) ? { cue: { phrase: subj.phrase, cue: 'subject', at: subj.at }, paragraph: pi } : null;
}

/** A line naming what the next quote is about, not who says it: `Re: …`, `On …`, `About …`, `Regarding …`. */
const TOPIC_LABEL = /^(?:Re:|On\s|About\s|Regarding\s|Asked about\s)/i;

/** Most sentences of a paragraph whose opening sentence introduces the quote after it (see reportedSpeechBefore). */
const MAX_SENTENCES_IN_INTRODUCING_PARAGRAPH = 3;
/** `X was asked about …`: the subject answers in the quote that follows. */
const ASKED = /\s(?:was|were)\s+asked\s+(?:about|whether|if|why|how|what|to|for)\b/;
/** The end of the words before a relative clause's subject: `like those `, `which `, `that `. */
const RELATIVE_BEFORE = /\b(?:those|that|which|what|whom)\s+$/i;
/** Most paragraphs from the quote before to an answer after a reported question (the question's paragraph between). */
const MAX_PARAGRAPHS_TO_ANSWER = 2;
/** An asker's reported question: `asked where the trophy was`, `asked (him) whether …` (from the cue verb on). */
const ASKED_QUESTION = /\basked\s+(?:(?:him|her|them)\s+)?(?:where|whether|if|why|how|what|when|who|which|about)\b/;

/** The segments of every span, by paragraph (so each paragraph meets only its own quotes). */
function groupSegments(spans: readonly QuoteSpan[]): Map<number, QuoteSegment[]> {
  const out = new Map<number, QuoteSegment[]>();
  for (const span of spans)
    for (const seg of span.segments) {
      const list = out.get(seg.paragraph);
      if (list) list.push(seg);
      else out.set(seg.paragraph, [seg]);
    }
  return out;
}

/**
 * The paragraph with quoted words blanked out (so mention scanning sees only the reporter's text):
 * each segment's opening mark becomes {@link QUOTE_PLACEHOLDER} and the rest of it, closing mark
 * included, spaces; the length is kept (the placeholder is one UTF-16 unit), so offsets still
 * match. Written into one array of code units, in segment order (a later segment that starts
 * where the previous one closed writes its placeholder over that closing mark): linear in the
 * paragraph, where rebuilding the string per segment was quadratic (300 KB dense with quotes took
 * seconds).
 */
function mask(p: string, segments: readonly QuoteSegment[]): string {
  if (segments.length === 0) return p;
  const units = p.split('');
  for (const seg of segments) {
    if (seg.open >= units.length) continue;
    units[seg.open] = QUOTE_PLACEHOLDER;
    const end = Math.min(units.length, seg.close + 1);
    for (let k = seg.open + 1; k < end; k++) units[k] = ' ';
  }
  return units.join('');
}

/** `he added`, `she continued`: a person's pronoun with a cue that goes on from the quote before. */
function pronounAdds(phrase: SpeakerPhrase | null, cue: string): boolean {
  return phrase?.kind === 'pronoun' && /^(?:he|she)$/i.test(phrase.text) && /^(?:added|continued)$/.test(cue);
}

/**
 * A nickname in quote marks between a given name and a capitalised surname: `Joko “Jokowi” Widodo`.
 * Groups: 1 the given name, 2 the space, 3 the nickname (one or two capitalised words), 4 the space
 * after, 5 the surname. (Not before a particle, `Ronald "Bato" dela Rosa`: the name scan does not
 * join a given name to a lower-case particle.)
 */
const QUOTED_NICKNAME = /(\p{Lu}[\p{L}'’.-]+)(\s+)[“"](\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?)[”"](\s+)(\p{Lu}[\p{L}'’-]+)/gu;

/** The paragraph with each {@link QUOTED_NICKNAME}'s marks and nickname turned to spaces (offsets kept). */
function blankNicknames(p: string, nicknames: readonly RegExpMatchArray[]): string {
  let out = p;
  for (const m of nicknames) {
    const from = m.index! + m[1]!.length + m[2]!.length;
    const to = from + m[3]!.length + 2;
    out = `${out.slice(0, from)}${' '.repeat(to - from)}${out.slice(to)}`;
  }
  return out;
}

function clean(t: string): string {
  return t.replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
}
