// @ts-check
/**
 * Discord markdown to HTML for the playground page. Follows Discord's rules (its client parses
 * with simple-markdown): a backslash before a markdown character shows that character;
 * `code` and ```code blocks``` show their text as is; **bold**, *italic* / _italic_, __underline__,
 * ~~strike~~, ||spoiler||; [masked links](https://…) (only http/https; Discord allows them in
 * embeds and bot messages); bare http(s) links; `<t:unix:style>` timestamps; mention pills; and at
 * line starts `#`/`##`/`###` headings, `-#` subtext, `-`/`*` and `1.` lists, `>` and `>>>` quotes.
 *
 * Every piece of text goes through {@link escapeHtml}, so the output holds no markup but the tags
 * written here (class and href attributes only; no style, no event handlers). Plain JavaScript so
 * the browser loads it as is; types in markdown.d.ts.
 */

/** Characters a backslash escapes (Discord: any ASCII punctuation). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** Paired inline markers, longest first so `**` wins over `*` and `__` over `_`. */
const PAIRS = /** @type {const} */ ([
  ['**', 'strong'],
  ['__', 'u'],
  ['~~', 's'],
  ['||', 'span class="spoiler"'],
  ['*', 'em'],
  ['_', 'em'],
]);
/** Timestamp styles (Discord "Message Formatting": t, T, d, D, f, F, R). */
const TIME_STYLES = /** @type {Record<string, Intl.DateTimeFormatOptions>} */ ({
  t: { timeStyle: 'short' },
  T: { timeStyle: 'medium' },
  d: { dateStyle: 'short' },
  D: { dateStyle: 'long' },
  f: { dateStyle: 'long', timeStyle: 'short' },
  F: { dateStyle: 'full', timeStyle: 'short' },
});

/**
 * Text safe inside HTML elements and double- or single-quoted attributes.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * An http(s) URL as an attribute value, or null for anything else (`javascript:`, `data:` …).
 * @param {string} url
 */
export function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? escapeHtml(u.href) : null;
  } catch {
    return null;
  }
}

/**
 * `<t:1700000000:R>` style text: relative for R, else a locale date/time.
 * @param {number} seconds
 * @param {string} style
 * @param {number} now ms
 */
function formatTimestamp(seconds, style, now) {
  const d = new Date(seconds * 1000);
  if (style === 'R') {
    const diff = Math.round((seconds * 1000 - now) / 1000);
    const units = /** @type {const} */ ([['year', 31_536_000], ['month', 2_592_000], ['day', 86_400], ['hour', 3600], ['minute', 60], ['second', 1]]);
    const [unit, size] = units.find(([, s]) => Math.abs(diff) >= s) ?? ['second', 1];
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(diff / size), unit);
  }
  return new Intl.DateTimeFormat('en-GB', TIME_STYLES[style] ?? TIME_STYLES['f']).format(d);
}

/**
 * Index of the closing `marker` for an opening one ending at `from`, skipping escapes and code
 * spans; -1 when there is none on this text.
 * @param {string} s
 * @param {number} from
 * @param {string} marker
 */
function findClose(s, from, marker) {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > 0) i = end;
      continue;
    }
    if (s.startsWith(marker, i)) {
      // A single `*` or `_` does not close on a doubled one (`*a **b** c*`): that pair is bold/underline.
      if (marker.length === 1 && s[i + 1] === marker) {
        i++;
        continue;
      }
      if (i > from) return i;
    }
  }
  return -1;
}

/**
 * Inline markdown of one line (or a title) to HTML.
 * @param {string} s
 * @param {{ links?: boolean; now?: number; names?: Readonly<Record<string, string>> }} [opts]
 * @returns {string}
 */
