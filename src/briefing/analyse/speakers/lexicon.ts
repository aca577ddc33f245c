/**
 * Word lists the speaker and quote analysis relies on. Closed-class English words and common
 * news roles only: nothing here names a person or is taken from an annotated page.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Finite speech verbs whose subject is the speaker: `X said`, `said X`, `X told reporters`. */
export const CUE_VERBS = set(`
  said says say told tells asked asks added adds noted notes warned warns insisted insists
  stressed stresses explained explains declared declares announced announces argued argues
  wrote writes replied replies responded responds recalled recalls observed acknowledged
  admitted admits conceded concedes continued concluded claimed claims complained commented
  cautioned urged urges vowed vows pledged promised predicted suggested suggests reported reports ruled highlighted continues
  stated states maintained emphasised emphasized underlined underscored confirmed confirms
  remarked quipped joked shouted chanted tweeted testified countered charged contended
  exclaimed reiterated assured agreed agrees wondered mused boasted lamented conceded
  announces predicted cried yelled whispered thundered snapped retorted reasoned reflected revealed
  recounted confided ventured sighed fumed grumbled affirmed asserted alleged bragged hinted
  speculated estimated proposed recommended posted texted emailed interjected clarified elaborated
  summarised summarized pleaded implored begged demanded opined opines answered answers reckoned expressed counseled counselled advised
  reacts reacted reflects reckons muses laments shared queried queries enthused gushed raged
  disclosed discloses screamed screams shrieked sobbed wept blurted barked roared bellowed hissed
  muttered murmured stammered`);

/**
 * Participles that report speech of the clause's subject: `…, chanting "…"`, `she said, adding "…"`.
 * (`asking` is left out: `people asking for the right to …` is seldom a speech cue.)
 */
export const CUE_PARTICIPLES = set(`saying adding noting warning insisting stressing explaining
  arguing chanting declaring telling calling urging claiming complaining vowing reminding recalling
  asserting stating cautioning`);

/** Words that may sit between a subject and its speech verb: `Gates has said`, `he later told`, `Bailey himself conceded`. */
export const AUX_AND_ADVERBS = set(`has have had was were is are also later then again earlier
  previously recently repeatedly once had would will just further separately reportedly
  subsequently initially quickly simply flatly firmly only still who which himself herself themselves
  itself allegedly finally publicly privately openly bluntly angrily proudly quietly directly
  personally formally officially frequently often never always immediately promptly candidly
  frankly strongly sharply today yesterday tonight first originally`);

/** Roles sent `to` a body or place, which then belongs to the title: `Ambassador to the United Nations`, `envoy to Syria`. */
export const ROLES_SENT_TO = set('ambassador envoy adviser advisor representative emissary delegate attache attaché');

/** Lower-case particles inside a personal name (`Ben van Beurden`, `Osama bin Laden`, `Ana da Silva`). */
/** Most lower-case words after a role's `of` that stay in its title (`director of public health Jo Leigh`, `head of local government`). */
export const MAX_ROLE_OF_WORDS = 3;

/** Kinds of administrative place written after the place's name, which a role can be of (`director of Herat province`, `governor of Kano state`). */
export const ADMINISTRATIVE_PLACE_NOUNS = new Set(['province', 'state', 'district', 'county', 'region', 'municipality', 'governorate', 'prefecture', 'city', 'town', 'village', 'department', 'oblast', 'parish', 'borough']);

export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'do', 'dos', 'das', 'del', 'ul', 'ur', 'ud']);

