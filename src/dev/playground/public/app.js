// @ts-check
/**
 * The playground page: a Discord-like channel over the playground server. Messages arrive on an
 * event stream (`/api/events`: a snapshot, then every create / edit / delete the emulator records
 * for this channel); commands, autocomplete and button presses are posted back and become
 * interactions on the emulator, answered by the real bot.
 *
 * DOM is built with createElement/textContent; only markdown.js output (escaped text plus its own
 * tags) goes through innerHTML. Colours are set through CSSOM, which the page's CSP allows.
 */
import { parseCommandLine, replaceValue, subcommandsOf, textOptions } from './commandLine.js';
import { escapeHtml, renderInline, renderMarkdown, safeUrl } from './markdown.js';

/** Wait after the last keystroke before asking the bot for suggestions, ms. */
const AUTOCOMPLETE_DEBOUNCE_MS = 120;
/** Distance from the bottom (px) within which new messages keep the view scrolled down. */
const STICK_TO_BOTTOM_PX = 120;
/** Button styles (Discord API "Button Styles") → CSS class. */
const BUTTON_CLASS = /** @type {Record<number, string>} */ ({ 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'secondary' });
/** Inline embed fields per row (Discord lays out up to three). */
const INLINE_PER_ROW = 3;

/**
 * @typedef {import('./commandLine.js').CommandDef} CommandDef
 * @typedef {{ key: string; id: string; name: string }} User
 * @typedef {{ guild: { name: string }; channel: { id: string; name: string }; bot: { id: string; name: string }; users: User[]; commands: CommandDef[] }} State
 * @typedef {{ id: string; channelId: string; author: { id: string; name: string; bot: boolean }; timestamp: string; edited: boolean; content: string; embeds: any[]; attachments: { id: string; filename: string; url: string; contentType: string; description: string | null }[]; components: any[]; ephemeral: boolean; loading: boolean; interaction: { userId: string; userName: string; kind: 'command' | 'component'; command: string | null } | null }} MessageView
 * @typedef {{ kind: 'command' | 'option' | 'choice'; label: string; detail: string; extra: string; apply: (text: string) => string }} Suggestion
 */

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const list = $('messages');
const input = /** @type {HTMLInputElement} */ ($('command'));
const popup = $('popup');
const hint = $('option-hint');
const errorBox = $('composer-error');
const userSelect = /** @type {HTMLSelectElement} */ ($('user-select'));

/** @type {State} */
let state = { guild: { name: '' }, channel: { id: '', name: 'general' }, bot: { id: '', name: 'bot' }, users: [], commands: [] };
/** @type {Map<string, MessageView>} */
const messages = new Map();
/** @type {Map<string, HTMLElement>} */
const elements = new Map();
/** Ephemeral messages the user dismissed. */
const dismissed = new Set();
/** @type {Suggestion[]} */
let suggestions = [];
let selected = 0;
/** True once the user moved through the suggestions with the arrow keys (then Enter picks one). */
let navigated = false;
let autocompleteSeq = 0;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let autocompleteTimer;

/**
 * `h('div', { class: 'x' }, child…)`: an element with attributes and children (strings become text).
 * @param {string} tag
 * @param {Record<string, string | boolean | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** @param {string} html */
function htmlBlock(tag = 'div', cls = '', html = '') {
  const el = h(tag, { class: cls });
  el.innerHTML = html;
  return el;
}

function currentUser() {
  return state.users.find((u) => u.key === userSelect.value) ?? state.users[0] ?? { key: 'alice', id: '', name: 'alice' };
}

/** "Today at 14:05", "Yesterday at …", else "23/04/2007 14:05". @param {string} iso */
function formatTime(iso) {
  const d = new Date(iso);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const today = new Date();
  const yesterday = new Date(today.getTime() - 86_400_000);
  if (d.toDateString() === today.toDateString()) return `Today at ${time}`;
  if (d.toDateString() === yesterday.toDateString()) return `Yesterday at ${time}`;
  return `${d.toLocaleDateString('en-GB')} ${time}`;
}

/** Names for mention pills. */
function names() {
  /** @type {Record<string, string>} */
  const out = { [state.bot.id]: state.bot.name, [state.channel.id]: state.channel.name };
  for (const u of state.users) out[u.id] = u.name;
  return out;
}

// ------------------------------------------------------------------ rendering

