import { actionsMessages } from "./messages/actions";
import { commonMessages } from "./messages/common";
import { bulkMessages } from "./messages/bulk";
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
  ...bulkMessages,
};

/** The keys of every message. */
export type MessageKey = keyof typeof defaultMessages;
/** A complete message catalogue. */
export type Messages = Record<MessageKey, string>;
/** Overrides a host passes to the provider: any subset of the messages. */
export type MessageOverrides = Partial<Messages>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Fills a message template: `{name}` takes `values[name]`; `{count, plural, one {# item} other {# items}}`
 * picks the case for the number through `Intl.PluralRules` in `locale` (exact `=N` cases first) and
 * writes `#` as the locale-formatted number. Unknown placeholders stay as they are.
 */
export function interpolate(template: string, values: Record<string, string | number> = {}, locale = "en"): string {
  const withPlurals = template.replace(PLURAL, (match, name: string, cases: string) => {
    const value = values[name];
    if (typeof value !== "number") return match;
    const options = new Map<string, string>();
    for (const [, key, text] of cases.matchAll(PLURAL_CASE)) options.set(key as string, text as string);
    const chosen = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(locale).select(value)) ?? options.get("other") ?? "";
    return chosen.replace(/#/g, new Intl.NumberFormat(locale).format(value));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