/** A family name with a lower-case particle joined by a hyphen: `al-Sabah`, `bin-Salman`, `el-Sisi`. */
export const HYPHENATED_PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|ben|ould)-\p{Lu}[\p{L}'’-]*$/u;

/** Pronouns that can be the subject of a speech cue. */
export const SUBJECT_PRONOUNS = set('he she they it we i');

/** A possessive determiner, in lower case or opening a sentence (`his niece …`, `Their supervisor, …`). */
export const POSSESSIVE_DETERMINER = /^(?:his|His|her|Her|their|Their|its|Its|our|Our|my|My)$/;

/**
 * Role nouns: words that make a title (`Defense Secretary`) or a definite description
 * (`the secretary`, `the Russian defence minister`). Lower case; matched case-insensitively.
 */
export const ROLE_NOUNS = set(`president secretary minister premier chancellor prime senator
  sen. rep. sec. amb. representative congressman congresswoman governor gov. mayor spokesman spokeswoman
  spokesperson foreman forewoman juror director chairman chairwoman chair chief executive ceo official officer
  ambassador envoy commissioner leader general gen. admiral colonel col. commander lieutenant
  justice judge attorney prosecutor king queen prince princess pope cardinal bishop
  secretary-general inspector-general director-general attorney-general solicitor-general auditor-general surgeon-general
  head founder economist analyst strategist negotiator adviser advisor
  deputy vice counterpart candidate nominee hopeful challenger contender frontrunner front-runner
  lawmaker legislator mp diplomat minister-president
  chancellor-elect president-elect mayor-elect pollster researcher professor dean manager
  partner lawyer dr dr. mr mr. mrs mrs. ms ms. miss sheikh emir sultan superintendent
  inspector sergeant captain marshal coach captain editor correspondent governor-general
  rev rev. reverend rabbi imam pastor archbishop boss skipper striker midfielder defender
  goalkeeper forward winger player sheriff constable detective det. trooper councilman
  councilwoman councillor councilor alderman alderwoman assemblyman assemblywoman assemblymember
  delegate supervisor selectman selectwoman freeholder trustee comptroller treasurer auditor magistrate coroner warden provost chaplain sgt sgt. lt
  lt. capt capt. supt supt. cfo coo cto cio cmo organizer organiser coordinator campaigner
  doctor physician surgeon pathologist nurse scientist epidemiologist virologist historian speaker
  actor actress singer rapper comedian author novelist neighbor neighbour homeowner shopkeeper
  star superstar musician songwriter singer-songwriter filmmaker producer artist curator dancer playwright poet
  counsel solicitor barrister broadcaster presenter commentator pundit columnist journalist reporter photographer critic
  mediator consultant trainer garda gda det insp cllr dci dcs coun coun. taoiseach tánaiste tanaiste
  chairperson brigadier brig. corporal cpl meteorologist forecaster agent td aide politician svp
  evp vp astronomer astrophysicist physicist chemist biologist geologist seismologist volcanologist
  paleontologist palaeontologist archaeologist anthropologist psychologist sociologist ecologist
  zoologist botanist engineer architect climatologist oceanographer
  resident farmer volunteer activist student villager trader motorist commuter protester survivor witness teacher
  housewife homemaker retiree pensioner shopper passenger vendor worker labourer laborer
  opener batsman batter bowler spinner paceman seamer all-rounder wicketkeeper quarterback linebacker
  receiver kicker pitcher outfielder driver cyclist jockey sprinter swimmer golfer boxer referee umpire
  teammate businessman businesswoman tycoon billionaire entrepreneur investor owner`);

/** Words that only modify a role in a title: `Defense Secretary`, `First Deputy Prime Minister`. */
export const TITLE_MODIFIERS = set(`defense defence foreign finance interior health trade
  economy economic home justice education energy environment agriculture transport labour
  labor commerce culture industry treasury state deputy first vice assistant associate acting
  senior chief executive managing general former then interim incoming outgoing opposition
  party campaign press communications national international regional federal
  supreme high grand prime military security intelligence research presumptive presidential
  parliamentary congressional gubernatorial mayoral retiring veteran longtime
  information affairs development planning housing tourism sport sports youth immigration
  telecommunications technology science veterans welfare aviation fisheries infrastructure
  county city district municipal provincial town police staff relations
  politics policy polling strategy operations marketing economics elections`);

/**
 * Month names that are also names (`Theresa May`, `Mrs May`, `April Ryan`): stop words on their own
 * (`In May, …`), name words right after a name word or an honorific when no figure follows (`May 5`).
 */
export const NAME_MONTHS = set('May June April August');

/** Honorifics: titles that say nothing about office but may say gender. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['madam', 'f'], ['dr', null], ['dr.', null], ['prof', null], ['prof.', null], ['sir', 'm'], ['dame', 'f'], ['lady', 'f'], ['lord', 'm'],
  // Malaysian honours, as The Star, Bernama and The Straits Times print them before a name.
  ['datuk', null], ['dato', null], ["dato'", null], ['dato’', null], ['datin', 'f'],
  // West African honours for a Muslim who made the pilgrimage (`Alhaji Lai Mohammed`).
  ['alhaji', 'm'], ['alhaja', 'f'], ['hajia', 'f'],
]);

/** Letters after a name: honours and offices (`QC`, `KC`, `SC`, `MP`, `TD`, `OBE`). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['QC', 'KC', 'SC', 'MP', 'MSP', 'MLA', 'MEP', 'TD', 'OBE', 'CBE', 'MBE']);

/** US state abbreviations as datelines write them after a city (`Nashville, Tenn.`): a place, never a name. */
export const STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.?$/;

/** A lower-case noun for someone who does something (`trainer`, `commentator`, `analyst`, `consultant`). */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ant|ent)$/u;
/** Words with those endings that are no agent noun. */
const NOT_AGENT_NOUN = new Set(['under', 'after', 'over', 'never', 'other', 'either', 'neither', 'rather', 'whether', 'together', 'later', 'ever', 'however', 'another', 'earlier', 'further', 'per', 'recent', 'current', 'different', 'apparent', 'independent', 'prominent', 'important', 'significant']);

