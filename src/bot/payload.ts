import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type BaseMessageOptions } from 'discord.js';
import type { AnswerFile, AnswerPage } from './types.js';

/** Mentions are never parsed: no reply can ping anyone, whatever its text holds. */
export const NO_MENTIONS = { parse: [] } as const;

/** Custom id prefix of paging buttons: `pg:<session>:<page>`. */
export const PAGE_PREFIX = 'pg';

/** Previous/Next buttons for page `page` of `total` in paging session `session` (disabled when `stopped`). */
export function pageButtons(session: string, page: number, total: number, stopped = false): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Previous', custom_id: `${PAGE_PREFIX}:${session}:${page - 1}`, disabled: stopped || page <= 0 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next', custom_id: `${PAGE_PREFIX}:${session}:${page + 1}`, disabled: stopped || page >= total - 1 },
      ],
    },
  ];
}

/** Decoded bytes per file object (a cached page is sent many times). */
const decoded = new WeakMap<AnswerFile, Buffer>();
function bytesOf(f: AnswerFile): Buffer {
  let b = decoded.get(f);
  if (!b) {
    b = Buffer.from(f.base64, 'base64');
    decoded.set(f, b);
  }
  return b;
}

/**
 * discord.js message options for one page: embeds, files (decoded from base64), components,
 * and mentions disabled. `replaceAttachments` drops the previous page's files (for edits).
 */
export function messageOptions(page: AnswerPage, components: APIActionRowComponent<APIButtonComponent>[] = [], replaceAttachments = false): BaseMessageOptions & { attachments?: [] } {
  const files = (page.files ?? []).map((f) => ({ attachment: bytesOf(f), name: f.name, ...(f.description ? { description: f.description } : {}) }));
  return {
    embeds: page.embeds,
    components,
    files,
    allowedMentions: NO_MENTIONS,
    ...(replaceAttachments ? { attachments: [] as [] } : {}),
  };
}
