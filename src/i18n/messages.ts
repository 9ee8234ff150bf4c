import { actionsMessages } from "./messages/actions";
import { commonMessages } from "./messages/common";
import { navigationMessages } from "./messages/navigation";
import { tableMessages } from "./messages/table";

/**
 * Every user-facing English string, by key. Templates use `{name}` placeholders.
 * Each feature keeps its strings in its own file under `messages/`; this merges them.
 */
export const defaultMessages = {
  ...commonMessages,
  ...actionsMessages,
  ...navigationMessages,
  ...tableMessages,
};

/** The keys of every message. */
export type MessageKey = keyof typeof defaultMessages;
/** A complete message catalogue. */
export type Messages = Record<MessageKey, string>;
/** Overrides a host passes to the provider: any subset of the messages. */
export type MessageOverrides = Partial<Messages>;

/** Replaces `{name}` placeholders in `template` with `values[name]`; unknown placeholders stay as they are. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
