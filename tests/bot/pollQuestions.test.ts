import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/bot/answers/corpusIndex.js';
import { pollsPage } from '../../src/bot/answers/polls.js';
import { buildCorpus } from '../../src/briefing/index/buildCorpus.js';
import { analyseText } from '../../src/briefing/pipeline.js';
import { formatPoll } from '../../src/cli/commands/polls.js';

/** A voting-intention report that also gives the preferred prime minister, as British poll copy does. */
const PAGE = [
  'Labour lead widens in new poll',
  '',
  'LONDON (Reuters) - The latest Westpoll survey puts the Conservatives on 25%, Labour on 43%, the Liberal Democrats on 11% and the Greens on 8%.',
  '',
  'Asked who would make the best prime minister, 24% chose Rishi Sunak while 42% are unsure.',
].join('\n');

describe('polls of several questions', () => {
  const fa = analyseText('westpoll.txt', PAGE);
  const poll = fa.polls[0]!;
  it('GIVEN voting intention then best prime minister THEN the shares carry two question indexes', () => {
    expect(poll.results.map((r) => [r.answer, r.question])).toEqual([
      ['Conservatives', 0],
      ['Labour', 0],
      ['Liberal Democrats', 0],
      ['Greens', 0],
      ['Rishi Sunak', 1],
      ['unsure', 1],
    ]);
  });
  it('GIVEN that poll THEN the /polls page charts the first question only and sets the second apart in its text; the CLI table does too', () => {
    const page = pollsPage(buildIndex(buildCorpus([fa])), undefined, 0)!;
    expect(page.charts?.[0]?.bars.map((b) => b.label)).toEqual(['Conservatives', 'Labour', 'Liberal Democrats', 'Greens']);
    expect(page.embeds[0]!.description).toMatch(/Greens\n\n.*Rishi Sunak/);
    expect(formatPoll(poll, undefined)).toMatch(/Greens .*\n\n {2}Rishi Sunak/);
  });
});
