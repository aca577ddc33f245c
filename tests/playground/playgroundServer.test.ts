import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playground } from '../../src/dev/playground/startPlayground.js';
import { openEvents, postJson, startTestPlayground, type SseEvent } from './playgroundHarness.js';

/** PNG files start with these eight bytes. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let pg: Playground;
let stream: Awaited<ReturnType<typeof openEvents>>;

/** The final (not loading) version of the reply to an interaction, from the event stream. */
function replyTo(interactionId: string): (e: SseEvent) => boolean {
  return (e) => e.event === 'message' && e.data.kind !== 'delete' && !e.data.message.loading && e.data.message.interaction !== null && pg.emu.messages.get(e.data.message.id)?.interaction_metadata?.id === interactionId;
}

beforeAll(async () => {
  // A digest may post every 2 seconds here, so the schedule test does not wait an hour.
  pg = await startTestPlayground({ DIGEST_MIN_INTERVAL: '1' });
  stream = await openEvents(pg.url);
});
afterAll(async () => {
  stream?.close();
  await pg?.stop();
});

describe('the playground server with the real bot and the emulator', () => {
  it('GIVEN the page THEN its first text input is the command box, and scripts are limited to this origin', async () => {
    const res = await fetch(pg.url);
    const html = await res.text();
    expect(/<(input|textarea)\b[^>]*>/.exec(html)?.[0]).toMatch(/id="command"/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(new URL(pg.url).hostname).toBe('127.0.0.1');
  });

  it('GIVEN /api/state THEN it lists the commands the bot registered in the emulated server, with options and choices', async () => {
    const state = (await (await fetch(new URL('/api/state', pg.url))).json()) as { commands: { name: string; options: { name: string; choices?: { value: string }[] }[] }[] };
    expect(state.commands.map((c) => c.name)).toEqual(pg.bot.commands.definitions.map((d) => d.name).sort());
    expect(pg.emu.rest('PUT /applications/:app/guilds/:guild/commands')).toHaveLength(1);
    const brief = state.commands.find((c) => c.name === 'brief');
    expect(brief?.options.find((o) => o.name === 'length')?.choices?.map((c) => c.value)).toEqual(['short', 'full']);
  });

  it('GIVEN the stream opened THEN it starts with a snapshot of the channel', () => {
    expect(stream.events[0]?.event).toBe('snapshot');
  });

  it('GIVEN /brief missile-shield THEN the page first gets a thinking placeholder, then the edited brief embed with its fields', async () => {
    const sent = await postJson(pg.url, '/api/command', { text: '/brief missile-shield' });
    expect(sent.status).toBe(202);
    const id = sent.body.interactionId as string;
    const thinking = await stream.next((e) => e.event === 'message' && e.data.kind === 'create' && pg.emu.messages.get(e.data.message.id)?.interaction_metadata?.id === id);
    expect(thinking.data.message.loading).toBe(true);
    const reply = await stream.next(replyTo(id));
    expect(reply.data.kind).toBe('update');
    expect(reply.data.message.id).toBe(thinking.data.message.id);
    expect(reply.data.message.interaction).toMatchObject({ userName: 'alice', kind: 'command', command: '/brief topic:missile-shield' });
    const [embed] = reply.data.message.embeds;
    expect(embed.title.length).toBeGreaterThan(0);
    expect(embed.fields.map((f: { name: string }) => f.name)).toContain('Sources');
  });

  it('GIVEN a half-typed topic THEN autocomplete answers with the bot’s own suggestions', async () => {
    const r = await postJson(pg.url, '/api/autocomplete', { text: '/brief missile' });
    expect(r.status).toBe(200);
    expect(r.body.option.name).toBe('topic');
    expect(r.body.choices.map((c: { value: string }) => c.value)).toContain('missile-shield');
    expect(pg.emu.rest('POST /interactions/:id/:token/callback').some((x) => (x.body as { type?: number }).type === 8)).toBe(true);
  });

  it('GIVEN a static choice being typed THEN the choices come from the definition', async () => {
    const r = await postJson(pg.url, '/api/autocomplete', { text: '/brief missile-shield length:sh' });
    expect(r.body.choices).toEqual([{ name: 'short', value: 'short' }]);
  });

  it('GIVEN /quote Gates and Next pressed THEN the same message shows page 2', async () => {
    const sent = await postJson(pg.url, '/api/command', { text: '/quote Gates' });
    const first = await stream.next(replyTo(sent.body.interactionId));
    const next = first.data.message.components[0].components.find((b: { label: string }) => b.label === 'Next');
    const pressed = await postJson(pg.url, '/api/button', { messageId: first.data.message.id, customId: next.custom_id });
    expect(pressed.status).toBe(202);
    const update = await stream.next((e) => e.event === 'message' && e.data.message.id === first.data.message.id && /page 2\//.test(e.data.message.embeds[0]?.footer?.text ?? ''));
    expect(update.data.message.embeds[0].footer.text).not.toBe(first.data.message.embeds[0].footer.text);
  });

  it('GIVEN /polls THEN the chart the embed shows is served by the playground as a PNG', async () => {
    const sent = await postJson(pg.url, '/api/command', { text: '/polls' });
    const reply = await stream.next(replyTo(sent.body.interactionId));
    const url = reply.data.message.embeds[0].image.url as string;
    expect(url).toMatch(/^\/attachments\/\d+\/poll-1\.png$/);
    const res = await fetch(new URL(url, pg.url));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('GIVEN /help THEN the reply is marked ephemeral', async () => {
    const sent = await postJson(pg.url, '/api/command', { text: '/help' });
    const reply = await stream.next(replyTo(sent.body.interactionId));
    expect(reply.data.message.ephemeral).toBe(true);
  });

  it('GIVEN a digest subscription made on the page THEN the digest is posted into the page’s channel on schedule', async () => {
    const sent = await postJson(pg.url, '/api/command', { text: '/digest subscribe channel:#general topic:missile-shield schedule:*/2 * * * * *' });
    expect(sent.status).toBe(202);
    const confirm = await stream.next(replyTo(sent.body.interactionId));
    expect(JSON.stringify(confirm.data.message.embeds)).not.toMatch(/not allowed|cannot/i);
    const post = await stream.next((e) => e.event === 'message' && e.data.kind === 'create' && e.data.message.interaction === null, 15_000);
    expect(post.data.message.author.bot).toBe(true);
    expect(post.data.message.channelId).toBe(pg.emu.channel.id);
    expect(post.data.message.embeds.length).toBeGreaterThan(0);
  });
});
