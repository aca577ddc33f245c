import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../../src/briefing/analyse/quotes/index.js';
import { findQuoteSpans } from '../../../../src/briefing/analyse/quotes/findQuoteSpans.js';
import { sentenceSubject } from '../../../../src/briefing/analyse/quotes/findCue.js';
import { article, quoteWith } from './article.js';

const attributed = (paragraphs: string[]) => analyseQuotes([article(paragraphs)]).quotes.filter((q) => q.speakerId !== null);

describe('analyseQuotes: text in quote marks that is nobody’s words', () => {
  it('GIVEN a subhead alone in quote marks THEN it is not a quote', () => {
    expect(analyseQuotes([article(['"Too Close"', 'Obama and Romney faced off in an Oct. 3 debate.'])]).quotes).toEqual([]);
  });

  it('GIVEN quoted one-word campaign names (`the "In" camp`, `"Remain" on 48 per cent`) THEN they are not quotes', () => {
    const { quotes } = analyseQuotes([
      article([
        'Opinion polls have shown a shift, but the "In" camp\'s lead is small and most pollsters say the race still looks too close to call.',
        'A ComRes poll showed "Remain" on 48 per cent and "Leave" on 42 per cent.',
        'YOUGOV/THE TIMES - "REMAIN" AHEAD BY 2 POINTS',
      ]),
    ]);
    expect(quotes).toEqual([]);
  });

  it('GIVEN a term in quote marks (`"phase one" of a deal`, `so-called "ward sister charter"`) THEN it is not a quote', () => {
    expect(attributed(['China said it will buy more U.S. farm goods as part of "phase one" of a potential deal.'])).toEqual([]);
    expect(attributed(['Under the so-called "ward sister charter", senior nurses can close wards, the college said.'])).toEqual([]);
  });

  it('GIVEN the title of a work THEN it is not a quote', () => {
    expect(attributed(['Gates said he had read the book "The Limits Of Power" twice.'])).toEqual([]);
  });

  it('GIVEN a title in title case inside a sentence with no noun naming the work (`named Best Actor for "You Were Never Really Here"`) THEN it is not a quote; a quote in capitals or in sentence case still is', () => {
    const { quotes } = analyseQuotes([
      article([
        'Joaquin Phoenix was named Best Actor for "You Were Never Really Here". He sported Converse sneakers.',
        'Diane Kruger won Best Actress for her turn in Fatih Akin\'s "In the Fade", a story of the aftermath of a bombing.',
        'Lynne Ramsay shared the screenplay award with Yorgos Lanthimos for "The Killing of a Sacred Deer".',
      ]),
    ]);
    expect(quotes).toEqual([]);
    const kept = analyseQuotes([article(['The crowd chanted "WE WANT JUSTICE NOW" as Mayor Ann Lee said the city would "Never Give Up on them".'])]).quotes.map((q) => q.text);
    expect(kept).toEqual(['WE WANT JUSTICE NOW', 'Never Give Up on them']);
  });

  it('GIVEN a poll’s question in quote marks (`voting intentions “if elections were held tomorrow”`, `the “if the general election were held today” question`) THEN it is not a quote; a speaker’s condition still is', () => {
    expect(analyseQuotes([article(['The findings report the distribution of voting intentions “if elections were held tomorrow”. Of the respondents, 52% said they would vote for the BDP.', 'In response to the “if the general election were held today” question, 53% backed the BDP.'])]).quotes).toEqual([]);
    expect(analyseQuotes([article(['Mr Khama said he would step down “if elections were held tomorrow and we lost them”.'])]).quotes.map((q) => q.speaker)).toEqual(['Khama']);
  });

  it('GIVEN a full quote with no cue and no cued quote before it THEN it has no speaker', () => {
    const { quotes } = analyseQuotes([article(['The missile defence issue has divided allies.', '"Nobody wants a new arms race."'])]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speakerId).toBeNull();
  });

  it('GIVEN reporter text between a cued quote and an uncued one THEN the uncued one is not given the same speaker', () => {
    const { quotes } = analyseQuotes([
      article(['"We are ready," Honchar said. Observers arrived on Monday. Polls opened on Sunday. "Nobody will be turned away."']),
    ]);
    expect(quotes[1]!.speakerId).toBeNull();
  });

  it('GIVEN a new clause after a quote (`…," but officials later said`) THEN that is not the quote’s cue', () => {
    const { quotes } = analyseQuotes([article(['The plan was "dead on arrival," but officials travelling with Gates said talks would go on.'])]);
    expect(quotes.every((q) => q.speaker !== 'Gates')).toBe(true);
  });

  it('GIVEN `dismissed as "…"` by a body after a person’s sentence start THEN the quote is not given to the person', () => {
    const { quotes } = analyseQuotes([article(['Opposition leader Yevgeny Tkachenko said the government would rig the vote, a charge the interior ministry dismissed as "campaign noise".'])]);
    expect(quotes[0]!.speaker).toBe('interior ministry');
  });

  it('GIVEN `he said` with no person mentioned before THEN the quote has no speaker', () => {
    const { quotes } = analyseQuotes([article(['"It will not happen again," he said.'])]);
    expect(quotes[0]!.speakerId).toBeNull();
  });
});

