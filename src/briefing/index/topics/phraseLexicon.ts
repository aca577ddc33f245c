/**
 * The small built-in word lists the topic index needs. Spelling variants (defence/defense,
 * destabilising/destabilizing, centre/center) need no list: wink-nlp's `normal` form already folds
 * British to American spelling. What remains is meaning, which no installed library knows:
 * near-synonym phrases that news copy uses interchangeably, and generic reporting nouns that are
 * never a topic. Admins extend the synonyms through `data/topics.json` (see topicOverrides.ts).
 */

/**
 * Groups of phrases (already in folded form: lower case, American spelling, singular head noun)
 * that name the same subject in wire copy. The FIRST phrase of a group is canonical: it names the
 * topic and gives its slug, so the slug stays the same whichever variant dominates a corpus.
 * Canonical phrases are chosen to be spelling-neutral (`missile shield`, not `missile defense`,
 * which is spelled `defence` in half the sources).
 */
export const NEAR_SYNONYMS: readonly (readonly string[])[] = [
  ['missile shield', 'missile defense', 'missile defense system', 'missile defense shield', 'anti-missile shield', 'antimissile shield', 'anti-missile system', 'missile defense plan', 'missile shield plan', 'ballistic missile defense'],
  ['wildfire', 'bushfire', 'forest fire', 'brush fire', 'wild fire'],
  ['interest rate', 'borrowing cost', 'policy rate', 'benchmark rate', 'key rate', 'main refinancing rate', 'refinancing rate'],
  ['strike', 'walkout', 'industrial action', 'stoppage'],
  ['poll', 'survey', 'opinion poll', 'opinion survey'],
  ['same-sex marriage', 'gay marriage', 'marriage equality'],
  ['climate change', 'global warming'],
  ['trade war', 'tariff war', 'trade dispute', 'trade feud'],
  ['refugee', 'asylum seeker', 'migrant'],
  ['transfer', 'transfer fee', 'transfer deal'],
];

/**
 * Vague nouns that name a subject only with a modifier (`trade deal`, `peace talks`, `working
 * group`), never alone: `deal`, `talks` and `group` are not topics.
 */
export const NOT_ALONE: ReadonlySet<string> = new Set([
  'report', 'statement', 'news', 'agency', 'number', 'part', 'way', 'thing', 'lot', 'issue', 'source', 'comment',
  'interview', 'press', 'conference', 'end', 'start', 'beginning', 'side', 'view', 'term', 'case', 'fact', 'point',
  'kind', 'sort', 'group', 'country', 'world', 'government', 'state', 'plan', 'talk', 'meeting', 'visit', 'trip',
  'concern', 'question', 'decision', 'move', 'step', 'effort', 'deal', 'matter', 'story', 'page', 'site', 'website',
  'system', 'process', 'position', 'proposal', 'offer', 'threat', 'attack', 'problem', 'policy', 'leader', 'minister',
  'president', 'secretary', 'director', 'chief', 'head', 'member', 'expert', 'analyst', 'service', 'region', 'area',
  'city', 'capital', 'nation', 'support', 'opposition', 'plans', 'record', 'level', 'rise', 'fall', 'cut', 'change',
  // Nouns that join unrelated stories when alone (seen as the largest topics of 60 real wire reports
  // on a dozen subjects: `police`, `house`, `bank`, `situation`, `place`, `news conference`).
  'situation', 'place', 'home', 'risk', 'force', 'business', 'company', 'firm', 'newspaper', 'market', 'interest',
  'security', 'power', 'house', 'bank', 'police', 'party', 'law', 'rate', 'resident', 'money', 'job', 'family', 'life',
  'man', 'woman', 'child', 'team', 'game', 'season', 'club', 'player', 'match', 'office', 'building', 'street', 'town',
  'village', 'community', 'public', 'authority', 'authorities', 'action', 'result', 'reason', 'example', 'idea',
  'cabinet', 'ministry', 'administration', 'measure', 'remark', 'scene', 'mile', 'kilometer', 'car', 'death', 'weapon',
  // (and over 270 real pages of a dozen kinds: tagger slips such as `new` and `others`, and offices.)
  'new', 'other', 'others', 'work', 'county', 'department', 'center', 'centre', 'margin', 'majority', 'officer', 'rating',
  'percentage', 'right', 'event', 'error', 'line', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'information',
  'performance',
  // (and over 480 more real pages: the words of figures and surveys, `datum` being the lemma of `data`.)
  'figure', 'basis', 'datum', 'data', 'increase', 'decrease', 'cost', 'lead', 'committee', 'total', 'amount',
  'share', 'survey', 'respondent', 'week', 'month', 'year', 'day', 'time', 'today', 'target', 'index',
]);

/**
 * Phrases of several words that are reporting furniture, never a topic (`news conference`,
 * `state media`), in folded form.
 */
export const NOT_TOPIC: ReadonlySet<string> = new Set([
  'news conference', 'press conference', 'press briefing', 'news briefing', 'state media', 'state television',
  'state tv', 'news agency', 'state news agency', 'press release', 'social media', 'local time', 'news release',
  'local media', 'local resident', 'prime minister', 'foreign minister', 'interior minister', 'finance minister',
  'percentage point', 'margin of error', 'police officer', 'basis point',
]);

/**
 * News agencies, cited as sources in the copy (`told Reuters`, `quoted by Interfax as saying`,
 * `Reuters first reported`), not subjects: alone they are no topic (at 10k generated articles
 * `interfax` was a topic of 362 articles). Folded keys (lower case).
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'upi', 'interfax', 'tass', 'itar-tass', 'ria', 'xinhua', 'kyodo', 'yonhap', 'dpa', 'ansa', 'efe', 'pti', 'anadolu', 'bernama', 'irna', 'wafa',
  // Broadcasters cited the same way (`told CNN`, `the BBC reported`).
  'cnn', 'bbc', 'nbc', 'cbs', 'abc',
]);

/** Maps every phrase of {@link NEAR_SYNONYMS} (and extra admin groups) to its group's canonical phrase. */
export function synonymMap(extraGroups: readonly (readonly string[])[] = []): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of [...NEAR_SYNONYMS, ...extraGroups]) {
    const canonical = group[0];
    if (canonical === undefined) continue;
    for (const phrase of group) if (!map.has(phrase)) map.set(phrase, canonical);
  }
  return map;
}
