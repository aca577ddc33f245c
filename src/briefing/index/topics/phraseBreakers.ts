/*
 * In a module of its own, not in phraseLexicon.ts: the pipeline reads this list when it chunks
 * leads into noun phrases (keyPhrases.ts), so a change here changes pipelineVersion and analyses
 * every file again; the rest of the lexicon is read at index time only.
 */
/**
 * Words that break a candidate phrase wherever they occur: time words, reporting words and units
 * (`last week`, `US officials`, `57 percent`, `Mr Gates`). They never belong to a topic name.
 */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set([
  'official', 'people', 'person', 'year', 'month', 'week', 'weekend', 'day', 'time', 'today', 'tomorrow', 'yesterday',
  'tonight', 'percent', 'per', 'cent', 'reporter', 'spokesman', 'spokeswoman', 'spokesperson', 'morning', 'afternoon',
  'evening', 'night', 'hour', 'minute', 'mr', 'mrs', 'ms', 'dr', 'photo', 'copyright', 'email', 'link', 'article',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