describe('analyseQuotes: a partial quote after another keeps its own speaker', () => {
  it('GIVEN `Critics called it "reckless" and the minister called it "bold"` THEN the second has its own cue’s speaker, not the first one’s', () => {
    const { quotes } = analyseQuotes([article(['Critics called the plan "reckless" and Finance Minister Anna Berg called it "bold".'])]);
    expect(quotes.find((q) => q.text.includes('bold'))?.speaker).toBe('Anna Berg');
  });

  it('GIVEN the first partial ends its sentence inside the marks (`"reckless." and "dangerous" …`) THEN the second is not joined to it', () => {
    const { quotes } = analyseQuotes([article(['Critics called the plan "reckless." and "dangerous" was the word used on the floor later.'])]);
    const second = quotes.find((q) => q.text.includes('dangerous'));
    expect(second).toBeDefined();
    expect(second!.speaker).toBeNull();
  });
});

describe('analyseQuotes: a place phrase after a quote does not reach a cue beyond it', () => {
  it('GIVEN a new clause after the phrase (`, but officials said`), a sentence end inside it, or a phrase of over 12 words THEN the quote has no speaker from there', () => {
    const { quotes } = analyseQuotes([
      article([
        '"No more dams" in red paint covered the ministry wall on Monday, but officials said the project would go ahead.',
        '"Free the prisoners" in the square. Police said 20 people were held.',
        '"Bring them home" in a long row along the main road from the port to the old market by the river, the police chief said.',
      ]),
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['No more dams', 'Free the prisoners', 'Bring them home']);
    expect(quotes.filter((q) => q.speakerId !== null || q.cue !== null).map((q) => q.text)).toEqual([]);
  });
});

describe('findQuoteSpans: straight single marks that are apostrophes', () => {
  it("GIVEN apostrophes only (`the '90s`, `rock 'n' roll`, `Egan's`, `the players' union`, `'tis`) or a mark left open THEN no quote", () => {
    expect(
      findQuoteSpans([
        "Sales have not been this strong since the '90s, the company's chairman said.",
        "The players' union backed the rock 'n' roll tour, and the club's fans cheered.",
        "'Tis the season, the mayor joked, as the town's lights came on.",
        "He said 'It was never meant to last and walked out.",
      ]),
    ).toEqual([]);
  });

  it('GIVEN a paragraph with double marks THEN straight single marks inside it are not quote marks', () => {
    expect(findQuoteSpans(["\"We call it 'Plan B' here,\" she said."]).map((s) => s.text)).toEqual(["We call it 'Plan B' here,"]);
  });
});

describe('analyseQuotes: a cue no rule reads is not a continuation', () => {
  it('GIVEN a quote paragraph right after a cued one, with its own speech verb that no rule reads THEN it gets no speaker rather than the previous quote\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        '"It was a shock," Mary Jones, a teacher at the school, told reporters.',
        '"We will rebuild," the head of the parents association at the school, which lost its roof in the storm, wrote in a letter that was read out at the meeting on Monday.',
      ]),
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['It was a shock', 'Mary Jones'],
      ['We will rebuild', null],
    ]);
  });

  it('GIVEN a long appositive that ends in a sentence end, or runs past 24 words, before any speech verb THEN no speaker comes from it', () => {
    const { quotes } = analyseQuotes([
      article([
        'Crowds waved banners. "Go home," Martin Holm, a member of the council. He said nothing more after that.',
        '"Never again," Ida Berg, a nurse who worked at the hospital in the north of the country for many years before it closed its doors to the public in the spring of 2009 and moved, said.',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('analyseQuotes: `with … saying` only with a named subject', () => {
  it('GIVEN `with` and a lower-case noun before the participle (`with critics saying`), or the participle after a comma (`met with Gates, saying`) THEN the critics speak, and the sentence subject after the comma', () => {
    const { quotes } = analyseQuotes([
      article([
        'Mayor Lena Frisk defended the budget, with critics saying it was "a gift to developers".',
        'Foreign Minister Karl Ström met with Gates on Monday, saying the radar was "not a threat".',
      ]),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['critics', 'Karl Ström']);
  });
});

describe('analyseQuotes: a capitalised word opening a sentence is not a speaker by itself', () => {
  it('GIVEN `Results were then weighted to census data and "political variables."` THEN the partial quote has no speaker named Results', () => {
    const { quotes } = analyseQuotes([article(['The firm polled 2,500 adults online and by telephone. Results were then weighted to census data and "political variables."'])]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['political variables.', null]]);
  });

  it('GIVEN a one-word name the article also writes inside a sentence, or names in full THEN it still speaks for its partial quote', () => {
    const { quotes } = analyseQuotes([
      article([
        'Lagarde on Thursday "firmly" rejected calls for a rate cut. Officials who met Lagarde said she was calm.',
        'Chancellor Olaf Brandt spoke first. Brandt later "welcomed" the decision.',
      ]),
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['firmly', 'Lagarde'],
      ['welcomed', 'Olaf Brandt'],
    ]);
  });
});

describe('analyseQuotes: a dash after a quote names a speaker only when a name follows', () => {
  it('GIVEN a dash then lower-case words or figures (`"Remain" - 48 per cent`, `"…" - and that was all`) THEN no speaker from the dash', () => {
    const { quotes } = analyseQuotes([
      article(['"We will see what happens next week." - and that was all the minister would say.', 'The banner read "Never again, never again, never again" - 40 people carried it.']),
    ]);
    expect(quotes.filter((q) => q.cue === '—' || (q.cue ?? '').startsWith('tweet')).map((q) => q.text)).toEqual([]);
  });
});

describe('analyseQuotes: a description naming a body is not any untitled subject', () => {
  it('GIVEN `Wemple quoted the Times spokesperson as saying` with no spokesperson named THEN the quote is not Wemple’s; `the chancellor said` after an untitled `Angela Merkel` still is hers', () => {
    const { quotes } = analyseQuotes([
      article([
        'A Times spokesperson told media columnist Erik Wemple on Thursday that the incident took place on Feb. 19.',
        '"Our employee was recognised in public," Wemple quoted the Times spokesperson as saying.',
        'Angela Merkel met the union leaders on Monday.',
        '"We will not give in," the German chancellor said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'recognised in public').speaker).not.toBe('Erik Wemple');
    expect(quoteWith(quotes, 'not give in').speaker).toBe('Angela Merkel');
  });
});

describe('analyseQuotes: party names that speak as groups', () => {
  it('GIVEN `the Republicans said` and `Democrats said` THEN each speaks as a group, not a person', () => {
    const { quotes, speakers } = analyseQuotes([article(['"We will block it," the Republicans said.', '"We will pass it," Democrats said on Tuesday.'])]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Republicans', 'Democrats']);
    expect(speakers.map((x) => x.kind)).toEqual(['organisation', 'organisation']);
  });
});

describe('analyseQuotes: whose statement', () => {
  it('GIVEN `their statement said` with no quoted speaker before, and `his spokesman said` after a quote of the president THEN no speaker named `their statement`, and the spokesman is not the president', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['"We will appeal the ruling," their statement said.']),
      article(['"The talks are over," President Lars Berg said.', '"There will be no new offer," his spokesman said.'], 'test#2'),
    ]);
    expect(quoteWith(quotes, 'appeal the ruling').speaker).toBeNull();
    expect(quoteWith(quotes, 'no new offer').speaker).not.toBe('Lars Berg');
    expect(speakers.map((x) => x.name)).not.toContain('their statement');
  });
});

describe('analyseQuotes: a closing reporting clause counts only when it closes the sentence', () => {
  it('GIVEN the clause mid-sentence (`…, officials said, before …`), over 10 words, or a second quote after the last comma THEN no speaker comes from it', () => {
    const { quotes } = analyseQuotes([
      article([
        'The "temporary" curfew was lifted, officials said, before the crowds returned to the square.',
        'The "temporary" curfew was lifted, the regional spokesman for the interior ministry of the northern province said.',
        'The "temporary" curfew was lifted, and crowds chanted "freedom" in the square.',
      ]),
    ]);
    expect(quotes.filter((q) => q.text === 'temporary').map((q) => q.speaker)).toEqual([null, null, null]);
  });
  it('GIVEN `city spokesperson Emily Roy said …` then `A police spokesperson described it as "…"` THEN the indefinite spokesperson is not Roy', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['None were hurt, city spokesperson Emma Rask said.', 'A police spokesperson described the investigation as "an ongoing, fluid situation."', '"There were reports of gunfire," Rask said.']),
    ]);
    expect(quoteWith(quotes, 'fluid situation').speaker).toBeNull();
    expect(quoteWith(quotes, 'reports of gunfire').speaker).toBe('Emma Rask');
    expect(speakers.find((x) => x.name === 'Emma Rask')!.aliases).not.toContain('A police spokesperson');
  });
  it('GIVEN a named mayor, then `A man who escaped … told the AP that he …` and `"…," he said` THEN the quote is not the mayor\'s (he is the unnamed man)', () => {
    const { quotes } = analyseQuotes([
      article(['Each rescue takes eight to 10 hours, Mayor Lin Wei-ting told reporters Sunday.', 'A man who escaped from the wreckage Saturday told the Associated Press that he warned his son not to buy an apartment there.', '"It was suspiciously cheap," he said.']),
    ]);
    expect(quoteWith(quotes, 'suspiciously cheap').speaker).toBeNull();
  });
  it('GIVEN an agency or a capital only as an object or a source (`told Reuters`, `Moscow said`) THEN `the company said` is not theirs, and `the central bank` is no company: with no body named for them, nobody (not speakers called `company` and `central bank`)', () => {
    const { quotes, speakers } = analyseQuotes([
      article(['Ramos told Reuters soldiers found the body of a woman.', 'Moscow said it would respond.', '"We will cooperate with the inquiry," the company said.', '"Rates stay where they are," the central bank said.']),
    ]);
    expect(quoteWith(quotes, 'cooperate').speaker).toBeNull();
    expect(quoteWith(quotes, 'Rates stay').speaker).toBeNull();
    expect(speakers.map((s) => s.name)).not.toContain('Reuters');
    expect(speakers.map((s) => s.name)).not.toContain('Moscow');
  });
  it('GIVEN `Belykh’s lawyer said that … would "keep fighting," the agency reported` after an untitled source THEN the lawyer is neither Belykh, nor the source, nor the agency', () => {
    const { quotes } = analyseQuotes([
      article(['The court sentenced Nikita Belov to eight years, Mediastar reported.', 'Belov’s lawyer said that an appeal would be filed and that the defendant would "keep fighting," the state-run RIA news agency reported Friday.']),
    ]);
    expect(quoteWith(quotes, 'keep fighting').speaker).toBeNull();
  });
  it('GIVEN `X "…" but Y said it was "…"` THEN the second partial quote is not joined to the first speaker', () => {
    const { quotes } = analyseQuotes([article(['Mayor Ann Holt called the plan "a disaster" but the governor said it was "a fair deal."'])]);
    expect(quoteWith(quotes, 'fair deal').speaker).not.toBe('Ann Holt');
  });
  it('GIVEN headline labels before a colon (`Poll:`, `Breaking News:`, `Factbox:`) or a place (`Russia:`) THEN no one is the headline speaker', () => {
    for (const headline of ['Poll: Holm tied with Brandt', 'Breaking News: quake hits coast', 'Factbox: what the deal holds', 'Russia: Moscow says no']) {
      const { quotes } = analyseQuotes([{ ...article(['"Fine," he said.']), headline }]);
      expect(quoteWith(quotes, 'Fine').speaker, headline).toBeNull();
    }
  });
  it('GIVEN a Democrat named last and `"…," the Arizona Republican said` THEN the Democrat is not the Republican', () => {
    const { quotes } = analyseQuotes([article(['Democrat Barack Oban spoke first in the hall on Tuesday.', '"We must cut taxes," the Arizona Republican said.'])]);
    expect(quoteWith(quotes, 'cut taxes').speaker).toBeNull();
  });
});

describe('analyseQuotes: labels that name no one', () => {
  it('GIVEN a colon after a word or place that is not a person (`Update:`, `Moscow:`, `The message:`) THEN the quote has no speaker', () => {
    const { quotes } = analyseQuotes([
      article(['Update: "The bridge will stay closed until Friday."', 'The message: "We are closed for the holidays."', 'Officials gathered in the capital.', 'Moscow:', '"Talks will resume next week."']),
    ]);
    expect(quoteWith(quotes, 'bridge will stay').speaker).toBeNull();
    expect(quoteWith(quotes, 'closed for the holidays').speaker).toBeNull();
    expect(quoteWith(quotes, 'Talks will resume').speaker).toBeNull();
  });
});

describe('analyseQuotes: a closing clause is not shared across another reporting verb', () => {
  it('GIVEN `"…" — as critics said — "…," Dana Crump said.` THEN the critics’ words are not Crump’s', () => {
    const { quotes } = analyseQuotes([article(['"It will not pass" — as critics said — "and it should not," Dana Crump said.'])]);
    expect(quoteWith(quotes, 'and it should not').speaker).toBe('Dana Crump');
    expect(quoteWith(quotes, 'It will not pass').speaker).toBeNull();
  });
});

describe('analyseQuotes: questions put to people and section heads', () => {
  it('GIVEN `Respondents were asked: "…?"` THEN the question has no speaker', () => {
    const { quotes } = analyseQuotes([article(['Respondents were asked: "Should the border stay closed?"'])]);
    expect(quoteWith(quotes, 'border stay closed').speaker).toBeNull();
  });
  it('GIVEN a section head in capitals before a colon (`MONETARY POLICY: "…"`) THEN no speaker named after it', () => {
    const { quotes } = analyseQuotes([article(['Following are key remarks from the governor.', 'MONETARY POLICY: "We see no case for a further cut this year."'])]);
    expect(quoteWith(quotes, 'no case for a further cut').speaker).toBeNull();
  });
});

describe('analyseQuotes: a name inside the subject is not the subject', () => {
  it('GIVEN `Supporters carrying portraits of Governor Abdel Bakri chanted "…"` THEN the governor chanted nothing', () => {
    const { quotes } = analyseQuotes([article(['Supporters carrying portraits of Governor Abdel Bakri chanted "Bakri stays" as they marched past the square.'])]);
    expect(quoteWith(quotes, 'Bakri stays').speaker).not.toBe('Abdel Bakri');
  });
});

describe('analyseQuotes: a statement after a title in quotes', () => {
  it('GIVEN `Actor Jim Tallis, who starred in "The Long Harbour," died …` then `"…," the statement said` THEN the statement is not his', () => {
    const { quotes } = analyseQuotes([
      article(['Actor Jim Tallis, who starred in "The Long Harbour," died on Wednesday, his family said in a statement.', '"We thank everyone for their kind messages," the statement said.']),
    ]);
    expect(quoteWith(quotes, 'kind messages').speaker).not.toBe('Jim Tallis');
  });
});

describe('analyseQuotes: colons that name no speaker', () => {
  it('GIVEN `Here are the main remarks, as translated by our desk: RATE DECISION: "…"` THEN no speaker named RATE DECISION', () => {
    const { quotes } = analyseQuotes([article(['Here are the main remarks from the briefing, as translated by our desk: RATE DECISION: "The board left the rate where it was."'])]);
    expect(quoteWith(quotes, 'left the rate').speaker).toBeNull();
  });
  it('GIVEN `One man said he had tried to calm the crowd.` then `He told the Gazette: "…"` THEN the unnamed man, no one named', () => {
    const { quotes } = analyseQuotes([article(['Police Chief Dana Whitlock spoke on Monday.', 'One man said he had tried to calm the crowd.', 'He told the Gazette: "I was only standing there and they hit me."'])]);
    expect(quoteWith(quotes, 'only standing there').speaker).toBeNull();
  });
});

describe('analyseQuotes: a later clause with a subject of its own', () => {
  it('GIVEN `X said the plan was "…", and Y disagreed, saying it was "…"` THEN the second quote is not X\'s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Mr Fenwick said the plan was "sound", and Leila Okafor disagreed, saying it was "a muddle".',
        'Mr Fenwick said the budget was "fair", but his rival objected, arguing it was "a giveaway".',
      ]),
    ]);
    expect(quoteWith(quotes, 'a muddle').speaker).not.toBe('Fenwick');
    expect(quoteWith(quotes, 'a giveaway').speaker).not.toBe('Fenwick');
  });
  it('GIVEN `"…," a senior adviser to Tom Reyes said` or `According to the US Ambassador to the UN, …` THEN neither Reyes nor a body speaks', () => {
    const { quotes } = analyseQuotes([
      article(['Tom Reyes arrived in Geneva on Monday.', '"The offer is dead," a senior adviser to Tom Reyes said.', 'According to the US Ambassador to the UN, the draft would "set back the talks".']),
    ]);
    expect(quoteWith(quotes, 'offer is dead').speaker).not.toBe('Tom Reyes');
    expect(quoteWith(quotes, 'set back the talks').speaker).toBeNull();
  });
});

