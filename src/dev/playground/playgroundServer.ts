import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiscordEmulator, EmulatedMessage, EmulatedUser, MessageChange } from '../discord-emulator/index.js';
import { parseCommandLine, textOptions, toAutocompleteOptions, toInteractionData, type ChannelRef, type CommandDef, type LineContext } from './public/commandLine.js';
import { toMessageView } from './messageView.js';

/** The page and its scripts: plain files, served as they are (no build step). */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
/** Discord's deadline for the first answer to an interaction, ms; after it the page says the app did not respond. */
const INTERACTION_DEADLINE_MS = 3000;
/** Longest wait for the bot's autocomplete answer, ms (Discord gives up after 3 s as well). */
const AUTOCOMPLETE_TIMEOUT_MS = 3000;
/** Largest JSON request body read, bytes (a command line is a few hundred). */
const MAX_BODY_BYTES = 64 * 1024;
/** SSE comment sent this often so proxies and browsers keep the stream open, ms. */
const KEEPALIVE_MS = 15_000;
/** Command lines remembered for "alice used /brief" headers (oldest dropped first). */
const MAX_REMEMBERED_COMMANDS = 5000;
/** Interaction types (Discord API "Interaction Type"). */
const INTERACTION = { command: 2, component: 3 } as const;
/** Option type of a channel (Discord API "Application Command Option Type"). */
const CHANNEL_OPTION = 7;
/** Component type of a button (Discord API "Component Types"). */
const BUTTON = 2;
/** Served file types; anything else in the folder (e.g. `.d.ts`) is not served. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/**
 * Sent with every answer. The CSP allows only this origin's scripts, styles and images (no inline
 * script or style attributes), so even a rendering bug could not run injected markup.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface PlaygroundServerOptions {
  emu: DiscordEmulator;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** The channel the page shows and sends commands from (default the emulator's #general). */
  channelId?: string;
}

export interface PlaygroundServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** Ends open event streams and closes the server. */
  close(): Promise<void>;
}

