/** Local Discord emulator for tests, benchmarks and the playground; see README.md. */
export { DiscordEmulator, evaluateMentions, type ActAs, type EmulatorOptions, type FaultSpec } from './DiscordEmulator.js';
export type * from './types.js';