/** True for a lower-case agent noun, known as a role or not (`volunteer`, `trainer`, `resident`; not `later`, `recent`). */
export function isAgentNoun(word: string): boolean {
  return AGENT_NOUN.test(word) && !NOT_AGENT_NOUN.has(word);
}

/**
 * The second word of a Malaysian honour (`Datuk Seri`, `Dato’ Sri`, `Tan Sri`, `Puan Sri`): part
 * of the honour, not of the name, right after an honorific or `Tan`/`Puan`/`Toh` (`Sri Mulyani`,
 * a given name, and `Mr Tan`, a surname, stay names).
 */
export function isHonourSecondWord(word: string, previous: string | undefined): boolean {
  return previous !== undefined && /^(?:Seri|Sri|Paduka|Wira)$/.test(word) && (HONORIFICS.has(previous.toLowerCase()) || /^(?:Tan|Puan|Toh)$/.test(previous));
}

/** Role words that say gender (used to check `he`/`she` against a candidate). */
export const GENDERED_ROLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'],
  ['congressman', 'm'], ['congresswoman', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'],
  ['princess', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['pope', 'm'],
  // Kin before a given name (`His daughter Sarah confirmed …`), as obituaries and court reports
  // name relatives. (Not `son`: Son is a common surname, `Son Heung-min`.)
  ['daughter', 'f'], ['wife', 'f'], ['husband', 'm'], ['mother', 'f'], ['father', 'm'], ['sister', 'f'], ['brother', 'm'],
  ['widow', 'f'], ['widower', 'm'], ['granddaughter', 'f'], ['grandson', 'm'], ['niece', 'f'], ['nephew', 'm'],
]);

/**
 * Words that make a capitalised run an organisation or place rather than a person:
 * `Pew Research Center`, `Czech Republic`, `White House`, `Foreign Ministry`.
 */
export const ORG_WORDS = set(`ministry department council party center centre institute
  university court agency bank fund organization organisation committee commission parliament
  congress senate government office service services forces army navy force news post times
  journal campaign group association inc inc. corp corp. ltd ltd. company co. international
  federation assembly union republic kingdom states emirates nations house street city county province
  state island islands sea ocean river airport station square palace kremlin pentagon summit
  conference alliance coalition network board authority administration cabinet police club
  foundation society trust movement front league church embassy consulate tribunal bureau
  reuters afp ap upi interfax xinhua tass bloomberg guardian telegraph herald tribune daily
  channel radio television tv press media markets exchange index nato eu un opec who imf
  east west north south europe asia africa america americas
  academy college school schools hospital museum library prison hotel airlines airways institution
  laboratory observatory corporation holdings enterprises securities capital economics partners
  investments advisers advisors associates consulting consultancy research analytics polling fire
  hurricane typhoon cyclone peninsula gulf strait valley mountains reserve region exchequer duchy
  stadium arena`);

/** Lower-case words that name a speaking body: `the foreign ministry said`, `the company said`. */
export const ORG_HEAD_NOUNS = set(`ministry department government company firm agency
  commission committee council office embassy spokesperson party campaign court police army
  military kremlin administration group union board bank authority authorities regulator
  statement`);

