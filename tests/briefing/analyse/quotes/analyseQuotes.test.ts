import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../../src/briefing/analyse/quotes/index.js';
import { article, quoteWith } from './article.js';

describe('analyseQuotes: cues', () => {
  it('GIVEN a cue after the quote (`," he told reporters`) THEN the quote goes to the person the pronoun stands for', () => {
    const { quotes } = analyseQuotes([
      article([
        'US Defence Secretary Robert Gates offered Russia cooperation on missile defence activities Monday.',
        'Gates even held out the possibility of co-locating a radar with the Russians.',
        '"I think we are beginning to get down to specific issues of concern to Russia," he told reporters.',
      ]),
    ]);
    const q = quoteWith(quotes, 'specific issues');
    expect(q.speaker).toBe('Robert Gates');
    expect(q.cue).toBe('told reporters');
    expect(q.partial).toBe(false);
  });

  it('GIVEN an inverted cue (`said Michael Dimock, associate director …`) THEN the speaker is the name after the verb, the appositive its title', () => {
    const { quotes, speakers } = analyseQuotes([article(['"This thing is too close to call," said Michael Dimock, associate director of the Washington-based Pew Research Center.'])]);
    expect(quotes[0]!.speaker).toBe('Michael Dimock');
    expect(speakers[0]!.title).toMatch(/associate director/);
  });

  it('GIVEN a cue before the quote with a colon or comma THEN the cue’s subject speaks', () => {
    const { quotes } = analyseQuotes([article(["In a separate statement, China's foreign ministry spokeswoman, Hua Chunying, said, \"We hope the U.S. will meet China halfway.\""])]);
    expect(quotes[0]!.speaker).toBe('Hua Chunying');
  });

  it('GIVEN a middle cue (`"…," he said, "…"`) THEN one quote joins both parts with one speaker', () => {
    const { quotes } = analyseQuotes([
      article(['Gates came to Moscow to meet Putin.', '"We could potentially work together," he said, "to experiment with new concepts and technologies."']),
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We could potentially work together … to experiment with new concepts and technologies.');
    expect(quotes[0]!.speaker).toBe('Gates');
  });

  it('GIVEN `was quoted by Interfax as saying` THEN the subject before the passive speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        "Russia's First Deputy Prime Minister Sergei Ivanov rejected on Thursday an overture from the United States. \"I honestly see no basis for speaking of possible cooperation on a strategic missile shield,\" Ivanov was quoted by Interfax as saying.",
      ]),
    ]);
    expect(quotes[0]!.speaker).toBe('Sergei Ivanov');
    expect(quotes[0]!.cue).toBe('quoted as saying');
  });

  it('GIVEN `a statement read by the Russian defence minister saying … "…"` THEN the minister, resolved to his name, speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        'Gates met Defence Minister Anatoly Serdukov.',
        'Gates\' upbeat view contrasted with a statement read by the Russian defence minister saying Russia\'s position on the US missile shield "remains unchanged".',
      ]),
    ]);
    const q = quoteWith(quotes, 'remains unchanged');
    expect(q.speaker).toBe('Anatoly Serdukov');
    expect(q.partial).toBe(true);
  });

  it('GIVEN `according to X` after a quote THEN X speaks', () => {
    const { quotes } = analyseQuotes([article(['"The harvest will be the worst in a decade," according to Agriculture Minister Ivan Petrov.'])]);
    expect(quotes[0]!.speaker).toBe('Ivan Petrov');
  });

  it('GIVEN a body speaking (`rebuffed by Moscow who said … "…"`) THEN the place is an organisation speaker', () => {
    const { quotes, speakers } = analyseQuotes([article(['Gates was rebuffed by Moscow who said a planned US missile shield was "seriously destabilising".'])]);
    expect(quotes[0]!.speaker).toBe('Moscow');
    expect(speakers.find((s) => s.name === 'Moscow')!.kind).toBe('organisation');
  });
});

describe('analyseQuotes: partial quotes, continuation, multi-paragraph', () => {
  it('GIVEN a partial quote inside the reporter’s sentence THEN it is partial and goes to the cue’s subject', () => {
    const { quotes } = analyseQuotes([article(['Nevertheless, Gates said he remained "cautiously optimistic" after meetings with President Vladimir Putin.'])]);
    expect(quotes[0]).toMatchObject({ text: 'cautiously optimistic', partial: true, speaker: 'Gates' });
  });

  it('GIVEN an uncued quote right after a cued one THEN it keeps the speaker (continuation)', () => {
    const { quotes } = analyseQuotes([
      article(['Defense Secretary Robert M. Gates announced a working group. "The key to this is cooperation," the secretary said. "We would like to have the Russians as partners in this process."']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Robert M. Gates', 'Robert M. Gates']);
    expect(quotes[1]!.cue).toBe('continuation');
  });

  it('GIVEN an uncued quote paragraph right after a cued quote paragraph THEN it continues the same speaker', () => {
    const { quotes } = analyseQuotes([
      article([
        '“Our aim is to have an agreement in March,” Macron said of eurozone reform.',
        '“Do I think that we can have a joint position and have joint solutions? I not only think we can, but I want it.”',
      ]),
    ]);
    expect(quotes[1]!.speaker).toBe('Macron');
  });

  it('GIVEN a quote over two paragraphs with the cue at its end THEN one quote with the whole text and that speaker', () => {
    const { quotes } = analyseQuotes([
      article([
        'Trade Minister Paulo Mendes spoke in Brasilia.',
        '"We did not start this dispute," Mendes said. "For years our farmers have competed against subsidized cotton.',
        '"We are not waiting any longer."',
      ]),
    ]);
    const q = quoteWith(quotes, 'For years');
    expect(q.text).toContain('We are not waiting any longer');
    expect(q.speaker).toBe('Paulo Mendes');
  });
});

describe('analyseQuotes: coreference', () => {
  it('GIVEN `she said` after a sentence naming a man as object THEN she is the woman who was the subject', () => {
    const { quotes } = analyseQuotes([
      article([
        'Health Secretary Margaret Ellison said the programme would cost 50 million pounds. She was speaking after meeting Professor Alan Cartwright, the chief medical officer.',
        '"Money is not the issue here; discipline is," she said.',
      ]),
    ]);
    expect(quotes[0]!.speaker).toBe('Margaret Ellison');
  });

  it('GIVEN `he said` after a subordinate clause with another speaker THEN he is the main clause subject', () => {
    const { quotes } = analyseQuotes([
      article([
        'Defense Secretary Robert M. Gates met Defense Minister Anatoliy Serdyukov.',
        'Although the Russian defense minister told reporters after the meeting that the position "remained basically unchanged," Gates said he had the impression the statement was prepared before the meeting.',
        '"I just felt there was a good atmosphere in the meeting," he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'basically unchanged').speaker).toBe('Anatoliy Serdyukov');
    expect(quoteWith(quotes, 'good atmosphere').speaker).toBe('Robert M. Gates');
  });

  it('GIVEN `the secretary said` THEN the titled person named earlier speaks, with `the secretary` among the aliases', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['Defense Secretary Robert M. Gates visited Moscow.', '"My view is that we have to look at this strategically," the secretary said.']),
    ]);
    expect(quotes[0]!.speaker).toBe('Robert M. Gates');
    expect(speakers[0]!.aliases).toContain('the secretary');
    expect(speakers[0]!.title).toBe('Defense Secretary');
  });
});

describe('analyseQuotes: identity across articles', () => {
  it('GIVEN one person named differently in two articles THEN one speaker id for both quotes', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['"We believe the system is destabilising," Defence Minister Anatoly Serdukov said.'], 'p#1'),
      article(['"We will respond," said Defense Minister Anatoliy Serdyukov.'], 'p#2'),
    ]);
    expect(new Set(quotes.map((q) => q.speakerId)).size).toBe(1);
    expect(speakers).toHaveLength(1);
    expect([speakers[0]!.name, ...speakers[0]!.aliases]).toEqual(expect.arrayContaining(['Anatoly Serdukov', 'Anatoliy Serdyukov']));
  });
});

describe('analyseQuotes: roles without a known title, groups, characterising verbs', () => {
  it('GIVEN `the chancellor said` after a person named without a title THEN that person speaks', () => {
    const { quotes } = analyseQuotes([article(['Angela Merkel spoke in Berlin.', '"We will not give in," the chancellor said.'])]);
    expect(quotes[0]!.speaker).toBe('Angela Merkel');
  });

  it('GIVEN a group characterising something (`Critics called the plan "a disaster"`) THEN the group speaks', () => {
    const { quotes } = analyseQuotes([article(['Critics called the plan "a disaster".'])]);
    expect(quotes[0]!.speaker).toBe('critics');
  });

  it('GIVEN `praised the decision as "…"` THEN the subject speaks (partial)', () => {
    const { quotes } = analyseQuotes([article(['President Barack Obama praised the decision as "justice that arrives like a thunderbolt."'])]);
    expect(quotes[0]).toMatchObject({ speaker: 'Barack Obama', partial: true });
  });
});

describe('analyseQuotes: speakers in longer subjects (sentences of BBC and WSJ reports, TempEval-3 platinum)', () => {
  it('GIVEN `Family friend and historian Dr Huw Lewis-Jones paid tribute to a "…"` THEN the quote is the named person’s, not `Family`', () => {
    const { quotes } = analyseQuotes([article(['Family friend and historian Dr Huw Lewis-Jones paid tribute to a "gentle soul and fine climber" who shunned the limelight.'])]);
    expect(quoteWith(quotes, 'gentle soul').speaker).toBe('Huw Lewis-Jones');
  });

  it('GIVEN `Dr Lewis-Jones, the former curator at … the University of Cambridge, who first met Mr Lowe in 2005, called him a "hero"` THEN the subject before the appositive and the relative clause speaks, not the university', () => {
    const { quotes } = analyseQuotes([
      article([
        'Family friend and historian Dr Huw Lewis-Jones paid tribute to a "gentle soul and fine climber" who shunned the limelight.',
        'Dr Lewis-Jones, the former curator at the Scott Polar Research Institute at the University of Cambridge, who first met Mr Lowe in 2005, called him a "hero".',
      ]),
    ]);
    expect(quoteWith(quotes, 'hero').speaker).toBe('Huw Lewis-Jones');
  });

  it('GIVEN `The Department of Health and Human Services says that the law will "…"` THEN the whole body’s name speaks, not `Department`', () => {
    const { quotes } = analyseQuotes([article(['The Department of Health and Human Services says that the law will "make health-care coverage more affordable and accessible," pointing to a 2009 analysis.'])]);
    expect(quoteWith(quotes, 'more affordable').speaker).toBe('Department of Health and Human Services');
  });

  it('GIVEN US-style honorifics with a full stop (`," Ms. Ayotte said`, `," Mr. Dor said`) THEN the named person speaks (the stop ends no sentence)', () => {
    const { quotes } = analyseQuotes([
      article([
        '"There have been too many bailouts in Europe," said Eric Dor, director of economic research at the IESEG School of Management in Paris.',
        '"It is the first time ever that the leader of a euro zone country has admitted that he could not afford to pay the guarantee," Mr. Dor said.',
        'Ms. Ayotte\'s induction that January day in 2011 had begun. "The desk thing really stuck with me," Ms. Ayotte said. "There still just aren\'t that many of us."',
        '"We appear to be getting close to the end of flu season," said Dr. Michael Jhung of the Centers for Disease Control and Prevention.',
      ]),
    ]);
    expect(quoteWith(quotes, 'first time ever').speaker).toBe('Eric Dor');
    expect(quoteWith(quotes, 'desk thing').speaker).toBe('Ayotte');
    expect(quoteWith(quotes, "aren't that many").speaker).toBe('Ayotte');
    expect(quoteWith(quotes, 'end of flu season').speaker).toBe('Michael Jhung');
  });

  it('GIVEN partial quotes joined in one sentence (`called the decision "incoherent" and "unjust."`, `said … "quite upset" and vowed to "…"`) THEN the second has the first one’s speaker', () => {
    const { quotes } = analyseQuotes([
      article([
        'Mr. Sarkozy\'s lawyer, Thierry Herzog, called the judge\'s decision, which indicates that the judge believes that Mr. Sarkozy probably committed a crime, "incoherent" and "unjust." The lawyer said he would appeal.',
        'Li Keqiang, the new prime minister, said the air pollution had made him "quite upset" and vowed to "show even greater resolve and make more vigorous efforts" to clean it up.',
      ]),
    ]);
    expect(quoteWith(quotes, 'incoherent').speaker).toBe('Thierry Herzog');
    expect(quoteWith(quotes, 'unjust').speaker).toBe('Thierry Herzog');
    expect(quoteWith(quotes, 'quite upset').speaker).toBe('Li Keqiang');
    expect(quoteWith(quotes, 'greater resolve').speaker).toBe('Li Keqiang');
  });
  it('GIVEN a quote whose sentence goes on with a place phrase before its cue (`"…" in the clashes in the city of Osh, State Department spokesman Philip Crowley told reporters`) THEN the named person speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        '"We are alarmed by reports of casualties" in the fighting around the northern town of Dara, Foreign Office spokeswoman Helen Marsh told reporters.',
        '"Aid must reach the wounded" during the truce, said Red Cross official Omar Haddad.',
      ]),
    ]);
    expect(quoteWith(quotes, 'reports of casualties')).toMatchObject({ speaker: 'Helen Marsh', cue: 'told reporters' });
    expect(quoteWith(quotes, 'reach the wounded').speaker).toBe('Omar Haddad');
  });
  it('GIVEN a name and a long appositive with a relative clause before the verb (`…," sister Lisa Ling, a TV journalist who herself reported in North Korea in 2005, wrote`) THEN the named person speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        '"We cannot wait any longer," cousin Maria Lind, a radio reporter who herself covered the border talks in 2009 and 2011, wrote in a message to supporters.',
        '"The ruling changes nothing for us," Tom Ekberg, a farmer whose land lies along the planned route of the new motorway, told reporters.',
      ]),
    ]);
    expect(quoteWith(quotes, 'cannot wait')).toMatchObject({ speaker: 'Maria Lind', cue: 'wrote' });
    expect(quoteWith(quotes, 'changes nothing')).toMatchObject({ speaker: 'Tom Ekberg', cue: 'told reporters' });
  });
  it('GIVEN `the PM said` after the prime minister is named, and `with Sir X saying it was a "…"` THEN the PM is the prime minister, and the participle’s own subject speaks', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Prime Minister Ann Holt had come under fire over the plan, with Sir Peter Lamb saying it was a "matter of deep regret" that Parliament was not told first.',
        'But the PM said on Wednesday: "I want to explain to the House why it is happening on Sunday."',
      ]),
    ]);
    expect(quoteWith(quotes, 'deep regret')).toMatchObject({ speaker: 'Peter Lamb', cue: 'saying' });
    expect(quoteWith(quotes, 'explain to the House').speaker).toBe('Ann Holt');
    expect(speakers.find((s) => s.name === 'Ann Holt')!.aliases).toContain('the PM');
  });
  it('GIVEN dash attributions of a roundup (`"…" - Secretary of State X, speaking …`, `- tweet from X, …`, `- statement by X`) THEN each named person speaks, the title kept', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Among the officials who denied writing it on Thursday:',
        '"It is not mine." - Interior Secretary Dana Holm, speaking at a news conference in Oslo.',
        '"We did not write it and we never would." - tweet from Ola Berg, spokesman for the finance ministry.',
        '"No." - statement by Chief Justice Ruth Ekman.',
      ]),
    ]);
    expect(quoteWith(quotes, 'not mine')).toMatchObject({ speaker: 'Dana Holm', cue: '—' });
    expect(quoteWith(quotes, 'never would')).toMatchObject({ speaker: 'Ola Berg', cue: 'tweet from' });
    expect(quoteWith(quotes, 'No.').speaker).toBe('Ruth Ekman');
    expect(speakers.find((x) => x.name === 'Dana Holm')!.title).toBe('Interior Secretary');
  });
  it('GIVEN `presumptive Democratic nominee X took to Twitter, calling …` and `Republican presumptive nominee Y …` THEN X and Y speak (no person named Democratic or Republican), titled nominee', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Earlier on Sunday, presumptive Democratic nominee Alma Reyes took to Twitter, calling the attack a "horrific act."',
        'Republican presumptive nominee Victor Lund also posted about the "really bad shooting."',
        '"Police are investigating possible terrorism," Lund said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'horrific act').speaker).toBe('Alma Reyes');
    expect(quoteWith(quotes, 'possible terrorism').speaker).toBe('Victor Lund');
    expect(speakers.map((x) => x.name)).not.toContain('Republican');
    expect(speakers.find((x) => x.name === 'Alma Reyes')!.title).toBe('presumptive Democratic nominee');
  });
  it('GIVEN `Lieberman spokeswoman Whitney Phillips said …` with no quote, then `The retiring senator said … "…"` THEN the spokeswoman keeps her title and the senator named before speaks, not her', () => {
    const { quotes } = analyseQuotes([
      article([
        'The state’s two senators, Joe Lindqvist and Richard Brandt, expressed sorrow on Friday after the shooting.',
        'Lindqvist spokeswoman Whitney Moll said the senator and his staff were monitoring the situation.',
        'The retiring senator said he spoke with the governor, "who shares our grief and will do everything he can."',
      ]),
    ]);
    expect(quoteWith(quotes, 'shares our grief').speaker).toBe('Joe Lindqvist');
  });
  it('GIVEN `…," their statement said` after a quote of the families THEN the families speak (their statement is theirs)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        '"We have waited every day for news," the families said in a statement on Sunday.',
        'The families said they were "gravely concerned." "We fear her health has become worse since her detention," their statement said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'health has become worse')).toMatchObject({ speaker: 'families', cue: 'said' });
    expect(speakers.map((x) => x.name)).not.toContain('their statement');
  });
  it('GIVEN a partial quote whose sentence subject carries lower-case title words (`Republican presumptive nominee X also posted about the "…"`, `Longtime Senator Y called it "…"`) THEN X and Y speak, titled', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['Republican presumptive nominee Victor Lund also posted about the "really bad shooting."', 'Longtime Senator Ada Brink called the plan "a disgrace."']),
    ]);
    expect(quoteWith(quotes, 'really bad shooting').speaker).toBe('Victor Lund');
    expect(quoteWith(quotes, 'disgrace').speaker).toBe('Ada Brink');
    expect(speakers.find((x) => x.name === 'Victor Lund')!.title).toBe('Republican presumptive nominee');
  });
  it('GIVEN a partial quote in a sentence that closes with its reporting clause (`Moscow\'s proposals for "demilitarisation" … are well known to Kyiv, Russian Foreign Minister Sergei Lavrov said.`) THEN the named person speaks', () => {
    const { quotes } = analyseQuotes([
      article(['Moscow’s proposals for a "neutral status" are well known to its neighbours and it is up to them to accept them, Foreign Minister Pavel Orlov said.']),
    ]);
    expect(quoteWith(quotes, 'neutral status')).toMatchObject({ speaker: 'Pavel Orlov', cue: 'said', partial: true });
  });
  it('GIVEN a quote set off as its own paragraph after one ending `X told the House on Wednesday:` / `To which Mrs Y replied:` THEN X and Y speak; `She went on: "…"` is Y again', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Mr Halvorsen told the House on Wednesday:',
        '"The transport secretary and the trade secretary were all members of the campaign committee.',
        '"Will the Prime Minister guarantee that her ministers will cooperate?"',
        'To which Mrs Dunmore replied:',
        '"I question the way in which he put his question."',
        'She went on: "I say again to the right honourable gentleman: withdraw it."',
      ]),
    ]);
    expect(quoteWith(quotes, 'campaign committee')).toMatchObject({ speaker: 'Halvorsen', cue: 'told' });
    expect(quoteWith(quotes, 'campaign committee').text).toContain('cooperate?');
    expect(quoteWith(quotes, 'put his question')).toMatchObject({ speaker: 'Dunmore', cue: 'replied' });
    expect(quoteWith(quotes, 'I say again')).toMatchObject({ speaker: 'Dunmore', cue: 'went on' });
    expect(speakers.map((x) => x.name).sort()).toEqual(['Dunmore', 'Halvorsen']);
  });
  it('GIVEN a paragraph ending in a colon that introduces no one (`The agenda was as follows:`) THEN the quote after it has no speaker', () => {
    const { quotes } = analyseQuotes([article(['The agenda was as follows:', '"Item one is the budget."'])]);
    expect(quoteWith(quotes, 'Item one').speaker).toBeNull();
  });
  it('GIVEN a surname that is also a month (`Theresa May`, `Mrs May`) THEN she speaks, while `said May 5` stays a date', () => {
    const { quotes } = analyseQuotes([
      article(['"We will deliver," Greta May said.', 'Her deputy spoke first. "Fine," Mrs May said.', '"No comment," the ministry said May 5.']),
    ]);
    expect(quoteWith(quotes, 'deliver').speaker).toBe('Greta May');
    expect(quoteWith(quotes, 'Fine').speaker).toBe('Greta May');
    expect(quoteWith(quotes, 'No comment').speaker).toBe('ministry');
  });
  it('GIVEN `Sir Keir Starmer` named, then `Sir Keir said: "…"` THEN the full name speaks (a knight is called by the given name)', () => {
    const { quotes } = analyseQuotes([article(['Sir Oswin Trelawny retracted his accusation on Wednesday.', 'Before his statement, Sir Oswin said: "I withdraw my comments of yesterday."'])]);
    expect(quoteWith(quotes, 'withdraw my comments').speaker).toBe('Oswin Trelawny');
  });
  it('GIVEN an inverted cue with a middle initial (`said Peter A. Brown, assistant director of …`) THEN the whole name speaks, with the appositive as title', () => {
    const { quotes, speakers } = analyseQuotes([article(['"The numbers are good for the governor," said Peter A. Brown, assistant director of the Lakeside University Poll.'])]);
    expect(quoteWith(quotes, 'numbers are good').speaker).toBe('Peter A. Brown');
    expect(speakers[0]!.title).toBe('assistant director of the Lakeside University Poll');
  });
  it('GIVEN `…," Name, CEO of Firm said.` (the appositive left unclosed before a sentence-final verb) THEN Name speaks', () => {
    const { quotes } = analyseQuotes([article(['"These data are almost identical to two weeks ago," Stig Mikkel, CEO of Mikkel Research & Communications said.'])]);
    expect(quoteWith(quotes, 'almost identical').speaker).toBe('Stig Mikkel');
  });
  it('GIVEN an embedded quote whose cue before it names nobody (`a website they described as "…,"`) and a reporting clause after it THEN the clause\'s speaker speaks', () => {
    const { quotes } = analyseQuotes([article(['Officers have arrested 100 people after taking down a website they described as an "international one-stop spoofing shop," the Metropolitan Police Service said.'])]);
    expect(quoteWith(quotes, 'spoofing shop')).toMatchObject({ speaker: 'Metropolitan Police Service', cue: 'said' });
  });
  it('GIVEN `played down claims he criticised the BBC …, explaining: "…"` THEN no body named in the clause (`the BBC`) speaks: `claims` there is a noun', () => {
    const { quotes } = analyseQuotes([article(['The minister did play down claims he criticised the BBC while on the plane to Delhi this morning, explaining: "All I said was that the policy had been misconstrued."'])]);
    expect(quoteWith(quotes, 'All I said').speaker).not.toBe('BBC');
  });
  it('GIVEN `A note from Numis Securities said: "…"` / `A statement from the interior ministry said …, adding: "…"` THEN the body the note or statement is from speaks', () => {
    const { quotes } = analyseQuotes([article(['A note from Harwick Securities said: "The group is not changing its guidance."', 'A statement from the interior ministry said the toll had risen to 12, adding: "Rescue work goes on."'])]);
    expect(quoteWith(quotes, 'guidance')).toMatchObject({ speaker: 'Harwick Securities', cue: 'said' });
    expect(quoteWith(quotes, 'Rescue work').speaker).toBe('interior ministry');
  });
  it('GIVEN a family name written first (`Mayor Lai Ching-te` … `Lai said`, `President Xi Jinping` … `Xi said`) THEN one speaker with the full name', () => {
    const { quotes, speakers } = analyseQuotes([article(['Tainan Mayor Lai Ching-te told reporters the work was slow.', '"We keep going," Lai said.', 'President Xi Jinping arrived on Monday. "We are ready," Xi said.'])]);
    expect(quoteWith(quotes, 'keep going').speaker).toBe('Lai Ching-te');
    expect(quoteWith(quotes, 'ready').speaker).toBe('Xi Jinping');
    expect(speakers.map((x) => x.name).sort()).toEqual(['Lai Ching-te', 'Xi Jinping']);
  });
  it('GIVEN `X told The Associated Press` THEN the cue is `told`, not `told the`', () => {
    const { quotes } = analyseQuotes([article(['"The most important thing is to recover survivors," Mr. Henri told The Associated Press.'])]);
    expect(quoteWith(quotes, 'recover survivors')).toMatchObject({ speaker: 'Henri', cue: 'told' });
  });
  it('GIVEN a company named as a subject, possessive or `Shares in X`, then `"…," the company said` / `the oil giant said` THEN the named company speaks', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['Shares in Halden Media suffered yesterday after the group failed to be more upbeat.', '"We are on target," the company said.', 'Norvex Corp said profits rose. "We are pleased," the oil giant said.']),
    ]);
    expect(quoteWith(quotes, 'on target').speaker).toBe('Halden Media');
    expect(quoteWith(quotes, 'pleased').speaker).toBe('Norvex Corp');
    expect(speakers.find((x) => x.name === 'Norvex Corp')!.aliases).toContain('the oil giant');
  });
  it('GIVEN a party or company known by one name (`Labour said`, `Google said`) THEN a body speaks, not a person', () => {
    const { speakers } = analyseQuotes([article(['"The plan is unfunded," Labour said.', '"We disagree with the ruling," Google said.'])]);
    expect(speakers.map((x) => [x.name, x.kind]).sort()).toEqual([['Google', 'organisation'], ['Labour', 'organisation']]);
  });
  it('GIVEN `He went on to say: ‘…’` after a quoted minister THEN the minister speaks again', () => {
    const { quotes } = analyseQuotes([article(['Speaking on radio, Minister Ciaran Doyle said: ‘This is a difficult balancing act.’', 'He went on to say: ‘We will be discussing that balance in government later today.’'])]);
    expect(quoteWith(quotes, 'discussing that balance')).toMatchObject({ speaker: 'Ciaran Doyle', cue: 'went on to say' });
  });
  it('GIVEN `"…," judge X was cited as saying by a website` THEN X speaks, as with `quoted as saying`', () => {
    const { quotes } = analyseQuotes([article(['"Despite the defendant’s position, his guilt is established," district court judge Tatyana Orlova was cited as saying by the Mediastar news website.'])]);
    expect(quoteWith(quotes, 'guilt is established')).toMatchObject({ speaker: 'Tatyana Orlova', cue: 'quoted as saying' });
  });
  it('GIVEN a convicted man named often, a court named once, then `The ex-governor called the charges "absurd"` THEN the ex-governor is the man', () => {
    const { quotes } = analyseQuotes([
      article([
        'Nikita Belov was charged with accepting a bribe. Belov has pleaded innocent and said he was the victim of a setup.',
        '"His guilt is established," Moscow’s Presnensky district court judge Anna Orlova was cited as saying.',
        'The ex-governor called the charges "absurd" when the trial opened last fall.',
      ]),
    ]);
    expect(quoteWith(quotes, 'absurd').speaker).toBe('Nikita Belov');
  });
  it('GIVEN a radio transcript\'s `Ryan said -- quote -- "…"` THEN Ryan speaks', () => {
    const { quotes } = analyseQuotes([article(['Former Governor George Rayburn apologized to the people of the state. Rayburn said -- quote -- "For that, I apologize."'])]);
    expect(quoteWith(quotes, 'I apologize').speaker).toBe('George Rayburn');
  });
  it('GIVEN two partial quotes in one reported clause (`said that "blind loyalty" to Mr. Trump "led me to …"`) THEN both are the speaker\'s', () => {
    const { quotes } = analyseQuotes([article(['Former attorney Michael Cowan has been sentenced to three years.', 'Cowan, according to the Associated Press, said in his defense that "blind loyalty" to Mr. Trump "led me to take a path of darkness."'])]);
    expect(quoteWith(quotes, 'blind loyalty').speaker).toBe('Michael Cowan');
    expect(quoteWith(quotes, 'path of darkness').speaker).toBe('Michael Cowan');
  });
  it('GIVEN `Benfica boss Jorge Jesus …` then `"…," reasoned the coach, speaking to reporters` and `"…," he said` THEN Jesus speaks both (boss ~ coach; the club is no person)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Northfield boss Jorge Ramos believes his side did enough to earn a point, and Northfield could not find the touch in the second half.',
        '"It would have been important to get a point," reasoned the coach, speaking to reporters.',
        '"Still, we deserved to leave with a point," he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'important to get a point')).toMatchObject({ speaker: 'Jorge Ramos', cue: 'reasoned' });
    expect(quoteWith(quotes, 'deserved to leave').speaker).toBe('Jorge Ramos');
    expect(speakers.map((x) => x.name)).toEqual(['Jorge Ramos']);
    expect(speakers[0]!.aliases).toContain('the coach');
  });
  it('GIVEN a headline `McCarran: We Deserved Something` and a lead `"…," he said` with no one else named THEN McCarran speaks', () => {
    const a = { ...article(['"In the first half we were awful," he said after the 2-1 defeat.', '"We had chances but we did not take them."']), headline: 'McCarran: We Deserved Something' };
    const { quotes } = analyseQuotes([a]);
    expect(quoteWith(quotes, 'awful')).toMatchObject({ speaker: 'McCarran', cue: 'said' });
    expect(quoteWith(quotes, 'had chances').speaker).toBe('McCarran');
  });
  it('GIVEN titled candidates, then `The Democratic presidential candidate promised that he would "…"`, `X also noted … and said that "…"` and `"…," the Arizona Republican said` THEN the candidates speak', () => {
    const { quotes } = analyseQuotes([
      article([
        'Illinois Sen. Barack Oban (D) said the jobs report "is a stark reminder" of failed policies.',
        'The Democratic presidential candidate promised that he would "restore broad-based growth."',
        'Sen. John McCrae also noted that Americans are feeling the pain of a struggling economy and said that "Washington can no longer abdicate its responsibility."',
        '"We must enact a jobs-first plan," the Arizona Republican said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'restore broad-based').speaker).toBe('Barack Oban');
    expect(quoteWith(quotes, 'abdicate').speaker).toBe('John McCrae');
    expect(quoteWith(quotes, 'jobs-first').speaker).toBe('John McCrae');
  });
});

describe('analyseQuotes: speaker labels', () => {
  it('GIVEN a titled name as a label before a colon, inline or as its own paragraph (`Acme Corp. CFO Dana Whitfield:`) THEN that person speaks the quote', () => {
    const { quotes } = analyseQuotes([
      article([
        'Here is what executives told analysts on their calls this week.',
        'Halden Motors Inc. CEO Priya Raman:',
        '"Demand held up better than we feared, and our order book is longer than it was in the spring."',
        'Brightwater Foods CFO Tomas Lind: "We are not going to chase volume at any price."',
      ]),
    ]);
    expect(quoteWith(quotes, 'Demand held up')).toMatchObject({ speaker: 'Priya Raman', cue: 'label' });
    expect(quoteWith(quotes, 'chase volume')).toMatchObject({ speaker: 'Tomas Lind', cue: 'label' });
  });
});

describe('analyseQuotes: more reporting verbs', () => {
  it('GIVEN a speech verb coordinated after an auxiliary (`… and has conceded the board "…"`) THEN the sentence subject speaks', () => {
    const { quotes } = analyseQuotes([article(['Central bank governor Anna Brekke says change is overdue and has conceded the board "needs outside members".'])]);
    expect(quoteWith(quotes, 'outside members')).toMatchObject({ speaker: 'Anna Brekke', cue: 'conceded' });
  });
  it('GIVEN `X opined: "…"` THEN X speaks', () => {
    const { quotes } = analyseQuotes([article(['After a 2-0 defeat at Harlow, Stan Brecknell opined: "We were poor from the first whistle to the last."'])]);
    expect(quoteWith(quotes, 'first whistle')).toMatchObject({ speaker: 'Stan Brecknell', cue: 'opined' });
  });
  it('GIVEN `…," Cal Fire said` THEN the agency speaks as a body, not a person named Cal Fire', () => {
    const { speakers } = analyseQuotes([article(['The Pine Ridge blaze showed "extreme and erratic behaviour" overnight, Cal Fire said.'])]);
    expect(speakers).toEqual([expect.objectContaining({ name: 'Cal Fire', kind: 'organisation' })]);
  });
});

describe('analyseQuotes: abbreviated titles and storms', () => {
  it('GIVEN `Gov. Ron Sallis` then `The governor added, "…"` in an article about a hurricane THEN the governor speaks, not the storm', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Only hours after Hurricane Ilse made landfall, Gov. Ron Sallis warned residents to stay indoors.',
        '"Stay off the roads until the water goes down," warned Sallis.',
        'Hurricane Ilse is bringing hurricane-force winds to the coast.',
        'The governor added, "The damage from this storm will take months to repair."',
      ]),
    ]);
    expect(quoteWith(quotes, 'take months')).toMatchObject({ speaker: 'Ron Sallis', cue: 'added' });
    expect(speakers.some((s) => /Ilse/.test(s.name) && s.kind === 'person')).toBe(false);
  });
  it('GIVEN `The pathologist answered, "…"` after the pathologist is named THEN she speaks', () => {
    const { quotes } = analyseQuotes([article(['Forensic pathologist Helen Marsh took the stand on Tuesday.', 'Asked about the wound, the pathologist answered, "It could have come from behind, yes."'])]);
    expect(quoteWith(quotes, 'It could')).toMatchObject({ speaker: 'Helen Marsh', cue: 'answered' });
  });
});

