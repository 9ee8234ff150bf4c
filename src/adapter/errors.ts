import type { ValidationIssue } from "../domain/text";

/** What went wrong in an adapter call, in terms the UI can explain. */
export type AdapterErrorKind =
  | "network"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "validation"
  | "rate-limited"
  | "unavailable"
  | "unknown";

/** Every {@link AdapterErrorKind}. */
export const ADAPTER_ERROR_KINDS: readonly AdapterErrorKind[] = [
  "network", "unauthorized", "forbidden", "not-found", "conflict",
  "validation", "rate-limited", "unavailable", "unknown",
];

/** Options of an {@link AdapterError}. */
export interface AdapterErrorOptions {
  /** HTTP status, when the error came from an HTTP response. */
  status?: number;
  /** Field name → message, for `validation` errors (e.g. `{ newPassword: "Use at least 8 characters." }`). */
  fieldErrors?: Record<string, string>;
  /**
   * Field name → stable issue code and parameters, next to `fieldErrors`' English text
   * (e.g. `{ newPassword: { code: "too_short", params: { min: 8 } } }`), so a UI can show
   * its own (translated) message. Codes: see `ValidationIssueCode`.
   */
  fieldErrorCodes?: Record<string, ValidationIssue>;
  /** For `rate-limited`: seconds to wait before trying again (the response's `Retry-After`). */
  retryAfter?: number;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The error every adapter rejects with. `kind` says what happened; `status` and
 * `fieldErrors` add detail. Never put a password in `message`.
 */
export class AdapterError extends Error {
  /** What went wrong. */
  readonly kind: AdapterErrorKind;
  /** HTTP status, when known. */
  readonly status?: number;
  /** Per-field messages for `validation` errors. */
  readonly fieldErrors?: Record<string, string>;
  /** Per-field issue codes for `validation` errors, alongside `fieldErrors`. */
  readonly fieldErrorCodes?: Record<string, ValidationIssue>;
  /** For `rate-limited`: seconds until a retry may succeed, when the server said. */
  readonly retryAfter?: number;

  /** Creates an error of `kind` with a developer-facing `message`. */
  constructor(kind: AdapterErrorKind, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AdapterError";
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.fieldErrors !== undefined) this.fieldErrors = { ...options.fieldErrors };
    if (options.fieldErrorCodes !== undefined) this.fieldErrorCodes = { ...options.fieldErrorCodes };
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

/** Whether `error` is an {@link AdapterError} (also across bundle copies, by shape). */
export function isAdapterError(error: unknown): error is AdapterError {
  if (error instanceof AdapterError) return true;
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "AdapterError" &&
    typeof (error as { kind?: unknown }).kind === "string" &&
    ADAPTER_ERROR_KINDS.includes((error as { kind: AdapterErrorKind }).kind)
  );
}

/** Whether `error` is the rejection of an aborted call. */
export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/** The error an aborted call rejects with (a `DOMException` named `AbortError`). */
export function createAbortError(): Error {
  return new DOMException("The operation was aborted.", "AbortError");
}