describe('analyseQuotes: an `it` that is no body', () => {
  it('GIVEN a person as the last subject before `"…," it said` THEN the quote is not given to an earlier body', () => {
    const { quotes } = analyseQuotes([article(['The NTSB opened an inquiry on Monday. Senator Ray Colton released a report the next day.', '"The agency missed every warning," it said.'])]);
    expect(quoteWith(quotes, 'missed every warning').speaker).toBeNull();
  });
});

describe('analyseQuotes: gerunds and verbs that are no title', () => {
  it('GIVEN `the outbreak did not meet the criteria for declaring a "…"` THEN nobody declares it', () => {
    const { quotes } = analyseQuotes([article(['Currently, the outbreak did not meet the criteria for declaring a "public health emergency of international concern".'])]);
    expect(quoteWith(quotes, 'public health emergency').speaker).toBeNull();
  });
  it('GIVEN `Before retiring in 1984, Mr Dowd worked as an Inspector …` THEN the subject is Mr Dowd, not `Mr Dowd worked`', () => {
    expect(sentenceSubject('Before retiring in 1984, Mr Dowd worked as an Inspector of Schools', 0)?.phrase).toBe('Mr Dowd');
  });
});

describe('analyseQuotes: reported speech of a body, or a quote already read, before an uncued quote', () => {
  it('GIVEN `The agency said the plan would cost $5 billion. "…"` THEN no speaker is inferred', () => {
    const { quotes } = analyseQuotes([article(['The agency said the plan would cost $5 billion. "It is a lot of money for one bridge."'])]);
    expect(quoteWith(quotes, 'a lot of money').speaker).toBeNull();
  });
  it('GIVEN a sentence with its own quote before an uncued one THEN the reported-speech rule does not reach past it', () => {
    const { quotes } = analyseQuotes([
      article(['Mayor Ida Pike spoke first.', 'Residents called the plan "a disgrace" at the meeting, and Pike said little.', 'Later, a protester spoke.', '"We will be back next week."']),
    ]);
    expect(quoteWith(quotes, 'back next week').speaker).toBeNull();
  });
});

