import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator, type RestRecord } from '../../src/dev/discord-emulator/index.js';
import { TEST_TOKEN } from './harness.js';
import { startBotProcess as startProcess, type BotProcess } from '../scale/botProcess.js';
import { digestOptions, digestsIn, messageText, slotOf, subscribedId, waitForDigests } from './digestHelpers.js';

/** Seconds between slots in these tests. */
const STEP_S = 3;

/** `npm start` (src/bot/main.ts) as a child process against the emulator, state in `stateDir` (also its working folder, so no .env is read). */
function startBotProcess(emu: DiscordEmulator, stateDir: string): BotProcess {
  return startProcess({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, DIGEST_MIN_INTERVAL: '1' }, stateDir);
}

async function kill(p: BotProcess): Promise<void> {
  p.child.kill('SIGKILL');
  await p.exited;
}

const sleepUntil = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms - Date.now())));

let emu: DiscordEmulator | undefined;
let stateDir: string | undefined;
let bots: BotProcess[] = [];
afterEach(async () => {
  for (const b of bots) if (b.child.exitCode === null && b.child.signalCode === null) await kill(b);
  bots = [];
  await emu?.stop();
  emu = undefined;
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

describe('digests survive SIGKILL of the bot process', () => {
  it('GIVEN the bot killed between two slots and restarted after two more came due THEN the latest missed slot is posted once, marked late, and nothing repeats', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-digest-proc-'));
    const channel = emu.addChannel('survivor');
    const first = startBotProcess(emu, stateDir);
    bots.push(first);
    await first.waitFor(/"msg":"digests started"/, 20_000);
    const id = subscribedId((await emu.command('digest', digestOptions('subscribe', { channel: channel.id, topic: 'missile-shield', schedule: `*/${STEP_S} * * * * *` }))).message);
    const [m1] = await waitForDigests(emu, channel.id, 1, (STEP_S + 2) * 1000);
    const slot1 = slotOf(m1!)!;
    await first.waitFor(/"msg":"digest posted"/, 2000);
    await kill(first);
    // Down for the next two slots; back after both.
    await sleepUntil((slot1 + 2 * STEP_S) * 1000 + 300);
    const second = startBotProcess(emu, stateDir);
    bots.push(second);
    await second.waitFor(/"msg":"digests started"/, 20_000);
    const restartedAt = Date.now() / 1000;
    // The late one, then one regular slot after it.
    const all = await waitForDigests(emu, channel.id, 3, (2 * STEP_S + 3) * 1000, id);
    const slots = all.map((m) => slotOf(m)!);
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots[0]).toBe(slot1);
    const late = all.filter((m) => messageText(m).includes('posted late'));
    expect(late).toHaveLength(1);
    const lateSlot = slotOf(late[0]!)!;
    // The latest slot before the restart, not the first missed one: missed slots collapse into one post.
    expect(lateSlot).toBeGreaterThanOrEqual(slot1 + 2 * STEP_S);
    expect(lateSlot).toBeLessThanOrEqual(restartedAt);
    expect(slots).not.toContain(slot1 + STEP_S);
    // Its slot time is shown in the subscription's zone and as a Discord timestamp (seconds are
    // left out of a slot on a whole minute: one slot in 60 / STEP_S lands there).
    expect(messageText(late[0]!)).toMatch(/\*\*Slot:\*\* \w{3}, \d+ \w{3} \d{4}, \d\d:\d\d(:\d\d)? \(UTC\)/);
    // After the late one, slots follow the schedule again.
    expect(slots[2]! - lateSlot).toBe(STEP_S);
    expect(digestsIn(emu, channel.id)).toHaveLength(all.length);
  }, 60_000);

  it('GIVEN the bot killed while its post is in flight THEN after restart the same nonce is sent again and Discord keeps one message', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-digest-proc-'));
    const channel = emu.addChannel('in-flight');
    const posts = new RegExp(`^/channels/${channel.id}/messages$`);
    // The first post fails with a 500 (so it is known to have left: state `sending`); discord.js
    // repeats it at once, and that repeat is held for 3 s: the bot is killed meanwhile, and the
    // held request still creates the message, as Discord would.
    emu.injectFault({ kind: 'server-error', status: 500, method: 'POST', path: posts });
    emu.injectFault({ kind: 'delay', delayMs: 3000, method: 'POST', path: posts });
    // The repeat's arrival at the emulator (held there), listened for before anything is posted.
    const held = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the repeated post never reached the emulator')), (STEP_S + 10) * 1000);
      emu!.once('held', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const first = startBotProcess(emu, stateDir);
    bots.push(first);
    await first.waitFor(/"msg":"digests started"/, 20_000);
    await emu.command('digest', digestOptions('subscribe', { channel: channel.id, topic: 'poll', schedule: `*/${STEP_S} * * * * *` }));
    const failed = await emu.waitFor((r) => r.kind === 'rest' && r.fault === 'server-error' && posts.test(r.path), (STEP_S + 2) * 1000, 'the 500');
    const nonce = ((failed as { body: { nonce: string } }).body).nonce;
    // Killed only once the repeat is in flight (a fixed pause raced the retry on a loaded machine).
    await held;
    await kill(first);
    const second = startBotProcess(emu, stateDir);
    bots.push(second);
    await second.waitFor(/"msg":"digests started"/, 20_000);
    await waitForDigests(emu, channel.id, 2, (STEP_S + 4) * 1000);
    // The held post is answered 3 s after it arrived, which may be after the restarted bot's repeat
    // and the next slot's post: wait for it to be answered too before counting.
    const sentWithNonce = (): RestRecord[] => emu!.rest('POST /channels/:channel/messages').filter((r) => (r.body as { nonce?: string }).nonce === nonce);
    for (let waited = 0; sentWithNonce().length < 2 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const withNonce = sentWithNonce();
    // Sent again after the restart (the held one, plus the repeat), answered with the one message.
    expect(withNonce.length).toBeGreaterThanOrEqual(2);
    expect(new Set(withNonce.map((r) => r.status))).toEqual(new Set([200]));
    const slots = digestsIn(emu, channel.id).map((m) => slotOf(m)!);
    expect(new Set(slots).size).toBe(slots.length);
    const nonces = emu.channelMessages(channel.id).map((m) => m.nonce);
    expect(nonces.filter((n) => n === nonce)).toHaveLength(1);
  }, 60_000);
});