/** Grid spans of embed fields: consecutive inline fields share a row (up to three), others take one. @param {any[]} fields */
function fieldSpans(fields) {
  const spans = /** @type {number[]} */ ([]);
  let run = /** @type {number[]} */ ([]);
  const flush = () => {
    for (let i = 0; i < run.length; i += INLINE_PER_ROW) {
      const row = run.slice(i, i + INLINE_PER_ROW);
      for (const idx of row) spans[idx] = 12 / row.length;
    }
    run = [];
  };
  fields.forEach((f, i) => {
    if (f && f.inline) run.push(i);
    else {
      flush();
      spans[i] = 12;
    }
  });
  flush();
  return spans;
}

/** @param {any} e */
function renderEmbed(e) {
  const opts = { names: names() };
  const embed = h('div', { class: 'embed' });
  if (typeof e.color === 'number') embed.style.borderLeftColor = `#${e.color.toString(16).padStart(6, '0')}`;
  if (e.thumbnail?.url) embed.append(h('img', { class: 'embed-thumbnail', src: e.thumbnail.url, alt: '' }));
  if (e.author?.name) embed.append(h('div', { class: 'embed-author' }, String(e.author.name)));
  if (e.title) {
    const title = htmlBlock('div', 'embed-title', renderInline(String(e.title), { ...opts, links: false }));
    const href = e.url ? safeUrl(String(e.url)) : null;
    if (href) {
      const a = h('a', { target: '_blank', rel: 'noopener noreferrer' });
      a.setAttribute('href', new URL(String(e.url)).href);
      a.innerHTML = title.innerHTML;
      title.replaceChildren(a);
    }
    embed.append(title);
  }
  if (e.description) embed.append(htmlBlock('div', 'embed-description', renderMarkdown(String(e.description), opts)));
  if (Array.isArray(e.fields) && e.fields.length > 0) {
    const spans = fieldSpans(e.fields);
    const grid = h('div', { class: 'embed-fields' });
    e.fields.forEach((/** @type {any} */ f, /** @type {number} */ i) => {
      grid.append(
        h(
          'div',
          { class: `embed-field span-${spans[i]}${f.inline ? ' inline' : ''}` },
          htmlBlock('div', 'embed-field-name', renderInline(String(f.name ?? ''), opts)),
          htmlBlock('div', 'embed-field-value', renderMarkdown(String(f.value ?? ''), opts)),
        ),
      );
    });
    embed.append(grid);
  }
  if (e.image?.url) {
    const img = h('img', { class: 'embed-image', src: String(e.image.url), alt: String(e.image.description ?? 'image') });
    img.addEventListener('load', keepScrolled);
    embed.append(img);
  }
  if (e.footer?.text || e.timestamp) {
    embed.append(h('div', { class: 'embed-footer' }, e.footer?.text ? h('span', {}, String(e.footer.text)) : null, e.footer?.text && e.timestamp ? '•' : null, e.timestamp ? h('time', { datetime: String(e.timestamp) }, formatTime(String(e.timestamp))) : null));
  }
  return embed;
}

/** @param {MessageView} m */
function renderComponents(m) {
  const rows = [];
  for (const row of m.components) {
    const el = h('div', { class: 'action-row' });
    for (const c of row.components ?? []) {
      if (c.type !== 2) continue;
      if (c.style === 5) {
        const href = c.url ? safeUrl(String(c.url)) : null;
        const a = h('a', { class: 'button secondary', target: '_blank', rel: 'noopener noreferrer' }, String(c.label ?? 'Link'));
        if (href) a.setAttribute('href', new URL(String(c.url)).href);
        el.append(a);
        continue;
      }
      const b = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: `button ${BUTTON_CLASS[c.style] ?? 'secondary'}`, disabled: c.disabled === true }, String(c.label ?? '')));
      b.addEventListener('click', () => void pressButton(m.id, String(c.custom_id), b));
      el.append(b);
    }
    rows.push(el);
  }
  return rows;
}