/** A notice the page shows that is not a Discord message (e.g. "newsbrief did not respond"). */
interface Notice {
  text: string;
  userId: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The registered chat-input commands: the guild's, then global ones not overridden. */
function registeredCommands(emu: DiscordEmulator): (CommandDef & { id: string })[] {
  const guild = (emu.commands.get(emu.guild.id) ?? []) as (CommandDef & { id: string })[];
  const global = (emu.commands.get('global') ?? []) as (CommandDef & { id: string })[];
  return [...guild, ...global.filter((g) => !guild.some((c) => c.name === g.name))].sort((a, b) => a.name.localeCompare(b.name));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // Only JSON: a cross-site HTML form cannot send this content type without a CORS preflight.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request too large');
    chunks.push(c as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new HttpError(400, 'the body must be a JSON object');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/**
 * The playground's web server on 127.0.0.1: the page (`public/`), a live event stream of the
 * channel's messages (`GET /api/events`, Server-Sent Events: a `snapshot`, then every `message`
 * change and `notice`), and the user's actions, which it turns into interactions on the emulator:
 * `POST /api/command {text, user}`, `POST /api/autocomplete {text, user}`,
 * `POST /api/button {messageId, customId, user}`. `GET /api/state` gives the registered command
 * definitions (names, options, choices), the users and the channel; `GET /attachments/:id/:name`
 * serves files the bot attached (poll charts). Requests whose Host is not this loopback address
 * are refused (DNS rebinding), as are non-JSON posts.
 */
export async function startPlaygroundServer(options: PlaygroundServerOptions): Promise<PlaygroundServer> {
  const { emu } = options;
  const channelId = options.channelId ?? emu.channel.id;
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const f of readdirSync(PUBLIC_DIR)) {
    const type = CONTENT_TYPES[extname(f)];
    if (type && !f.endsWith('.d.ts')) files.set(`/${f}`, { type, body: readFileSync(join(PUBLIC_DIR, f)) });
  }
  const commandTexts = new Map<string, string>();
  const notices = new EventEmitter();
  const streams = new Set<ServerResponse>();
  const users: Record<string, EmulatedUser> = { alice: emu.users.alice, bob: emu.users.bob };
  const view = (m: EmulatedMessage): ReturnType<typeof toMessageView> => toMessageView(m, (id) => commandTexts.get(id));
  let port = options.port;

  const userOf = (body: Record<string, unknown>): EmulatedUser => users[String(body['user'] ?? 'alice')] ?? emu.users.alice;
  const channels = (): ChannelRef[] => emu.guild.channels.map((c) => ({ id: c.id, name: c.name, type: c.type }));
  const context = (): LineContext => ({ channels: channels() });

  /** After Discord's deadline, tells the page when the bot never acknowledged the interaction. */
  function watchDeadline(interactionId: string, user: EmulatedUser, failure: string): void {
    const timer = setTimeout(() => {
      const acknowledged = emu.rest('POST /interactions/:id/:token/callback').some((r) => r.path.startsWith(`/interactions/${interactionId}/`) && r.status < 300);
      if (!acknowledged) notices.emit('notice', { text: failure, userId: user.id } satisfies Notice);
    }, INTERACTION_DEADLINE_MS);
    timer.unref();
  }

  function remember(interactionId: string, text: string): void {
    commandTexts.set(interactionId, text);
    if (commandTexts.size > MAX_REMEMBERED_COMMANDS) commandTexts.delete(commandTexts.keys().next().value!);
  }

  function openStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    const event = (name: string, data: unknown): void => void res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    event('snapshot', { messages: emu.visibleMessages(channelId).map(view) });
    const onMessage = (c: MessageChange): void => {
      if (c.message.channel_id === channelId) event('message', { kind: c.kind, message: view(c.message) });
    };
    const onNotice = (n: Notice): void => event('notice', n);
    emu.on('message', onMessage);
    notices.on('notice', onNotice);
    streams.add(res);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    keepalive.unref();
    const cleanup = (): void => {
      clearInterval(keepalive);
      emu.off('message', onMessage);
      notices.off('notice', onNotice);
      streams.delete(res);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  async function onCommand(body: Record<string, unknown>): Promise<unknown> {
    const text = String(body['text'] ?? '').trim();
    const commands = registeredCommands(emu);
    const parsed = parseCommandLine(text, commands);
    if (!parsed.ok) throw new HttpError(400, parsed.error);
    if (parsed.stage === 'subcommand') throw new HttpError(400, `/${parsed.command.name} needs one of: ${(parsed.command.options ?? []).map((o) => o.name).join(', ')}.`);
    const typed = toInteractionData(parsed, context());
    if (!typed.ok) throw new HttpError(400, typed.error);
    // Channel options come with their channel objects, as Discord sends them (`resolved.channels`).
    const flat = typed.options.flatMap((o) => [o, ...(o.options ?? [])]);
    const named = flat.filter((o) => (parsed.subcommand ?? parsed.command).options?.some((d) => d.name === o.name && d.type === CHANNEL_OPTION));
    const resolvedChannels = Object.fromEntries(named.map((o) => emu.guild.channels.find((c) => c.id === o.value)).filter((c) => c !== undefined).map((c) => [c.id, { id: c.id, name: c.name, type: c.type, permissions: '0' }]));
    const def = commands.find((c) => c.name === parsed.command.name)!;
    const user = userOf(body);
    let id: string;
    try {
      const data = { id: def.id, name: def.name, type: 1, options: typed.options, guild_id: emu.guild.id, ...(named.length > 0 ? { resolved: { channels: resolvedChannels } } : {}) };
      id = emu.sendInteraction(INTERACTION.command, data, { user, channelId });
    } catch (err) {
      throw new HttpError(503, `the bot is not connected: ${(err as Error).message}`);
    }
    remember(id, [`/${def.name}`, ...typed.options.map((o) => (o.options ? [o.name, ...o.options.map((x) => `${x.name}:${String(x.value)}`)].join(' ') : `${o.name}:${String(o.value)}`))].join(' '));
    watchDeadline(id, user, `${emu.botUser.username} did not respond to /${def.name}.`);
    return { interactionId: id };
  }

  async function onAutocomplete(body: Record<string, unknown>): Promise<unknown> {
    const parsed = parseCommandLine(String(body['text'] ?? ''), registeredCommands(emu));
    if (!parsed.ok || !parsed.focused || parsed.stage !== 'options') return { option: null, choices: [] };
    const focusedName = parsed.focused.name;
    const option = textOptions(parsed.subcommand ?? parsed.command).find((o) => o.name === focusedName);
    if (!option) return { option: null, choices: [] };
    const typed = parsed.values[focusedName] ?? '';
    const described = { name: option.name, description: option.description, required: option.required === true };
    if (option.choices && option.choices.length > 0) {
      const needle = typed.toLowerCase();
      return { option: described, choices: option.choices.filter((c) => c.name.toLowerCase().includes(needle) || String(c.value).toLowerCase().includes(needle)) };
    }
    if (option.type === CHANNEL_OPTION) {
      const needle = typed.replace(/^#/, '').toLowerCase();
      return { option: described, choices: channels().filter((c) => (!option.channel_types || option.channel_types.includes(c.type)) && c.name.toLowerCase().includes(needle)).map((c) => ({ name: `#${c.name}`, value: `#${c.name}` })) };
    }
    if (!option.autocomplete) return { option: described, choices: [] };
    try {
      const outcome = await emu.autocomplete(parsed.command.name, toAutocompleteOptions(parsed, context()), focusedName, { user: userOf(body), channelId, timeoutMs: AUTOCOMPLETE_TIMEOUT_MS });
      return { option: described, choices: outcome.choices ?? [] };
    } catch (err) {
      return { option: described, choices: [], error: `no suggestions from the bot: ${(err as Error).message.split(';')[0]}` };
    }
  }

  async function onButton(body: Record<string, unknown>): Promise<unknown> {
    const message = emu.messages.get(String(body['messageId'] ?? ''));
    if (!message || message.deleted || message.channel_id !== channelId) throw new HttpError(404, 'no such message');
    const customId = String(body['customId'] ?? '');
    const button = (message.components as { components?: { type?: number; custom_id?: string; disabled?: boolean }[] }[]).flatMap((row) => row.components ?? []).find((c) => c.type === BUTTON && c.custom_id === customId);
    if (!button) throw new HttpError(400, 'that message has no such button');
    if (button.disabled) throw new HttpError(409, 'that button is disabled');
    const user = userOf(body);
    let id: string;
    try {
      id = emu.sendInteraction(INTERACTION.component, { custom_id: customId, component_type: BUTTON }, { user, channelId }, message);
    } catch (err) {
      throw new HttpError(503, `the bot is not connected: ${(err as Error).message}`);
    }
    watchDeadline(id, user, 'This interaction failed.');
    return { interactionId: id };
  }

  function state(): unknown {
    return {
      guild: { id: emu.guild.id, name: emu.guild.name },
      channel: { id: channelId, name: emu.guild.channels.find((c) => c.id === channelId)?.name ?? 'channel' },
      channels: channels(),
      bot: { id: emu.botUser.id, name: emu.botUser.username },
      users: Object.entries(users).map(([key, u]) => ({ key, id: u.id, name: u.global_name ?? u.username })),
      commands: registeredCommands(emu).map(({ name, description, options: opts }) => ({ name, description, options: opts ?? [] })),
    };
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(403, 'this playground answers on its loopback address only');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const method = req.method ?? 'GET';
    if (method === 'GET') {
      const file = files.get(url.pathname === '/' ? '/index.html' : url.pathname);
      if (file) return void res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
      if (url.pathname === '/api/state') return send(res, 200, state());
      if (url.pathname === '/api/events') return openStream(req, res);
      const att = /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
      const data = att ? emu.attachmentData.get(att[1]!) : undefined;
      if (data) {
        // Only images are shown inline; anything else downloads.
        const image = /^image\/(png|jpeg|gif|webp)$/.test(data.contentType);
        return void res
          .writeHead(200, { ...SECURITY_HEADERS, 'content-type': image ? data.contentType : 'application/octet-stream', 'content-length': data.data.length, ...(image ? {} : { 'content-disposition': 'attachment' }) })
          .end(data.data);
      }
      throw new HttpError(404, 'not found');
    }
    if (method === 'POST') {
      const handler = { '/api/command': onCommand, '/api/autocomplete': onAutocomplete, '/api/button': onButton }[url.pathname];
      if (!handler) throw new HttpError(404, 'not found');
      return send(res, url.pathname === '/api/autocomplete' ? 200 : 202, await handler(await readJson(req)));
    }
    throw new HttpError(405, 'method not allowed');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (!res.headersSent) send(res, status, { error: err instanceof Error ? err.message : String(err) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async close() {
      for (const s of streams) s.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
