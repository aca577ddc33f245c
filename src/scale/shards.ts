/**
 * Gateway sharding the discord.js way: each process connects the shard ids it is given
 * (`SHARD_IDS`, e.g. `0` or `0,1`) out of `SHARD_COUNT`, and Discord sends a server's events to
 * shard `(guild_id >> 22) % SHARD_COUNT` (Discord "Sharding"). Both unset: one process, every
 * shard discord.js asks for (the default). `SHARD_COUNT` alone: this process runs all of them.
 */
export interface ShardConfig {
  SHARD_IDS?: string | undefined;
  SHARD_COUNT?: number | undefined;
}

/** The discord.js client options for the shards of this process (`shards`, `shardCount`), or why they are wrong. */
export type ShardResult = { ok: true; options: { shards?: number[]; shardCount?: number }; description: string } | { ok: false; error: string };

export function shardOptions(config: ShardConfig): ShardResult {
  const count = config.SHARD_COUNT;
  if (config.SHARD_IDS === undefined) {
    if (count === undefined) return { ok: true, options: {}, description: 'all shards (discord.js default)' };
    return { ok: true, options: { shards: Array.from({ length: count }, (_, i) => i), shardCount: count }, description: `shards 0-${count - 1} of ${count}` };
  }
  if (count === undefined) return { ok: false, error: 'SHARD_IDS needs SHARD_COUNT (the total number of shards over all processes), e.g. SHARD_IDS=0 SHARD_COUNT=2.' };
  const parts = config.SHARD_IDS.split(',').map((s) => s.trim());
  const ids: number[] = [];
  for (const p of parts) {
    const n = Number(p);
    if (p === '' || !Number.isInteger(n) || n < 0 || n >= count) return { ok: false, error: `SHARD_IDS: “${p}” is not a shard id; use whole numbers from 0 to ${count - 1} (SHARD_COUNT=${count}), separated by commas.` };
    if (!ids.includes(n)) ids.push(n);
  }
  return { ok: true, options: { shards: ids, shardCount: count }, description: `shards ${ids.join(',')} of ${count}` };
}
