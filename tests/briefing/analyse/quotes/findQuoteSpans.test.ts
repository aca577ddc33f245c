import { describe, expect, it } from 'vitest';
import { findQuoteSpans, segmentsInParagraph } from '../../../../src/briefing/analyse/quotes/findQuoteSpans.js';
import { analyseQuotes } from '../../../../src/briefing/analyse/quotes/index.js';
import { article } from './article.js';

describe('findQuoteSpans', () => {
  it('GIVEN straight and curly quote marks THEN finds each quotation with its words', () => {
    const spans = findQuoteSpans(['"This thing is too close to call," said Michael Dimock. “Romney got a big bump out of the first debate.”']);
    expect(spans.map((s) => s.text)).toEqual(['This thing is too close to call,', 'Romney got a big bump out of the first debate.']);
  });

  it('GIVEN a paragraph that opens a quote and does not close it THEN the quote runs on into the next paragraph that reopens', () => {
    const spans = findQuoteSpans([
      '"We now face new threats," Gates told reporters. "Moreover, the threats we face now may be much more ominous in 10 to 20 years.',
      '"Indeed, who can say in 2007, what states or groups may have such capabilities in 2017?" he asked.',
    ]);
    expect(spans).toHaveLength(2);
    expect(spans[1]!.segments.map((s) => s.paragraph)).toEqual([0, 1]);
    expect(spans[1]!.text).toBe('Moreover, the threats we face now may be much more ominous in 10 to 20 years. Indeed, who can say in 2007, what states or groups may have such capabilities in 2017?');
  });

  it('GIVEN an unclosed quote whose next paragraph does not reopen THEN it ends at its own paragraph end', () => {
    const spans = findQuoteSpans(['He said "we will see about that', 'The talks ended on Monday.']);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.segments).toHaveLength(1);
    expect(spans[0]!.segments[0]!.closed).toBe(false);
  });

  it('GIVEN an inch mark after a digit outside a quote THEN it opens nothing', () => {
    expect(segmentsInParagraph('The 12" pipe burst near the plant.', 0)).toEqual([]);
  });

  it('GIVEN a stray closing mark at the end THEN no empty quotation is reported', () => {
    expect(findQuoteSpans(['showed "Remain" on 42 per cent and "Leave" on 44 per cent."']).map((s) => s.text)).toEqual(['Remain', 'Leave']);
  });
});

describe('findQuoteSpans: British single quotes', () => {
  it('GIVEN ‘…’ quotes and apostrophes in a paragraph without double marks THEN the quotes, not the apostrophes', () => {
    const spans = findQuoteSpans(['‘We don’t accept this,’ she said. ‘It is the minister’s decision.’']);
    expect(spans.map((s) => s.text)).toEqual(['We don’t accept this,', 'It is the minister’s decision.']);
  });
});

describe('findQuoteSpans: straight single quotes (ASCII wire copy)', () => {
  it("GIVEN '…' quotes and apostrophes in a paragraph with no other marks THEN the quotes, not the apostrophes", () => {
    const spans = findQuoteSpans(["'These plans cut costs, while the company's sales hold up,' Mr Dorn told a Senate hearing. 'We don't expect a loss.'", "'It is my intention to sign the deal this year.'"]);
    expect(spans.map((s) => s.text)).toEqual(["These plans cut costs, while the company's sales hold up,", "We don't expect a loss.", 'It is my intention to sign the deal this year.']);
  });

  it("GIVEN a quote attributed after it (`'…,' Herrington told a hearing`) THEN the quote goes to the named person", () => {
    const { quotes } = analyseQuotes([article(["'These options raise output while avoiding the costs of an import fee,' Energy Secretary Ann Corley told a House subcommittee."])]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['These options raise output while avoiding the costs of an import fee', 'Ann Corley']]);
  });
});

