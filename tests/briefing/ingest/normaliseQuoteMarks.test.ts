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
