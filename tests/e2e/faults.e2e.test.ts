import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, TEST_TOKEN, type Harness, titleOf, descriptionOf } from './harness.js';

const BOOM_COMMANDS = fileURLToPath(new URL('./fixtures/boom-commands/', import.meta.url));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});


describe('faults and limits', () => {
  it('GIVEN Discord answers the interaction callback with a 429 THEN the bot waits retry_after and the reply still arrives', async () => {
    h = await startHarness();
    h.emu.injectFault({ kind: 'rate-limit', method: 'POST', path: /^\/interactions\//, retryAfter: 0.3 });
    const o = await h.emu.command('topics');
    expect(o.callbackType).toBe(4);
    const calls = h.emu.rest().filter((r) => r.path.startsWith('/interactions/'));
    expect(calls.map((r) => r.status)).toEqual([429, 204]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(300);
    expect(h.logs.some((l) => l.includes('Discord rate limit; waiting'))).toBe(true);
  });

  it('GIVEN Discord answers a deferred edit with a 500 THEN the bot retries and the edit arrives', async () => {
    h = await startHarness();
    h.emu.injectFault({ kind: 'server-error', method: 'PATCH', path: /^\/webhooks\//, status: 500 });
    const o = await h.emu.command('timeline', { topic: 'missile-shield' });
    expect(o.deferred).toBe(true);
    expect(titleOf(o.message)).toMatch(/Timeline/);
    expect(h.emu.rest().filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([500, 200]);
  });

  it('GIVEN the gateway connection is cut THEN the bot resumes its session and answers commands sent during and after the drop', async () => {
    h = await startHarness();
    h.emu.dropGateway({ terminate: true });
    const during = await h.emu.command('topics', {}, { timeoutMs: 10_000 });
    expect(titleOf(during.message)).toBe('Topics');
    h.emu.dropGateway({ code: 4000 });
    await h.emu.waitFor((r) => r.kind === 'gateway' && r.direction === 'out' && r.t === 'RESUMED' && r.connection === 3, 10_000, 'second RESUMED');
    const after = await h.emu.command('help');
    expect(titleOf(after.message)).toBe('newsbrief');
    expect(h.emu.gateway.identifies).toBe(1);
    expect(h.emu.gateway.resumes).toBe(2);
  });

  it('GIVEN a user over the per-user limit THEN they get a polite ephemeral "slow down" with the wait, and other users are still served', async () => {
    h = await startHarness({ USER_RATE_LIMIT: '2', USER_RATE_WINDOW_SECONDS: '30' });
    await h.emu.command('topics');
    await h.emu.command('help');
    const third = await h.emu.command('topics');
    expect(third.ephemeral).toBe(true);
    expect(titleOf(third.message)).toBe('Slow down a little');
    const wait = Number(/about (\d+) second/.exec(descriptionOf(third.message))?.[1]);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(31);
    const bob = await h.emu.command('topics', {}, { user: h.emu.users.bob });
    expect(titleOf(bob.message)).toBe('Topics');
    const auto = await h.emu.autocomplete('brief', { topic: 'rus' }, 'topic');
    expect(auto.choices!.length).toBeGreaterThan(0);
  });

  it('GIVEN a command handler that throws THEN the user gets an ephemeral plain message (no stack, no internals) and the error is logged', async () => {
    h = await startHarness({}, { commandsDir: BOOM_COMMANDS });
    const o = await h.emu.command('boom');
    expect(o.ephemeral).toBe(true);
    expect(titleOf(o.message)).toBe('Something went wrong');
    expect(JSON.stringify(o.message?.embeds)).not.toMatch(/kaboom|at .*\.ts|Error:/);
    const logged = h.logs.map((l) => JSON.parse(l) as { msg?: string; err?: { message?: string } }).find((l) => l.msg === 'interaction failed');
    expect(logged?.err?.message).toMatch(/kaboom/);
  });

  it('GIVEN paging buttons past their timeout THEN they are disabled on the message and a late press is told the pages expired', async () => {
    h = await startHarness({ PAGE_TIMEOUT_SECONDS: '0.3' });
    const o = await h.emu.command('topics');
    const next = (o.message!.components[0] as { components: { custom_id: string; label: string }[] }).components.find((b) => b.label === 'Next')!;
    await h.emu.waitFor((r) => r.kind === 'rest' && r.method === 'PATCH' && r.path.includes('/messages/@original'), 3000, 'buttons disabled');
    const stored = h.emu.messages.get(o.message!.id)!;
    const buttons = (stored.components[0] as { components: { disabled?: boolean }[] }).components;
    expect(buttons.every((b) => b.disabled === true)).toBe(true);
    const late = await h.emu.clickButton(stored, next.custom_id);
    expect(late.ephemeral).toBe(true);
    expect(titleOf(late.message)).toBe('These pages have expired');
  });

  it('GIVEN a whole session with the token set THEN no log line contains the token', async () => {
    h = await startHarness();
    await h.emu.command('help');
    h.bot.log.info({ config: { DISCORD_TOKEN: TEST_TOKEN }, note: `token is ${TEST_TOKEN}` }, `careless ${TEST_TOKEN}`);
    h.bot.log.error({ err: new Error(`failed with ${TEST_TOKEN}`) }, 'error path');
    expect(h.logs.length).toBeGreaterThan(3);
    for (const line of h.logs) expect(line).not.toContain(TEST_TOKEN);
    expect(h.logs.some((l) => l.includes('[redacted]'))).toBe(true);
  });
});