describe('analyseQuotes: unnamed sources and nouns that open sentences', () => {
  it('GIVEN `Tempers became frayed …, with a source saying that the minister "…"` THEN not Tempers', () => {
    const { quotes } = analyseQuotes([article(['Tempers became frayed during the cabinet meeting, with a source saying that the minister "lost his cool".'])]);
    expect(quoteWith(quotes, 'lost his cool').speaker).toBeNull();
  });
  it('GIVEN `Inflation is much lower …` before `She said there was "…"` THEN she is no one named Inflation', () => {
    const { quotes } = analyseQuotes([article(['Chancellor Rita Vance spoke in London on Wednesday.', 'Inflation is much lower than its peak in October 2022 when prices soared.', 'She said there was "still work to be done" on the cost of living.'])]);
    expect(quoteWith(quotes, 'still work to be done').speaker).toBe('Rita Vance');
  });
});

describe('analyseQuotes: a nationality noun with no one tied to it', () => {
  it('GIVEN `Marco Ruiz beat Ivo Petrov` (no nationality written) then `"…," the Serb said` THEN no speaker is guessed, nor a body named Serb', () => {
    const { quotes } = analyseQuotes([article(['Marco Ruiz beat Ivo Petrov in four sets on Sunday.', '"It was close until the end," the Serb said.'])]);
    expect(quoteWith(quotes, 'close until the end').speaker).toBeNull();
  });
});