describe('analyseQuotes: descriptions before names and closed quotes', () => {
  it('GIVEN `…," local resident Nely Ortega said` THEN the named resident speaks', () => {
    const { quotes } = analyseQuotes([article(['"We have lost the house and everything in it," local resident Nely Ortega said as she stood in front of the debris.'])]);
    expect(quoteWith(quotes, 'lost the house')).toMatchObject({ speaker: 'Nely Ortega', cue: 'said' });
  });
  it('GIVEN a second quote that closes its sentence, then a sentence with its own `she said` THEN the second quote continues the first speaker', () => {
    const { quotes } = analyseQuotes([
      article(['"Replication is slower than anyone would like," said Dr Mira Castell, who studies economics at a university in the west. "But a single result proves very little." What is needed, she said, is a way to check.']),
    ]);
    expect(quoteWith(quotes, 'single result proves')).toMatchObject({ speaker: 'Mira Castell', cue: 'continuation' });
  });
});

describe('analyseQuotes: two quotes of one sentence', () => {
  it('GIVEN `"…" for the city to "…," Morrow said.` THEN both quotes are Morrow’s', () => {
    const { quotes } = analyseQuotes([article(['"With this suit, we want to make it too costly" for the city to "look away from abuse in its jails," Dana Morrow said.'])]);
    expect(quoteWith(quotes, 'With this suit')).toMatchObject({ speaker: 'Dana Morrow', cue: 'said' });
    expect(quoteWith(quotes, 'look away')).toMatchObject({ speaker: 'Dana Morrow' });
  });
  it('GIVEN `Acting White House Chief of Staff Rob Kessler told …` THEN he is a person titled Chief of Staff', () => {
    const { quotes, speakers } = analyseQuotes([article(['Acting White House Chief of Staff Rob Kessler told donors the negotiations were "moving along nicely," he added.'])]);
    expect(quoteWith(quotes, 'moving along').speaker).toBe('Rob Kessler');
    expect(speakers[0]!.title).toBe('Acting White House Chief of Staff');
  });
  it('GIVEN a dateline with a colon opening the sentence (`Geneva: High Commissioner Amara Diallo has …, noting that "…"`) THEN the person speaks, not the place', () => {
    const { quotes } = analyseQuotes([article(['Geneva: United Nations High Commissioner Amara Diallo has given a bleak account of the year, noting that "the room for hope" is shrinking.'])]);
    expect(quoteWith(quotes, 'room for hope').speaker).toBe('Amara Diallo');
  });
});

describe('analyseQuotes: closing clauses and ages', () => {
  it('GIVEN `"…," said 44-year-old Dale Ferrin of Saginaw` THEN he speaks, and his alias has no age', () => {
    const { quotes, speakers } = analyseQuotes([article(['"Nobody in that building listens to us," said 44-year-old Dale Ferrin of Saginaw, Michigan, who drives a delivery truck.'])]);
    expect(quoteWith(quotes, 'listens to us').speaker).toBe('Dale Ferrin');
    expect(speakers[0]!.aliases.some((a) => /year-old/.test(a))).toBe(false);
  });
  it('GIVEN a quote inside a sentence closed by `, Tomas Ximenes said in an interview published Friday.` THEN he speaks it, whole or partial', () => {
    const { quotes } = analyseQuotes([
      article([
        'The new leader "must keep the trust" of the governing party, outgoing Prime Minister Tomas Ximenes said in an interview published Friday.',
        '"It is not required" that the nominee hold a party card, Ximenes said.',
        '"Raising taxes now would choke the recovery," he reckoned.',
      ]),
    ]);
    expect(quoteWith(quotes, 'must keep the trust').speaker).toBe('Tomas Ximenes');
    expect(quoteWith(quotes, 'not required').speaker).toBe('Tomas Ximenes');
    expect(quoteWith(quotes, 'Raising taxes')).toMatchObject({ speaker: 'Tomas Ximenes', cue: 'reckoned' });
  });
});

describe('analyseQuotes: a US state is no person', () => {
  it('GIVEN `Dale Ferrin of Saginaw, Michigan` then `He blames …, but "…"` THEN he is Ferrin, not Michigan', () => {
    const { quotes } = analyseQuotes([
      article(['"Nobody in that building listens to us," said Dale Ferrin of Saginaw, Michigan, who drives a delivery truck.', 'He blames the governor most, but "both parties have let this town down."']),
    ]);
    expect(quoteWith(quotes, 'let this town down').speaker).toBe('Dale Ferrin');
  });
});

describe('analyseQuotes: legislators and surnames that are roles', () => {
  it('GIVEN `Rep. Paul King, R-Ohio, chairman of …, told reporters` then `King told reporters` THEN Paul King speaks both (not a body named in between)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'On Monday, officials said investigators seized a device similar to ones used before by a militant group in the Arabian Peninsula.',
        'The device was meant for a cargo flight, Rep. Paul King, R-Ohio, chairman of the House Transport Committee, told reporters.',
        '"The operation is still going on," he said.',
        '"We have not seen a device this advanced before," King told reporters.',
      ]),
    ]);
    expect(quoteWith(quotes, 'still going on').speaker).toBe('Paul King');
    expect(quoteWith(quotes, 'this advanced').speaker).toBe('Paul King');
    expect(speakers.map((s) => s.name)).toEqual(['Paul King']);
  });
});

describe('analyseQuotes: the statement said', () => {
  it("GIVEN `X's office confirmed … \"…\"`, then `\"…,\" the statement said` THEN the office speaks both; `the statement` is no speaker of its own", () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Mr. Halvey\'s office confirmed that the prime minister "agreed to send the ambassadors back within a month."',
        'The clash at sea left three sailors injured.',
        '"The prime minister regrets the harm done to the crew," the statement said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'regrets the harm').speaker).toBe(quoteWith(quotes, 'send the ambassadors').speaker);
    expect(speakers.some((s) => /statement/i.test(s.name))).toBe(false);
  });
  it('GIVEN `Actor Jim Tallis` THEN Actor is his title, not part of his name', () => {
    const { speakers } = analyseQuotes([article(['Actor Jim Tallis, who starred in "The Long Harbour," died on Wednesday.', '"He was a fine man," said his neighbor Rosa Delgado.'])]);
    expect(speakers.find((s) => /Tallis/.test(s.name))).toMatchObject({ name: 'Jim Tallis', title: 'Actor' });
  });
});

describe('analyseQuotes: sports and obituary copy', () => {
  it('GIVEN `Quoting Mark Delaney after the win: "…"`, `Tom Ruddick leads Oregon State to a win: "…"` and `Harry Colbert: (On the red card) "…"` THEN each named person speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        'Quoting Mark Delaney after a 35-17 win over Rutgers: "Nothing tonight went the way we drew it up."',
        'Tom Ruddick leads Oregon State to its first road win in six years: "This one belongs to the seniors."',
        'Harry Colbert: (On the red card shown to his captain) "It was never a foul. Everybody in the ground saw it."',
      ]),
    ]);
    expect(quoteWith(quotes, 'drew it up')).toMatchObject({ speaker: 'Mark Delaney', cue: 'quoting' });
    expect(quoteWith(quotes, 'belongs to the seniors')).toMatchObject({ speaker: 'Tom Ruddick', cue: 'colon' });
    expect(quoteWith(quotes, 'never a foul')).toMatchObject({ speaker: 'Harry Colbert', cue: 'label' });
  });
  it('GIVEN `"…," the 29-year-old said` after `MARCUS Ellery won …` THEN Marcus Ellery speaks', () => {
    const { quotes, speakers } = analyseQuotes([article(['MARCUS Ellery won the first title of his career on Sunday.', '"I owe a lot to my caddie," the 29-year-old said.'])]);
    expect(quoteWith(quotes, 'owe a lot').speaker).toBe('Marcus Ellery');
    expect(speakers.map((s) => s.name)).toEqual(['Marcus Ellery']);
  });
  it("GIVEN `\"…,\" Andrews' niece, Clara Beth Moss, said` THEN the niece speaks", () => {
    const { quotes } = analyseQuotes([article(['"My aunt was kind to everyone she met," Andrews\' niece, Clara Beth Moss, said in a statement.'])]);
    expect(quoteWith(quotes, 'kind to everyone').speaker).toBe('Clara Beth Moss');
  });
});

describe('analyseQuotes: airline statements', () => {
  it('GIVEN `"…," a spokesperson for JetBlue said` and `In a statement, Frontier Airlines expressed, "…"` THEN the airlines speak', () => {
    const { quotes } = analyseQuotes([
      article(['"Storms across the region have slowed every carrier," a spokesperson for JetBlue said by email.', 'In a statement, Frontier Airlines expressed, "We are rebooking every affected passenger at no cost."']),
    ]);
    expect(quoteWith(quotes, 'slowed every carrier').speaker).toBe('JetBlue');
    expect(quoteWith(quotes, 'rebooking every')).toMatchObject({ speaker: 'Frontier Airlines', cue: 'expressed' });
  });
});

describe('analyseQuotes: session 15 shapes of real copy', () => {
  it('GIVEN `"…," U.S. Ambassador to the United Nations Dana Orwell told …` and `"…," said UN special envoy to Yemen Lars Ekdahl` THEN the envoys speak, with the body in their titles', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        '"You may block this text but you will not silence this chamber," U.S. Ambassador to the United Nations Dana Orwell told her counterpart and the council.',
        '"Both sides have agreed to keep talking," said UN special envoy to Yemen Lars Ekdahl.',
      ]),
    ]);
    expect(quoteWith(quotes, 'silence this chamber').speaker).toBe('Dana Orwell');
    expect(quoteWith(quotes, 'keep talking').speaker).toBe('Lars Ekdahl');
    expect(speakers.find((s) => s.name === 'Dana Orwell')?.title).toBe('U.S. Ambassador to the United Nations');
  });
  it('GIVEN `As Governor Hal Brenner himself conceded, …"a knife-edge decision"` and `"…," as Brenner put it` THEN Brenner speaks both', () => {
    const { quotes } = analyseQuotes([
      article([
        'As Governor Hal Brenner himself conceded, the vote to hold rates was "a knife-edge decision" for the committee.',
        'The next move was "more likely up than down," as Brenner put it.',
      ]),
    ]);
    expect(quoteWith(quotes, 'knife-edge')).toMatchObject({ speaker: 'Hal Brenner', cue: 'conceded' });
    expect(quoteWith(quotes, 'likely up')).toMatchObject({ speaker: 'Hal Brenner', cue: 'put it' });
  });
  it('GIVEN a second `and that` clause, or `- adding that`, with a partial quote after the first THEN the first quote\'s speaker says it too', () => {
    const { quotes } = analyseQuotes([
      article([
        'Deputy governor Ruth Ameline said the bank was not "tied to any fixed path" on borrowing costs, and that it was trying to "weigh each release as it lands".',
        'Mr Fenwick said that apart from a few "loud voices", the group was loyal to the leader - adding that the rebels were "only hurting themselves".',
      ]),
    ]);
    expect(quoteWith(quotes, 'weigh each release').speaker).toBe('Ruth Ameline');
    expect(quoteWith(quotes, 'only hurting themselves').speaker).toBe('Fenwick');
  });
  it('GIVEN `ACME Jo Pirelli, Chief Economist, ACME, said: "…"` THEN Jo Pirelli speaks, the acronym kept out of her name', () => {
    const { quotes, speakers } = analyseQuotes([article(['Reacting to the figures, FBA Jo Pirelli, Chief Economist, FBA, said: "Prices are cooling faster than the central bank expected."'])]);
    expect(quoteWith(quotes, 'cooling faster').speaker).toBe('Jo Pirelli');
    expect(speakers.find((s) => s.name === 'Jo Pirelli')?.title).toBe('Chief Economist');
  });
});