/** Head nouns of a definite description that stands for a named company (`the firm`, `the tech giant`). */
export const COMPANY_NOUNS = set(`company firm group giant carmaker automaker lender insurer retailer
  airline carrier miner broadcaster manufacturer maker producer conglomerate chain startup start-up
  supermarket bank operator supplier developer publisher utility exporter importer distributor
  brewer chipmaker drugmaker shipper band orchestra duo trio quartet choir`);

/**
 * Institutions a definite description names by their kind (`the hospital said in a statement`, `the
 * university said`): the named body whose name holds the noun (`Robert Wood Johnson University
 * Hospital`); unlike a company noun, never any other body. (A public body's noun, `the ministry`,
 * `the council`, speaks as itself: see ORG_HEAD_NOUNS.)
 */
export const INSTITUTION_NOUNS = set(`hospital university college school club museum zoo airport church diocese
  charity foundation institute`);

/** Plural nouns for groups that speak together: `activists chanting`, `analysts said`. */
export const GROUP_NOUNS = set(`activists protesters protestors demonstrators officials analysts
  experts economists residents witnesses critics supporters opponents lawmakers legislators
  diplomats sources investors traders pollsters voters workers doctors scientists researchers
  campaigners crowd crowds students leaders ministers members organisers organizers fans
  villagers survivors relatives families farmers unions police prosecutors investigators
  detectives officers firefighters rescuers lawyers attorneys judges senators troops soldiers
  militants rebels teachers parents nurses passengers neighbours neighbors employees staff
  executives shareholders observers monitors negotiators envoys respondents participants people
  men women`);

/**
 * Capitalised words that start sentences or clauses but are never part of a name:
 * `But Gates said`, `Nevertheless, …`, `Speaking at …`.
 */
export const CAPITALISED_STOPWORDS = set(`A An The But And Or Nor So Yet Also Still However
  Nevertheless Nonetheless Meanwhile Moreover Furthermore Indeed Although Though While When
  Whenever After Before Since Because As If Unless Until Once In On At By For From With Without
  Of To Into Over Under About Against Between During Through Following Speaking Asked Earlier
  Later Then Now Today Tonight Yesterday Tomorrow Last Next This That These Those There Here It
  He She They We I You His Her Their Our Its My Your Who What Where Why How Which Both Each Every
  Some Many Most Several Such Other Another No Not Even Only Just Instead Despite Amid Among
  According Overall Separately Still Thus Hence Otherwise Elsewhere Already Again Except Whilst
  Whether Upon Within Perhaps Unlike Besides Across Toward Towards Beyond Does Did Is Are Was Were
  Should Would Could Has Have Had Currently Nearly Recently Previously Additionally Ultimately
  Finally Initially Eventually Unfortunately Fortunately Importantly Notably Similarly Likewise
  Specifically Traditionally Historically Typically Usually Generally Apparently Reportedly Clearly
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Think Remember Consider Imagine`);

/**
 * Demonyms and country-code adjectives used before titles: `Russian President`, `US Defence
 * Secretary`; party adjectives too (`Republican presumptive nominee Donald Trump`: no person named
 * Republican). Others are recognised by their ending (see isDemonym).
 */
export const DEMONYMS = set(`US U.S. UK U.K. EU E.U. UN U.N. American British English French
  German Russian Polish Czech Chinese Japanese Dutch Irish Scottish Welsh Swiss Danish Swedish
  Finnish Norwegian Greek Turkish Israeli Iraqi Iranian Afghan Pakistani Saudi Thai Vietnamese
  Portuguese Spanish Lebanese Sudanese Taiwanese Congolese Nepalese Kenyan Nigerian Korean
  Ukrainian Belarusian Georgian Armenian Mexican Brazilian Canadian Australian Indian Italian
  Egyptian Syrian Jordanian Hungarian Romanian Bulgarian Serbian Croatian Austrian Belgian NATO
  Palestinian Kuwaiti Qatari Emirati Filipino Indonesian Malaysian Singaporean Venezuelan
  Colombian Chilean Argentine Peruvian Cuban Scandinavian European Asian African Arab Western
  Eastern Soviet
  Republican Democratic Democrat Conservative Liberal Socialist`);

