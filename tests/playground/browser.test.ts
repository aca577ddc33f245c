import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playground } from '../../src/dev/playground/startPlayground.js';
import { startTestPlayground } from './playgroundHarness.js';

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
const CHROMIUM = '/usr/bin/chromium';
/** Flags for a quiet headless run in a container: no sandbox (root in CI), no GPU, no network chatter. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The README's screenshot; written only when UPDATE_SCREENSHOT=1 (otherwise a temporary file). */
const README_SCREENSHOT = 'docs/playground.png';
/** A blank or failed page has a handful of colours; a rendered channel with text and a chart has thousands. */
const MIN_DISTINCT_COLOURS = 200;
/** Waits for the bot's answers in the browser, ms. */
const ANSWER_TIMEOUT_MS = 20_000;

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`playground browser test skipped: ${CHROMIUM} not found. Install Debian's Chromium (apt-get install -y chromium) to run it.`);

let pg: Playground;
let browser: BrowserContext;
let page: Page;
let userDataDir: string;

/** Types a command into the page's command box and presses Enter, as a user would. */
async function run(command: string): Promise<void> {
  await page.locator('#command').click();
  await page.keyboard.type(command, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Distinct RGB colours of a PNG. */
async function distinctColours(png: Buffer): Promise<number> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return seen.size;
}

describe.skipIf(!hasChromium)(`the playground in headless Chromium (${CHROMIUM}; skipped with a warning where it is missing)`, () => {
  beforeAll(async () => {
    pg = await startTestPlayground();
    userDataDir = mkdtempSync(join(tmpdir(), 'newsbrief-chromium-'));
    // A fresh profile every run (Playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 900 } });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(pg.url);
    await page.locator('#status.live').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await pg?.stop();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('GIVEN the page THEN its first text input is the command box', async () => {
    expect(await page.locator('input, textarea').first().getAttribute('id')).toBe('command');
  });

  it('GIVEN "/brief missile" typed THEN the bot’s autocomplete suggests the missile-shield topic', async () => {
    await page.locator('#command').click();
    await page.keyboard.type('/brief missile', { delay: 5 });
    await expect.poll(() => page.locator('.suggestion').allInnerTexts(), { timeout: ANSWER_TIMEOUT_MS }).toContainEqual(expect.stringContaining('missile-shield'));
    await page.locator('#command').fill('');
  });

  it('GIVEN /brief missile-shield and Enter THEN the brief embed appears with its title and fields', async () => {
    await run('/brief missile-shield');
    const msg = page.locator('.msg', { has: page.locator('.msg-reply', { hasText: '/brief' }) }).last();
    await msg.locator('.embed-field-name').first().waitFor({ timeout: ANSWER_TIMEOUT_MS });
    expect(await msg.locator('.thinking').count()).toBe(0);
    expect((await msg.locator('.embed-title').innerText()).length).toBeGreaterThan(0);
    const fields = await msg.locator('.embed-field-name').allInnerTexts();
    expect(fields).toContain('Sources');
    expect(await msg.locator('.embed-description').innerText()).toMatch(/missile/i);
  });

  it('GIVEN /polls THEN the poll chart attached by the bot is shown in the embed', async () => {
    await run('/polls');
    const img = page.locator('.msg', { has: page.locator('.msg-reply', { hasText: '/polls' }) }).last().locator('img.embed-image');
    await img.waitFor({ timeout: ANSWER_TIMEOUT_MS });
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth), { timeout: ANSWER_TIMEOUT_MS }).toBeGreaterThan(100);
  });

  it('GIVEN /quote Gates and Next pressed THEN the reply turns to page 2, and a screenshot of the channel is not blank', async () => {
    await run('/quote Gates');
    const msg = page.locator('.msg', { has: page.locator('.msg-reply', { hasText: '/quote' }) }).last();
    await msg.locator('.embed-footer').waitFor({ timeout: ANSWER_TIMEOUT_MS });
    expect(await msg.locator('.embed-footer').innerText()).toMatch(/page 1\//);
    await msg.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => msg.locator('.embed-footer').innerText(), { timeout: ANSWER_TIMEOUT_MS }).toMatch(/page 2\//);
    expect(await msg.getByRole('button', { name: 'Previous' }).isEnabled()).toBe(true);

    const out = process.env['UPDATE_SCREENSHOT'] === '1' ? README_SCREENSHOT : join(userDataDir, 'playground.png');
    mkdirSync(dirname(out), { recursive: true });
    const png = await page.screenshot();
    writeFileSync(out, png);
    expect(await distinctColours(png)).toBeGreaterThan(MIN_DISTINCT_COLOURS);
  });
});