describe('analyseQuotes: bodies and adverbs between subject and verb', () => {
  it('GIVEN `Before the announcement, it said … "…"` after `The NTSB had been expected to …` THEN the body speaks', () => {
    const { quotes } = analyseQuotes([
      article(['The NTSB had been expected to publish its findings on Friday. Before the hearing, it said it would reopen the case if the operator showed it was in the "public interest" to do so.']),
    ]);
    expect(quoteWith(quotes, 'public interest').speaker).toBe('NTSB');
  });
  it('GIVEN `Norland’s army in a statement said`, `However Council President Ada Vrána finally confirmed` and `Mr Ostrow allegedly claimed` THEN each subject speaks', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Norland’s army in a statement said it had hit a "command post" near the border.',
        'However Council President Ada Vrána finally confirmed in a post that all the leaders "had signed off" on the text.',
        'Finance Minister Karl Ostrow attended the meeting, where Mr Ostrow allegedly claimed nurses were "overpaid".',
      ]),
    ]);
    expect(quoteWith(quotes, 'command post').speaker).toBe('Norland’s army');
    expect(quoteWith(quotes, 'signed off')).toMatchObject({ speaker: 'Ada Vrána', cue: 'confirmed' });
    expect(speakers.find((s) => s.name === 'Ada Vrána')?.title).toBe('Council President');
    expect(quoteWith(quotes, 'overpaid').speaker).toBe('Karl Ostrow');
  });
});

describe('analyseQuotes: inverted cues with lower-case title words', () => {
  it('GIVEN `said state fire spokeswoman Lena Ostrova`, `said Halden poll director Rui Matos` and `said ACX chairman and CEO, Dario Fenn` THEN the named people speak', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        '"It is spreading faster than any fire this year," said state fire spokeswoman Lena Ostrova.',
        '"An upset is still possible in the Senate race," said Halden poll director Rui Matos.',
        '"The vote confirms the merger makes sense," said ACX chairman and CEO, Dario Fenn.',
      ]),
    ]);
    expect(quoteWith(quotes, 'spreading faster').speaker).toBe('Lena Ostrova');
    expect(quoteWith(quotes, 'upset is still possible').speaker).toBe('Rui Matos');
    expect(quoteWith(quotes, 'merger makes sense').speaker).toBe('Dario Fenn');
    expect(speakers.find((s) => s.name === 'Lena Ostrova')?.title).toBe('state fire spokeswoman');
  });
  it('GIVEN `Lea Morrow, Research Director at Pollwise said: "…"` THEN her title has no `said` in it', () => {
    const { speakers } = analyseQuotes([article(['Lea Morrow, Research Director at Pollwise said: "The gap has not moved in a month."'])]);
    expect(speakers.find((s) => s.name === 'Lea Morrow')?.title).toBe('Research Director at Pollwise');
  });
});

describe('analyseQuotes: words that open a sentence are no one', () => {
  it('GIVEN `Nearly 400 homes were hit.` or `Investigations indicate …` before `"…," he added` THEN he is the person named before, not the opening word', () => {
    const { quotes } = analyseQuotes([
      article([
        'UN spokesman Tomas Berg gave an update on Tuesday.',
        'Nearly 400,000 people have been affected by the floods.',
        '"Aid agencies continue to help the government," he added.',
        'Investigations indicate that the valve failed first.',
        '"We will publish the full findings," he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'Aid agencies').speaker).toBe('Tomas Berg');
    expect(quoteWith(quotes, 'full findings').speaker).toBe('Tomas Berg');
  });
  it('GIVEN `what even Keane has called "bold" demands` and a question `Does Keane have an endgame?` THEN the speaker is Keane, not `Does Keane`', () => {
    const { quotes } = analyseQuotes([article(['Armed with what even Keane has called "bold" demands, the union chief has led the strike for weeks. Yet one question remains: Does Keane have an endgame?'])]);
    expect(quoteWith(quotes, 'bold').speaker).toBe('Keane');
  });
});

describe('analyseQuotes: names with particles and transcript labels', () => {
  it('GIVEN `"…," Anna van der Berg, CEO of Norsk Ore said.` THEN she speaks, titled, not the company', () => {
    const { quotes, speakers } = analyseQuotes([article(['"We are pleased that shareholders backed the merger," Anna van der Berg, CEO of Norsk Ore said. "It makes us stronger."'])]);
    expect(quoteWith(quotes, 'backed the merger').speaker).toBe('Anna van der Berg');
    expect(quoteWith(quotes, 'makes us stronger').speaker).toBe('Anna van der Berg');
    expect(speakers.find((s) => s.name === 'Anna van der Berg')?.title).toBe('CEO of Norsk Ore');
  });
});

describe('analyseQuotes: a role before the name, and reported speech before a quote', () => {
  it('GIVEN `"…," the chairman of the talks, Dora Lind, said` THEN Dora Lind speaks, titled', () => {
    const { quotes, speakers } = analyseQuotes([article(['"All the leaders have agreed on the conclusions," the chairman of the talks, Dora Lind, said.'])]);
    expect(quoteWith(quotes, 'agreed on the conclusions').speaker).toBe('Dora Lind');
    expect(speakers[0]?.title).toBe('chairman of the talks');
  });
  it('GIVEN `Hale said the police were not to blame. "…"` and `Coach Ron Ode was asked about the call. "…"` THEN the quote is the reported speaker\'s, and the one asked answers', () => {
    const { quotes } = analyseQuotes([
      article([
        'President Anna Hale spoke to reporters on Monday.',
        'However, Hale said the police should not be blamed for the trouble. "It is a problem with the club. It is not the first time."',
        'Coach Ron Ode was asked about the explanation he got from the officials.',
        '"I think it was something about intent, and that was all."',
      ]),
    ]);
    expect(quoteWith(quotes, 'problem with the club')).toMatchObject({ speaker: 'Anna Hale', cue: 'said' });
    expect(quoteWith(quotes, 'something about intent')).toMatchObject({ speaker: 'Ron Ode', cue: 'asked' });
  });
});

describe('analyseQuotes: hyphenated particles and longer reported clauses', () => {
  it('GIVEN `Oil minister Sheikh Ahmad al-Hamid` then `"…," he told reporters` THEN the full name speaks', () => {
    const { quotes } = analyseQuotes([article(['Oil minister Sheikh Ahmad al-Hamid arrived in Vienna on Tuesday.', '"We will not cut output this year," he told reporters outside his hotel.'])]);
    expect(quoteWith(quotes, 'not cut output').speaker).toBe('Ahmad al-Hamid');
  });
  it('GIVEN `Tarin had said that he would "see to it" that the senator got bail if the evidence was "weak."` and `described it as "slow" but that verdicts are "final."` THEN the second quotes are theirs too', () => {
    const { quotes } = analyseQuotes([
      article([
        'President Rudy Tarin had said that he would "see to it" that the senator would be granted bail if the evidence was "weak."',
        'Lawyer Ana Pell described justice in the country as "slow" but that court verdicts when handed down are "final."',
      ]),
    ]);
    expect(quoteWith(quotes, 'weak').speaker).toBe('Rudy Tarin');
    expect(quoteWith(quotes, 'final').speaker).toBe('Ana Pell');
  });
});

describe('analyseQuotes: a surname opening a sentence before `who`', () => {
  it('GIVEN `Lynch, who was also doing the media rounds, defended …` then `…, he told ITV: "…"` THEN Lynch speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        'Speaking to Talk TV, Mel Strand said: "What we need is more talking from the unions."',
        'Lynch, who was also doing the media rounds this morning, defended the timing of the planned strikes.',
        'Responding to the accusation that he was ruining Christmas, he told ITV: "There is no good time to have a strike."',
      ]),
    ]);
    expect(quoteWith(quotes, 'no good time').speaker).toBe('Lynch');
  });
});

describe('analyseQuotes: three description words before a name and a long appositive', () => {
  it('GIVEN `"…," study senior author Mira Halvorsen, a climate scientist at Northfield College, said in an interview` THEN she speaks', () => {
    const { quotes } = analyseQuotes([article(['"We would not have seen such heat without climate change," study senior author Mira Halvorsen, a climate scientist at Northfield College, said in an interview. "The fingerprint is strong."'])]);
    expect(quoteWith(quotes, 'such heat').speaker).toBe('Mira Halvorsen');
    expect(quoteWith(quotes, 'fingerprint').speaker).toBe('Mira Halvorsen');
  });
});

describe('analyseQuotes: a second speech verb joined to the first', () => {
  it('GIVEN `X said … "tough" …, and stressed that Ofgem had a "…"` and `X said growth was "…" and called for Reeves to "…"` THEN both second quotes are X\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Energy minister Kwame Adu said some people would face a "tough" winter due to higher bills, and stressed that Ofgem had a "tried and tested formula" for keeping the lights on.',
        'Shadow chancellor Mel Strand said growth had been "killed stone dead by this government" and called for Reeves to "urgently explain how she will now achieve this".',
      ]),
    ]);
    expect(quoteWith(quotes, 'tried and tested').speaker).toBe('Kwame Adu');
    expect(quoteWith(quotes, 'urgently explain').speaker).toBe('Mel Strand');
  });
});

describe('analyseQuotes: a nationality noun for a person', () => {
  it('GIVEN `Spain’s Marco Ruiz beat …` then `"…," the Spaniard said`, and `Kuwait oil minister Sheikh Saud al-Hamid` then `the Kuwaiti said` THEN each is the tied person', () => {
    const { quotes } = analyseQuotes([
      article([
        'Spain’s Marco Ruiz beat Ivo Petrov in four sets on Sunday.',
        '"I played my best tennis of the year," the Spaniard said.',
        'Kuwait oil minister Sheikh Saud al-Hamid arrived in Vienna on Tuesday.',
        '"This is an extraordinary meeting," the Kuwaiti said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'best tennis').speaker).toBe('Marco Ruiz');
    expect(quoteWith(quotes, 'extraordinary meeting').speaker).toBe('Saud al-Hamid');
  });
});

describe('analyseQuotes: an opening participle clause', () => {
  it('GIVEN `Rejecting the suggestion of … that …, the Foreign Ministry today said that "…"` and `Noting that …, Ana Lind of Norra Bank said that the firm had "…"` THEN the speaker is the subject after the clause', () => {
    const { quotes } = analyseQuotes([
      article([
        'Dhaka: Rejecting the suggestion of visiting Deputy Secretary for Asian Affairs Tom Reyes that Bangladesh should further define its export rules, the Foreign Ministry today said that "the rules are clear and need no further explanation".',
        'Noting that the retailer had also raised its dividend, Ana Lind of Norra Bank said that the firm had "delivered a mixed bag for investors" with the results.',
      ]),
    ]);
    expect(quoteWith(quotes, 'rules are clear').speaker).toBe('Foreign Ministry');
    expect(quoteWith(quotes, 'mixed bag').speaker).toBe('Ana Lind');
  });
});

describe('analyseQuotes: a role sent to a body before a name', () => {
  it('GIVEN `UN envoy to Libya Karl Brandt has backed the deal` then a quote and `he said` THEN the quote is Karl Brandt\'s, titled UN envoy to Libya', () => {
    const { speakers, quotes } = analyseQuotes([
      article(['UN envoy to Libya Karl Brandt has backed the deal and has said it gave room for optimism.', '"Let us hope that this holds," he said.']),
    ]);
    expect(quoteWith(quotes, 'Let us hope').speaker).toBe('Karl Brandt');
    expect(speakers.find((s) => s.name === 'Karl Brandt')?.title).toBe('UN envoy to Libya');
  });
});

describe('analyseQuotes: a title owned by a body opens the sentence', () => {
  it('GIVEN `The union’s regional officer Dana Holt told … that she was due to meet … Minister Kim Lowe, and said …` then `She said: ‘…’` THEN the quote is Dana Holt\'s, the subject, not the minister named after her', () => {
    const { quotes } = analyseQuotes([
      article([
        'The union’s regional officer Dana Holt told a local website that she was due to meet the Public Service Commission and Cabinet Office Minister Kim Lowe, and said she would ballot members if no offer came.',
        'She said: ‘The overall picture is that the offer is just not acceptable to our members.’',
      ]),
    ]);
    expect(quoteWith(quotes, 'overall picture').speaker).toBe('Dana Holt');
  });
});

describe('analyseQuotes: the last of a list of places is no person', () => {
  it('GIVEN `… for the towns of Arden, Kelso, Marlow and Dunmore remains in effect` then `Fire and rescue officer Jo Reid said …` and `"…," he said` THEN the quote is Jo Reid\'s, not Dunmore\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'A state of emergency declared on Saturday for the towns of Arden, Kelso, Marlow and Dunmore remains in effect.',
        'Fire and rescue officer Jo Reid said landslides around Arden were also a concern.',
        '"We have had quite a few slips coming down against houses," he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'quite a few slips').speaker).toBe('Jo Reid');
  });
});

describe('analyseQuotes: an inverted cue with a description joined by `and`', () => {
  it('GIVEN `"…," sports broadcaster and media trainer Ray Dunn tells a radio show.` THEN the quote is Ray Dunn\'s', () => {
    const { quotes } = analyseQuotes([article(['"The adrenaline is pumping at this stage," sports broadcaster and media trainer Ray Dunn tells a radio show.'])]);
    expect(quoteWith(quotes, 'adrenaline').speaker).toBe('Ray Dunn');
  });
});

describe('analyseQuotes: a US state or big city is no person', () => {
  it('GIVEN `Gendron, who police said came from Conklin, New York, was arraigned …` then `… he said that he chose it because it "isn\'t that far away."` THEN the quote is the suspect\'s, not New York\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Police took the suspect, identified as Carl Vance, into custody. Vance, who police said came from Milford, New York, was arraigned on a charge of murder.',
        'In a manifesto posted by Vance before the attack, he said that he chose the location because it "isn\'t that far away."',
      ]),
    ]);
    expect(quoteWith(quotes, 'far away').speaker).toBe('Carl Vance');
  });
});

describe('analyseQuotes: a role in charge', () => {
  it('GIVEN `," said NWS Meteorologist in Charge Jim Orr.` after another meteorologist was named THEN the quote is Jim Orr\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Weather service meteorologist Brian Hale said Monday that he rallied emergency workers.',
        '"This is home. We have family and friends here," said NWS Meteorologist in Charge Jim Orr.',
      ]),
    ]);
    expect(quoteWith(quotes, 'This is home').speaker).toBe('Jim Orr');
  });
});

describe('analyseQuotes: a place before an agent noun after the verb', () => {
  it('GIVEN `," said Wayne volunteer Ada Stone.` and `," said Meyer.` after `said NWS Meteorologist in Charge Jim Meyer` THEN the speakers are Ada Stone and Jim Meyer', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        '"This is home," said NWS Meteorologist in Charge Jim Meyer.',
        '"It is emergency services," said Meyer.',
        '"It was bad, and it happened," said Wayne volunteer Ada Stone.',
      ]),
    ]);
    expect(quoteWith(quotes, 'bad, and it happened').speaker).toBe('Ada Stone');
    expect(quoteWith(quotes, 'emergency services').speaker).toBe('Jim Meyer');
    expect(speakers.map((s) => s.name)).not.toContain('Charge Jim Meyer');
  });
});

describe('analyseQuotes: a politician described by party', () => {
  it('GIVEN `Foreign Minister Ana Berg called for unity. "…," said the Green politician.` THEN the quote is Ana Berg\'s, not a body named Green', () => {
    const { quotes } = analyseQuotes([
      article(['Foreign Minister Ana Berg called for more unity in the coalition. "In times of uncertainty, populist parties have it easier," said the Green politician to the newspapers.']),
    ]);
    expect(quoteWith(quotes, 'populist parties').speaker).toBe('Ana Berg');
  });
});

describe('analyseQuotes: a person called by the first word of the full name', () => {
  it('GIVEN `Local Government Minister Nga Kor Ming` then `"…," Nga said.`, and `Prime Minister Anwar Ibrahim` then `"…," Anwar cautioned.` THEN each quote is the full name\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Local Government Minister Nga Kor Ming said the rule was clear. Prime Minister Anwar Ibrahim agreed on Monday.',
        '"We respect everyone," Nga said.',
        '"I want to remind every member of the Cabinet," Anwar cautioned.',
      ]),
    ]);
    expect(quoteWith(quotes, 'respect everyone').speaker).toBe('Nga Kor Ming');
    expect(quoteWith(quotes, 'remind every member').speaker).toBe('Anwar Ibrahim');
  });
  it('GIVEN `India captain Rohit Sharma …` then `"…," the exhausted skipper said.` THEN the skipper is the captain', () => {
    const { quotes } = analyseQuotes([
      article([
        'India captain Rohit Sharma was at his best as he addressed the media after the win.',
        'Both Rohit and Virat Kohli are said to be available for the next series.',
        '"It will be one of our best Test match victories," the exhausted skipper said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'best Test match').speaker).toBe('Rohit Sharma');
  });
  it('GIVEN `," said Stuart Kane, head of U.S. equity trading strategy at Citi.` THEN the title runs past the abbreviation', () => {
    const { speakers } = analyseQuotes([article(['"Inflation is sticky," said Stuart Kane, head of U.S. equity trading strategy at Citi.'])]);
    expect(speakers.find((s) => s.name === 'Stuart Kane')?.title).toBe('head of U.S. equity trading strategy at Citi');
  });
});

describe('analyseQuotes: a round-up\'s speaker line under each quote', () => {
  it('GIVEN quotes set off as paragraphs, each followed by `-- Name after …`, `-- Surname on …` or `— Name, after …` THEN each quote is that speaker\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Who said what at Wimbledon on Tuesday:',
        '"She was really distracted with her ice cream, so I was not the priority there."',
        '-- Elina Kovac after speaking to her baby daughter, following her victory.',
        '"First of all I am going to have a beer probably."',
        '-- Kovac on her plans to celebrate.',
        '"I had these little chances that in the end I did not make."',
        '— Andrey Rubin, after losing in four sets.',
      ]),
    ]);
    expect(quoteWith(quotes, 'ice cream').speaker).toBe('Elina Kovac');
    expect(quoteWith(quotes, 'have a beer').speaker).toBe('Elina Kovac');
    expect(quoteWith(quotes, 'little chances').speaker).toBe('Andrey Rubin');
  });
});

describe('analyseQuotes: a name the prepositional phrases hang from', () => {
  it('GIVEN `Astronomer Dan Stone from the University of Arizona at Tucson, who did not take part, told Space.com, "…"` THEN the quote is Dan Stone\'s, not Tucson\'s', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['Astronomer Dan Stone from the University of Arizona at Tucson, who did not take part in the study, told Space.com, "While caution should be exercised, the results are exciting."']),
    ]);
    expect(quoteWith(quotes, 'caution should be exercised').speaker).toBe('Dan Stone');
    expect(speakers.find((s) => s.name === 'Dan Stone')?.title).toBe('Astronomer');
  });
});

describe('analyseQuotes: `reacts:` introduces a quote', () => {
  it('GIVEN `Coach Jose Marin reacts:` then a quote paragraph THEN the quote is his', () => {
    const { quotes } = analyseQuotes([article(['Coach Jose Marin reacts:', '“The best team won. The team that deserved to win more won, simple.”'])]);
    expect(quoteWith(quotes, 'best team won').speaker).toBe('Jose Marin');
  });
});

describe('analyseQuotes: an article and an adjective, or a coordinated description, before the name after the quote', () => {
  it('GIVEN `," a grim-faced Roger Fell said.` and `," activist and Google marketing executive Wael Gad told CNN.` THEN the speakers are Roger Fell and Wael Gad', () => {
    const { quotes } = analyseQuotes([
      article(['"You sort of walk away empty-handed," a grim-faced Roger Fell said.', '"Welcome back, Egypt," activist and Google marketing executive Wael Gad told CNN.']),
    ]);
    expect(quoteWith(quotes, 'empty-handed').speaker).toBe('Roger Fell');
    expect(quoteWith(quotes, 'Welcome back').speaker).toBe('Wael Gad');
  });
});

describe('analyseQuotes: a speech verb after a possessive is a noun; main-clause subjects first', () => {
  it('GIVEN `Andanar said … “to help spread” Lascañas’ claims “to bring down this administration.”` then `“…,” he said.` THEN no quote is Lascañas\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Communications Secretary Martin Andel claimed reporters were paid. He said the disclosures of retired officer Arthur Lasca were part of a plot.',
        'Speaking in an interview, Andel said “stories are circulating” that the “opposition” was bribing reporters “to help spread” Lasca’s claims “to bring down this administration.”',
        '“We received a report that money was handed out,” he said.',
      ]),
    ]);
    for (const q of quotes) expect(q.speaker).not.toBe('Arthur Lasca');
    expect(quoteWith(quotes, 'received a report').speaker).toBe('Martin Andel');
  });
  it('GIVEN `Radwanska was a huge underdog.` then `… as Williams went off the boil.` then `"…," she told reporters.` THEN she is the main clause\'s player', () => {
    const { quotes } = analyseQuotes([
      article([
        'The gulf between Serena Willis and Agnes Radwan was never more evident.',
        'Radwan, despite the ranking being up for grabs, was a huge underdog going into the final.',
        'When she went 5-0 down in the first she looked overwhelmed but showed bags of fight to turn the match into a contest as Willis went off the boil.',
        '"These are the best two weeks of my life," she told reporters.',
      ]),
    ]);
    expect(quoteWith(quotes, 'best two weeks').speaker).toBe('Agnes Radwan');
  });
});

describe('analyseQuotes: a surname that is a role word, and a residence set off by commas', () => {
  it('GIVEN `Mr Trainer said: "…"` after `Matthew Trainer, the chief executive` THEN the quote is Matthew Trainer\'s, not a description of a trainer', () => {
    const { quotes } = analyseQuotes([
      article(['Matthew Trainer, the incoming chief executive, has vowed to improve care.', 'He said Dr Karim Ahmad has joined the trust on secondment.', 'Mr Trainer said: "Improving performance is a shared responsibility."']),
    ]);
    expect(quoteWith(quotes, 'shared responsibility').speaker).toBe('Matthew Trainer');
  });
  it('GIVEN `Another employee Ben Jones, 32, of Joeys Lane, Bilbrook, said: "…"` THEN the quote is Ben Jones\'s, not the lane\'s', () => {
    const { quotes } = analyseQuotes([article(['Another employee Ben Jones, 32, of Joeys Lane, Bilbrook, said: "This is devastating news for everybody."'])]);
    expect(quoteWith(quotes, 'devastating news').speaker).toBe('Ben Jones');
  });
});

