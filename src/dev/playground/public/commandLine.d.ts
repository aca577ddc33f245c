/** Types of commandLine.js (plain JavaScript served to the browser as is). */

/** A command option as registered with Discord (the fields the playground reads). */
export interface OptionDef {
  name: string;
  description: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  channel_types?: number[];
  /** A subcommand's own options. */
  options?: OptionDef[];
}

/** A channel a channel option may name. */
export interface ChannelRef {
  id: string;
  name: string;
  type: number;
}

/** What option values are resolved against. */
export interface LineContext {
  channels?: readonly ChannelRef[];
}

/** A registered chat-input command. */
export interface CommandDef {
  name: string;
  description: string;
  options?: OptionDef[];
}

/** Where an option's value sits in the line (`start`–`end`, end exclusive); `named` when typed as `name:value`. */
export interface ValueSpan {
  name: string;
  start: number;
  end: number;
  named: boolean;
}

export type ParsedLine =
  | { ok: true; command: CommandDef; subcommand: OptionDef | null; values: Record<string, string>; spans: ValueSpan[]; focused: ValueSpan | null; stage: 'name' | 'options' }
  | { ok: true; command: CommandDef; subcommand: null; values: Record<string, string>; spans: ValueSpan[]; focused: null; stage: 'subcommand'; typedWord: string }
  | { ok: false; error: string; stage: 'name' | 'unknown' | 'options'; typedName: string | null };

/** An option value as INTERACTION_CREATE carries it. */
export interface TypedOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  /** A subcommand's options. */
  options?: TypedOption[];
}

export declare const OPTION_TYPE: Readonly<{ subcommand: 1; subcommandGroup: 2; string: 3; integer: 4; boolean: 5; user: 6; channel: 7; role: 8; mentionable: 9; number: 10; attachment: 11 }>;
export declare function textOptions(command: { options?: OptionDef[] }): OptionDef[];
export declare function subcommandsOf(command: CommandDef): OptionDef[];
export declare function findChannel(raw: string, channels: readonly ChannelRef[]): ChannelRef | null;
export declare function toInteractionData(parsed: ParsedLine & { ok: true }, context?: LineContext): { ok: true; options: TypedOption[] } | { ok: false; error: string };
export declare function toAutocompleteOptions(parsed: ParsedLine & { ok: true }, context?: LineContext): TypedOption[];
export declare function parseCommandLine(text: string, commands: readonly CommandDef[]): ParsedLine;
export declare function toInteractionOptions(command: { name: string; options?: OptionDef[] }, values: Readonly<Record<string, string>>, context?: LineContext, label?: string): { ok: true; options: TypedOption[] } | { ok: false; error: string };
export declare function replaceValue(text: string, focused: ValueSpan | null, optionName: string, value: string): string;
