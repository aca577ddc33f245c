import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/bot/logger.js';
import { startPlayground, type Playground } from '../../src/dev/playground/startPlayground.js';
import { bundledCorpus } from '../e2e/harness.js';

/** The playground as `npm run playground` starts it (bundled corpus, a free port), quiet logs; `env` overrides configuration. */
export async function startTestPlayground(env: Record<string, string> = {}): Promise<Playground> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', USER_RATE_LIMIT: '1000', GUILD_RATE_LIMIT: '100000', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logger = createLogger({ level: parsed.config.LOG_LEVEL, secret: 'none', destination: { write: () => undefined } });
  return startPlayground({ config: parsed.config, corpus: await bundledCorpus(), port: 0, logger });
}

/** One Server-Sent Event. */
export interface SseEvent {
  event: string;
  data: any;
}

/**
 * Reads the playground's `/api/events` stream: `next(predicate)` resolves with the first event
 * (already received or new) that matches.
 */
export async function openEvents(baseUrl: string): Promise<{ events: SseEvent[]; next(predicate: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>; close(): void }> {
  const controller = new AbortController();
  const res = await fetch(new URL('/api/events', baseUrl), { signal: controller.signal });
  if (!res.body) throw new Error('no event stream');
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
          for (const w of waiters) w();
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    next(predicate, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = (): void => {
          for (; seen < events.length; seen++) {
            if (predicate(events[seen]!)) {
              waiters.delete(check);
              clearTimeout(timer);
              resolve(events[seen]!);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => e.event + ':' + (e.data.kind ?? '')).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => controller.abort(),
  };
}

/** POSTs JSON to the playground. */
export async function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(new URL(path, baseUrl), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) };
}