describe('analyseQuotes: openings that are no participle clause', () => {
  it('GIVEN `Citing leaked letters, …, the opposition parties caused uproar, saying …` THEN no one is named `Citing`; GIVEN a surname ending in -ing (`Keating led the talks, saying …`) THEN it stays the speaker', () => {
    const { quotes } = analyseQuotes([
      article([
        'Citing letters between the embassy and its government revealed by a leak, the opposition parties caused uproar in both houses, saying the reports had "shamed" the country.',
        'Keating led the talks, saying they were "productive and frank".',
      ]),
    ]);
    expect(quoteWith(quotes, 'shamed').speaker).not.toBe('Citing');
    expect(quoteWith(quotes, 'productive and frank').speaker).toBe('Keating');
  });
});

describe('analyseQuotes: a place after a preposition is nobody', () => {
  it('GIVEN `At Chengannur, one of the worst-hit towns, water blocked roads.` then `"…," he said.` THEN the quote is not the town\'s', () => {
    const { quotes } = analyseQuotes([
      article(['Floods in the state have killed 400 people since May.', 'At Chengannur, one of the worst-hit towns, water still blocked many roads on Tuesday.', '"In the past there has never been more than one foot of floods," he said.']),
    ]);
    expect(quoteWith(quotes, 'one foot of floods').speaker).not.toBe('Chengannur');
  });
});