export function renderInline(s, opts = {}) {
  const now = opts.now ?? Date.now();
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    const rest = s.slice(i);
    if (c === '\\' && i + 1 < s.length && ESCAPABLE.test(s[i + 1] ?? '')) {
      out += escapeHtml(s[i + 1] ?? '');
      i += 2;
      continue;
    }
    if (c === '`') {
      const ticks = /^`+/.exec(rest)?.[0] ?? '`';
      const end = s.indexOf(ticks, i + ticks.length);
      if (end > i) {
        out += `<code>${escapeHtml(s.slice(i + ticks.length, end).trim() || s.slice(i + ticks.length, end))}</code>`;
        i = end + ticks.length;
        continue;
      }
    }
    if (c === '[' && opts.links !== false) {
      const m = /^\[((?:\\.|[^\]\\])+)\]\((<?)(https?:\/\/[^\s)>]+)\2?\)/.exec(rest);
      const href = m ? safeUrl(m[3] ?? '') : null;
      if (m && href) {
        out += `<a href="${href}" target="_blank" rel="noopener noreferrer">${renderInline(m[1] ?? '', { ...opts, links: false })}</a>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === 'h' && opts.links !== false) {
      const m = /^https?:\/\/[^\s<]+[^\s<.,:;"')\]]/.exec(rest);
      const href = m ? safeUrl(m[0]) : null;
      if (m && href) {
        out += `<a href="${href}" target="_blank" rel="noopener noreferrer">${escapeHtml(m[0])}</a>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === '<') {
      const t = /^<t:(-?\d{1,13})(?::([tTdDfFR]))?>/.exec(rest);
      if (t) {
        out += `<span class="md-time">${escapeHtml(formatTimestamp(Number(t[1]), t[2] ?? 'f', now))}</span>`;
        i += t[0].length;
        continue;
      }
      const mention = /^<(@[!&]?|#)(\d{15,21})>/.exec(rest);
      if (mention) {
        const kind = mention[1] === '#' ? '#' : '@';
        const name = opts.names?.[mention[2] ?? ''] ?? (mention[1] === '@&' ? 'role' : kind === '#' ? 'channel' : 'user');
        out += `<span class="mention">${escapeHtml(kind + name)}</span>`;
        i += mention[0].length;
        continue;
      }
    }
    if (c === '@') {
      const m = /^@(everyone|here)\b/.exec(rest);
      if (m) {
        out += `<span class="mention">${escapeHtml(m[0])}</span>`;
        i += m[0].length;
        continue;
      }
    }
    const pair = PAIRS.find(([marker]) => rest.startsWith(marker));
    if (pair) {
      const [marker, tag] = pair;
      const after = s[i + marker.length] ?? '';
      // Discord: an opening marker is followed by non-space; `_` only opens at a word start.
      const opens = after !== '' && !/\s/.test(after) && !(marker === '_' && /\w/.test(s[i - 1] ?? ''));
      const close = opens ? findClose(s, i + marker.length, marker) : -1;
      if (close > 0 && !(marker === '_' && /\w/.test(s[close + 1] ?? ''))) {
        const closeTag = tag.split(' ')[0];
        out += `<${tag}>${renderInline(s.slice(i + marker.length, close), opts)}</${closeTag}>`;
        i = close + marker.length;
        continue;
      }
    }
    out += escapeHtml(c);
    i++;
  }
  return out;
}

/**
 * Discord markdown of a message or an embed description / field value to HTML (block rules at
 * line starts, inline rules within lines; newlines become `<br>`).
 * @param {string} text
 * @param {{ now?: number; names?: Readonly<Record<string, string>> }} [opts]
 * @returns {string}
 */
export function renderMarkdown(text, opts = {}) {
  const parts = [];
  // Code blocks first: their text is shown as is.
  const fence = /```(?:([\w+-]{1,20})\n)?([\s\S]*?)```/g;
  let last = 0;
  for (const m of text.matchAll(fence)) {
    const at = m.index ?? 0;
    if (at > last) parts.push(renderLines(text.slice(last, at), opts));
    parts.push(`<pre class="md-codeblock"><code>${escapeHtml((m[2] ?? '').replace(/^\n|\n$/g, ''))}</code></pre>`);
    last = at + m[0].length;
  }
  if (last < text.length) parts.push(renderLines(text.slice(last), opts));
  return parts.join('');
}

/**
 * @param {string} text
 * @param {{ now?: number; names?: Readonly<Record<string, string>> }} opts
 */
function renderLines(text, opts) {
  const lines = text.split('\n');
  /** @type {string[]} */
  const out = [];
  /** @type {{ tag: 'ul' | 'ol' | 'blockquote'; items: string[] } | null} */
  let group = null;
  const flush = () => {
    if (!group) return;
    out.push(group.tag === 'blockquote' ? `<blockquote>${group.items.join('<br>')}</blockquote>` : `<${group.tag}>${group.items.map((x) => `<li>${x}</li>`).join('')}</${group.tag}>`);
    group = null;
  };
  /** @param {'ul' | 'ol' | 'blockquote'} tag @param {string} html */
  const add = (tag, html) => {
    if (!group || group.tag !== tag) {
      flush();
      group = { tag, items: [] };
    }
    group.items.push(html);
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    let m;
    if ((m = /^>>> ([\s\S]*)/.exec(line))) {
      flush();
      out.push(`<blockquote>${lines.slice(n).join('\n').slice(4).split('\n').map((l) => renderInline(l, opts)).join('<br>')}</blockquote>`);
      break;
    } else if ((m = /^> (.*)$/.exec(line)) || line === '>') add('blockquote', renderInline(m?.[1] ?? '', opts));
    else if ((m = /^(#{1,3}) (.+)$/.exec(line))) {
      flush();
      const level = (m[1] ?? '#').length;
      out.push(`<h${level + 2} class="md-h${level}">${renderInline(m[2] ?? '', opts)}</h${level + 2}>`);
    } else if ((m = /^-# (.+)$/.exec(line))) {
      flush();
      out.push(`<div class="md-subtext">${renderInline(m[1] ?? '', opts)}</div>`);
    } else if ((m = /^\s*[-*] (.+)$/.exec(line))) add('ul', renderInline(m[1] ?? '', opts));
    else if ((m = /^\s*\d{1,9}\. (.+)$/.exec(line))) add('ol', renderInline(m[1] ?? '', opts));
    else {
      flush();
      out.push(`${renderInline(line, opts)}${n < lines.length - 1 ? '<br>' : ''}`);
    }
  }
  flush();
  return out.join('');
}