describe('analyseQuotes: a lead of reported speech before a quote paragraph, and a speech verb left out', () => {
  it('GIVEN `Steve Hale hailed the win, but maintained that … . No less than …, they will still have to win.` then a quote paragraph THEN the quote is Steve Hale\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Steve Hale hailed his side\'s first win of the tournament, but maintained that the equation still had not changed. No less than their rivals, they will still have to win their remaining matches.',
        '“Everybody knew that this was going to be a big match and obviously it was.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'big match').speaker).toBe('Steve Hale');
  });
  it('GIVEN `Police chief Joseph Ole Tito visited …` then `“…,” Ole Tito. “…”` (no speech verb) THEN both quotes are his', () => {
    const { quotes } = analyseQuotes([
      article(['Police chief Joseph Ole Tito visited the scene on Monday.', 'Seven other people were still in hospital.', '“There are two people who died and eleven wounded,” Ole Tito. “We can not tell as of now what killed them.”']),
    ]);
    expect(quoteWith(quotes, 'two people who died').speaker).toMatch(/Ole Tito$/);
    expect(quoteWith(quotes, 'can not tell').speaker).toMatch(/Ole Tito$/);
  });
});

describe('analyseQuotes: a quote after a sentence about her in the same paragraph', () => {
  it('GIVEN `Ms Bernie Moore, a shop steward, said she tried to get confirmation.` then `She knew the story was true. "I had to tell the shift workers …"` THEN the quote is Bernie Moore\'s', () => {
    const { quotes } = analyseQuotes([
      article(['Ms Bernie Moore, a shop steward, said when she heard the news she tried to get confirmation.', 'But there were no senior managers around.', 'She knew the story would not have been on the television if it was not true. "I had to tell the shift workers that it was going to close."']),
    ]);
    expect(quoteWith(quotes, 'tell the shift workers').speaker).toBe('Bernie Moore');
  });
});

describe('analyseQuotes: two-word speech verbs, labels after an honorific, long descriptions, introducing paragraphs', () => {
  it('GIVEN `"…," presidential spokesman Ed Abel said.` / `He refused to comment on reports that Senator Tomas Rill was lying.` / `"…," he pointed out.` THEN the second quote is Ed Abel\'s', () => {
    const { quotes } = analyseQuotes([
      article(['"We do hope the correct information has been given," presidential spokesman Ed Abel said yesterday.', 'He refused to comment on reports that Senator Tomas Rill was trying to stop the visit.', '"We understand that the senator went on a trip," he pointed out.']),
    ]);
    expect(quoteWith(quotes, 'went on a trip')).toMatchObject({ speaker: 'Ed Abel', cue: 'pointed out' });
  });
  it('GIVEN `Mr Chris Evans, the local MP, …` then `Mr Evans: "…"` THEN the labelled quote is his', () => {
    const { quotes } = analyseQuotes([article(['Mr Chris Evans, the local MP, spoke on Monday.', 'Mr Evans: "Although this news will come as a relief, workers face an uncertain future."'])]);
    expect(quoteWith(quotes, 'uncertain future').speaker).toBe('Chris Evans');
  });
  it('GIVEN `Punjab minister O P Sondhi …` then `"…," the state school education minister told a gathering.` THEN the quote is his', () => {
    const { quotes } = analyseQuotes([article(['Punjab minister O P Sondhi today stressed on eliminating cheating in schools.', '"To bring reforms, the first step is to eliminate cheating," the state school education minister told a gathering here.'])]);
    expect(quoteWith(quotes, 'eliminate cheating').speaker).toBe('O P Sondhi');
  });
  it('GIVEN a one-sentence paragraph about `Re-treading worker Mark Lane, 53, of Idonia Road, Perton` then a quote paragraph THEN the quote is his, but not after `Re: Jeff Green covering Carmelo:`', () => {
    const { quotes } = analyseQuotes([
      article(['Re-treading worker Mark Lane, 53, of Idonia Road, Perton, has worked at the site for 37 years.', '"It is a sad time. My father worked here for 44 years."', 'Re: Jeff Gren covering Carmelo Anton:', '"Well, you talk about kind of an unpredictable thing."']),
    ]);
    expect(quoteWith(quotes, 'sad time').speaker).toBe('Mark Lane');
    expect(quoteWith(quotes, 'unpredictable thing').speaker).not.toBe('Jeff Gren');
  });
});

describe('analyseQuotes: acronyms an article defines, police ranks, bodies named with `and`', () => {
  it('GIVEN `the Department for Education (DfE)` then `The DfE has said parents will "struggle to understand"`, and `the WHO said` after `The World Health Organization (WHO)` THEN the body is named in full', () => {
    const { quotes } = analyseQuotes([
      article([
        'The action has been condemned by the Department for Education (DfE) who say it will disrupt parents.',
        'The DfE has said that parents will "struggle to understand" why the union went ahead.',
        'The World Health Organization (WHO) warned on Monday. "We are concerned," the WHO said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'struggle to understand').speaker).toBe('Department for Education');
    expect(quoteWith(quotes, 'We are concerned').speaker).toBe('World Health Organization');
  });
  it('GIVEN `Deputy commissioner of police (south-east) Esha Rao said …` then `“…,” added the DCP.`, and `Chief Superintendent of Police (CSP) Femi Ade` then `“…,” the police officer said.` THEN each quote is the officer\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Deputy commissioner of police (south-east) Esha Rao said the police received the call on Wednesday.',
        '“A raid was conducted and he was arrested,” added the DCP.',
        'The statement was signed by the Command’s Public Relations Officer, Chief Superintendent of Police (CSP) Femi Ade, on Sunday.',
        'Ade said that the incident left one man dead.',
        '“Arms were recovered from the suspects,” the police officer said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'raid was conducted').speaker).toBe('Esha Rao');
    expect(quoteWith(quotes, 'Arms were recovered').speaker).toBe('Femi Ade');
  });
  it('GIVEN `," said National Disaster Risk Reduction and Management Council spokeswoman Ana Reyes.` THEN the quote is hers, not the council\'s', () => {
    const { quotes } = analyseQuotes([article(['“People are evacuating because of storm surges,” said National Disaster Risk Reduction and Management Council spokeswoman Ana Reyes, referring to waves.'])]);
    expect(quoteWith(quotes, 'storm surges').speaker).toBe('Ana Reyes');
  });
});

describe('analyseQuotes: a place before an agent noun, a place named before `area`, a role as a sentence subject (session 18)', () => {
  it('GIVEN `“…,” Willacy County farmer Tom Varga said.` and `“…,” Carlow resident Jo Hale said.` THEN each quote is the named person’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Farmers across the valley have been praying for rain.',
        '“Right now, we are harvesting our corn before the rain hits,” Willacy County farmer Tom Varga said.',
        '“The water is already over the road,” Carlow resident Jo Hale said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'harvesting our corn').speaker).toBe('Tom Varga');
    expect(quoteWith(quotes, 'over the road').speaker).toBe('Jo Hale');
  });
  it('GIVEN the minister named four paragraphs back, then `The Minister on Tuesday went to Parliament … at the Cape Coast Point area …`, then `“…,” he said.` THEN the quote is the minister’s, not the place’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Energy Minister Kwame Osei Boateng has explained that his presence in parliament with a quantity of salt was never meant to spite salt producers.',
        'He maintained that he has never looked down on the industry.',
        'Mr. Boateng was reacting to a caller to a radio programme on Wednesday.',
        'Many callers asked for an apology to salt producers in general.',
        'The Minister on Tuesday went to Parliament to inform the house of the oil find made at the Cape Coast Point area of the Western Region.',
        'In his possession were quantities of salt and also oil, which he showed to the MPs.',
        '“My uncle traded in salt, so I know how important salt is,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'My uncle traded').speaker).toBe('Kwame Osei Boateng');
  });
});

describe('analyseQuotes: a title with a lower-case modifier, a body’s statement told over paragraphs (session 18)', () => {
  it('GIVEN `Former prison officer Tom Evans, who has lived in the road for eight years, has started a petition.` after a councillor was named, then `The 52-year-old said: "…"` THEN the quote is his', () => {
    const { quotes } = analyseQuotes([
      article([
        'Residents of a quiet street are angry a councillor plans to build a house at the end of her back garden.',
        'Labour councillor Mary Neill, who sits on the planning committee, has submitted an application to build the house.',
        'Former prison officer Tom Evans, who has lived in the road for eight years, has started a petition against the idea.',
        'The 52-year-old said: "I was shocked and quite angry when we got the letter."',
      ]),
    ]);
    expect(quoteWith(quotes, 'shocked and quite angry').speaker).toBe('Tom Evans');
  });
  it('GIVEN `In a statement, Harbour City Council said …`, a paragraph `It said the site … .` and then a quote paragraph with no cue THEN the quote is the council’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'In a statement, Harbour City Council said no payments were made by it to the two men.',
        'It said the site in question experienced anti-social behaviour over the years.',
        '“The city council was aware of an extraordinary level of intimidation directed at this contractor’s staff.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'extraordinary level').speaker).toBe('Harbour City Council');
  });
});

describe('analyseQuotes: residents, farmers and volunteers as titles; `according to X` as the speaker of its sentence (session 18)', () => {
  it('GIVEN `Resident Faith Moore said …`, then `…, fellow resident Paula Allen spoke briefly to the ABC as she fled.` and `"…," she said.` THEN the first is Faith Moore (not `Resident Faith Moore`) and the quote is Paula Allen’s', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Resident Faith Moore said: "The fire took my shed on Saturday."',
        'As the fire flared again on Sunday morning, fellow resident Paula Allen spoke briefly to the ABC as she fled the scene.',
        '"Words do not describe what has happened," she said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'took my shed').speaker).toBe('Faith Moore');
    expect(quoteWith(quotes, 'Words do not describe').speaker).toBe('Paula Allen');
    expect(speakers.find((s) => s.name === 'Faith Moore')?.title).toBe('Resident');
  });
  it('GIVEN two activists named as a sentence’s subject, then `But according to Kituuma, the police have verified …` and `“…,” he said.` THEN the quote is Kituuma’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Police spokesman Rusoke Kituuma dismissed the reports on Monday.',
        'Media reports indicate that activists Nicholas Owino and Bob Njoro reportedly went missing last week.',
        'But according to Kituuma, the police have verified reports shared online, but found no evidence to support the claim.',
        '“What we have seen is a deliberate attempt to feed the public with false narratives,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'deliberate attempt').speaker).toBe('Rusoke Kituuma');
  });
});

describe('analyseQuotes: `Asked …,` openers, `says …, adding`, police ranks, a named subject before a quote (session 18)', () => {
  it('GIVEN `Asked who he expected to see in the No.10 jersey next Saturday when the two sides meet again at Wellington, Hansen smiled and said: "…"` THEN the quote is Hansen’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'All Blacks coach Steve Hansen baited his Australian counterpart after the win on Saturday night.',
        'Asked who he expected to see in the Wallabies No.10 jersey next Saturday when the two sides meet again at Wellington, Hansen smiled and said: "I don\'t know. You should ask Ewen that."',
      ]),
    ]);
    expect(quoteWith(quotes, 'You should ask').speaker).toBe('Steve Hansen');
  });
  it('GIVEN `SSP Bashir Kato, the police liaison officer, urged …`, then `However, Kato says that …, adding that …` and an uncued quote paragraph THEN the quote is Bashir Kato’s, the rank no part of his name', () => {
    const { quotes } = analyseQuotes([
      article([
        'SSP Bashir Kato, the Community Liaison Officer for Kampala police, urged Ugandans to remain vigilant.',
        'However, Kato says that security enforcement is not discriminatory, adding that speculation at this point is aimless.',
        '“There’s no selective application of terror controls. These alerts are real.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'no selective application').speaker).toBe('Bashir Kato');
  });
  it('GIVEN a paragraph `Captain Ross Kane shared that view. "I was speaking with …"` THEN the quote is Ross Kane’s', () => {
    const { quotes } = analyseQuotes([
      article([
        '"It was a game based on character," said coach Ian Hart.',
        'Captain Ross Kane shared that view. "I was speaking with the forwards who have not played a lot recently."',
      ]),
    ]);
    expect(quoteWith(quotes, 'speaking with the forwards').speaker).toBe('Ross Kane');
  });
});

describe('analyseQuotes: the speaker after an inverted `said`, contracted pronouns, `Saying …,` (session 18)', () => {
  it('GIVEN `"…," said ETX Capital’s Mark Prior.` then `However, volatility is to be expected, said research analyst Luis Baxter. "…," he told CNBC.` THEN the last quote is Luis Baxter’s', () => {
    const { quotes } = analyseQuotes([
      article([
        '"Investors are losing patience," said ETX Capital\'s Mark Prior.',
        'However, share price volatility is to be expected around earnings, said Disruptive Tech Research analyst Luis Baxter. "The stock has sold off the day after each report for five straight quarters," he told CNBC.',
      ]),
    ]);
    expect(quoteWith(quotes, 'five straight quarters').speaker).toBe('Luis Baxter');
  });
  it('GIVEN `He’s been speaking to ABC reporter Ann Charl:` before a quote paragraph THEN the speaker is not a person named `He`', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Cudgewa resident Josh Collins lost everything in the fire. He’s been speaking to ABC reporter Ann Charl:',
        '"I have heard there are twenty houses lost, lots of our friends\' houses."',
      ]),
    ]);
    expect(speakers.map((s) => s.name)).not.toContain('He');
    expect(quoteWith(quotes, 'twenty houses lost').speaker).not.toBe('He');
  });
});

describe('analyseQuotes: whom a quote names by surname does not say it (session 18)', () => {
  it('GIVEN `Mr Lamb then complained about the conduct of one member, James McLane, saying …` and later `"Far from representing the community, Mr McLane’s actions have shown …," he said.` THEN the quote is Lamb’s, not McLane’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Plans for two holiday pods were submitted by Steven Lamb last June.',
        'The community council submitted an objection but Mr Lamb then complained about the conduct of one member, James McLane, saying he had encouraged the objectors.',
        'He said that the conduct had fallen well short of that expected of a councillor.',
        '“Far from representing the community, Mr McLane’s actions have shown to be self-serving,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'Far from representing').speaker).toBe('Steven Lamb');
  });
});

describe('analyseQuotes: a bracketed acronym inside a title, a role `of` lower-case words (session 18)', () => {
  it('GIVEN `“…,” said Dhaka Metropolitan Police (DMP) Commissioner Asad Miah.` THEN the quote is the commissioner’s, not the force’s', () => {
    const { quotes } = analyseQuotes([article(['“We have identified a few people by scrutinising CCTV footage,” said Dhaka Metropolitan Police (DMP) Commissioner Asad Miah.'])]);
    expect(quoteWith(quotes, 'identified a few people').speaker).toBe('Asad Miah');
  });
  it('GIVEN `“…,” said director of public health Jo Leigh.` THEN the quote is Jo Leigh’s', () => {
    const { quotes, speakers } = analyseQuotes([article(['“Cases are rising in every age group,” said director of public health Jo Leigh.'])]);
    expect(quoteWith(quotes, 'rising in every age group').speaker).toBe('Jo Leigh');
    expect(speakers.find((s) => s.name === 'Jo Leigh')?.title).toBe('director of public health');
  });
});

describe('analyseQuotes: `According to X, …` introduces the quote paragraph after it (session 18)', () => {
  it('GIVEN `Wildlife trooper Todd Mount said bears have been seen in town.` … `According to Mount, the troopers have received calls about a few bears.` and an uncued quote paragraph THEN the quote is Todd Mount’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Wildlife trooper Todd Mount said bears have been seen in town this month.',
        'Residents have posted videos of a bear walking down Main Street at night.',
        'According to Mount, the troopers have received calls about a few different bears.',
        '“I think this one here is probably a 3-year-old.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'probably a 3-year-old').speaker).toBe('Todd Mount');
  });
});

describe('analyseQuotes: `X and colleagues said`, a relative `where` before a speaker (session 18)', () => {
  it('GIVEN `A similar warning came from Cantor Fitzgerald, where analyst Yusuf Sali and colleagues said in a research note that "…"` THEN the quote is the analyst’s, titled analyst', () => {
    const { quotes, speakers } = analyseQuotes([article(['A similar warning came from Cantor Fitzgerald, where analyst Yusuf Sali and colleagues said in a research note that "Twitter has all-of-a-sudden become a show-me story."'])]);
    expect(quoteWith(quotes, 'show-me story').speaker).toBe('Yusuf Sali');
    expect(speakers.find((s) => s.name === 'Yusuf Sali')?.title).toBe('analyst');
  });
});

describe('analyseQuotes: a lower-case modifier before a role after `said` (session 18)', () => {
  it('GIVEN `“…,” said lead researcher Dr Ben Henry, who carried out the study.` THEN the quote is Ben Henry’s', () => {
    const { quotes } = analyseQuotes([article(['“The recent events in the reef are extraordinary,” said lead researcher Dr Ben Henry, who carried out the study at Wollongong University.'])]);
    expect(quoteWith(quotes, 'recent events in the reef').speaker).toBe('Ben Henry');
  });
});

describe('analyseQuotes: `ul`, `ur`, `ud` inside a name (session 18)', () => {
  it('GIVEN `Punjab Minister for Culture Fayyaz ul Hassan Chaudhry has said … from Prime Minister Imran Qadir to actor Reema Naz wants war.` then `“…,” he said` THEN the quote is the minister’s, named in full', () => {
    const { quotes } = analyseQuotes([
      article([
        'LAHORE: Punjab Minister for Culture Fayyaz ul Hassan Chaudhry has said Pakistan is a peace-loving nation and no one right from Prime Minister Imran Qadir to actor Reema Naz wants war.',
        '“We always wanted good relations with our neighbours,” he said while replying at a seminar.',
      ]),
    ]);
    expect(quoteWith(quotes, 'good relations with our neighbours').speaker).toBe('Fayyaz ul Hassan Chaudhry');
  });
});

describe('analyseQuotes: `the fire chief` for a superintendent, `the Italian` in the paragraph of a named subject (session 18)', () => {
  it('GIVEN `NOFD Superintendent Tim McCall said …` then `The fire chief said the flames “got away from them” …` THEN the quote is McCall’s', () => {
    const { quotes } = analyseQuotes([
      article(['NOFD Superintendent Tim McCall said neighbors reported people were squatting in the building.', 'The fire chief said the flames “got away from them” because the initial rescues tied up crews.']),
    ]);
    expect(quoteWith(quotes, 'got away from them').speaker).toBe('Tim McCall');
  });
  it('GIVEN `Roberto Manzini was pleased to see his side win. "…," the Italian said.` with no Italian named THEN the quote is Manzini’s', () => {
    const { quotes } = analyseQuotes([
      article(['Roberto Manzini was pleased to see his side overcome a slow start. "If we play like this, we play very well," the Italian said.']),
    ]);
    expect(quoteWith(quotes, 'If we play like this').speaker).toBe('Roberto Manzini');
  });
});

describe('analyseQuotes: a one-word aside in brackets between a subject and its verb (session 19)', () => {
  it('GIVEN `Rep. Derrick Van Orden (D-Wis.) lambasted Democrats.` after paragraphs about Rep. Mike Lawler, then `“…,” he said.` THEN the quote is Van Orden’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Rep. Mike Lawler (R-N.Y.) said that the letter was a “positive step” toward a process to end the war.',
        'Lawler said Trump is making the point that the longer the war “drags on, the more devastating the consequence will be.”',
        '“But ultimately, you have to be able to get both sides to the table if you’re going to negotiate a peace [deal],” Lawler said.',
        'He said he has had talks with the administration about the conflict, but declined to elaborate.',
        'Republicans criticized Democrats for not applauding throughout the speech.',
        'Rep. Derrick Van Orden (D-Wis.) lambasted Democrats.',
        '“I really wish that they would grow up,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'grow up').speaker).toBe('Derrick Van Orden');
  });
});

describe('analyseQuotes: a judge `of the` court they sit on, a long speaker phrase after a quote (session 19)', () => {
  const page = [
    '"Every first-year law student learns that sentencing has four goals: retribution, incapacitation, deterrence and rehabilitation," former U.S. District Judge Shira Scheindlin of the Southern District of New York wrote in 2017, in a piece that lamented some of the mandatory sentences she was required to impose. U.S. District Judge T.S. Ellis III of the Eastern District of Virginia said at the sentencing hearing for Paul Manafort, the former campaign chairman: "Deterrence is endlessly debated by academics based on empirical studies. It\'s a hard, hard issue."',
  ];
  it('GIVEN `U.S. District Judge T.S. Ellis III of the Eastern District of Virginia said …: "…"` THEN the judge speaks, not the court', () => {
    expect(quoteWith(analyseQuotes([article(page)]).quotes, 'Deterrence is endlessly').speaker).toBe('T.S. Ellis III');
  });
  it('GIVEN a speaker phrase of 13 words after a quote (`former U.S. District Judge Shira Scheindlin of the Southern District of New York wrote`) THEN that judge', () => {
    expect(quoteWith(analyseQuotes([article(page)]).quotes, 'Every first-year').speaker).toBe('Shira Scheindlin');
  });
  it('GIVEN two quotes with a whole sentence and a second speaker between them, ending in a colon THEN two quotes, not one split by a middle cue', () => {
    const { quotes } = analyseQuotes([article(page)]);
    expect(quotes.map((q) => q.text.slice(0, 12))).toEqual(['Every first-', 'Deterrence i']);
  });
});