describe('findQuoteSpans: a straight double mark closed by a single one', () => {
  it(`GIVEN "The situation had been minimized', she said, "but in October the disease reappeared'. THEN two quotes, each ending at its single mark`, () => {
    const p = `"The situation had been minimized', she said, "but in October the disease reappeared, and currently cases are being reported from six provinces'.`;
    expect(findQuoteSpans([p]).map((s) => s.text)).toEqual(['The situation had been minimized', 'but in October the disease reappeared, and currently cases are being reported from six provinces']);
  });
  it(`GIVEN "…" with an apostrophe and a plural possessive inside ("the players' union says we don't know") THEN one quote to the double mark`, () => {
    const p = `"The players' union says we don't know yet," he said.`;
    expect(findQuoteSpans([p]).map((s) => s.text)).toEqual([`The players' union says we don't know yet,`]);
  });
  it(`GIVEN a quote inside a quote ("He told me 'no way', and left," she said.) THEN one quote to the double mark`, () => {
    const p = `"He told me 'no way', and left," she said.`;
    expect(findQuoteSpans([p]).map((s) => s.text)).toEqual([`He told me 'no way', and left,`]);
  });
});

describe('findQuoteSpans: session 26, a quote broken over a paragraph without reopening', () => {
  const p1 = 'RBI Governor Shaktikanta Das said, "Repo rate remains unchanged at 4% and the reverse repo rate at 3.35%.';
  it('GIVEN an open quote, then a paragraph that goes on without a mark and closes it before `He further said, "…"` THEN two quotes, the first over both paragraphs, both the governor’s', () => {
    const p2 = 'Accommodative stance will continue as long as necessary." He further said, "The committee noted that economic activity had started to recover."';
    expect(findQuoteSpans([p1, p2]).map((s) => s.text)).toEqual([
      'Repo rate remains unchanged at 4% and the reverse repo rate at 3.35%. Accommodative stance will continue as long as necessary.',
      'The committee noted that economic activity had started to recover.',
    ]);
    expect(analyseQuotes([article([p1, p2])]).quotes.map((q) => q.speaker)).toEqual(['Shaktikanta Das', 'Shaktikanta Das']);
  });
  it('GIVEN the same with curly marks (`… necessary.” He further said, “…”`) THEN the first quote takes the second paragraph up to its closing mark', () => {
    const c1 = p1.replace('"', '“');
    const c2 = 'Accommodative stance will continue.” He further said, “The committee noted a recovery.”';
    expect(findQuoteSpans([c1, c2]).map((s) => s.text)).toEqual(['Repo rate remains unchanged at 4% and the reverse repo rate at 3.35%. Accommodative stance will continue.', 'The committee noted a recovery.']);
  });
  it('GIVEN an open quote, then a paragraph of reporter’s text whose marks are balanced, or whose first mark opens (`The plan is "bad`) THEN the open quote ends with its paragraph', () => {
    expect(findQuoteSpans([p1, 'The bank also said "growth will recover" this year.']).map((s) => s.text)).toEqual(['Repo rate remains unchanged at 4% and the reverse repo rate at 3.35%.', 'growth will recover']);
    expect(findQuoteSpans([p1, 'Analysts said the plan is "bad for savers, and worse for banks', 'It was announced on Friday.']).map((s) => s.text)).toEqual([
      'Repo rate remains unchanged at 4% and the reverse repo rate at 3.35%.',
      'bad for savers, and worse for banks',
    ]);
  });
});

describe('findQuoteSpans: session 27, a wrong-way mark opening a paragraph', () => {
  it('GIVEN `Murphy-Romboletti said:` then a paragraph opening `” If I truly …”` THEN one quote, the council president’s', () => {
    const p1 = 'To Jourdain and Bartley, who both spoke out of turn, Murphy-Romboletti said:';
    const p2 = '” If I truly called out every single one of you for every single thing that you do, we wouldn’t have a meeting. So sometimes I kind of have to pick my battles.”';
    expect(findQuoteSpans([p1, p2]).map((s) => s.text)).toEqual([
      'If I truly called out every single one of you for every single thing that you do, we wouldn’t have a meeting. So sometimes I kind of have to pick my battles.',
    ]);
    expect(analyseQuotes([article([p1, p2])]).quotes.map((q) => q.speaker)).toEqual(['Murphy-Romboletti']);
  });
  it('GIVEN a closing mark mid-paragraph before a space, or a paragraph opening `” said Smith` THEN no quote opens there', () => {
    expect(findQuoteSpans(['The ruling was final” and nothing more was said.'])).toEqual([]);
    expect(findQuoteSpans(['” said Smith, who left early.'])).toEqual([]);
  });
});
