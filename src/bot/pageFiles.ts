import { createHash } from 'node:crypto';
import { renderPollChart } from './answers/pollChart.js';
import type { AnswerFile, AnswerPage, ChartSpec } from './types.js';

/** Rendered charts kept in memory (PNG base64), most recently used. */
const MAX_CHARTS = 200;
const charts = new Map<string, string>();
/** The file made for a spec object (cached answers keep their spec objects, so this skips hashing). */
const bySpec = new WeakMap<ChartSpec, AnswerFile>();

async function chartFile(spec: ChartSpec): Promise<AnswerFile> {
  const known = bySpec.get(spec);
  if (known) return known;
  const key = createHash('sha1').update(JSON.stringify([spec.title, spec.bars])).digest('hex');
  let base64 = charts.get(key);
  if (base64 === undefined) {
    base64 = (await renderPollChart(spec.title, spec.bars)).toString('base64');
    charts.set(key, base64);
    if (charts.size > MAX_CHARTS) charts.delete(charts.keys().next().value!);
  } else {
    charts.delete(key);
    charts.set(key, base64);
  }
  const file: AnswerFile = { name: spec.name, description: spec.description, contentType: 'image/png', base64 };
  bySpec.set(spec, file);
  return file;
}

/**
 * The page with its charts rendered to PNG attachments (added to `files`), ready to send.
 * Renders are memoised by content, so a page shown again (cached reply, Previous) costs nothing.
 * A chart that cannot be drawn (the renderer, a native module loaded at the first chart, failed to
 * load, say) is left out and told to `onChartError`: the page's text still goes out, as an answer
 * without a chart, instead of the whole answer failing.
 */
export async function renderPageFiles(page: AnswerPage, onChartError?: (err: unknown) => void): Promise<AnswerPage> {
  if (!page.charts || page.charts.length === 0) return page;
  const settled = await Promise.allSettled(page.charts.map(chartFile));
  const rendered: AnswerFile[] = [];
  for (const r of settled) {
    if (r.status === 'fulfilled') rendered.push(r.value);
    else onChartError?.(r.reason);
  }
  return { embeds: page.embeds, files: [...(page.files ?? []), ...rendered] };
}