describe('analyseQuotes: `His neighbour X` as a subject, a known surname introducing a quote paragraph (session 19)', () => {
  it('GIVEN `Mr Cassels was able to save his home` then `His neighbour Wayne Mackenzie lost every building …` then `"…," he said.` THEN the quote is Mackenzie’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Yesterday in the suburb of Londonderry, resident Phil Cassels thought he was going to die.',
        '"Just sort of hosed all the house down and the barn down, just hoped for the best," he said.',
        'Mr Cassels was able to save his home, but lost some buildings.',
        'His neighbour Wayne Mackenzie lost every building on his property, but managed to save his home.',
        '"It started off with a spot fire and within a minute the whole front of the property was ablaze," he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'started off with a spot fire').speaker).toBe('Wayne Mackenzie');
  });
  it('GIVEN `Justice Minister Thembi Simelane …` earlier, then the paragraph `Simelane has denounced this act of violence in the strongest terms.` and a quote paragraph THEN the quote is Simelane’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Justice Minister Thembi Simelane visited the court on Friday after a magistrate was attacked.',
        'The suspect was arrested at the scene, police spokesperson Tsekiso Machike said.',
        'Simelane has denounced this act of violence in the strongest terms.',
        '“We will not tolerate such acts of violence in our courts. The suspect will be prosecuted for committing this crime.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'We will not tolerate').speaker).toBe('Thembi Simelane');
  });
  it('GIVEN a lone capitalised word no person in the article bears opening the paragraph before a quote paragraph THEN no speaker from it', () => {
    const { quotes } = analyseQuotes([
      article(['Justice Minister Thembi Simelane visited the court on Friday.', 'Londonderry has seen more than 100 fires this week alone.', '“We will not tolerate such acts of violence in our courts.”']),
    ]);
    expect(quoteWith(quotes, 'We will not tolerate').speaker).not.toBe('Londonderry');
  });
});

describe('analyseQuotes: `it said` after a one-word body read as a name (session 19)', () => {
  it('GIVEN `Computershare said … it expected …` then `"…," it said.` THEN the quote is Computershare’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'The computer services company announced a first half net profit of $119.35 million.',
        'Computershare said in light of first half results and good market conditions, it expected a 50 per cent increase in annual earnings.',
        '"In light of excellent first half results, the company is expecting to report annual earnings numbers approximately 50 per cent higher," it said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'In light of excellent').speaker).toBe('Computershare');
  });
  it('GIVEN a person named in full and then by surname, then `"…," it said` THEN not that person', () => {
    const { quotes } = analyseQuotes([
      article(['First Minister Nicola Sturgeon spoke in Edinburgh on Monday.', 'Sturgeon said the vote would go ahead.', '"The plan has been published in full," it said.']),
    ]);
    expect(quoteWith(quotes, 'The plan has been').speaker).not.toBe('Nicola Sturgeon');
  });
});

describe('analyseQuotes: an unnamed spokesperson of a named body (session 19)', () => {
  it('GIVEN `a Juul spokesperson told Business Insider: “…”` and `a spokeswoman for the State Department said` THEN the bodies speak', () => {
    const { quotes } = analyseQuotes([
      article([
        'In response to the report, a Juul spokesperson told Business Insider: “As part of our ongoing reset, we are constantly evaluating our operations.”',
        '“We have nothing to announce at this time,” a spokeswoman for the State Department said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'ongoing reset').speaker).toBe('Juul');
    expect(quoteWith(quotes, 'nothing to announce').speaker).toBe('State Department');
  });
  it('GIVEN `a police spokesman said` with no body named THEN no speaker is made up', () => {
    const { quotes } = analyseQuotes([article(['“The road will stay closed until Monday,” a police spokesman said.'])]);
    expect(quoteWith(quotes, 'road will stay closed').speaker).toBeNull();
  });
});

describe('analyseQuotes: places listed after `from`, two quotes with a sentence between, `the VC` (session 19)', () => {
  it('GIVEN `Reports of foul smell came from Chembur, Ghatkopar, Tilak Nagar, Andheri …`, an unnamed official, then `“…,” he said. The BMC tweeted from its official handle: “…”` THEN Tilak Nagar is no speaker and the BMC’s tweet is its own quote', () => {
    const { quotes } = analyseQuotes([
      article([
        'Reports of foul smell came from Chembur, Ghatkopar, Tilak Nagar, Andheri, Kandivli, Kurla and several other suburban areas.',
        'A senior official from the disaster management cell said the source had not been identified. “There is no confirmation from any agency so far,” he said. The BMC tweeted from its official handle: “We have received complaints from citizens about odour of some unknown gas.”',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).not.toContain('Tilak Nagar');
    expect(quoteWith(quotes, 'We have received complaints').speaker).toBe('BMC');
    expect(quoteWith(quotes, 'There is no confirmation').text).not.toMatch(/received complaints/);
  });
  it('GIVEN `“…,” the VC said.` after the vice-chancellor is named THEN no speaker called VC', () => {
    const { quotes } = analyseQuotes([
      article(['Reacting, the Vice-Chancellor of FUPRE, Prof. Ezekiel Agbalagba, described the protesters as “faceless people” unknown to the student leadership.', '“We have been meeting with the student union leaders and discussions have not been concluded,” the VC said.']),
    ]);
    expect(quoteWith(quotes, 'We have been meeting').speaker).not.toBe('VC');
  });
});

describe('analyseQuotes: a bracketed aside between a name and its appositive (session 19)', () => {
  it('GIVEN `Robert Reid (Con - Bourne Austerby), the council’s cabinet member for housing, said: “…”` THEN the quote is Reid’s', () => {
    const { quotes } = analyseQuotes([
      article(['Robert Reid (Con - Bourne Austerby), the council’s cabinet member for housing and property, said: “Communal spaces are there for all tenants to enjoy but are owned by the council.”']),
    ]);
    expect(quoteWith(quotes, 'Communal spaces').speaker).toBe('Robert Reid');
  });
});

describe('analyseQuotes: a one-word name set off by its role, a deputy in apposition, holidays (session 19)', () => {
  it('GIVEN `But Wiranto, Indonesia’s coordinating minister for security, said …` then `“…,” he said.` THEN Wiranto’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Members of the anti-terrorism unit arrived in Manila on Monday, Interior Secretary Eduardo Año told reporters.',
        'But Wiranto, Indonesia’s coordinating minister for security, legal and political affairs, said Philippine authorities should not have jumped the gun.',
        '“It’s just one-sided news,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'one-sided news').speaker).toBe('Wiranto');
  });
  it('GIVEN `Leiking said … he and his new deputy, Dr Ong Kian Ming, would discuss …` then `“…,” he said.` THEN Leiking’s, not the deputy’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Minister Darell Leiking arrived at the ministry on his first day in office.',
        'However, Leiking said as far as trade policies are concerned, he and his new deputy, Dr Ong Kian Ming, would discuss the direction with the prime minister.',
        '“Our top agenda is to make Malaysia really big in industry and trade,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'Our top agenda').speaker).toBe('Darell Leiking');
  });
  it('GIVEN `over the Christmas and New Year holidays` before `He pleaded … saying “…”` THEN no speaker called New Year', () => {
    const { quotes } = analyseQuotes([
      article(['Mr Ibn Nyarega was charged with forging an order allowing a sacco to operate over the Christmas and New Year holidays.', 'He pleaded for leniency saying “he has a weeks-old wife and cannot afford to leave her to go to jail.”']),
    ]);
    expect(quotes.map((q) => q.speaker)).not.toContain('New Year');
  });
});

describe('analyseQuotes: bracketed party and ward, coordinated roles, `shared` (session 20)', () => {
  it('GIVEN `Cllr Paul Canal (Con, Bridge) said: “…”` and `Sen. Jo Rank (R-Texas) told reporters` THEN the councillor and the senator speak, not the bracket', () => {
    const { quotes } = analyseQuotes([
      article([
        'Cllr Paul Canal (Con, Bridge) said: “If we spend three and a half hours discussing something, I do not see why we bother meeting.”',
        '"The bill will pass next week," Sen. Jo Rank (R-Texas) told reporters.',
        'However, Cllr Paul Canal (Con, Bridge) replied that assessing the effect of plans was “sometimes a matter of judgement”.',
      ]),
    ]);
    expect(quoteWith(quotes, 'three and a half hours').speaker).toBe('Paul Canal');
    expect(quoteWith(quotes, 'bill will pass').speaker).toBe('Jo Rank');
    expect(quoteWith(quotes, 'matter of judgement').speaker).toBe('Paul Canal');
  });
  it('GIVEN `said NIWA marine biologist and voyage co-leader Sadie Mills, “…”` THEN Sadie Mills speaks, her two roles her title', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['“We’ve gone to lots of different habitats and discovered a whole range of new species,” said NIWA marine biologist and voyage co-leader Sadie Mills, “from fish to snails, to corals and sea cucumbers.”']),
    ]);
    expect(quoteWith(quotes, 'different habitats').speaker).toBe('Sadie Mills');
    expect(speakers.find((s) => s.name === 'Sadie Mills')?.title).toMatch(/biologist and voyage co-leader/);
  });
  it('GIVEN `“…,” Pena shared at the post match press conference` THEN Pena speaks', () => {
    const { quotes } = analyseQuotes([
      article(['The visitors scored twice after the break.', '“They pushed us a lot in the second half, but we deserved the victory,” FC Goa coach Carlos Pena shared at the post match press conference.']),
    ]);
    expect(quoteWith(quotes, 'pushed us a lot').speaker).toBe('Carlos Pena');
    expect(quoteWith(quotes, 'pushed us a lot').cue).toBe('shared');
  });
});

describe('analyseQuotes: ampersands, listed roles, relative clauses, opening adverbs (session 20)', () => {
  it('GIVEN `president & CEO Joseph Darling said`, `said Smith & Nephew chief executive Olivier Bohuon` and `Procter & Gamble said:` THEN the two people and the company speak', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        '“This voluntary recall is based on our commitment to quality,” president & CEO Joseph Darling said in prepared remarks.',
        '"Sales fell in the quarter," said Smith & Nephew chief executive Olivier Bohuon.',
        'Procter & Gamble said: "We are pleased with the outcome."',
      ]),
    ]);
    expect(quoteWith(quotes, 'voluntary recall').speaker).toBe('Joseph Darling');
    expect(quoteWith(quotes, 'Sales fell').speaker).toBe('Olivier Bohuon');
    expect(quoteWith(quotes, 'pleased with the outcome').speaker).toBe('Procter & Gamble');
    expect(speakers.find((s) => s.name === 'Procter & Gamble')?.kind).toBe('organisation');
    expect(speakers.find((s) => s.name === 'Olivier Bohuon')?.title).toBe('Smith & Nephew chief executive');
  });
  it('GIVEN `John G. Morikis, Chairman, President and Chief Executive Officer of Sherwin-Williams, said, "…"` THEN Morikis speaks, not the company', () => {
    const { quotes } = analyseQuotes([
      article(['Sherwin-Williams no longer expects the divestiture by the end of April.', 'John G. Morikis, Chairman, President and Chief Executive Officer of Sherwin-Williams, said, "We continue to move forward on the divestiture of a single business."']),
    ]);
    expect(quoteWith(quotes, 'move forward').speaker).toBe('John G. Morikis');
  });
  it('GIVEN `Hontiveros, who is backing … Pangilinan and Bam Aquino, said …` then `“…,” she told reporters` THEN Hontiveros speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        "Senator Risa Hontiveros on Saturday rejected former President Rodrigo Duterte's remarks about killing 15 senators.",
        'In an interview, Hontiveros, who is backing the candidacy of former senators Francis “Kiko” Pangilinan and Bam Aquino, said the government must prioritize lowering prices.',
        '“What really should be brought down are the prices of goods, right?” she told reporters following a market visit.',
      ]),
    ]);
    expect(quoteWith(quotes, 'prices of goods').speaker).toBe('Risa Hontiveros');
  });
  it('GIVEN `Virtually charging the Opposition with …, Prime Minister Manmohan Singh … said … "…"` THEN Singh speaks, not `Virtually`', () => {
    const { quotes } = analyseQuotes([
      article(['Virtually charging the Opposition with terminological inexactitude, Prime Minister Manmohan Singh gave it back to the NDA and said the country should know that there was a "world of difference between what they say and what they do".']),
    ]);
    expect(quoteWith(quotes, 'world of difference').speaker).toBe('Manmohan Singh');
  });
});

describe('analyseQuotes: a spokesperson opening the sentence (session 20)', () => {
  it('GIVEN `A BBC spokesman said: "…"` then a continuation paragraph THEN the BBC speaks both', () => {
    const { quotes } = analyseQuotes([
      article([
        'The interview drew complaints from listeners.',
        'A BBC spokesman said: "Newsbeat interviewed Nick Griffin and two young BNP activists in the light of huge audience response.',
        '"Both interviews were rigorous and the tough questions were inspired by listeners."',
      ]),
    ]);
    expect(quoteWith(quotes, 'Newsbeat interviewed').speaker).toBe('BBC');
  });
});

describe('analyseQuotes: kin before a name, a home is a place, a statement from an office (session 20, third round)', () => {
  it('GIVEN `died at his Southeast England home` then `His daughter Sarah confirmed …` then `"…," she said` THEN Sarah speaks, not a person called Southeast England', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Irish singer Val Doonican has died at his Southeast England home in Buckinghamshire at the age of 88.',
        'His daughter Sarah confirmed his death on Thursday morning and said he died peacefully.',
        '"Until 87, he was as fit as a flea," she said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'fit as a flea').speaker).toBe('Sarah');
    expect(speakers.map((s) => s.name)).not.toContain('Southeast England');
  });
  it('GIVEN `… “outright victory in the upcoming general election”, according to a statement from her office` after the minister is named THEN the minister speaks, not a speaker called `statement`', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['Parliament speaker Thandi Modise denied reports that she had resigned.', 'She continues to serve as the party strives for an “outright victory in the upcoming general national election”, according to a statement from her office.']),
    ]);
    expect(quoteWith(quotes, 'outright victory').speaker).toBe('Thandi Modise');
    expect(speakers.map((s) => s.name)).not.toContain('statement');
  });
});

describe('analyseQuotes: session 21 (blind set M)', () => {
  it('GIVEN two names as the object of `impressed upon … that "…"` THEN the next `he said` is still the sentence subject before them, not the last name', () => {
    const { quotes } = analyseQuotes([
      article([
        'Mr Mudavadi said he had called Mr Odinga and Mr Kenyatta to congratulate them.',
        '"The gist of it is peace," he said.',
        'He said the candidates may have misgivings but impressed upon Mr Odinga and Mr Kenyatta that "Kenya is bigger than all of us".',
        '"I have therefore reminded them to keep the peace," he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'reminded them').speaker).toBe('Mudavadi');
  });
  it('GIVEN `As water rushed past Bill Barrett’s driveway, he … said, "…"` after another man spoke THEN Barrett speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        '"At least 50 homes took in water," said Jim Saso, assistant sheriff of Colusa County.',
        'As debris-laden water rushed past Bill Barrett’s driveway, he nodded toward a row of hills and said, "The runoff slid down those hills last night."',
      ]),
    ]);
    expect(quoteWith(quotes, 'runoff slid').speaker).toBe('Bill Barrett');
  });
  it('GIVEN `When Mary Jones reached the court, she said: "…"` THEN Mary Jones speaks', () => {
    const { quotes } = analyseQuotes([article(['"We won," said Ann Smith.', 'When Mary Jones reached the court, she said: "I am happy."'])]);
    expect(quoteWith(quotes, 'I am happy').speaker).toBe('Mary Jones');
  });
  it('GIVEN `…,” the public health director of Herat province Mohammad Taleb Shahid told reporters` THEN Shahid speaks, titled with the province', () => {
    const { quotes, speakers } = analyseQuotes([article(['“These are the numbers so far, but this is not the final figure,” the public health director of Herat province Mohammad Taleb Shahid told reporters.'])]);
    expect(quoteWith(quotes, 'numbers so far').speaker).toBe('Mohammad Taleb Shahid');
    expect(speakers.find((s) => s.name === 'Mohammad Taleb Shahid')?.title).toBe('public health director of Herat province');
  });
  it('GIVEN `Mrs Beckett defended her comments:` and the quote as the next paragraph THEN Beckett speaks', () => {
    const { quotes } = analyseQuotes([
      article(['Her comments came as Hazel Blears launched an attack. Mrs Beckett defended her comments:', '"What Hazel basically said in that article is something she has said repeatedly at Cabinet."']),
    ]);
    expect(quoteWith(quotes, 'basically said').speaker).toBe('Beckett');
  });
  it('GIVEN `The NSW Rural Fire Service confirmed …` then `"…," the RFS tweeted` THEN both are one speaker, the service', () => {
    const { quotes } = analyseQuotes([
      article(['The NSW Rural Fire Service confirmed the blaze was burning out of control.', '"If you are in Dandry Rd, you are at risk," the RFS tweeted.']),
    ]);
    expect(quoteWith(quotes, 'you are at risk').speaker).toBe('NSW Rural Fire Service');
  });
});

describe('analyseQuotes: session 21 (blind set N)', () => {
  it('GIVEN `…," Gachagua counseled.` THEN Gachagua speaks', () => {
    const { quotes } = analyseQuotes([
      article(['In a post on Facebook, Deputy President Rigathi Gachagua addressed Nairobi Governor Johnson Sakaja.', 'The DP insisted that there be consultations with traders. “You need to see the leadership so you can discuss this move with them,” Gachagua counseled. “They supported you very strongly.”']),
    ]);
    expect(quoteWith(quotes, 'see the leadership').speaker).toBe('Rigathi Gachagua');
    expect(quoteWith(quotes, 'supported you').speaker).toBe('Rigathi Gachagua');
  });
  it('GIVEN `…," said Samsung president of mobile communications business DJ Koh.` and a quote paragraph after it THEN DJ Koh speaks both', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['"None of us will ever forget what happened last year," said Samsung president of mobile communications business DJ Koh.', '"But, I will never forget how millions of loyalists stayed with us."']),
    ]);
    expect(quoteWith(quotes, 'None of us').speaker).toBe('DJ Koh');
    expect(quoteWith(quotes, 'loyalists').speaker).toBe('DJ Koh');
    expect(speakers.find((s) => s.name === 'DJ Koh')?.title).toBe('Samsung president of mobile communications business');
  });
  it('GIVEN `…," said the Deputy Mayor, and Cllr Wheeler added, "…"` THEN the first quote is the deputy mayor’s, not Wheeler’s', () => {
    const { quotes } = analyseQuotes([
      article(['"It is not a full and accurate depiction," added Deputy Mayor Mary Lyons-Buckett.', 'The council met on Monday.', '"We will be publishing minutes that are not true," said the Deputy Mayor, and Cllr Wheeler added, "these minutes are inaccurate."']),
    ]);
    expect(quoteWith(quotes, 'publishing minutes').speaker).toBe('Mary Lyons-Buckett');
  });
});

