import { isAdapterError } from "../../adapter/errors";
import type { MessageKey } from "../../i18n/messages";

/** The message key that explains `error` in words: `error.<kind>` for an AdapterError, else `error.unknown`. */
export function errorMessageKey(error: unknown): MessageKey {
  return isAdapterError(error) ? `error.${error.kind}` : "error.unknown";
}