/**
 * Parties, movements, companies, pollsters and regulators that speak in the news under a one-word
 * name that reads like a person's (`Google said`, `Hamas said`, `Ipsos said`) or like a title word
 * (`Labour said`): bodies, not people. (Pollsters named after a founder who is quoted too, Nanos,
 * Léger, Zogby and Rasmussen, are left out.)
 */
export const KNOWN_BODIES = set(`Labour Hamas Hezbollah Taliban Fatah Likud Sinn SNP Ukip UKIP Plaid
  Syriza Podemos Fidesz Vox Reform Tories Tory Kremlin Whitehall Westminster Congress Parliament
  Google Alphabet Apple Microsoft Amazon Facebook Meta Tesla Twitter Boeing Airbus Toyota Nissan
  Honda Volkswagen Gazprom Rosneft Shell Exxon ExxonMobil Chevron Walmart Samsung Huawei Uber Lyft
  OpenAI Nvidia Intel Netflix Disney Pfizer Moderna AstraZeneca Novartis Siemens Nestle Unilever
  Ryanair Lufthansa Aeroflot Alibaba Tencent Baidu Sony Nokia Ericsson Vodafone BP Barclays HSBC
  Citigroup Goldman JPMorgan Starbucks McDonald's Nike Adidas IKEA Spotify Instagram WhatsApp
  TikTok YouTube Oxfam Amnesty Greenpeace UNICEF UNESCO Interpol Europol Frontex
  Ipsos YouGov Gallup Ifop Newspoll Nielsen Forsa Levada Quinnipiac Marist Datafolha Ibope Ekos Opinium Survation Savanta Deltapoll Verian Curia Realmeter Kantar GfK CBOS
  VTsIOM Allensbach Odoxa Elabe OpinionWay Cadem Mitofsky IBRiS Eurobarometer Afrobarometer Ofgem
  Ofcom Ofwat Fed`);

/**
 * Countries, large regions and capitals commonly used as speakers by metonymy
 * (`Moscow said`, `China said`). A place speaking is an organisation speaker.
 */
export const PLACES = set(`Afghanistan Albania Algeria Argentina Armenia Australia Austria
  Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia
  Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Egypt England Estonia Ethiopia
  Europe Finland France Georgia Germany Ghana Greece Hungary Iceland India Indonesia Iran Iraq
  Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Libya
  Lithuania Luxembourg Malaysia Mexico Moldova Morocco Myanmar Nepal Netherlands Nigeria Norway
  Pakistan Palestine Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
  Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan
  Tanzania Thailand Tunisia Turkey Uganda Ukraine Venezuela Vietnam Wales Yemen Zimbabwe America
  Washington Moscow Beijing London Paris Berlin Brussels Tokyo Warsaw Prague Kiev Kyiv Tehran
  Baghdad Kabul Islamabad Delhi Ankara Damascus Cairo Jerusalem Seoul Pyongyang Taipei Hanoi
  Bangkok Jakarta Manila Canberra Ottawa Madrid Rome Vienna Budapest Bucharest Sofia Athens
  Lisbon Dublin Stockholm Oslo Copenhagen Helsinki Minsk Tbilisi Riyadh Doha Beirut Amman
  Tripoli Khartoum Nairobi Pretoria Brasilia Havana Caracas Bogota Lima Santiago Tallinn Riga
  Vilnius Belgrade Zagreb Geneva Strasbourg Kremlin Pentagon Whitehall Westminster Downing
  Alaska California Texas Florida Jersey York Africa Asia
  Alabama Arizona Arkansas Colorado Connecticut Delaware Hawaii Idaho Illinois Indiana Iowa Kansas
  Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Utah Vermont Wisconsin Wyoming
  Virginia Carolina Dakota Hampshire
  Angola Benin Botswana Burundi Cameroon Chad Congo Djibouti Eritrea Gabon Gambia Guinea Liberia
  Madagascar Malawi Mali Mauritania Mauritius Mozambique Namibia Niger Senegal Togo Zambia Ecuador
  Paraguay Uruguay Guatemala Honduras Nicaragua Panama Haiti Jamaica Bhutan Maldives Mongolia Laos
  Brunei Kyrgyzstan Tajikistan Turkmenistan Uzbekistan Oman Montenegro Macedonia Malta Andorra Monaco
  Liechtenstein Fiji Samoa Tonga Abuja Lagos Kinshasa Addis Ababa Dhaka Kathmandu Colombo`);