describe('analyseQuotes: a first name that is a place or shared stays apart', () => {
  it('GIVEN `Israel Katz` named and then `"…," Israel said` (the country, as the article writes it) THEN the quote is not Israel Katz\'s', () => {
    const { quotes } = analyseQuotes([
      article(['Foreign Minister Israel Katz met his counterpart on Monday.', '"We will respond," Israel said in a statement.']),
    ]);
    expect(quoteWith(quotes, 'We will respond').speaker).not.toBe('Israel Katz');
  });
});

describe('analyseQuotes: a dash line that names no one', () => {
  it('GIVEN a quote paragraph followed by `-- and then the rain came.` THEN the quote gets no speaker from it', () => {
    const { quotes } = analyseQuotes([article(['The crowd fell silent.', '"We will be back next year."', '-- and then the rain came, as it always does here.'])]);
    expect(quoteWith(quotes, 'back next year').speaker).toBeNull();
  });
});

describe('analyseQuotes: a name after a preposition of place is no antecedent', () => {
  it('GIVEN `A fast began at Dussehra Maidan in Bhopal …` then `"…," he said` with no one named THEN the quote is not the ground\'s', () => {
    const { quotes } = analyseQuotes([article(['A fast for peace began at Dussehra Maidan in Bhopal on Saturday.', '"I know your problems," he said addressing a gathering.'])]);
    expect(quoteWith(quotes, 'know your problems').speaker).toBeNull();
  });
  it('GIVEN `The shooting happened in Kerry Dunn’s driveway.` then `"…," he recalled.` THEN a possessive after `in` still names the person', () => {
    const { quotes } = analyseQuotes([article(['The shooting happened in Kerry Dunn’s driveway.', '"I ran up to the front window," he recalled.'])]);
    expect(quoteWith(quotes, 'front window').speaker).toBe('Kerry Dunn');
  });
});

