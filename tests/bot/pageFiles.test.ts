import { describe, expect, it } from 'vitest';
import { renderPageFiles } from '../../src/bot/pageFiles.js';
import type { AnswerPage, ChartSpec } from '../../src/bot/types.js';

const chart = (name: string, bars: number): ChartSpec => ({
  name,
  title: 'Who would you vote for?',
  bars: Array.from({ length: bars }, (_, i) => ({ label: `Party ${i + 1}`, percent: 10 + (i % 30) })),
  description: 'Poll shares',
});

describe('renderPageFiles', () => {
  it('GIVEN a page with a chart THEN the chart is attached as a PNG and the embeds are unchanged', async () => {
    const page: AnswerPage = { embeds: [{ title: 'Polls', image: { url: 'attachment://poll.png' } }], charts: [chart('poll.png', 3)] };
    const out = await renderPageFiles(page);
    expect(out.embeds).toEqual(page.embeds);
    expect(out.files).toHaveLength(1);
    expect(out.files![0]).toMatchObject({ name: 'poll.png', contentType: 'image/png' });
    expect(Buffer.from(out.files![0]!.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('GIVEN a chart that cannot be drawn (100,000 bars: Skia refuses a canvas that tall) THEN the other chart and the text still go out and the failure is reported', async () => {
    const errors: unknown[] = [];
    const page: AnswerPage = { embeds: [{ title: 'Polls' }], charts: [chart('too-tall.png', 100_000), chart('fine.png', 2)] };
    const out = await renderPageFiles(page, (err) => errors.push(err));
    expect(out.embeds).toEqual(page.embeds);
    expect(out.files?.map((f) => f.name)).toEqual(['fine.png']);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/pixels/);
  });
});