/** @param {MessageView} m */
function renderMessage(m) {
  const el = h('article', { class: `msg${m.ephemeral ? ' ephemeral' : ''}`, 'data-id': m.id });
  if (m.interaction) {
    const used = m.interaction.kind === 'command' ? h('span', { class: 'reply-command', title: m.interaction.command ?? '' }, (m.interaction.command ?? '/command').split(' ')[0] ?? '') : 'a button';
    el.append(h('div', { class: 'msg-reply' }, h('span', { class: 'avatar small user' }, m.interaction.userName.slice(0, 1)), h('span', { class: 'reply-user' }, m.interaction.userName), m.interaction.kind === 'command' ? ' used ' : ' pressed ', used));
  }
  el.append(h('div', { class: `avatar${m.author.bot ? '' : ' user'}` }, m.author.name.slice(0, 1)));
  el.append(h('div', { class: 'msg-header' }, h('span', { class: 'author' }, m.author.name), m.author.bot ? h('span', { class: 'badge' }, 'APP') : null, h('time', { datetime: m.timestamp }, formatTime(m.timestamp))));
  if (m.loading) el.append(h('div', { class: 'thinking' }, `${m.author.name} is thinking`, h('span', { class: 'dots' })));
  if (m.content) {
    const content = htmlBlock('div', 'msg-content', renderMarkdown(m.content, { names: names() }));
    if (m.edited) content.append(h('span', { class: 'edited' }, '(edited)'));
    el.append(content);
  }
  for (const e of m.embeds) el.append(renderEmbed(e));
  for (const a of m.attachments) {
    if (/^image\//.test(a.contentType)) {
      const img = h('img', { class: 'attachment-image', src: a.url, alt: a.description ?? a.filename });
      img.addEventListener('load', keepScrolled);
      el.append(img);
    } else el.append(h('a', { class: 'attachment-file', href: a.url, download: a.filename }, a.filename));
  }
  el.append(...renderComponents(m));
  if (m.ephemeral) {
    const dismiss = h('button', { type: 'button' }, 'Dismiss message');
    dismiss.addEventListener('click', () => {
      dismissed.add(m.id);
      elements.get(m.id)?.remove();
      elements.delete(m.id);
    });
    el.append(h('div', { class: 'ephemeral-note' }, '👁 Only you can see this • ', dismiss));
  }
  return el;
}

/** @param {MessageView} m */
function visible(m) {
  if (dismissed.has(m.id)) return false;
  return !m.ephemeral || !m.interaction || m.interaction.userId === currentUser().id;
}

function nearBottom() {
  return list.scrollHeight - list.scrollTop - list.clientHeight < STICK_TO_BOTTOM_PX;
}

let stick = true;
function keepScrolled() {
  if (stick) list.scrollTop = list.scrollHeight;
}

/** Puts (or replaces) a message's element in id order. @param {MessageView} m */
function place(m) {
  const old = elements.get(m.id);
  if (!visible(m)) {
    old?.remove();
    elements.delete(m.id);
    return;
  }
  const el = renderMessage(m);
  if (old) old.replaceWith(el);
  else {
    const id = BigInt(m.id);
    const after = [...elements.entries()].find(([other]) => BigInt(other) > id)?.[1];
    if (after) list.insertBefore(el, after);
    else list.append(el);
  }
  elements.set(m.id, el);
}

function renderAll() {
  for (const el of elements.values()) el.remove();
  elements.clear();
  const sorted = [...messages.values()].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  for (const m of sorted) place(m);
  stick = true;
  keepScrolled();
}

/** A line from the page itself (not a Discord message), e.g. "newsbrief did not respond". @param {string} text */
function showNotice(text) {
  stick = nearBottom();
  const el = h('article', { class: 'msg ephemeral local-notice' }, h('div', { class: 'avatar' }, state.bot.name.slice(0, 1)), h('div', { class: 'msg-header' }, h('span', { class: 'author' }, state.bot.name), h('span', { class: 'badge' }, 'APP')), h('div', { class: 'msg-content notice' }, text), h('div', { class: 'ephemeral-note' }, '👁 Only you can see this'));
  list.append(el);
  keepScrolled();
}

// ------------------------------------------------------------------ live stream

function connect() {
  const status = $('status');
  const source = new EventSource('/api/events');
  source.addEventListener('open', () => {
    status.textContent = 'live';
    status.classList.add('live');
  });
  source.addEventListener('error', () => {
    status.textContent = 'reconnecting…';
    status.classList.remove('live');
  });
  source.addEventListener('snapshot', (ev) => {
    const data = JSON.parse(/** @type {MessageEvent} */ (ev).data);
    messages.clear();
    for (const m of data.messages) messages.set(m.id, m);
    renderAll();
  });
  source.addEventListener('message', (ev) => {
    const { kind, message } = JSON.parse(/** @type {MessageEvent} */ (ev).data);
    stick = nearBottom();
    if (kind === 'delete') {
      messages.delete(message.id);
      elements.get(message.id)?.remove();
      elements.delete(message.id);
      return;
    }
    messages.set(message.id, message);
    place(message);
    keepScrolled();
  });
  source.addEventListener('notice', (ev) => {
    const n = JSON.parse(/** @type {MessageEvent} */ (ev).data);
    if (n.userId === currentUser().id) showNotice(n.text);
  });
}

