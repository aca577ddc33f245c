import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import type { Article } from '../../src/briefing/types.js';
import { startHarness, type Harness } from './harness.js';

/** A quote built to ping and break layout if it were sent raw. */
const HOSTILE = '@everyone and @here: read **this** now <@&123456789012345678> <@234567890123456789> [click](http://evil.example) # big';

function article(id: string, headline: string, paragraphs: string[]): Article {
  return { id, file: 'hand.txt', headline, byline: null, place: 'Testville', agency: 'TNA', date: '2024-05-01', teaser: false, paragraphs, url: null };
}

/** A hand-built corpus: two articles on a "harbour bridge", one quote holding mentions and markdown. */
const corpus: Corpus = {
  version: 'hand-built-1',
  articles: [
    article('hand#1', 'Harbour bridge closed after cracks found', ['The harbour bridge was closed on Tuesday after engineers found cracks in two of its main supports, the city said.', `"${HOSTILE}," said Mayor Jane Doe.`]),
    article('hand#2', 'Harbour bridge repairs to take months', ['Repairs to the harbour bridge will take at least three months, city engineers said on Wednesday, as traffic piled up on the ring road.']),
  ],
  speakers: [{ id: 'jane-doe', name: 'Jane Doe', aliases: ['Doe'], title: 'Mayor', kind: 'person' }],
  quotes: [{ articleId: 'hand#1', speakerId: 'jane-doe', speaker: 'Jane Doe', text: HOSTILE, partial: false, paragraph: 1, cue: 'said' }],
  polls: [],
  events: [],
  timexes: [],
  warnings: [],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { corpus });
});
afterAll(async () => {
  await h?.close();
});

describe('quoted text cannot ping or break the layout', () => {
  it('GIVEN a quote holding @everyone, role and user mentions and markdown THEN the reply pings nobody and shows the text inert', async () => {
    const o = await h.emu.command('quote', { speaker: 'Jane Doe' });
    const m = o.message!;
    expect(m.allowed_mentions_sent).toEqual({ parse: [] });
    expect(m.mention_everyone).toBe(false);
    expect(m.mention_roles).toEqual([]);
    expect(m.mentions).toEqual([]);
    const d = (m.embeds[0] as { description: string }).description;
    expect(d).not.toMatch(/@everyone|@here/);
    expect(d).not.toMatch(/<@&?\d+>/);
    expect(d).toContain('\\*\\*this\\*\\*');
    expect(d).not.toMatch(/(?<!\\)\[click\]\(/);
    expect(d.replace(/[\\\u200b]/g, '')).toContain('@everyone and @here: read **this** now');
  });

  it('GIVEN a brief of a topic whose article holds the hostile quote THEN the embed carries no live mention', async () => {
    const o = await h.emu.command('brief', { topic: 'harbour bridge' });
    const json = JSON.stringify(o.message?.embeds);
    expect(json).not.toMatch(/(?<!\\u200b)@everyone/);
    expect(json).not.toMatch(/<@&\d/);
    expect(o.message?.mention_everyone).toBe(false);
  });

  it('GIVEN a channel that was deleted or where the bot lost access THEN a post fails with 404 Unknown Channel or 403 Missing Permissions', async () => {
    const gone = h.emu.addChannel('gone');
    const locked = h.emu.addChannel('locked');
    h.emu.removeChannel(gone.id);
    h.emu.denyChannel(locked.id);
    const page = { embeds: [{ title: 'Digest' }] };
    await expect(h.bot.post(gone.id, page)).rejects.toMatchObject({ status: 404, code: 10003 });
    await expect(h.bot.post(locked.id, page)).rejects.toMatchObject({ status: 403, code: 50013 });
    h.emu.denyChannel(locked.id, false);
    await expect(h.bot.post(locked.id, page)).resolves.toHaveProperty('id');
  });

  it('GIVEN a channel post with a nonce sent twice THEN it is posted once, with its chart attached and mentions off', async () => {
    const page = { embeds: [{ title: 'Digest' }], charts: [{ name: 'c.png', title: 'Shares', bars: [{ label: 'yes', percent: 60 }, { label: 'no', percent: 40 }], description: 'yes 60%, no 40%' }] };
    const first = await h.bot.post(h.emu.channel.id, page, { nonce: 'slot-2024-05-01T09:00' });
    const second = await h.bot.post(h.emu.channel.id, page, { nonce: 'slot-2024-05-01T09:00' });
    expect(second.id).toBe(first.id);
    const posted = h.emu.channelMessages().filter((m) => m.nonce === 'slot-2024-05-01T09:00');
    expect(posted.length).toBe(1);
    expect(posted[0]!.attachments.map((a) => a.filename)).toEqual(['c.png']);
    expect(posted[0]!.allowed_mentions_sent).toEqual({ parse: [] });
  });
});