describe('analyseQuotes: session 22 (blind sets Q22, Q23)', () => {
  it('GIVEN `," X, a spokesman for the park service said, according to The Associated Press.` THEN the quote is X’s, and the next one in the paragraph too', () => {
    const { quotes } = analyseQuotes([
      article([
        'Four rangers were arrested on Monday.',
        '"These are the people that we entrusted with the welfare of these animals," Reynold Thakhuli, a spokesman for the park service said, according to The Associated Press. "These are just elements that unfortunately have allowed themselves to be used by syndicates."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Reynold Thakhuli', 'Reynold Thakhuli']);
  });

  it('GIVEN `Mary Smith, president of Critical Insights, said … "…," she said` THEN she is Mary Smith, not a person named Critical Insights', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'The telephone survey of 600 people was conducted by Critical Insights, a polling company in Portland.',
        'Mary Smith, president of Critical Insights, said the election is likely to come down to undecided voters. "We are seeing a lot of advertising focused on moving that 5 percent," she said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mary Smith']);
    expect(speakers.map((s) => s.name)).toEqual(['Mary Smith']);
  });

  it('GIVEN `said Palm Mountain Resort and Spa general manager Tim Ellis` THEN one speaker, the manager, titled with the whole body; `said John Smith and Mary Jones` still names John Smith', () => {
    const { quotes, speakers } = analyseQuotes([article(['“The average rate for my hotel has been through the roof,” said Palm Mountain Resort and Spa general manager Tim Ellis.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tim Ellis']);
    expect(speakers[0]!.title).toBe('Palm Mountain Resort and Spa general manager');
    expect(analyseQuotes([article(['“It is over,” said John Smith and Mary Jones.'])]).quotes.map((q) => q.speaker)).toEqual(['John Smith']);
  });

  it('GIVEN `Soon after Banerjee alleged …, a Defence Ministry spokesman said …` and a quote closing `," he said` THEN the quote is the ministry’s, not Banerjee’s; an unnamed `army spokesman` gives no one', () => {
    const paragraphs = (who: string) => [
      'West Bengal Chief Minister Mamata Banerjee alleged that troops had been deployed in the state.',
      `Soon after Banerjee alleged that the army had been deployed at two toll plazas, ${who} said there was nothing alarming about this.`,
      '"The army conducts an annual exercise throughout the country. There is nothing alarming about this," he said.',
    ];
    expect(analyseQuotes([article(paragraphs('a Defence Ministry spokesman'))]).quotes.map((q) => q.speaker)).toEqual(['Defence Ministry']);
    expect(analyseQuotes([article(paragraphs('an army spokesman'))]).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('GIVEN a poll `by Nanos Research`, parties’ shares, then `," the polling firm said on its website` THEN the pollster, by its full name, not the last party named; `the ruling party said` is a cue too', () => {
    const { quotes } = analyseQuotes([
      article([
        'The NDP and Conservatives are statistically tied, according to the latest public opinion poll by Nanos Research.',
        'If a vote were held today, the Conservatives would have 34.7 per cent of the ballots. Harper’s score is the lowest since Nanos started tracking it.',
        '“With relatively stable Tory ballot support, the research suggests that recent controversies have likely had a negative impact on the Harper brand,” the polling firm said on its website.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nanos Research']);
    const ruling = analyseQuotes([article(['The African National Congress won the vote on Sunday.', '“We are humbled by the trust of the voters,” the ruling party said.'])]).quotes;
    expect(ruling.map((q) => q.cue)).toEqual(['said']);
  });

  it('GIVEN `according to a Thursday statement from NASA’s Jet Propulsion Laboratory` and paragraphs later `," the statement said` THEN the laboratory; with no author named THEN no one', () => {
    const paragraphs = (intro: string) => [
      `The interaction will never be seen again, according to ${intro}.`,
      'The foreground star acts like a magnifying lens for the distant star.',
      'The star brightens for a few days.',
      '"The ratio of the larger body to its smaller companion is 2,000 to 1," the statement said.',
    ];
    expect(analyseQuotes([article(paragraphs('a Thursday statement from NASA’s Jet Propulsion Laboratory'))]).quotes.map((q) => q.speaker)).toEqual(['NASA’s Jet Propulsion Laboratory']);
    expect(analyseQuotes([article(paragraphs('a statement on Thursday'))]).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('GIVEN `Ron Sargent, chief executive officer of Framingham, Massachusetts-based Staples, said …` and then `," he said` THEN he is Sargent; `Massachusetts-based Staples` is a company, no person', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Ron Sargent, chief executive officer of Framingham, Massachusetts-based Staples, said the purchase would help the retailer expand into new product categories.',
        '“This is a transformational acquisition,” he said in the statement.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ron Sargent']);
    expect(speakers.map((s) => s.name)).toEqual(['Ron Sargent']);
  });

  it('GIVEN `the MP for Buckingham Greg Smith has told …` then `He was quoted as saying: ‘…’` THEN Greg Smith, titled MP for Buckingham; `The Labour MP for Chester asked: ‘…’` with no name THEN no person called Chester', () => {
    const smith = analyseQuotes([
      article([
        'Speaking to the BBC in Scotland, the RMT’s assistant general secretary John Leach said the talks had failed.',
        'Meanwhile, the MP for Buckingham Greg Smith has told the Daily Telegraph that he is urging the transport secretary to cancel works.',
        'He was quoted as saying: ‘The new rail strike dates are particularly disruptive.’',
      ]),
    ]);
    expect(smith.quotes.map((q) => q.speaker)).toEqual(['Greg Smith']);
    expect(smith.speakers.find((x) => x.name === 'Greg Smith')?.title).toBe('MP for Buckingham');
    const chester = analyseQuotes([article(['The government was criticised for allowing the House to rise early.', 'The Labour MP for Chester asked: ‘Will the Leader of the House confirm why?’'])]);
    expect(chester.speakers.map((x) => x.name)).not.toContain('Chester');
  });

  it('GIVEN `"…?" Justin Young from the Vaccines queried. "…?"` THEN both quotes are Justin Young’s', () => {
    const { quotes } = analyseQuotes([article(['The stars gathered backstage at the Brits.', '"Wow, I can\'t believe Torvill and Dean are here?" Justin Young from the Vaccines queried. "Are they lost?"'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Justin Young', 'Justin Young']);
  });

  it('GIVEN `Andrew Winter from Brighton Housing Trust (BHT) was met with applause when he told the minister: "…"` after the minister spoke THEN he is Winter, the sentence’s subject, not the minister', () => {
    const { quotes } = analyseQuotes([
      article([
        'Housing minister Stephen Williams defended the government’s record at the conference on Monday.',
        'Andrew Winter from Brighton Housing Trust (BHT) was met with rapturous applause when he told the minister: "It is only credible if you regard 80% of the market as affordable."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Andrew Winter']);
  });

  it('GIVEN `," Dennis Pilon, Associated Professor of Political Science at York University tells CityNews.` and `," Amin disclosed.` THEN Pilon and Amin (held-out set Q26)', () => {
    const { quotes } = analyseQuotes([
      article([
        'A byelection is due in June.',
        '“This is unusual, a byelection at the municipal level is death in terms of public knowledge,” Dennis Pilon, Associated Professor of Political Science at York University tells CityNews. “It’s hard enough in a regular campaign.”',
        'DCI Boss Amin Mohamed confirmed the arrests on Monday.',
        '"We have taken note of the incidents," Amin disclosed.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dennis Pilon', 'Dennis Pilon', 'Amin Mohamed']);
  });

  it('GIVEN `Hurricane Rita` and later `Rita triggered “…,” he said` THEN `he` is the mayor, not a person named Rita', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Mayor Sylvester Turner defended the decision on Monday.',
        'Officials decided to empty the city 12 years ago, causing as many deaths as were attributed to Hurricane Rita itself.',
        'Noting Harvey’s rapid growth, Turner said to vacate the city within days “would have been crazy.” Rita triggered “a great deal of confusion, a great deal of chaos,” he said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Sylvester Turner', 'Sylvester Turner']);
    expect(speakers.map((s) => s.name)).toEqual(['Sylvester Turner']);
  });
});

describe('analyseQuotes: session 23 (blind sets Q28, Q29)', () => {
  it('GIVEN `Even though Rodriguez’s apartment was spared, he says …. "…"` after the fire chief spoke THEN Rodriguez speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        '"I was just sitting on the couch and we heard explosions," said David Rodriguez, a resident.',
        '"We had a call of a fence fire next to a structure," said Chief Bill Hack with Chico Fire.',
        'Even though Rodriguez’s apartment was spared, he says it was a scary situation. "My hearts still going a little bit because my place is on this side."',
      ]),
    ]);
    expect(quoteWith(quotes, 'My hearts').speaker).toBe('David Rodriguez');
  });
  it('GIVEN a cued quote, a sentence naming only bodies, then an uncued quote in the same paragraph THEN the cued quote’s speaker; a person named between THEN not that speaker', () => {
    const para = (between: string) =>
      analyseQuotes([article([`"We had a call of a fence fire next to a structure," said Chief Bill Hack with Chico Fire. ${between} "Every fire engine and fire truck in the city of Chico was assigned to this incident."`])]).quotes;
    expect(quoteWith(para('The fire was so big that Chico Fire had to call in backup from Butte County Fire Rescue and Cal Fire.'), 'Every fire engine').speaker).toBe('Bill Hack');
    expect(quoteWith(para('Resident Maria Lopez watched from across the street.'), 'Every fire engine').speaker).not.toBe('Bill Hack');
  });
  it('GIVEN a long `While …,` clause before `Parr told ENS he saw … “trying to find something to put in them,”` THEN the partial quote is Parr’s', () => {
    const { quotes } = analyseQuotes([
      article([
        '“The cleanup operation is the second disaster,” said Mike Parr, vice president of the American Bird Conservancy.',
        'While sensitive least terns were trying to nest and feed their young on their traditional nesting beaches, Parr told ENS he saw cleanup vehicles driving through posted nesting areas and people walking up and down beaches with white bags “trying to find something to put in them.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'trying to find').speaker).toBe('Mike Parr');
  });
  it('GIVEN `a device … that Chief Executive Tim Cook called “the biggest leap forward since the original iPhone.”` THEN Tim Cook’s; `a group called "…"` THEN nobody’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'CUPERTINO, California – Apple, Inc. on Tuesday rolled out its iPhone X, a glass and stainless steel device with an edge-to-edge display that Chief Executive Tim Cook called “the biggest leap forward since the original iPhone.”',
        'Residents formed a group called "the new friends of the forest" last year.',
      ]),
    ]);
    expect(quoteWith(quotes, 'biggest leap').speaker).toBe('Tim Cook');
    expect(quotes.find((q) => q.text.includes('new friends'))?.speaker ?? null).toBeNull();
  });
  it('GIVEN `mayor Tory Whanau ruled out a vote …` then `…, she said.` and a quote THEN Tory Whanau speaks (a given name that is also a party’s)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'At a fiery council debate this morning, councillor Nikau Wi Neera attempted to table an amendment.',
        'However, after consulting with council officials, mayor Tory Whanau ruled out a vote on the amendment, saying it would breach standing orders.',
        'The council had received more than 4000 public submissions, she said.',
        '"You don’t have to agree - that’s your democratic right - but I reject any allegation that the process has been unfair."',
      ]),
    ]);
    expect(quoteWith(quotes, 'have to agree').speaker).toBe('Tory Whanau');
    expect(speakers.find((s) => s.name === 'Tory Whanau')).toMatchObject({ kind: 'person', title: 'mayor' });
  });
  it('GIVEN reported speech attributed after it (`…, said Costello, in the council chamber at the time.`) then a quote THEN Costello speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        'Green Party Councillor Patrick Costello still isn’t sure what happened to a motion he put forward in February.',
        'It wasn’t because of any allegations of wrongdoing at the council, said Costello, in the council chamber at the time. “This motion comes from a point of view of simply trying to increase transparency.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'This motion comes').speaker).toBe('Patrick Costello');
  });
  it('GIVEN `Nurses at Robert Wood Johnson University Hospital …` then `“…,” the hospital said in a statement.` THEN the hospital named; with no hospital named THEN nobody', () => {
    const named = analyseQuotes([
      article([
        'Nurses at Robert Wood Johnson University Hospital in New Brunswick will strike Aug. 4, their union announced Monday.',
        '"This is not a step we take lightly," said Judy Danella, the president of the local.',
        '“Be assured that we have an extensive contingency plan in place,” the hospital said in a statement.',
      ]),
    ]).quotes;
    expect(quoteWith(named, 'Be assured').speaker).toBe('Robert Wood Johnson University Hospital');
    const unnamed = analyseQuotes([article(['Nurses will strike Aug. 4, their union announced Monday.', '“Be assured that we have an extensive contingency plan in place,” the hospital said in a statement.'])]).quotes;
    expect(quoteWith(unnamed, 'Be assured').speaker).toBeNull();
  });
  it('GIVEN a son `Shane Patton` called `Mr Patton`, his mother `Julie Patton`, then `said Mrs Patton.` and `She added that …` THEN the mother speaks both quotes', () => {
    const { quotes } = analyseQuotes([
      article([
        'Eamon Lynch had no driving licence when he crashed into Shane Patton’s car in County Donegal in 2012.',
        'His mother, Julie Patton, read a victim impact statement in which she described her son as a "happy beautiful boy".',
        'Just after midnight, 18-year-old Shane Patton’s car emerged from a side road and was struck by Lynch.',
        'Mr Patton, who was the eldest of three children, had just completed his school exams.',
        '"He was my first born. He lived life to the full," said Mrs Patton.',
        'She added that Mr Patton’s grandmother watched him being buried.',
        '"Family functions are different now - we can never have a family photo again."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Julie Patton', 'Julie Patton', 'Julie Patton']);
  });
  it('GIVEN `Liberal Leader Kathleen Wynne’s dramatic "I will no longer be Ontario’s premier" announcement …, Bourque said` THEN Wynne said it; `Smith’s "Friends of the Forest" group` THEN not Smith', () => {
    const { quotes } = analyseQuotes([
      article([
        '"A statistical tie is to the advantage of the Conservatives," said pollster Christian Bourque.',
        'The survey found Liberal Leader Kathleen Wynne’s dramatic "I will no longer be Ontario’s premier" announcement on the weekend had little effect on voters, Bourque said.',
        'Councillor Ann Smith’s "Friends of the Forest" group met on Monday, she said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'no longer be').speaker).toBe('Kathleen Wynne');
    expect(quotes.find((q) => q.text.includes('Friends of the Forest'))?.speaker ?? null).not.toBe('Ann Smith');
  });
  it('GIVEN `"…," said his wife, Janice Nordmeyer.` THEN she speaks; `"…," said his brother.` with no name THEN nobody', () => {
    const { quotes } = analyseQuotes([
      article([
        'When Richard Nordmeyer suffered a stroke last year, there was no neurosurgeon who could treat him.',
        '"They told me in the emergency room that he would need immediate surgery," said his wife, Janice Nordmeyer.',
        '"He was always the strong one," said his brother.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Janice Nordmeyer', null]);
  });
  it('GIVEN `…, regional head of the industrial police unit Sarwar Alam told AFP.` after another official spoke, then `"…," he said.` THEN Alam speaks', () => {
    const { quotes } = analyseQuotes([
      article([
        'Assistant Commissioner of Dhaka Metropolitan Police Omar Faruq said no violence had been reported on Wednesday in the city.',
        'However, a crowd of some 1,500 protesters hurled rocks at multiple factories in the industrial city of Gazipur, regional head of the industrial police unit Sarwar Alam told AFP.',
        '"We fired tear gas and sound grenades to disperse the protesters," he said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Sarwar Alam']);
  });
  it('GIVEN `passengers of budget carrier SpiceJet were left stranded` and later `“…,” the airline said` THEN SpiceJet speaks (a company named after what it is)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Around 500 passengers of budget carrier SpiceJet were left stranded at Delhi’s IGI airport after three flights were delayed.',
        'The planes were stuck at other airports due to bad weather.',
        '“One of the aircraft was held at Bagdogra due to bad weather in Kolkata,” the airline said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['SpiceJet']);
    expect(speakers.find((s) => s.name === 'SpiceJet')?.kind).toBe('organisation');
  });
  it('GIVEN `Caroline Wozniacki` and `Madison Keys` named in full, then `“…,” said the 26-year-old veteran Wozniacki.` and `Keys talked about the loss in her news conference: “…”` THEN each by her surname (held-out set Q30)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Caroline Wozniacki took down No. 8 seed Madison Keys 6-3, 6-4 to reach the quarterfinals.',
        'Keys talked about the loss in her news conference: “I think it was nerves a little bit.”',
        '“It’s been a good week,” said the 26-year-old veteran Wozniacki.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Madison Keys', 'Caroline Wozniacki']);
  });
  it('GIVEN the mayor speaks, then `those remarks did not sit well with Mr. Gaffney, who did not back down …` and `"He did punt," he said` THEN Gaffney (the head of the relative clause) says it (blind set Q32)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Councilor-at-Large Michael T. Gaffney wasn\'t feeling the love from his colleagues.',
        '"I find it awful, atrocious and disrespectful," Mayor Joseph M. Petty said.',
        'As expected, those remarks did not sit well with Mr. Gaffney, who did not back down from his earlier remarks.',
        '"He did punt," he said of the city manager.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Joseph M. Petty', 'Michael T. Gaffney']);
  });
  it('GIVEN `The mayor met Mr. Gaffney, whose plan …` (a possessive relative) and `"…," he said` THEN the mayor, the main clause\'s subject, still says it', () => {
    const { quotes } = analyseQuotes([
      article([
        'Mayor Joseph M. Petty met Councilor Michael T. Gaffney, whose budget plan he rejected on Tuesday.',
        '"It does not add up," he said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Joseph M. Petty']);
  });
  it('GIVEN `"…," Ward 4 Councilor Bob Salvatelli, the Finance Committee chairman, told Mazzarella.` and `"…," District 9 Supervisor Jane Kim said.` THEN the councilor and the supervisor speak, not the one told (blind set Q32)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Mayor Dean Mazzarella proposed the budget.',
        '"Don\'t BS a BS-er," Ward 4 Councilor Bob Salvatelli, the Finance Committee chairman, told Mazzarella.',
        '"We have to cut," District 9 Supervisor Jane Kim said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Bob Salvatelli', 'Jane Kim']);
    expect(speakers.find((x) => x.name === 'Jane Kim')?.title).toBe('District 9 Supervisor');
  });
  it('GIVEN `…, which Chapman clearly said is not an excuse. "…"` (a manner adverb between the name and its verb) THEN Chapman says the quote after it (blind set Q32)', () => {
    const { quotes } = analyseQuotes([
      article([
        "Charlottesville Commonwealth's Attorney Dave Chapman used four people to detail the incidents.",
        'All of the incidents involved alcohol, which Chapman clearly said is not an excuse. "It doesn\'t cause people to do things that aren\'t in them."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dave Chapman']);
  });
  it('GIVEN `Russia’s Ambassador to the US Anatoly Antonov and the US Ambassador to Russia Jon Huntsman`, then `“…,” the Russian diplomat said`, `Antonov met Huntsman, who was in Washington …` and `“…,” he continued`, and `The Russian ambassador stressed … “…”` THEN Antonov says all three (blind set Q33)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Russia’s Ambassador to the US Anatoly Antonov and the US Ambassador to Russia Jon Huntsman outlined joint steps to improve relations.',
        '“I consider Huntsman a clever, smart professional,” the Russian diplomat said.',
        'Antonov met Huntsman, who was in Washington for planned consultations, on Thursday.',
        'The meeting participants outlined “joint steps,” he continued. “We shall be working together to restore the relations.”',
        'The Russian ambassador stressed that quick improvement is impossible. “Unfortunately, we have confirmed with regret, it would not be possible to do it promptly.”',
      ]),
    ]);
    expect(quotes.filter((q) => !q.partial).map((q) => q.speaker)).toEqual(['Anatoly Antonov', 'Anatoly Antonov', 'Anatoly Antonov']);
  });
  it('GIVEN `"…," executive director of Greenpeace UK, John Sauven, said.` (a role with no article before the name) and `"…," Sec. Clinton said.` THEN Sauven, titled, and Clinton speak (blind set Q33)', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        '"This is good news and a rare victory for the green growth agenda," executive director of Greenpeace UK, John Sauven, said.',
        '"We stand with the Syrian people and we are looking for a peaceful resolution," Sec. Clinton said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['John Sauven', 'Clinton']);
    expect(speakers.find((x) => x.name === 'John Sauven')?.title).toBe('executive director of Greenpeace UK');
  });
  it('GIVEN `“…,” said energy reporter Tim McLaughlin, a member of …`, `“…,” Darrell Bricker, CEO of Ipsos said in an interview Monday.` and `"…," BBC News quoted Kathrin Altwegg, a professor …, telling reporters.` THEN McLaughlin, Bricker and Altwegg speak (blind sets Q32, P32)', () => {
    const { quotes } = analyseQuotes([
      article([
        '“In 2020 we were all asked to step up,” said energy reporter Tim McLaughlin, a member of the union’s bargaining committee.',
        '“The only real movement that we’ve seen in the polling so far is the Conservatives and Liberals switching back and forth,” Darrell Bricker, CEO of Ipsos said in an interview Monday.',
        '"When we first saw it, we went a little bit into denial," BBC News quoted Kathrin Altwegg, a professor at Bern University and an author on the study, telling reporters.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tim McLaughlin', 'Darrell Bricker', 'Kathrin Altwegg']);
  });
  it('GIVEN a Gallup poll, then `“…,” pollsters wrote in announcing their results` THEN Gallup speaks; with no pollster named THEN the pollsters (blind set P32)', () => {
    const text = '“The trend has not followed an entirely consistent trajectory,” pollsters wrote in announcing their results.';
    expect(analyseQuotes([article(['A new Gallup poll found 50% support same-sex marriage.', text])]).quotes.map((q) => q.speaker)).toEqual(['Gallup']);
    expect(analyseQuotes([article(['Support for same-sex marriage slipped this year.', text])]).quotes.map((q) => q.speaker)).toEqual(['pollsters']);
  });
  it('GIVEN `Mr Peters is down one point.` then `…, a point Mr Bridges was keen to make.` and `"…," he said` THEN Bridges, the subject of the relative clause on a thing, says it (blind set P33)', () => {
    const { quotes } = analyseQuotes([
      article([
        '"It is good," Mr Bridges said.',
        'Mr Peters is down one point on 3 per cent.',
        'Labour and National have been neck-and-neck in our last eight polls since the last election, a point Mr Bridges was keen to make.',
        '"The polls will jump around. I think it just moves around," he said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Bridges', 'Bridges']);
  });
  it('GIVEN `And, a Marist analysis found, “…”` and `The Pew report said: “…”` THEN Marist and Pew speak; `The report said: “…”` with no owner THEN nobody named Report (blind set P33)', () => {
    const q = (p: string): (string | null)[] => analyseQuotes([article([p])]).quotes.map((x) => x.speaker);
    expect(q('And, a Marist analysis found, “The race has tightened among independent voters likely to cast a ballot.”')).toEqual(['Marist']);
    expect(q('The Pew report said: “Most Americans now back the measure across every age group.”')).toEqual(['Pew']);
    expect(q('The report said: “Most Americans now back the measure across every age group.”')).not.toContain('Report');
  });
  it('GIVEN `Secretary of State Hillary Clinton -- not surprisingly -- told reporters that Syria was “at the top of our list …”` THEN Clinton speaks (an aside between dashes before the verb; blind set Q33)', () => {
    const { quotes } = analyseQuotes([article(['(WASHINGTON) -- After her meeting with Turkish Foreign Minister Ahmet Davutoglu Monday afternoon, Secretary of State Hillary Clinton -- not surprisingly -- told reporters that Syria was “at the top of our list of important matters to discuss today.”'])]);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Hillary Clinton', 'told']]);
  });
  it('GIVEN `“…,” said NDP health critic, France Gelinas, outside Queen’s Park on Tuesday.` THEN Gelinas speaks, a critic being a role (held-out set Q34, after its measurement)', () => {
    const { quotes } = analyseQuotes([article(['“Our hospital emergency rooms are the safety net of our healthcare system,” said NDP health critic, France Gelinas, outside Queen’s Park on Tuesday.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['France Gelinas']);
  });
});

describe('analyseQuotes: session 25 (blind sets Q35, P35, D35)', () => {
  it('GIVEN `North African trailblazer Haddad, 27, looked deflated as she walked off court.` after another woman spoke THEN the next `she said` is Haddad’s (an age set off after one name makes it a person and the subject)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Marta Kovac won the title on Saturday, beating Leila Haddad 3-6 6-2 6-2.',
        '“It’s special because I was super nervous before the match,” Kovac said.',
        'North African trailblazer Haddad, 27, looked deflated as she walked off court with her runners-up plate.',
        '“I want to congratulate Marta and her team, she played amazing,” she said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'congratulate Marta').speaker).toBe('Leila Haddad');
  });
  it('GIVEN a lone unknown surname with an age, opening the sentence (`Brennan, 45, told the court …`) THEN a later `he said` is his', () => {
    const { quotes } = analyseQuotes([
      article([
        'Prosecutor Alan Reyes said the evidence was overwhelming.',
        'Brennan, 45, told the court on Monday that he had been at home all night.',
        '“I never left the house,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'never left').speaker).toBe('Brennan');
  });
  it('GIVEN a role `of the` body, then a full name, before or after the verb (`Governor of the Bank of England Mark Carney told`, `said the head of the Supreme Council of Antiquities Zahi Hawass`) THEN that person speaks', () => {
    const speakers = (p: string): (string | null)[] => analyseQuotes([article([p])]).quotes.map((q) => q.speaker);
    expect(speakers('“Inflation will come down sharply over the next year,” Governor of the Bank of England Mark Carney told reporters.')).toEqual(['Mark Carney']);
    expect(speakers('“This is the first tomb discovered in the valley since 1922,” Secretary General of the Supreme Council of Antiquities Zahi Hawass told journalists at the site.')).toEqual(['Zahi Hawass']);
    expect(speakers('“This is the first tomb discovered in the valley since 1922,” said the head of the Supreme Council of Antiquities Zahi Hawass.')).toEqual(['Zahi Hawass']);
  });
  it('GIVEN `If Spirit needs to lay off people, he said, …` after a named man THEN `he` is that man (a name after `If` is a subordinate clause’s subject, less salient than the main one)', () => {
    const { quotes } = analyseQuotes([article(['Union leader Ray Goforth was angry on Tuesday.', 'If Spirit needs to lay off people, he said, they should do it openly. “It is a shockingly disrespectful way to treat employees.”'])]);
    expect(quoteWith(quotes, 'shockingly').speaker).toBe('Ray Goforth');
  });
  it('GIVEN a partial quote as the complement of a sentence after reported speech in its paragraph (`…, he said, they should … . The way Spirit is doing it is “a shockingly disrespectful way …”`) THEN the reported speaker’s; after `The report described` THEN nobody’s', () => {
    const q = (p: string): (string | null)[] => analyseQuotes([article(['Union leader Ray Goforth was angry on Tuesday.', p])]).quotes.map((x) => x.speaker);
    expect(q('If Spirit needs to lay off people, he said, they should do it openly. The way Spirit is doing it is “a shockingly disrespectful way to treat employees.”')).toEqual(['Ray Goforth']);
    expect(q('Goforth said the plan was bad. The report described “a pattern of abuse by managers.”')).toEqual([null]);
  });
  it('GIVEN `A delighted Ana Lopez hailed her fighting spirit after … against Maria Perez` THEN a later `she said` is Lopez’s (an adjective after `A` keeps the name the subject)', () => {
    const she = (p: string): string | null => quoteWith(analyseQuotes([article([p, 'The 23-year-old faced two set points in the first set but saw them out.', '“I was expecting the best tennis, because she was playing very good,” she said.'])]).quotes, 'expecting').speaker;
    expect(she('A delighted Ana Lopez hailed her fighting spirit after coming through a tricky set against Maria Perez.')).toBe('Ana Lopez');
    expect(she('A visibly delighted Ana Lopez hailed her fighting spirit after coming through a tricky set against Maria Perez.')).toBe('Ana Lopez');
  });
  it('GIVEN a one-sentence paragraph opening with `She` (`She was generous in her praise of Haddad, who …`), then a paragraph that opens with an uncued quote THEN the quote is hers', () => {
    const { quotes } = analyseQuotes([
      article([
        '“It’s special because I was super nervous before the match,” Marta Kovac said on court.',
        'She was generous in her praise of Leila Haddad, who was trying to become the first Arab woman to win the title.',
        '“I want to congratulate Leila for the great match and everything you have achieved.',
        '“You have an amazing game.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'congratulate Leila').speaker).toBe('Marta Kovac');
  });
  it('GIVEN `Rajani, a housewife in Saket in south Delhi, said she saw …` after a police chief spoke, then `“This is ridiculous,” she said.` THEN Rajani (a housewife is a role, so the one name set off by it is a person)', () => {
    const { quotes } = analyseQuotes([article(['Police chief Chetan Kumar said 20 drivers were held.', 'Rajani, a housewife in Saket in south Delhi, said she saw four or five drivers stop an auto-rickshaw.', '“This is ridiculous,” she said.'])]);
    expect(quoteWith(quotes, 'ridiculous').speaker).toBe('Rajani');
  });
  it('GIVEN `“…,” said Marine 1st Lt. Brian Jaquith, 27.` THEN Brian Jaquith, titled Marine 1st Lt. (an ordinal inside a rank)', () => {
    const { quotes, speakers } = analyseQuotes([article(['“It can be frustrating for the Marines,” said Marine 1st Lt. Brian Jaquith, 27. “But I appreciate the extra level of scrutiny.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Brian Jaquith', 'Brian Jaquith']);
    expect(speakers[0]!.title).toBe('Marine 1st Lt.');
  });
  it('GIVEN `…, although Wilson said it’s not clear …` after a woman spoke, then `“…,” he said.` THEN Wilson (a speaker in a subordinate clause stays salient)', () => {
    const { quotes } = analyseQuotes([
      article([
        'This marks the first time that staff have been prevented from visiting their clients, Dobbs said. Typically, 50 people require hospitalization each month, she said.',
        'Patients are transferred between the two institutions, although Wilson said it’s not clear that the outbreak was sparked by an infected patient.',
        '“We may have picked it up there somehow,” he said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'picked it up').speaker).toBe('Wilson');
  });
});

describe('analyseQuotes: session 26 (blind sets Q38, P38, D38)', () => {
  it('GIVEN `Matt Smith, Scottish secretary of Unison, the main union involved, said …` THEN Matt Smith speaks (the description after the role describes its body), and a later `he said` is his; GIVEN `Unison, the main union, said` THEN the union', () => {
    const { quotes } = analyseQuotes([
      article([
        'Matt Smith, Scottish secretary of Unison, the main union involved, said some officials had been “impressed by the backing for the strike.”',
        '“But they need to come back to the unions with clear proposals,” he said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Matt Smith', 'Matt Smith']);
    expect(analyseQuotes([article(['Unison, the main union, said: “We will strike next week if nothing changes.”'])]).quotes.map((q) => q.speaker)).toEqual(['Unison']);
  });
  it('GIVEN `But for Chris Grisanti, chief strategist at MAI, it is too early … “…,” he said.` after another man spoke THEN Grisanti (a name a sentence opens `For` on is whose view it gives); `It was bad for John Smith, …` THEN not', () => {
    const he = (p: string): string | null =>
      quoteWith(analyseQuotes([article(['“Markets need time to breathe,” said David Donabedian, chief investment officer at CIBC.', p])]).quotes, 'good position').speaker;
    expect(he('But for Chris Grisanti, chief strategist at MAI Capital Management, it is too early to end the trade. “If you look at the last three months, the US is in a good position,” he said.')).toBe('Chris Grisanti');
    expect(he('For Chris Grisanti, it is too early to end the trade. “If you look at the last three months, the US is in a good position,” he said.')).toBe('Chris Grisanti');
    expect(he('The week was bad for John Smith, a trader at MAI, who lost money. “If you look at the last three months, the US is in a good position,” he said.')).toBe('David Donabedian');
  });
  it('GIVEN `Woodley said: ‘…` over five paragraphs, then `He added: ‘…’` THEN Woodley (a quote running over paragraphs keeps its speaker in view to its end)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Union leader Tony Woodley said the hawks had won.',
        'Speaking outside TUC headquarters yesterday, Woodley said: ‘Despite our offer, British Airways has not done that.',
        '‘In fact what they’ve done is table an offer that is worse.',
        '‘That makes it absolutely impossible for us to go back to our members.',
        '‘I’m extremely disappointed for the travelling public and for our members.',
        '‘The strikes will go ahead now, and this union will of course support its members.’',
        'He added: ‘Unfortunately, Mr Walsh was looking for a war with our members.’',
      ]),
    ]);
    expect(quoteWith(quotes, 'looking for a war').speaker).toBe('Tony Woodley');
  });
  it('GIVEN `Williams is now third …, behind Margaret Court, who won 24, and Steffi Graf, who notched 22.` then `“…,” she said.` THEN Williams (a name after `and` followed by `, who` is no subject of its own)', () => {
    const she = (p: string): string | null => quoteWith(analyseQuotes([article(['Williams said she had been suffering from the flu.', p, '“Twenty is pretty amazing to me,” she said.'])]).quotes, 'Twenty').speaker;
    expect(she('Williams is now third in all-time Grand Slam titles, behind Margaret Court, who won 24, and Steffi Graf, who notched 22.')).toBe('Williams');
    expect(she('The champion left early. And Steffi Graf, who notched 22 titles, was watching.')).toBe('Steffi Graf');
  });
});

describe('analyseQuotes: session 26 (blind set Q40)', () => {
  it('GIVEN `President Joko “Jokowi” Widodo said …`, then `“…,” Jokowi said` (and a headline `…, says Jokowi`) THEN Joko Widodo, with Jokowi as another form, and no quote “Jokowi”', () => {
    const a = { ...article(['Jakarta – President Joko “Jokowi” Widodo said many countries depend on Indonesia.', '“As soon as we stop our coal export for two weeks, I received a lot of calls,” Jokowi said at the forum.']), headline: 'Many countries are dependent on Indonesia, says Jokowi' };
    const { quotes, speakers } = analyseQuotes([a]);
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([['As soon as we stop o', 'Joko Widodo']]);
    expect(speakers.find((x) => x.name === 'Joko Widodo')?.aliases).toContain('Jokowi');
  });
  it('GIVEN `“…,” Bilawal Bhutto Zardari, chairman of the opposition Pakistan Peoples Party (PPP) told reporters.` (the appositive left open before `told reporters`) and `On Sunday, Ahmed dared the opposition …, reminding, “…”` THEN Bilawal Bhutto Zardari, titled chairman, and Ahmed', () => {
    const { quotes, speakers } = analyseQuotes([
      article([
        'Interior minister Sheikh Rashid Ahmed spoke on Sunday.',
        'On Sunday, Ahmed dared the opposition to try to stop the OIC meeting, reminding, “This is a matter of national security.”',
        '“If the speaker does not present the motion on Monday, we will not get up from the hall,” Bilawal Bhutto Zardari, chairman of the opposition Pakistan Peoples Party (PPP) told reporters.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rashid Ahmed', 'Bilawal Bhutto Zardari']);
    expect(speakers.find((x) => x.name === 'Bilawal Bhutto Zardari')?.title).toMatch(/^chairman of the opposition Pakistan Peoples Party/);
  });
  it('GIVEN `Minister of the Federal Capital Territory, Nyesom Wike, on Sunday, accused …` then `“…,” the minister said.` THEN Nyesom Wike, titled Minister of the Federal Capital Territory; `In the capital, Nyesom Wike, …` THEN no title', () => {
    const { quotes, speakers } = analyseQuotes([article(['Minister of the Federal Capital Territory, Nyesom Wike, on Sunday, accused the promoters of the coalition of seeking power.', '“You are a minister for interior here,” the minister said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nyesom Wike']);
    expect(speakers[0]!.title).toBe('Minister of the Federal Capital Territory');
    expect(analyseQuotes([article(['In the capital Abuja, Nyesom Wike, on Sunday, accused the promoters of the coalition.', '“You are wrong,” Wike said.'])]).speakers[0]!.title).toBeNull();
  });
  it('GIVEN `“…,” PNP chief, Director General Alan Purisima, said when asked to react to Senate Minority Leader Juan Ponce-Enrile’s apprehension` and later `Enrile was the first to raise …` / `“…?” he asked.` THEN Alan Purisima, then Juan Ponce-Enrile (either part of a double surname)', () => {
    const { quotes } = analyseQuotes([
      article([
        '“It’s an idea. We’re also thinking about it,” PNP chief, Director General Alan Purisima, said when asked to react to Senate Minority Leader Juan Ponce-Enrile’s apprehension that the bombings could spread.',
        'Enrile was the first to raise the possibility that the spate of bombings could spill over to other cities.',
        '“Do you have any preparation for this?” he asked.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Alan Purisima', 'Juan Ponce-Enrile']);
  });
  it('GIVEN Real Madrid’s David Beckham named, then `“…,” a spokesman for the LFP told Reuters today.` and `“…,” he added.` THEN the LFP spokesman’s words both (given to the LFP), not Beckham’s; with another man named between THEN him', () => {
    const q = (between: string): (string | null)[] =>
      analyseQuotes([article(['Real Madrid’s David Beckham was booked in the game on Saturday.', '“They are undermining the competition,” a spokesman for the LFP told Reuters today.', `${between}“The race for the title is very close,” he added.`])]).quotes.map((x) => x.speaker);
    expect(q('')).toEqual(['LFP', 'LFP']);
    expect(q('Referee chief Victor Esquinas rejected the claim. ')).toEqual(['LFP', 'Victor Esquinas']);
  });
});


describe('analyseQuotes: session 27', () => {
  it('GIVEN `“…,” said Chief Councilor of the Global Indigenous Council (GIC), Brandon Sazue, in response to …` THEN Brandon Sazue, not the council', () => {
    const { quotes } = analyseQuotes([
      article(['“Make no mistake, this would have been an invasion of our country,” said Chief Councilor of the Global Indigenous Council (GIC), Brandon Sazue, in response to the judge’s decision to halt the pipeline.']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Brandon Sazue']);
  });
  it('GIVEN `The BP news release said the Coast Guard ended patrols …, “bringing to a close …”` and a next paragraph’s `“…,” the release added.` THEN both BP’s; `A Shell press release says` THEN Shell', () => {
    const { quotes } = analyseQuotes([
      article([
        'The BP news release said the Coast Guard ended patrols and operations along three miles of shoreline in Louisiana, “bringing to a close the extensive four-year active cleanup of the Gulf Coast.”',
        '“Reaching this milestone is the result of the extraordinary efforts of thousands of people,” the release added.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['BP', 'BP']);
    expect(analyseQuotes([article(['A Shell press release says the sale was “a major step in reshaping our portfolio.”'])]).quotes.map((q) => q.speaker)).toEqual(['Shell']);
  });
  it('GIVEN `Kuwaiti oil minister Sheikh Saud Nasser al-Sabah said …` then `"The minimum will be 1.5 million" barrels a day, he told reporters …` THEN the minister’s (the quoted sentence runs on outside its marks before the cue)', () => {
    const { quotes } = analyseQuotes([
      article(['OPEC countries agreed to cut output, Kuwaiti oil minister Sheikh Saud Nasser al-Sabah said here Tuesday.', '"The minimum will be 1.5 million" barrels a day, he told reporters outside his hotel in central Vienna.']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Saud Nasser al-Sabah']);
  });
  it('GIVEN a quote whose sentence runs on outside its marks to a full stop (`"We will win …" and the crowd cheered. Rival Ann Cole, however, said nothing.`) THEN no cue is read past the stop', () => {
    const q = (p: string): (string | null)[] => analyseQuotes([article(['Mayor Tom Hale spoke on Monday.', p])]).quotes.map((x) => x.speaker);
    expect(q('"We will win this fight together" and the crowd cheered. Rival Ann Cole, however, said nothing.')).not.toContain('Ann Cole');
  });
  it('GIVEN `The U.S. Bureau of Ocean Energy Management has approved a … project that it says would … “create more than 3,000 good-paying jobs.”` THEN the bureau’s (a public body opening its sentence before any verb, its name going on past `of`)', () => {
    const { quotes } = analyseQuotes([
      article(['The U.S. Bureau of Ocean Energy Management has approved a large-scale offshore wind power project that it says would power more than 380,000 homes and “create more than 3,000 good-paying jobs.”']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['U.S. Bureau of Ocean Energy Management']);
  });
  it('GIVEN `40-year-old Mrs Kensett screamed: "You scum. …"` THEN the quote is hers (verbs of crying out are speech cues)', () => {
    const { quotes } = analyseQuotes([
      article(['Kim Kensett broke down in tears as the killer was sentenced.', '40-year-old Mrs Kensett screamed: "You scum. I hope you rot in hell. My son didn\'t even see you coming."']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kim Kensett']);
  });
  it('GIVEN `Mr Justice Simon said …` then `But the judge told him: "…"` THEN the judge is Mr Justice Simon (a High Court judge is styled Justice), not the man sentenced', () => {
    const { quotes } = analyseQuotes([
      article([
        'Mr Justice Simon said only a life sentence would be sufficient to protect the public.',
        'The judge sentenced David Mitchell to life with a tariff of five years.',
        'But the judge told him: "In my view, the evidence indicates you are a young man of unstable character."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Simon']);
  });
  it('GIVEN `"She was a beautiful girl," said Laurie Skipper, Haile\'s aunt.` THEN Laurie Skipper (a role noun that is also a surname), and `Skipper Joe Root said` THEN Joe Root', () => {
    const q = (p: string): (string | null)[] => analyseQuotes([article([p])]).quotes.map((x) => x.speaker);
    expect(q('"She was a beautiful girl," said Laurie Skipper, Haile\'s aunt.')).toEqual(['Laurie Skipper']);
    expect(q('Skipper Joe Root said: "We were beaten by a better side today."')).toEqual(['Joe Root']);
  });
  it('GIVEN `Jury foreman James Wolfcale did not discuss …, saying only that the trial was "an extremely difficult journey for everyone."` THEN James Wolfcale, not `Jury`', () => {
    const { quotes } = analyseQuotes([article(['Jury foreman James Wolfcale did not discuss the deliberation process, saying only that the trial was "an extremely difficult journey for everyone."'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['James Wolfcale']);
  });
  it('GIVEN `… stabbing to death fellow pupil Luke Walmsley.`, `Luke\'s mother Jayne said: "…"` and `Mrs Walmsley said: "Luke has been taken from us."` THEN both quotes are Jayne Walmsley’s (the kin takes the named person’s surname; `Mrs` the woman), not the boy’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Schoolboy Alan Pennell was jailed for life for stabbing to death fellow pupil Luke Walmsley.',
        'Luke\'s mother Jayne said of Pennell: "He was an evil boy who was a bully."',
        'Mrs Walmsley said: "Luke has been taken from us."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jayne Walmsley', 'Jayne Walmsley']);
  });
  it('GIVEN two named people whose first word is the kin’s owner (`Luke Walmsley`, `Luke Evans`) THEN `Luke\'s mother Jayne` keeps her given name alone', () => {
    const { quotes } = analyseQuotes([
      article(['Luke Walmsley and Luke Evans were both at the school that day.', 'Luke\'s mother Jayne said: "He was a bully."']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jayne']);
  });
  it('GIVEN `“Alert troops detected …” in the morning, Col. Brijesh Pandey of the army’s Srinagar-based 15 Corps told IANS.` and the next paragraph’s quote THEN both Brijesh Pandey’s (a unit’s number inside the body’s name)', () => {
    const { quotes } = analyseQuotes([
      article([
        '“Alert troops detected a group of six heavily-armed terrorists trying to sneak into our side of the Line of Control in Tangdhar sector” in the morning, Col. Brijesh Pandey of the army’s Srinagar-based 15 Corps told IANS.',
        '“The intruders were challenged, upon which they fired at the troops triggering an encounter.”',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Brijesh Pandey', 'Brijesh Pandey']);
  });
  it('GIVEN `UN refugee agency spokesman Andrej Mahecic told reporters …` then `He first said "over 1,600 Syrian refugees have been transported …"` THEN Mahecic’s (an adverb between the pronoun and its verb)', () => {
    const { quotes } = analyseQuotes([
      article(['UN refugee agency spokesman Andrej Mahecic told reporters in Geneva.', 'He first said "over 1,600 Syrian refugees have been transported from the border areas to the camp", about 150 kilometres east.']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Andrej Mahecic']);
  });
  it('GIVEN `Opposition negotiator Nasr al Hariri said the "terrorist regime" of Assad had refused …` then a paragraph `"They are solely discussing …"` THEN his (a scare quote keeps the sentence reported speech)', () => {
    const { quotes } = analyseQuotes([article(['Opposition negotiator Nasr al Hariri said the "terrorist regime" of Assad had refused to discuss political transition during the talks.', '"They are solely discussing their empty rhetoric about countering terrorism."'])]);
    expect(quotes.filter((x) => x.text.startsWith('They are')).map((x) => x.speaker)).toEqual(['Nasr al Hariri']);
  });
  it('GIVEN `Antonio Guterres … warn the Security Council …` then `His letter to the council\'s 15 members said … has created "appalling human suffering, …"` THEN Guterres’s (the letter his pronoun owns speaks for him)', () => {
    const { quotes } = analyseQuotes([
      article([
        'U.N. Secretary-General Antonio Guterres used a rarely exercised power to warn the Security Council on Wednesday of an impending "humanitarian catastrophe" in Gaza.',
        'His letter to the council\'s 15 members said Gaza\'s humanitarian system was at risk of collapse after two months of war that has created "appalling human suffering, physical destruction and collective trauma," and he demanded civilians be spared.',
      ]),
    ]);
    expect(quotes.filter((q) => q.text.startsWith('appalling')).map((q) => q.speaker)).toEqual(['Antonio Guterres']);
  });
  it('GIVEN `Usain Bolt tonight joked …` then `the 28-year-old Jamaican said:` / `“I did not actually hit the cameraman.”` THEN Bolt’s (an age and a nationality with no one tied to it read as the age alone); `the Jamaican said` alone THEN no one', () => {
    const q = (desc: string): (string | null)[] => analyseQuotes([article(['Usain Bolt tonight joked that the cameraman who upended him had been paid for by his US rival Justin Gatlin.', `Speaking at the press conference, ${desc} said:`, '“I did not actually hit the cameraman. He took me out.”'])]).quotes.map((x) => x.speaker);
    expect(q('the 28-year-old Jamaican')).toEqual(['Usain Bolt']);
    expect(q('the Jamaican')).toEqual([null]);
  });
  it('GIVEN `Rupert Murdoch …` then `Mr Murdoch senior said: "Very seldom."` and `But then went on: "…"` THEN both Rupert Murdoch’s (`senior` is no part of the name; a subjectless `went on` goes on from the quote before)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Rupert Murdoch told MPs it was the most humble day of his life.',
        'Asked how often he spoke to his newspaper editors, Mr Murdoch senior said: "Very seldom."',
        'But then went on: "Sometimes I would ring the News Of The World on a Saturday night to say have you got any news tonight."',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rupert Murdoch', 'Rupert Murdoch']);
  });
  it('GIVEN `…, said T-Mobile.` then `"Our investigation is still ongoing …," the company said.` THEN T-Mobile’s (a one-word brand after an inverted verb is the company); after `…, said Smith.` THEN no company', () => {
    const q = (p1: string): (string | null)[] => analyseQuotes([article([p1, '"Our investigation is still ongoing, but the malicious activity appears to be fully contained," the company said.'])]).quotes.map((x) => x.speaker);
    expect(q('Some basic customer data was obtained, and it had begun notifying impacted customers, said T-Mobile.')).toEqual(['T-Mobile']);
    expect(q('The plan will cost jobs, said Smith.')).toEqual([null]);
  });
});


describe('analyseQuotes — phrasings from unseen pages, session 28', () => {
  it('GIVEN `…," said Chairman, President, and Chief Executive William Johnson.` (roles listed with commas before the name) THEN his; `said Chairman, President, CEO and Founder John Smith of Acme` THEN Smith’s', () => {
    const q = (cue: string): (string | null)[] => analyseQuotes([article([`"This historic transaction will bring tremendous value to our shareholders," said ${cue}.`])]).quotes.map((x) => x.speaker);
    expect(q('Chairman, President, and Chief Executive William Johnson')).toEqual(['William Johnson']);
    expect(q('Chairman, President, CEO and Founder John Smith of Acme')).toEqual(['John Smith']);
  });
});

describe('analyseQuotes — names and pronouns from unseen pages, session 28', () => {
  it('GIVEN `… Carol Beaumont said …` then `She said the CTU would continue to campaign …. It launched a campaign …` then a quote paragraph THEN Beaumont’s (a short paragraph opening with `she said` introduces it); opening with `They said` THEN no one', () => {
    const q = (opening: string): (string | null)[] => analyseQuotes([article(['"This increase will ensure that lower-paid workers share the benefits," Mr Mallard said.', 'The Council of Trade Unions secretary Carol Beaumont said there had been a 70 per cent increase in the minimum wage since 1999.', `${opening} the CTU would continue to campaign for increases. It launched a campaign recently to get $15.`, '"We want a debate about what is a socially acceptable minimum wage."'])]).quotes.map((x) => x.speaker);
    expect(q('She said')).toEqual(['Mallard', 'Carol Beaumont']);
    expect(q('They said')).toEqual(['Mallard', null]);
  });
  it('GIVEN `In response …, Enver Solomon, CEO of Refugee Council said:` over a quote THEN Solomon’s (a name set off before a role of a body with no closing comma speaks), not a speaker called `CEO of Refugee Council`', () => {
    const { quotes } = analyseQuotes([article(['In response to the Channel crossings this weekend, Enver Solomon, CEO of Refugee Council said:', '“With many people crossing the Channel just this weekend, we are seeing how draconian policies do little to deter desperate people.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Enver Solomon']);
  });
  it('GIVEN `council member Bill Spelman said it was too late … for revisions like those Leffingwell proposed.` over a quote paragraph THEN Spelman’s (the speech verb of a relative clause at the end is not the sentence’s)', () => {
    const { quotes } = analyseQuotes([article(['“My intention is to vote no as a symbol,” Mayor Leffingwell said prior to the vote.', 'At the meeting today, council member Bill Spelman said it was too late in the process for revisions like those Leffingwell proposed.', '“By the time we’ve got a budget which is printed in two volumes of this size, it’s not going to be possible.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Leffingwell', 'Bill Spelman']);
  });
  it('GIVEN Joanne Allen quoted, then `They were urged by Peter Willson, chairman of governors, to write …` then `He said: "…"` THEN Willson’s (a passive’s agent is as salient as a subject)', () => {
    const { quotes } = analyseQuotes([article(['Joanne Allen, of Eldon Street, said: "To see it closed down would be a complete tragedy."', 'Almost 50 parents attended a meeting at the school yesterday. They were urged by Peter Willson, chairman of governors, to write to the council to protest at the plans.', 'He said: "We are starting a programme of battling to save this school on your behalf."'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Joanne Allen', 'Peter Willson']);
  });
  it('GIVEN `David Renard, the Conservative leader of Swindon Council said: “…”` THEN Renard’s (the role after `the` and a modifier, no closing comma)', () => {
    const { quotes } = analyseQuotes([article(['David Renard, the Conservative leader of Swindon Council said: “There are no excuses that so many Swindon schools are closed when the roads are perfectly passable.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['David Renard']);
  });
  it('GIVEN `Remco said:` after `the students – Meta Hoon, Remco van der Burg, and …` THEN Remco van der Burg’s (two particles inside a name keep it whole, so the given name finds it)', () => {
    const { quotes } = analyseQuotes([article(['But the students – Meta Hoon, Remco van der Burg, and Francis Vuijsje, of Leiden University, have nicknamed it after themselves.', 'Remco said: “Our computer needed more than a thousand hours!”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Remco van der Burg']);
  });
  it('GIVEN `Their supervisor, Dr Ignas Snellen, said …. He said: "…"` after another speaker THEN Snellen’s (a role owned by `their` leaves the name set off after it the subject of its speech verb)', () => {
    const { quotes } = analyseQuotes([article(['Remco said: “Our computer needed more than a thousand hours!”', 'Their supervisor, Dr Ignas Snellen, said the discovery was a total surprise. He said: “The project was actually meant to teach the students.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Remco', 'Ignas Snellen']);
  });
});

describe('analyseQuotes — an interview’s reported question, session 28', () => {
  it('GIVEN `Elon Musk offered to buy Twitter …` then `Below is a statement in the SEC filing … to Bret Taylor, Chair of Twitter Board of Directors, from Musk:` over a quote THEN Musk’s (the statement’s author, not its addressee)', () => {
    const { quotes } = analyseQuotes([article(['Elon Musk offered to buy Twitter for $43 billion on Thursday, according to a filing.', 'Below is a statement in the SEC filing amendment to Bret Taylor, Chair of Twitter Board of Directors, from Musk:', '“I invested in Twitter as I believe in its potential to be the platform for free speech around the globe.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Elon Musk']);
  });
  it('GIVEN `Patients were admitted to Christ Hospital …` then `The hospital issued a follow-up statement …:` over a quote THEN Christ Hospital’s; `The hospital was busy:` THEN no one', () => {
    const q = (intro: string): (string | null)[] => analyseQuotes([article(['Patients were admitted to Christ Hospital on Monday.', intro, '“The patient tested positive for a common respiratory virus.”'])]).quotes.map((x) => x.speaker);
    expect(q('The hospital issued a follow-up statement an hour after issuing the first statement:')).toEqual(['Christ Hospital']);
    expect(q('The hospital was busy all day:')).toEqual([null]);
  });
  it('GIVEN `Solange Knowles … Knowles said.` then `Country music star Maren Morris was the most nominated …` then `"…," she said.` THEN Morris’s (`star` is a role before her name, so she is the sentence’s subject)', () => {
    const { quotes } = analyseQuotes([article(['Solange Knowles won best R&B performance. "I am grateful," Knowles said.', 'Country music star Maren Morris was the most nominated country star coming in with four nominations.', '"To walk away with one is really validating," she said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Solange Knowles', 'Maren Morris']);
  });
  it('GIVEN Waititi quoted, then `Owen asked where the trophy was.` then a quote, then `He said …` and a quote THEN both Waititi’s (the quote answers the question; the asker is not its speaker)', () => {
    const { quotes } = analyseQuotes([
      article([
        'Taika Waititi has described to RNZ his Oscar win, telling Checkpoint’s Lisa Owen it was "pretty awesome" to win.',
        '"It wasn\'t really nerves, I\'m not usually lost for words and that was one of those rare moments my brain didn\'t work."',
        'Owen asked where the trophy was.',
        '"Somewhere, I left it somewhere ... I\'ve still gotta find my mum."',
        'He said he felt the award was a recognition of the decade spent making the film.',
        '"I wrote it in 2010 and then it took a long time to get it made."',
      ]),
    ]);
    expect(quotes.filter((q) => !q.partial).map((q) => q.speaker)).toEqual(['Taika Waititi', 'Taika Waititi', 'Taika Waititi']);
  });
  it('GIVEN no quote before `Owen asked where the trophy was.` THEN the quote after it has no speaker (no one to answer)', () => {
    const { quotes } = analyseQuotes([article(['Taika Waititi won an Oscar on Sunday night in Los Angeles for his screenplay.', 'Owen asked where the trophy was.', '"Somewhere, I left it somewhere ... I\'ve still gotta find my mum."'])]);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('analyseQuotes — titles, subordinate clauses and quote paragraphs, session 29', () => {
  it('GIVEN `"…," IDC research manager for mobile phones Ramon Llamas said.` THEN Llamas’s, titled with the field his role covers', () => {
    const { quotes, speakers } = analyseQuotes([article(['"The fact that Huawei and ZTE now find themselves among the Top 5 marks a shift," IDC research manager for mobile phones Ramon Llamas said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ramon Llamas']);
    expect(speakers[0]?.title).toBe('IDC research manager for mobile phones');
  });
  it('GIVEN `Although the US tech giant has said it expects to appeal, … "this fine will return …" via …, European Competition Commissioner Margrethe Vestager said on French radio.` THEN Vestager’s, not the giant’s (its cue sits in a clause closed before the quote)', () => {
    const { quotes } = analyseQuotes([article(['Although the US tech giant has said it expects to appeal, if the European Commission wins, "this fine will return to European citizens" via the governments of the 13 member states involved, European Competition Commissioner Margrethe Vestager said on French radio.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Margrethe Vestager']);
  });
  it('GIVEN `The US tech giant has said it will appeal "this unfair fine to the courts"` THEN the giant’s words still (a main clause’s cue before the quote speaks)', () => {
    const { quotes } = analyseQuotes([article(['Google has said it will appeal "this unfair fine in the European courts" next year, Commissioner Margrethe Vestager said on French radio.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Google']);
  });
  it('GIVEN Baxter quoted, then `Baxter then turned to the remaining Note 7 owners, …` then a quote paragraph with no cue THEN Baxter’s', () => {
    const { quotes } = analyseQuotes([
      article([
        '“We will continue implementing corrective steps,” Tim Baxter, the president of Samsung Electronics America, said.',
        'Baxter then turned to the remaining Note 7 owners, the vast majority of which are still using their devices.',
        '“To our Note 7 owners: if you have not yet replaced your original Note 7, please power it down.”',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tim Baxter', 'Tim Baxter']);
  });
  it('GIVEN Baxter quoted, then `Jane Doe then turned to the remaining Note 7 owners, …` then a quote paragraph with no cue THEN no one’s (the sentence between is about others)', () => {
    const { quotes } = analyseQuotes([
      article(['“We will continue implementing corrective steps,” Tim Baxter, the president of Samsung Electronics America, said.', 'Jane Doe then turned to the remaining Note 7 owners, the vast majority of which are still using their devices.', '“To our Note 7 owners: if you have not yet replaced your original Note 7, please power it down.”']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tim Baxter', null]);
  });
  it('GIVEN `"…," the AP reports.` THEN the AP’s (`reports` is a speech verb as `reported` is)', () => {
    const { quotes } = analyseQuotes([article(['"The recall comes at a crucial moment in Samsung\'s mobile business," the AP reports.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['AP']);
  });
});

describe('analyseQuotes — round-ups, sports roles and asides, session 29', () => {
  it('GIVEN a round-up `— Hundley on taking over for injured Rodgers: "…"` and `— Jets receiver Jermaine Kearse on the call: "…"` THEN Hundley’s and Kearse’s', () => {
    const { quotes } = analyseQuotes([
      article(['The Packers now hope backup Brett Hundley can get Green Bay into the playoffs.', '— Hundley on taking over for injured Rodgers: "Obviously, Aaron is Aaron, but I\'m Brett."', '— Jets receiver Jermaine Kearse on the overturned touchdown: "When you look at the replay, I thought it was a BS call."']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Brett Hundley', 'Jermaine Kearse']);
  });
  it('GIVEN `— The league on Monday: "…"` and `Police on the scene: "…"` THEN no one’s (no person before `on`)', () => {
    const { quotes } = analyseQuotes([article(['— The league on Monday: "Games will go ahead as planned this weekend."', 'Police on the scene: "Stay away from the area until further notice."'])]);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
  it('GIVEN `"…," said the England opener.` after Cook, the captain THEN no one’s rather than a speaker named England (`opener` is a role)', () => {
    const { quotes } = analyseQuotes([article(['Alastair Cook, the England captain, scored a century.', '"We were not good enough in the five days to win," said the England opener.'])]);
    expect(quotes.map((q) => q.speaker)).not.toContain('England');
  });
  it('GIVEN `Max Verstappen … the Dutch driver said` THEN Verstappen’s, titled `Dutch driver`', () => {
    const { quotes, speakers } = analyseQuotes([article(['Max Verstappen won the race on Sunday.', '"It was a great weekend for us," Dutch driver Verstappen said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Max Verstappen']);
    expect(speakers[0]?.title).toBe('Dutch driver');
  });
  it('GIVEN `Morgan, on the other hand, was happy with the "character" shown … and credited his team for "showing what we are capable of playing"` THEN both Morgan’s', () => {
    const { quotes } = analyseQuotes([article(['England captain Eoin Morgan won the toss.', 'Morgan, on the other hand, was happy with the “character” shown by his team with both the bat and ball and credited his team for “showing what we are capable of playing”.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Eoin Morgan', 'Eoin Morgan']);
  });
  it('GIVEN `Smith, however, said "…"` THEN Smith’s', () => {
    const { quotes } = analyseQuotes([article(['Jane Smith runs the shelter.', 'Smith, however, said "we will keep the doors open all winter long".'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Smith']);
  });
});

describe('analyseQuotes — courts, appositives and bodies’ verdicts, session 29', () => {
  it('GIVEN `Robbie Weber, Senior Crown Prosecutor for Thames and Chiltern Crown Prosecution Service (CPS) said: "…"` THEN Weber’s (a name set off before a capitalised role `for` a body)', () => {
    const { quotes } = analyseQuotes([article(['Robbie Weber, Senior Crown Prosecutor for Thames and Chiltern Crown Prosecution Service (CPS) said: “We have worked closely with the police throughout this case.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Robbie Weber']);
  });
  it('GIVEN `"…," ruled Justice Reuben Nyakundi.` and later `"…," he ruled.` THEN the judge’s (`ruled` is a speech verb)', () => {
    const { quotes } = analyseQuotes([article(['“Remorse without seeking true reconciliation is not remorse,” ruled Justice Reuben Nyakundi.', 'The accused showed no regret, the court heard.', '“Your actions were cruel to a defenseless person,” he ruled.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Reuben Nyakundi', 'Reuben Nyakundi']);
  });
  it('GIVEN `VK Anand, the lawyer for Mukesh said he would move the High Court. "…," he said.` THEN Anand’s, not his client’s (a name after a role’s `for` is whom it serves)', () => {
    const { quotes } = analyseQuotes([article(['VK Anand, the lawyer for Mukesh said he would move the High Court. "My client is innocent," he said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['VK Anand']);
  });
  it('GIVEN `Minister for Culture Jane Doe said …. "…," she said.` THEN Doe’s (a body after `for` inside a title leaves the name the subject)', () => {
    const { quotes } = analyseQuotes([article(['Minister for Culture Jane Doe said the museum would reopen. "It is a great day," she said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Doe']);
  });
  it('GIVEN `The Australian Conservation Foundation branded the approval reckless and inappropriate.` then a quote paragraph THEN the foundation’s (a body characterising something speaks)', () => {
    const { quotes } = analyseQuotes([article(['Environment Minister Tanya Plibersek approved the coalmine on Friday.', 'The Australian Conservation Foundation branded the approval reckless and inappropriate.', '“Following the hottest July on record, this approval makes no sense.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Australian Conservation Foundation']);
  });
  it('GIVEN `Heather Sohl, Senior Species Policy Officer, of WWF-UK said: "…"` and `Ben Jones, 32, of Joeys Lane said: "…"` THEN Sohl’s and Jones’s, not the body’s or the street’s', () => {
    const { quotes } = analyseQuotes([article(['Responding to the news, Heather Sohl, Senior Species Policy Officer, of WWF-UK said: “The illegal wildlife trade can have severe consequences.”', 'Ben Jones, 32, of Joeys Lane said: “It was terrifying to watch the fire spread.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Heather Sohl', 'Ben Jones']);
  });
});

describe('analyseQuotes — a name joined to a preposition’s object, session 29', () => {
  it('GIVEN `Liam Manning apologised after … second-half goals from Joe Gelhardt and Darko Gyabi left them …` then `He admitted …` and `"…," he said.` THEN Manning’s, not Gyabi’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Liam Manning apologised after a 2-0 defeat by Hull condemned his Norwich side to a seventh straight home defeat. The Canaries faded after a bright start and second-half goals from Joe Gelhardt and Darko Gyabi left them still stuck in the relegation zone.',
        '“That was poor of me and I apologise for that,” he said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Liam Manning']);
  });
  it('GIVEN `Joe Gelhardt and Darko Gyabi scored …` then `"…," he said.` THEN not Manning’s (names opening the sentence are its subjects)', () => {
    const { quotes } = analyseQuotes([article(['Liam Manning watched from the stands. Joe Gelhardt and Darko Gyabi scored in the second half.', '“It was a great day for us,” he said.'])]);
    expect(quotes.map((q) => q.speaker)).not.toEqual(['Liam Manning']);
  });
});

describe('analyseQuotes — Malaysian titles and shortened names, session 29', () => {
  it('GIVEN `"…," said Inspector-General of Police Datuk Seri Abdul Hamid Bador during a press conference.` then `"…," said Abdul Hamid.` THEN both Abdul Hamid Bador’s, titled Inspector-General of Police', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['“Our counter terrorism unit found a wolf pack allied with IS,” said Inspector-General of Police Datuk Seri Abdul Hamid Bador during a press conference at Bukit Aman.', '“One of the Rohingya is a member of ARSA,” said Abdul Hamid, referring to the Arakan Rohingya Salvation Army.']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Abdul Hamid Bador', 'Abdul Hamid Bador']);
    expect(speakers[0]?.title).toBe('Inspector-General of Police');
  });
  it('GIVEN `Mary Ann Jones` and `Mary Ann Smith`, then `said Mary Ann` THEN both stay two people (a shortened name that fits two is neither)', () => {
    const { speakers } = analyseQuotes([article(['“We won,” said Mary Ann Jones.', '“We lost,” said Mary Ann Smith.', '“We drew,” said Mary Ann.'])]);
    expect(speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Mary Ann Jones', 'Mary Ann Smith']));
  });
});

describe('analyseQuotes — a connective before the subject, session 29', () => {
  it('GIVEN House Speaker Mike Johnson quoted, then `However, Rep. Rosa DeLauro, D-Conn., the top Democrat on the Appropriations Committee, criticized the proposed legislation. "…," she stated.` THEN DeLauro’s', () => {
    const { quotes } = analyseQuotes([
      article(['“There’s no Christmas tree effect here,” House Speaker Mike Johnson said.', 'However, Rep. Rosa DeLauro, D-Conn., the top Democrat on the Appropriations Committee, criticized the proposed legislation immediately after its release. “I strongly oppose this full-year continuing resolution,” she stated.']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mike Johnson', 'Rosa DeLauro']);
  });
});

describe('analyseQuotes — a described speaker named last, and `highlighted`, session 29', () => {
  it('GIVEN `"…," shouted one man in the line, Umesh Gujjar.` THEN Gujjar’s', () => {
    const { quotes } = analyseQuotes([article(['"I have been standing in the queue with my handicapped son since 5:00 am," shouted one man in the line, Umesh Gujjar.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Umesh Gujjar']);
  });
  it('GIVEN `"…," said the man in the car, who was angry.` THEN no speaker named from the relative clause', () => {
    const { quotes } = analyseQuotes([article(['"Nobody told us anything about the closure," said the man in the car, who was angry.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it('GIVEN `In a written statement, permanent Security Council member United States highlighted "the harm caused by wildlife poaching …"` THEN the United States’ words', () => {
    const { quotes } = analyseQuotes([article(['In a written statement, permanent Security Council member United States highlighted “the harm caused by wildlife poaching and trafficking to conservation efforts.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['United States']);
  });
});

describe('analyseQuotes — bands, statements and kin, session 29', () => {
  it('GIVEN `Sum 41 is breaking up …`, then `"…," read a statement from the band.`, `"…," continued the note.`, `"…," added the band.` THEN all Sum 41’s', () => {
    const { quotes } = analyseQuotes([
      article(['Sum 41 is breaking up, the Canadian rock band announced on Monday.', '"Being in Sum 41 since 1996 brought us some of the best moments in our lives," read a statement from the band.', '"Sum 41 will be disbanding," continued the note.', '"Thank you for the last 27 years of Sum 41," added the band.']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Sum 41', 'Sum 41', 'Sum 41']);
  });
  it('GIVEN `"…," his niece Nancy Lee Hess tells Us in a statement.` then `The statement continues, "…"` THEN both Hess’s', () => {
    const { quotes } = analyseQuotes([article(['“It is with a broken heart that I said goodbye to my uncle today,” his niece Nancy Lee Hess tells Us in a statement.', 'The statement continues, “He has had health issues, however, this was totally unexpected.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nancy Lee Hess', 'Nancy Lee Hess']);
  });
  it('GIVEN `"…," her lawyer said.` THEN no one named `her` (a possessive alone before a role names nobody)', () => {
    const { quotes } = analyseQuotes([article(['“We will appeal the ruling,” her lawyer said.'])]);
    expect(quotes.map((q) => q.speaker)).not.toContain('her');
  });
});

describe('analyseQuotes — AP’s underscore dash and a conjunction before the subject, session 29', () => {
  it('GIVEN `QUICKQUOTE: "How will we celebrate? I’m Australian, c’mon." _ Hugh Jackman after winning …` THEN Jackman’s', () => {
    const { quotes } = analyseQuotes([article(['QUICKQUOTE: “How will we celebrate? I’m Australian, c’mon.” _ Hugh Jackman after winning an acting Golden Globe.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hugh Jackman']);
  });
  it('GIVEN Taylor Swift quoted, then `But she also reflected on her crossover pop success, and stressed that it’s important to "remove titles or stereotypes from what you do."` THEN Swift’s', () => {
    const { quotes } = analyseQuotes([article(['“I did not see it coming tonight,” Taylor Swift said of her album of the year win.', 'But she also reflected on her crossover pop success, and stressed that it’s important to “remove titles or stereotypes from what you do.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Taylor Swift', 'Taylor Swift']);
  });
});

describe('analyseQuotes — a title in brackets and a person’s statement that reads, session 29', () => {
  it('GIVEN `Andrea Arnold ("Wuthering Heights") deftly answered …. "…," she said.` after Ewan McGregor THEN Arnold’s', () => {
    const { quotes } = analyseQuotes([article(['Part of the jury’s function is to provide star power, Ewan McGregor confessed.', 'Andrea Arnold ("Wuthering Heights") deftly answered the question about the lack of women directors. "I would hate it if my film got selected because I was a woman," she said.'])]);
    expect(quotes.filter((q) => !q.partial).map((q) => q.speaker)).toEqual(['Andrea Arnold']);
  });
  it('GIVEN `"…," Furness’ message, shared with Nine.com.au, read in part.` and `"…," Smith\'s statement said.` THEN Furness’s and Smith’s', () => {
    const { quotes } = analyseQuotes([article(['Deborra-lee Furness spoke about her marriage to Hugh Jackman.', '“My heart and compassion goes out to everyone who has traversed the traumatic journey of betrayal,” Furness’ message, shared with Nine.com.au, read in part.', 'John Smith resigned on Monday.', '"I leave with my head held high," Smith\'s statement said.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Deborra-lee Furness', 'John Smith']);
  });
});

describe('analyseQuotes — a person who had a message, session 29', () => {
  it('GIVEN Atkinson quoted, then `Donovan Mitchell had a similar message to what Atkinson preached. Yes, this was a tough loss, …` then a quote paragraph THEN Mitchell’s', () => {
    const { quotes } = analyseQuotes([
      article(['“I love how we fought,” coach Kenny Atkinson said.', 'Donovan Mitchell had a similar message to what Atkinson preached. Yes, this was a tough loss, but it’s about learning from it and moving on.', '“You always want to learn through wins, but sometimes you just got to learn through losses.”']),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kenny Atkinson', 'Donovan Mitchell']);
  });
  it('GIVEN `The report had a stark message for the city. It was published on Monday.` then a quote paragraph THEN not the report’s (a person had no message)', () => {
    const { quotes } = analyseQuotes([article(['The report had a stark message for the city. It was published on Monday.', '“The roads are in a dire state.”'])]);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
