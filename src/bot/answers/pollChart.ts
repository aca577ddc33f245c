import { existsSync } from 'node:fs';

type Canvas = typeof import('@napi-rs/canvas');
/**
 * @napi-rs/canvas (Skia, a native library: about 14 MB of resident memory), imported at the first
 * chart, not when the bot starts: many bots never draw one between restarts.
 */
let canvasModule: Promise<Canvas> | undefined;

/** Font files tried, in order; the first that exists is registered as the chart font. */
const FONT_CANDIDATES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans.ttf', '/System/Library/Fonts/Supplemental/Arial.ttf', 'C:\\Windows\\Fonts\\arial.ttf'];
const FONT_FAMILY = 'newsbrief-chart';
/** Chart geometry, px. */
const WIDTH = 640;
const BAR_HEIGHT = 28;
const GAP = 12;
const PAD = 20;
const TITLE_HEIGHT = 36;
const LABEL_WIDTH = 220;
/** Bar colours, cycled. */
const COLOURS = ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b7791f', '#718096'];

let fontFamily: string | null = null;
/** Registers the first available font file once; falls back to the generic `sans-serif`. */
function chartFont({ GlobalFonts }: Canvas): string {
  if (fontFamily) return fontFamily;
  const file = FONT_CANDIDATES.find((f) => existsSync(f));
  fontFamily = file && GlobalFonts.registerFromPath(file, FONT_FAMILY) ? FONT_FAMILY : 'sans-serif';
  return fontFamily;
}

function fitText(ctx: { measureText(t: string): { width: number } }, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

/**
 * A horizontal bar chart of a poll's shares as PNG bytes, drawn with @napi-rs/canvas (Skia, in
 * process) and encoded off the main thread. Bars are scaled to 100% (or to the largest share if a
 * share is over 100); labels longer than the label column are cut with `…`.
 */
export async function renderPollChart(title: string, results: readonly { label: string; percent: number }[]): Promise<Buffer> {
  const height = PAD * 2 + TITLE_HEIGHT + results.length * (BAR_HEIGHT + GAP);
  const pending = (canvasModule ??= import('@napi-rs/canvas'));
  let skia: Canvas;
  try {
    skia = await pending;
  } catch (err) {
    if (canvasModule === pending) canvasModule = undefined; // tried again at the next chart
    throw err;
  }
  const canvas = skia.createCanvas(WIDTH, height);
  const ctx = canvas.getContext('2d');
  const font = chartFont(skia);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = '#1a202c';
  ctx.font = `bold 18px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, title, WIDTH - PAD * 2), PAD, PAD + TITLE_HEIGHT / 2);
  const scale = Math.max(100, ...results.map((r) => r.percent));
  const barMax = WIDTH - PAD * 2 - LABEL_WIDTH - 60;
  ctx.font = `15px ${font}`;
  results.forEach((r, i) => {
    const y = PAD + TITLE_HEIGHT + i * (BAR_HEIGHT + GAP);
    ctx.fillStyle = '#2d3748';
    ctx.fillText(fitText(ctx, r.label, LABEL_WIDTH - 10), PAD, y + BAR_HEIGHT / 2);
    const w = Math.max(2, (r.percent / scale) * barMax);
    ctx.fillStyle = COLOURS[i % COLOURS.length]!;
    ctx.fillRect(PAD + LABEL_WIDTH, y, w, BAR_HEIGHT);
    ctx.fillStyle = '#1a202c';
    ctx.fillText(`${r.percent}%`, PAD + LABEL_WIDTH + w + 8, y + BAR_HEIGHT / 2);
  });
  return canvas.encode('png');
}