// ------------------------------------------------------------------ actions

/** @param {string} path @param {Record<string, unknown>} body */
async function post(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, user: currentUser().key }) });
  const data = await res.json().catch(() => ({}));
  return { ok: res.ok, data };
}

/** @param {string} text */
function showError(text) {
  errorBox.textContent = text;
  errorBox.hidden = text === '';
}

/** @param {string} messageId @param {string} customId @param {HTMLButtonElement} button */
async function pressButton(messageId, customId, button) {
  button.disabled = true;
  const r = await post('/api/button', { messageId, customId });
  if (!r.ok) {
    button.disabled = false;
    showError(r.data.error ?? 'That button did not work.');
  }
}

async function sendCommand() {
  const text = input.value.trim();
  if (text === '') return;
  closePopup();
  const r = await post('/api/command', { text });
  if (!r.ok) {
    showError(r.data.error ?? 'The command could not be sent.');
    return;
  }
  showError('');
  input.value = '';
  updateHint();
  stick = true;
}

// ------------------------------------------------------------------ completion

function closePopup() {
  suggestions = [];
  selected = 0;
  navigated = false;
  popup.hidden = true;
  popup.replaceChildren();
}

/** @param {string} title */
function showSuggestions(title) {
  popup.replaceChildren();
  if (suggestions.length === 0) {
    popup.hidden = true;
    return;
  }
  selected = Math.min(selected, suggestions.length - 1);
  popup.append(h('div', { class: 'popup-title' }, title));
  suggestions.forEach((s, i) => {
    const row = h('div', { class: `suggestion${i === selected ? ' selected' : ''}`, role: 'option', 'data-kind': s.kind }, h('span', { class: 's-name' }, s.label), h('span', { class: 's-desc' }, s.detail), s.extra ? h('span', { class: 's-extra' }, s.extra) : null);
    row.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      selected = i;
      accept();
    });
    popup.append(row);
  });
  popup.hidden = false;
}

function accept() {
  const s = suggestions[selected];
  if (!s) return;
  input.value = s.apply(input.value);
  input.setSelectionRange(input.value.length, input.value.length);
  closePopup();
  onInput();
}

/** The option pills under the box: which options the command takes, the one being typed highlighted. */
function updateHint() {
  const p = parseCommandLine(input.value, state.commands);
  if (!p.ok || p.stage !== 'options') {
    hint.hidden = true;
    return;
  }
  const opts = textOptions(p.subcommand ?? p.command);
  hint.replaceChildren(
    h('span', { class: 'opt-command' }, `/${p.command.name}${p.subcommand ? ` ${p.subcommand.name}` : ''} `),
    ...opts.map((o) => h('span', { class: `opt${p.focused?.name === o.name ? ' current' : ''}` }, o.required ? o.name : `[${o.name}]`)),
    p.focused ? h('span', {}, opts.find((o) => o.name === p.focused?.name)?.description ?? '') : '',
  );
  hint.hidden = false;
}