describe('analyseQuotes: a name after a quote names its speaker only when the article knows it', () => {
  it('GIVEN `“We will win,” Kenya.` with no person of that name THEN the quote is not given to Kenya', () => {
    const { quotes } = analyseQuotes([article(['The team flew home on Monday.', '“We will win,” Kenya.'])]);
    expect(quoteWith(quotes, 'We will win').speaker).toBeNull();
  });
});

describe('analyseQuotes: a sentence before a quote that opens otherwise', () => {
  it('GIVEN `The plant will close in May. "We had no warning."` with a person named before THEN the quote gets no speaker from the sentence before', () => {
    const { quotes } = analyseQuotes([article(['Ms Ann Roe visited the plant on Monday.', 'The plant will close in May. "We had no warning."'])]);
    expect(quoteWith(quotes, 'no warning').speaker).toBeNull();
  });
});

describe('analyseQuotes negatives: a body’s statement (session 18)', () => {
  it('GIVEN a body’s reported speech as the last of two sentences of a paragraph, then a quote paragraph with no cue THEN the quote is not the body’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Residents gathered outside the civic offices on Monday night. Harbour City Council said it would review the plan.',
        '“We have been waiting for an answer for two years.”',
      ]),
    ]);
    expect(quoteWith(quotes, 'waiting for an answer').speaker).toBeNull();
  });
});

describe('analyseQuotes negatives: names after `said` (session 18)', () => {
  it('GIVEN `Another resident, Thandi Zulu, said Nkosi was inaccessible …` then `"…," she said.` THEN the quote is Thandi Zulu’s, not Nkosi’s', () => {
    const { quotes } = analyseQuotes([
      article([
        'Residents said councillor Zodwa Nkosi had not visited the area since the election.',
        'Another resident, Thandi Zulu, said Nkosi was inaccessible and the residents were frustrated.',
        '"Last week, the police shot at us when we protested," she said.',
      ]),
    ]);
    expect(quoteWith(quotes, 'police shot at us').speaker).toBe('Thandi Zulu');
  });
  it('GIVEN `Saying it was a time for "steady heads", Ms Neill also took aim …` THEN no speaker is named `Saying`', () => {
    const { speakers } = analyseQuotes([article(['Saying it was a time for "steady heads" and "leadership", Ms Neill also took aim at the proposals.'])]);
    expect(speakers.map((s) => s.name)).not.toContain('Saying');
  });
});

describe('analyseQuotes negatives: a nationality with no one in its paragraph (session 18)', () => {
  it('GIVEN `Roberto Manzini was pleased.` and, in the next paragraph, `"…," the Italian said.` THEN no speaker is guessed', () => {
    const { quotes } = analyseQuotes([article(['Roberto Manzini was pleased to see his side win.', '"We played very well," the Italian said.'])]);
    expect(quoteWith(quotes, 'We played very well').speaker).toBeNull();
  });
});

describe('analyseQuotes negatives: brackets and coordination (session 20)', () => {
  it('GIVEN `said the biologist and several colleagues` THEN no person is made of the colleagues', () => {
    const { quotes } = analyseQuotes([article(['“The samples are new to science,” said the biologist and several colleagues.'])]);
    expect(quotes[0]!.speaker ?? '').not.toMatch(/colleagues/);
  });
  it('GIVEN a bracketed aside that is a sentence’s object (`sent a letter (dated May 2) asking …`) THEN nobody named after the bracket speaks', () => {
    const { quotes } = analyseQuotes([article(['The union sent a letter (dated May 2) asking for “urgent talks on pay”.'])]);
    expect(quotes.map((q) => q.speaker)).not.toContain('May');
  });
});

