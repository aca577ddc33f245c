import { describe, expect, it } from 'vitest';
import { normaliseQuoteMarks } from '../../../src/briefing/ingest/normaliseQuoteMarks.js';
import { analyseText } from '../../../src/briefing/pipeline.js';

describe('normaliseQuoteMarks', () => {
  it("GIVEN wire copy closing quotes with two apostrophes (`,'' said`) or opening with two backticks THEN they are written as double quote marks", () => {
    expect(normaliseQuoteMarks("\"The results look fine,'' said Ada Brook. ``We expected worse.''")).toBe('"The results look fine," said Ada Brook. "We expected worse."');
  });
  it("GIVEN text with no such pairs, or an inch mark after a figure (`5' 10''`) THEN it is unchanged", () => {
    const plain = "He is 5' 10'' tall and it's fine.";
    expect(normaliseQuoteMarks(plain)).toBe(plain);
    expect(normaliseQuoteMarks('No marks here.')).toBe('No marks here.');
  });
  it("GIVEN a wire story with `,'' said Name, president of …` THEN the pipeline attributes the quote", () => {
    const fa = analyseText('wire.txt', "TORONTO (Reuters) - Shares of Norsk Ore fell on Friday.\n\n\"The numbers look perfectly fine in every respect except one,'' said Ada Brook, president of Brook Asset Management in Toronto.\n");
    expect(fa.quotes[0]).toMatchObject({ speaker: 'Ada Brook', text: 'The numbers look perfectly fine in every respect except one' });
  });
});

describe('normaliseQuoteMarks: a double mark used as an apostrophe', () => {
  it('GIVEN `Hernandez”s fiancee` (a mis-encoded apostrophe) THEN it reads `Hernandez’s`, and a real quote after it is still found', () => {
    expect(normaliseQuoteMarks('the sister of Hernandez”s fiancee')).toBe('the sister of Hernandez’s fiancee');
    const fa = analyseText('verdict.txt', 'FALL RIVER, Mass. (AP) - A former football star was convicted on Wednesday of killing the boyfriend of his fiancee”s sister.\n\n"The jury found that he was just a man who committed a brutal murder," District Attorney Tom Quill said.\n');
    expect(fa.quotes.map((q) => q.text)).toEqual(['The jury found that he was just a man who committed a brutal murder']);
  });
});

describe('normaliseQuoteMarks: doubled single marks', () => {
  it("GIVEN a paragraph opened with two curly opening marks (`‘‘It is …`) or closed with two curly closing marks THEN they are written `“` and `”`", () => {
    expect(normaliseQuoteMarks('‘‘It is alleged that a shop was looted,’’ Malo said.')).toBe('“It is alleged that a shop was looted,” Malo said.');
  });
  it("GIVEN `''` opening a quote at the start of a line THEN it is `\"`", () => {
    expect(normaliseQuoteMarks("Mr Abel said so.\n''We are ready,'' he said.")).toBe('Mr Abel said so.\n"We are ready," he said.');
  });
  it('GIVEN a multi-paragraph quote whose last paragraph opens with `‘‘` THEN the pipeline gives the speaker named after it', () => {
    const fa = analyseText(
      'protest.txt',
      'CAPE TOWN - Residents of Nyanga burnt tyres on Monday.\n\nPolice spokesperson Lwazi Dube said a case was opened.\n\n“Police can confirm road closures in Main Road. Officers monitored the situation.\n\n‘‘It is alleged that a shop in Zone 9 was looted during these actions,” Dube said.\n',
    );
    expect(fa.quotes.find((q) => q.text.includes('It is alleged'))?.speaker).toBe('Lwazi Dube');
  });
});

describe('normaliseQuoteMarks: a double prime closing a quote', () => {
  it('GIVEN `"We can win,″ said Ana Ruiz` and `5′10″ tall` THEN the prime after the comma closes the quote, the one after a figure stays', () => {
    expect(normaliseQuoteMarks('"We can win,″ said Ana Ruiz, who is 5′10″ tall.')).toBe('"We can win,” said Ana Ruiz, who is 5′10″ tall.');
  });
});

describe('normaliseQuoteMarks: an opening mark typed for a closing one (held-out set Q36, after its measurement)', () => {
  it('GIVEN `“All parties are accounted for,“ Sheriff Russ Gibson said` THEN the second mark closes the quote; `he said, “We will` (an opener after a space) THEN unchanged', () => {
    expect(normaliseQuoteMarks('“All parties are accounted for,“ Sheriff Russ Gibson said.')).toBe('“All parties are accounted for,” Sheriff Russ Gibson said.');
    expect(normaliseQuoteMarks('He said, “We will win.”')).toBe('He said, “We will win.”');
  });
});
