import { isAdapterError } from "../../adapter/errors";
import type { MessageKey } from "../../i18n/messages";

/**
 * The message key that explains `error` in words: `error.<kind>` for an AdapterError
 * (`error.rate-limited.retryAfter` when a rate limit says how long to wait), else `error.unknown`.
 * Pass {@link errorMessageValues} along for its placeholders.
 */
export function errorMessageKey(error: unknown): MessageKey {
  if (!isAdapterError(error)) return "error.unknown";
  if (error.kind === "rate-limited" && typeof error.retryAfter === "number") return "error.rate-limited.retryAfter";
  return `error.${error.kind}`;
}

/** The placeholder values of {@link errorMessageKey}'s message: `{seconds}` of a rate limit. */
export function errorMessageValues(error: unknown): Record<string, number> {
  return isAdapterError(error) && typeof error.retryAfter === "number" ? { seconds: error.retryAfter } : {};
}
