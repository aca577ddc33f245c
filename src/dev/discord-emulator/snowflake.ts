/** Discord's epoch (2015-01-01T00:00:00Z), the zero point of snowflake timestamps. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** Bits below the timestamp in a snowflake (worker, process and increment fields). */
const TIMESTAMP_SHIFT = 22n;
/** The increment field is 12 bits wide. */
const INCREMENT_MASK = 0xfffn;

let increment = 0n;

/**
 * A new Discord-style snowflake id (decimal string), increasing within a process: the millisecond
 * timestamp since the Discord epoch shifted left 22 bits, plus a 12-bit counter. Method: the
 * snowflake layout in Discord's API reference ("Snowflakes"); worker and process fields are zero.
 */
export function snowflake(now: number = Date.now()): string {
  increment = (increment + 1n) & INCREMENT_MASK;
  return (((BigInt(now) - DISCORD_EPOCH_MS) << TIMESTAMP_SHIFT) | increment).toString();
}