/**
 * Places of two or three words that speak by metonymy or are no person (`New Zealand said`, `Saudi
 * Arabia`), read whole.
 */
export const MULTIWORD_PLACES = new Set(
  `New Zealand|Saudi Arabia|South Africa|North Korea|South Korea|Sierra Leone|Sri Lanka|Hong Kong|United States|United Kingdom|Costa Rica|El Salvador|Puerto Rico|Ivory Coast|Burkina Faso|Papua New Guinea|Czech Republic|Dominican Republic|Central African Republic|United Arab Emirates|East Timor|South Sudan|North Macedonia|Cape Verde|San Marino|New Delhi|Cape Town|Tel Aviv|Kuala Lumpur|Buenos Aires|Mexico City|Hong Kong|Abu Dhabi|Addis Ababa|New York|New Jersey|New Mexico|New Hampshire|North Carolina|South Carolina|North Dakota|South Dakota|West Virginia|Rhode Island|Los Angeles|San Francisco|San Diego|Las Vegas|New Orleans|St. Louis|New South Wales|Western Australia|South Australia|British Columbia|Nova Scotia|Northern Ireland`.split('|'),
);

/**
 * Nationality nouns for one person (`the Spaniard said`, `the Kuwaiti told reporters`), with the
 * words that tie a named person to that nationality in the article (`Spain`, `Spanish`).
 */
export const NATIONALITY_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    spaniard: ['spain', 'spanish'], serb: ['serbia', 'serbian'], briton: ['britain', 'british', 'uk'], frenchman: ['france', 'french'],
    frenchwoman: ['france', 'french'], englishman: ['england', 'english'], englishwoman: ['england', 'english'], scot: ['scotland', 'scottish'],
    welshman: ['wales', 'welsh'], irishman: ['ireland', 'irish'], dutchman: ['netherlands', 'dutch', 'holland'], dane: ['denmark', 'danish'],
    swede: ['sweden', 'swedish'], finn: ['finland', 'finnish'], pole: ['poland', 'polish'], turk: ['turkey', 'turkish'], croat: ['croatia', 'croatian'],
    swiss: ['switzerland', 'swiss'], kiwi: ['new zealand', 'zealand'], aussie: ['australia', 'australian'], kuwaiti: ['kuwait', 'kuwaiti'],
    saudi: ['saudi', 'arabia'], iraqi: ['iraq', 'iraqi'], israeli: ['israel', 'israeli'], pakistani: ['pakistan', 'pakistani'], qatari: ['qatar', 'qatari'],
    emirati: ['emirates', 'emirati', 'uae'], american: ['america', 'american', 'us', 'u.s.'], russian: ['russia', 'russian'], german: ['germany', 'german'],
    italian: ['italy', 'italian'], australian: ['australia', 'australian'], canadian: ['canada', 'canadian'], argentine: ['argentina', 'argentine', 'argentinian'],
    brazilian: ['brazil', 'brazilian'], japanese: ['japan', 'japanese'], chinese: ['china', 'chinese'], indian: ['india', 'indian'], belgian: ['belgium', 'belgian'],
    austrian: ['austria', 'austrian'], norwegian: ['norway', 'norwegian'], greek: ['greece', 'greek'], ukrainian: ['ukraine', 'ukrainian'],
    nigerian: ['nigeria', 'nigerian'], kenyan: ['kenya', 'kenyan'], mexican: ['mexico', 'mexican'], colombian: ['colombia', 'colombian'],
    jamaican: ['jamaica', 'jamaican'], ethiopian: ['ethiopia', 'ethiopian'], portuguese: ['portugal', 'portuguese'], czech: ['czech', 'czechia'],
    hungarian: ['hungary', 'hungarian'], romanian: ['romania', 'romanian'], chilean: ['chile', 'chilean'], uruguayan: ['uruguay', 'uruguayan'],
    egyptian: ['egypt', 'egyptian'], moroccan: ['morocco', 'moroccan'], ghanaian: ['ghana', 'ghanaian'], iranian: ['iran', 'iranian'],
    korean: ['korea', 'korean'], filipino: ['philippines', 'filipino'], indonesian: ['indonesia', 'indonesian'], malaysian: ['malaysia', 'malaysian'],
  }),
);