function onInput() {
  showError('');
  updateHint();
  const text = input.value;
  navigated = false;
  selected = 0;
  if (!text.startsWith('/')) return closePopup();
  if (!/\s/.test(text)) {
    const typed = text.slice(1).toLowerCase();
    suggestions = state.commands
      .filter((c) => c.name.startsWith(typed))
      .map((c) => ({ kind: /** @type {const} */ ('command'), label: `/${c.name}`, detail: c.description, extra: subcommandsOf(c).length > 0 ? subcommandsOf(c).map((o) => o.name).join(' | ') : textOptions(c).map((o) => (o.required ? o.name : `[${o.name}]`)).join(' '), apply: () => `/${c.name} ` }));
    return showSuggestions('Commands');
  }
  const p = parseCommandLine(text, state.commands);
  if (!p.ok) return closePopup();
  if (p.stage === 'subcommand') {
    const word = p.typedWord;
    suggestions = subcommandsOf(p.command)
      .filter((o) => o.name.startsWith(word.toLowerCase()))
      .map((o) => ({ kind: /** @type {const} */ ('option'), label: o.name, detail: o.description, extra: textOptions(o).map((x) => (x.required ? x.name : `[${x.name}]`)).join(' '), apply: (/** @type {string} */ t) => `${t.slice(0, t.length - word.length)}${o.name} ` }));
    return showSuggestions(`/${p.command.name}`);
  }
  // Options not given yet, matching a partly typed word (`/brief missile-shield le` → length:).
  const endsWithSpace = /\s$/.test(text);
  const lastWord = endsWithSpace ? '' : (/(?:^|\s)(\S*)$/.exec(text)?.[1] ?? '');
  const given = new Set(p.spans.filter((s) => s.named || endsWithSpace || text.slice(s.start, s.end) !== lastWord).map((s) => s.name));
  /** @type {Suggestion[]} */
  const optionItems =
    endsWithSpace || (lastWord !== '' && !lastWord.includes(':'))
      ? textOptions(p.subcommand ?? p.command)
          .filter((o) => !given.has(o.name) && o.name.startsWith(lastWord.toLowerCase()))
          .map((o) => ({ kind: /** @type {const} */ ('option'), label: `${o.name}:`, detail: o.description, extra: o.required ? 'required' : '', apply: (/** @type {string} */ t) => `${t.slice(0, t.length - lastWord.length)}${o.name}:` }))
      : [];
  const valueFocused = p.focused !== null && !(endsWithSpace && p.focused.end > p.focused.start);
  suggestions = optionItems;
  showSuggestions('Options');
  if (!valueFocused || !p.focused) return;
  const focused = p.focused;
  const seq = ++autocompleteSeq;
  clearTimeout(autocompleteTimer);
  autocompleteTimer = setTimeout(async () => {
    const r = await post('/api/autocomplete', { text });
    if (seq !== autocompleteSeq || input.value !== text) return;
    const choices = /** @type {{ name: string; value: string | number }[]} */ (r.data.choices ?? []);
    suggestions = [
      ...choices.map((c) => ({ kind: /** @type {const} */ ('choice'), label: c.name, detail: String(c.value) === c.name ? '' : String(c.value), extra: '', apply: (/** @type {string} */ t) => replaceValue(t, focused, focused.name, String(c.value)) })),
      ...optionItems,
    ];
    showSuggestions(r.data.option ? `${r.data.option.name}: ${r.data.option.description}` : 'Suggestions');
  }, AUTOCOMPLETE_DEBOUNCE_MS);
}

input.addEventListener('input', onInput);
input.addEventListener('keydown', (ev) => {
  const open = !popup.hidden && suggestions.length > 0;
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    if (!open) return;
    ev.preventDefault();
    navigated = true;
    selected = (selected + (ev.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
    popup.querySelectorAll('.suggestion').forEach((el, i) => el.classList.toggle('selected', i === selected));
    popup.querySelectorAll('.suggestion')[selected]?.scrollIntoView({ block: 'nearest' });
  } else if (ev.key === 'Tab') {
    if (!open) return;
    ev.preventDefault();
    accept();
  } else if (ev.key === 'Escape') {
    closePopup();
  } else if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    // As in Discord: Enter picks a suggestion the user moved to, or completes a half-typed command name; otherwise it sends.
    const namePending = open && !/\s/.test(input.value) && suggestions[0]?.kind === 'command' && !state.commands.some((c) => `/${c.name}` === input.value.trim());
    if (open && (navigated || namePending)) accept();
    else void sendCommand();
  }
});
input.addEventListener('blur', () => setTimeout(closePopup, 150));
$('command-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  void sendCommand();
});
// As in Discord, typing anywhere on the page types into the command box.
document.addEventListener('keydown', (ev) => {
  const target = /** @type {HTMLElement} */ (ev.target);
  if (target === input || target.tagName === 'SELECT' || ev.ctrlKey || ev.metaKey || ev.altKey || ev.key.length !== 1) return;
  input.focus();
});
list.addEventListener('click', (ev) => {
  const t = /** @type {HTMLElement} */ (ev.target);
  if (t.classList?.contains('spoiler')) t.classList.toggle('revealed');
});
userSelect.addEventListener('change', () => {
  $('user-avatar').textContent = currentUser().name.slice(0, 1);
  renderAll();
});

// ------------------------------------------------------------------ start

async function start() {
  state = await (await fetch('/api/state')).json();
  document.title = `#${state.channel.name} — newsbrief playground`;
  $('guild-name').textContent = state.guild.name;
  for (const id of ['channel-name', 'sidebar-channel', 'welcome-channel']) $(id).textContent = state.channel.name;
  input.placeholder = `Message #${state.channel.name} — type / for commands`;
  userSelect.replaceChildren(...state.users.map((u) => h('option', { value: u.key }, u.name)));
  $('user-avatar').textContent = currentUser().name.slice(0, 1);
  connect();
  input.focus();
}
void start();
// escapeHtml is re-exported for console debugging of markdown output.
export { escapeHtml };
