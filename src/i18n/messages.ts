import { actionsMessages } from "./messages/actions";
import { commonMessages } from "./messages/common";
import { bulkMessages } from "./messages/bulk";
import { navigationMessages } from "./messages/navigation";
import { tableMessages } from "./messages/table";
import { validationMessages } from "./messages/validation";

/**
 * Every user-facing English string, by key. Templates use `{name}` placeholders.
 * Each feature keeps its strings in its own file under `messages/`; this merges them.
 */
export const defaultMessages = {
  ...commonMessages,
  ...actionsMessages,
  ...navigationMessages,
  ...tableMessages,
  ...bulkMessages,
  ...validationMessages,
};

/** The keys of every message. */
export type MessageKey = keyof typeof defaultMessages;
/** A complete message catalogue. */
export type Messages = Record<MessageKey, string>;
/** Overrides a host passes to the provider: any subset of the messages. */
export type MessageOverrides = Partial<Messages>;

export { interpolate, messageShape, type MessageValues } from "./interpolate";