/** True for a demonym (`Russian`, `Pakistani`) or country code before a title. */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word) || /^[A-Z][a-z]+(?:ian|ean|ese|ish)$/.test(word);
}

/** Plurals of nationality names that are not a demonym plus `s`. */
const IRREGULAR_NATIONALITY_PLURALS = set(`Poles Britons Swedes Danes Finns Scots Turks Greeks Czechs Spaniards Filipinos Slovaks Serbs Croats Arabs Kurds Afghans Iraqis`);

/** True for a plural nationality, a people speaking as a group: `Canadians`, `Israelis`, `Poles`. */
export function isNationalityPlural(word: string): boolean {
  return IRREGULAR_NATIONALITY_PLURALS.has(word) || (/^[A-Z][a-z]+s$/.test(word) && isDemonym(word.slice(0, -1)));
}

/** True when `word` (any case) is a role noun or title modifier. */
/**
 * A role noun ({@link ROLE_NOUNS}), also behind a hyphened prefix that leaves it a role:
 * `co-leader`, `vice-chair`, `ex-minister`, `deputy-governor`, `acting-director`.
 */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(ROLE_PREFIX, ''));
}
const ROLE_PREFIX = /^(?:co|vice|ex|deputy|acting)-(?=\p{L})/u;

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w) || /^(?:vice|ex|co|deputy)-/.test(w) || GENDERED_ROLES.has(w) || roleWithSuffix(w);
}

/** A role with a hyphenated suffix (`councilor-at-large`, `governor-elect`, `minister-designate`). */
const ROLE_SUFFIX = /^([a-z]+)-(?:at-large|elect|designate|in-waiting)$/;
function roleWithSuffix(w: string): boolean {
  const m = ROLE_SUFFIX.exec(w);
  return m !== null && ROLE_NOUNS.has(m[1]!);
}

/**
 * Verbs that report someone's characterisation of a thing, read as cues only right before a
 * quote: `praised the decision as "…"`, `dismissed as "…"`, `called it "…"`.
 */
export const CHARACTERISING_VERBS = set(`described dismissed denounced branded called labelled labeled
  praised hailed termed criticised criticized condemned derided decried welcomed slammed blasted`);

/**
 * Titles abbreviated with a full stop before a name, in US style (`Mr.`, `Sen.`, `Lt.`, `Sec.`),
 * written without the stop. A title is always followed by its name, so its stop ends no sentence
 * (`… Sec. Clinton said.`); sentences.ts and quotes/sentenceBounds.ts build their tests from this list.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = `Mr Mrs Ms Messrs Dr Prof Sen Rep Gov Gen Lt Col Maj Capt
  Cmdr Adm Sgt Cpl Pvt Rev Fr Msgr Hon Amb Supt Insp Det Atty Pres Sec Treas`
  .trim()
  .split(/\s+/);

/**
 * Abbreviations written with a full stop before a name or inside one: the titles above and name
 * suffixes and parts (`Jr.`, `St.`, `Lt.-Gen.`). Their stop ends no sentence and no name
 * (`," Ms. Ayotte said.`).
 */
const NAME_ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS.map((title) => `${title.toLowerCase()}.`),
  ...`sr. jr. st. lt.-gen. maj.-gen.`.split(' '),
]);

/** True for an age written as a word (`32-year-old`): it describes, or stands for, a person. */
export function isAge(word: string): boolean {
  return /^\d{1,3}-year-old$/.test(word);
}

/** True for initials (`M.`, `U.S.`) and {@link NAME_ABBREVIATIONS}: a word whose full stop is part of it, not a sentence end. */
export function isAbbreviation(word: string): boolean {
  return /^(?:[A-Z]\.)+$/.test(word) || NAME_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Role nouns of someone who speaks for a body rather than for themselves: an unnamed one speaks for
 * the body their description names (`a Juul spokesperson`, `a spokeswoman for the State Department`).
 */
export const SPOKES_NOUNS = /^(?:spokesperson|spokesman|spokeswoman|representative)$/;