describe('analyseQuotes negatives: ampersands and role lists (session 20)', () => {
  it('GIVEN `Johnson & Johnson said` THEN no person called Johnson speaks', () => {
    const { quotes } = analyseQuotes([article(['Johnson & Johnson said: "The talc is safe."'])]);
    expect(quoteWith(quotes, 'talc is safe').speaker).toBe('Johnson & Johnson');
  });
  it('GIVEN `Berlin, Paris and Rome officials said` THEN no listed role walk makes Berlin a person', () => {
    const { quotes } = analyseQuotes([article(['Berlin, Paris, London and Rome officials said: "We will not agree."'])]);
    expect(quoteWith(quotes, 'will not agree').speaker ?? '').not.toBe('Berlin');
  });
});

describe('analyseQuotes: what session 21’s rules leave alone', () => {
  it('GIVEN `After talks with Tony Blair, he said: "…"` THEN `he` is the earlier subject, not the name in the clause', () => {
    const { quotes } = analyseQuotes([article(['"We met," said John Smith.', 'After talks with Tony Blair, he said: "It was fine."'])]);
    expect(quoteWith(quotes, 'It was fine').speaker).toBe('John Smith');
  });
  it('GIVEN a paragraph that ends `The report includes the following:` and a quote after it THEN no speaker', () => {
    const { quotes } = analyseQuotes([article(['The council published its review on Monday. The report includes the following:', '"All members must comply with the code."'])]);
    expect(quoteWith(quotes, 'must comply').speakerId).toBeNull();
  });
  it('GIVEN two bodies whose names both end in the initials of an undefined acronym THEN the acronym is a body of its own, linked to neither', () => {
    const { quotes } = analyseQuotes([
      article(['The Queensland Rural Fire Service and the Victoria Rural Fire Service met on Monday.', '"Stay away from the fire front," the RFS said.']),
    ]);
    expect(quoteWith(quotes, 'fire front').speaker).toBe('RFS');
  });
});

describe('analyseQuotes negatives: a poll’s answers in quote marks (session 23, blind set P31)', () => {
  it('GIVEN `53 per cent, say that they know “hardly anything at all”`, `20.8 percent of the respondents said that they are ‘satisfied to some extent’` and `most voters say they know “hardly anything at all”` THEN no quotes; `"We will win," 60 per cent of the way through, he said` stays one', () => {
    const { quotes } = analyseQuotes([
      article([
        'The referendums are on course to pass – though most voters say they know “hardly anything at all” about the proposed changes.',
        'But more than half of all voters, 53 per cent, say that they know “hardly anything at all” about the referendums.',
        'Additionally, 20.8 percent of the respondents said that they are ‘satisfied to some extent’ and 16.8 percent said they are ‘not at all satisfied’.',
        'With 60 per cent of the votes counted, the mayor said: "We will win this race."',
      ]),
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['We will win this race.']);
  });
});

describe('analyseQuotes negatives: session 27', () => {
  it('GIVEN `… united to sign the “Declaration Opposing Oil Sands Expansion and the Construction of the Keystone XL Pipeline” on …` (a title of 13 words) THEN no quote', () => {
    const { quotes } = analyseQuotes([
      article(['In May 2017, the Blackfoot Confederacy, led by the Piikani Nation, united to sign the “Declaration Opposing Oil Sands Expansion and the Construction of the Keystone XL Pipeline” on the company’s doors.']),
    ]);
    expect(quotes).toEqual([]);
  });
  it('GIVEN `in a statement and on MetroNews’ “Talkline,” expressed doubt` (a show named after its owner’s possessive) THEN no quote; `“Never,” Roberts said` THEN still one', () => {
    const { quotes } = analyseQuotes([
      article(['The UMW’s Roberts, in a statement and on MetroNews’ “Talkline,” expressed doubt that carbon capture is feasible.', '“Never,” Roberts said.']),
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['Never']);
  });
  it('GIVEN `…, while confirming that "the rebel forces infiltrated Goz Beida", said the military had fought off the attack` THEN the military is no speaker (a subject with its verb after `said` is what was said); `, said the military spokesman.` THEN still a cue', () => {
    const { quotes } = analyseQuotes([article(['But government spokesman Hourmadji Moussa Doumgor, while confirming that "the rebel forces infiltrated Goz Beida", said the military had fought off the attack.'])]);
    expect(quotes.map((q) => q.speaker)).not.toContain('military');
    expect(analyseQuotes([article(['"The rebels were repelled by our forces," said the military spokesman.'])]).quotes.map((q) => q.cue)).toEqual(['said']);
  });
});

