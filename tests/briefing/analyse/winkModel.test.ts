import { describe, expect, it } from 'vitest';
import { releaseWinkModel, winkLoaded } from '../../../src/briefing/analyse/winkModel.js';
import { splitSentences } from '../../../src/briefing/analyse/sentences.js';
import { chunksOf } from '../../../src/briefing/index/topics/keyPhrases.js';

const TEXT = 'Russia rebuffed the plan on Monday. "We will respond," Mr. Ivanov said. The U.S. Defense Secretary Robert M. Gates arrived in Moscow.';

describe('releaseWinkModel', () => {
  it('GIVEN the model loaded by sentence splits and topic phrases WHEN released THEN it is no longer loaded, and both give the same results once it loads again', () => {
    const splits = splitSentences(TEXT);
    const chunks = chunksOf(TEXT);
    expect(winkLoaded()).toBe(true);
    releaseWinkModel();
    expect(winkLoaded()).toBe(false);
    expect(splitSentences(TEXT)).toEqual(splits);
    expect(chunksOf(TEXT)).toEqual(chunks);
    expect(winkLoaded()).toBe(true);
  });

  it('GIVEN the model released twice in a row THEN the second release does nothing and the model still loads at its next use', () => {
    releaseWinkModel();
    releaseWinkModel();
    expect(winkLoaded()).toBe(false);
    expect(splitSentences(TEXT).length).toBeGreaterThan(1);
  });
});
