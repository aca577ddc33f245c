/**
 * Abuse against the real bot and the emulator: one server flooding commands meets the per-server
 * limit (after each member's own limit), and an autocomplete flood is answered from memory while
 * commands keep being answered correctly. (Subscription limits per server: digest.negative.e2e.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness, titleOf, descriptionOf } from './harness.js';

/** Autocompletes in flight at once in the flood test. */
const FLOOD = 1000;
/** Discord's deadline for the first answer to an interaction. */
const DISCORD_DEADLINE_MS = 3000;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});


describe('abuse: per-server limit and autocomplete floods', () => {
  it('GIVEN members of one server over the per-server limit THEN the next command is told the server is busy with the wait; a member over their own limit uses none of it; autocomplete still answers', async () => {
    h = await startHarness({ USER_RATE_LIMIT: '2', USER_RATE_WINDOW_SECONDS: '30', GUILD_RATE_LIMIT: '3', GUILD_RATE_WINDOW_SECONDS: '30' });
    const { alice, bob } = h.emu.users;
    expect(titleOf((await h.emu.command('topics', {}, { user: alice })).message)).toBe('Topics');
    expect(titleOf((await h.emu.command('help', {}, { user: alice })).message)).toBe('newsbrief');
    // Alice is over her own limit: refused by the per-user check, so the server's budget stays at 1 left.
    expect(titleOf((await h.emu.command('topics', {}, { user: alice })).message)).toBe('Slow down a little');
    expect(titleOf((await h.emu.command('topics', {}, { user: bob })).message)).toBe('Topics');
    const busy = await h.emu.command('help', {}, { user: bob });
    expect(busy.ephemeral).toBe(true);
    expect(titleOf(busy.message)).toBe('This server is busy');
    const wait = Number(/about (\d+) second/.exec(descriptionOf(busy.message))?.[1]);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);
    expect(h.logs.some((l) => l.includes('server over the command limit'))).toBe(true);
    const auto = await h.emu.autocomplete('brief', { topic: 'rus' }, 'topic', { user: bob });
    expect(auto.choices!.length).toBeGreaterThan(0);
  });

  it(`GIVEN ${FLOOD} autocompletes in flight THEN commands sent meanwhile are answered correctly and every autocomplete gets the same choices as a lone one`, async () => {
    h = await startHarness();
    const emu = h.emu;
    const expected = (await emu.autocomplete('brief', { topic: 'mis' }, 'topic')).choices;
    expect(expected!.length).toBeGreaterThan(0);
    const sentBefore = emu.rest().filter((r) => r.path.startsWith('/interactions/')).length;
    const flood = Array.from({ length: FLOOD }, (_, k) => emu.autocomplete('brief', { topic: 'mis' }, 'topic', { user: k % 2 ? emu.users.bob : emu.users.alice, timeoutMs: 60_000 }));
    // Commands while the flood is in flight: each answered with its real content.
    const sentAt = performance.now();
    const [topics, help, brief] = await Promise.all([
      emu.command('topics', {}, { timeoutMs: 30_000 }),
      emu.command('help', {}, { user: emu.users.bob, timeoutMs: 30_000 }),
      emu.command('brief', { topic: 'missile-shield' }, { timeoutMs: 30_000 }),
    ]);
    expect(titleOf(topics.message)).toBe('Topics');
    expect(titleOf(help.message)).toBe('newsbrief');
    expect(brief.deferred).toBe(true);
    expect(JSON.stringify(brief.message?.embeds)).toMatch(/missile|shield/i);
    const results = await Promise.all(flood);
    expect(results.every((r) => r.callbackType === 8)).toBe(true);
    expect(results.every((r) => JSON.stringify(r.choices) === JSON.stringify(expected))).toBe(true);
    // Each command got its first answer (its reply, or the deferral of /brief) within Discord's
    // 3-second deadline while the flood was being answered. (Sent after the flood, the commands
    // reach the bot behind it on the gateway and their answers join the HTTP requests of the
    // autocompletes answered before them; this test used to require that some autocomplete be
    // answered after the last command, which depended on that queue: 1 run in 4 failed here.)
    const callbacks = emu.rest().filter((r) => r.path.startsWith('/interactions/')).slice(sentBefore);
    expect(callbacks).toHaveLength(FLOOD + 3);
    const firstAnswerMs = [topics, help, brief].map((o) => (callbacks.find((r) => r.path.startsWith(`/interactions/${o.interactionId}/`))?.at ?? Infinity) - sentAt);
    expect(Math.max(...firstAnswerMs)).toBeLessThan(DISCORD_DEADLINE_MS);
    // Autocompletes are never limited and use no command budget: a command right after is served.
    expect(titleOf((await emu.command('topics')).message)).toBe('Topics');
  }, 120_000);
});
