import type { MessageKey } from "./messages";
import type { MessageValues } from "./interpolate";

/**
 * A validation problem as a code with parameters, read leniently: the domain's
 * `ValidationIssue` (`{ code: "too_short", params: { min: 8 } }`), or a code from a newer
 * server the UI may not know yet (then the English fallback shows).
 */
export interface CodedIssue {
  /** A code: `required`, `blank`, `too_short`, `too_long`, `too_large`, `equals_email`, `invalid_characters`, … */
  code: string;
  /** Values for the message's placeholders (`min`, `max`, …). */
  params?: MessageValues;
}

/** The validation codes that have a message of their own (`validation.<code>`). */
export const VALIDATION_CODES = [
  "required", "blank", "too_short", "too_long", "too_large", "equals_email", "invalid_characters", "invalid_email", "mismatch", "invalid",
] as const;

/** A code from {@link VALIDATION_CODES}. */
export type ValidationCode = (typeof VALIDATION_CODES)[number];

// Fields whose dialogs say it more precisely than the generic `validation.<code>` message.
const FIELD_KEYS: Record<string, Partial<Record<ValidationCode, MessageKey>>> = {
  newPassword: {
    required: "changePasswordDialog.error.required",
    blank: "changePasswordDialog.error.required",
    too_short: "changePasswordDialog.error.minLength",
    too_long: "changePasswordDialog.error.maxLength",
    equals_email: "changePasswordDialog.error.notEmail",
    invalid_characters: "changePasswordDialog.error.invalidCharacters",
  },
  confirmPassword: { required: "changePasswordDialog.error.confirmRequired", mismatch: "changePasswordDialog.error.mismatch" },
  displayName: {
    required: "editNameDialog.error.required",
    blank: "editNameDialog.error.required",
    too_long: "editNameDialog.error.tooLong",
    invalid_characters: "editNameDialog.error.invalidCharacters",
  },
};

function isValidationCode(code: string): code is ValidationCode {
  return (VALIDATION_CODES as readonly string[]).includes(code);
}

/**
 * The message key for a validation issue: the field's own wording when there is one
 * (`newPassword` + `too_short` → `changePasswordDialog.error.minLength`), else
 * `validation.<code>`; `undefined` for a code the UI doesn't know (show the English fallback then).
 */
export function validationMessageKey(issue: CodedIssue, field?: string): MessageKey | undefined {
  if (!isValidationCode(issue.code)) return undefined;
  return (field !== undefined ? FIELD_KEYS[field]?.[issue.code] : undefined) ?? `validation.${issue.code}`;
}

function isIssue(value: unknown): value is CodedIssue {
  if (typeof value !== "object" || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return typeof code === "string" && (params === undefined || (typeof params === "object" && params !== null));
}

/**
 * The per-field validation codes an error carries (`AdapterError.fieldErrorCodes`:
 * `{ newPassword: { code: "too_short", params: { min: 8 } } }`), read leniently: entries that
 * are not `{ code, params? }` are dropped. `undefined` when there are none.
 */
export function fieldErrorCodesOf(error: unknown): Record<string, CodedIssue> | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const codes = (error as { fieldErrorCodes?: unknown }).fieldErrorCodes;
  if (typeof codes !== "object" || codes === null) return undefined;
  const entries = Object.entries(codes).filter((entry): entry is [string, CodedIssue] => isIssue(entry[1]));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The text to show for `field` of a failed call: the translated message of its validation
 * code when the error carries a known one, else `fallback` (the adapter's English `fieldErrors`).
 */
export function fieldErrorText(
  error: unknown,
  field: string,
  fallback: string | undefined,
  t: (key: MessageKey, values?: MessageValues) => string,
): string | undefined {
  const issue = fieldErrorCodesOf(error)?.[field];
  const key = issue ? validationMessageKey(issue, field) : undefined;
  return key ? t(key, issue?.params) : fallback;
}

/** What {@link validationIssueOf} reads of a zod (or zod/mini) issue. */
export interface SchemaIssueLike {
  /** zod's issue code: `too_small`, `too_big`, `invalid_format`, `custom`, … */
  code?: string;
  /** `too_small`: the minimum. */
  minimum?: number | bigint;
  /** `too_big`: the maximum. */
  maximum?: number | bigint;
  /** `invalid_format`: which format (`email`, …). */
  format?: string;
  /** `custom` (refine): our code in `params.code`, its parameters beside it. */
  params?: Record<string, unknown>;
}

/**
 * The validation code of a schema issue (what {@link SchemaIssueLike} lists is read), so a form built on the domain's zod schemas shows
 * translated messages instead of the schemas' English: `too_small` with minimum 1 → `required`,
 * else `too_short {min}`; `too_big` → `too_long {max}`; `invalid_format` email → `invalid_email`;
 * a refinement's `params.code` as it is; anything else → `invalid`.
 */
export function validationIssueOf(schemaIssue: object): CodedIssue {
  // The public schema types show only `message` and `path`; the parsed issue carries zod's fields too.
  const issue = schemaIssue as SchemaIssueLike;
  if (issue.code === "too_small" && issue.minimum !== undefined) {
    return Number(issue.minimum) <= 1 ? { code: "required" } : { code: "too_short", params: { min: Number(issue.minimum) } };
  }
  if (issue.code === "too_big" && issue.maximum !== undefined) return { code: "too_long", params: { max: Number(issue.maximum) } };
  if (issue.code === "invalid_format" && issue.format === "email") return { code: "invalid_email" };
  const { code, ...params } = issue.params ?? {};
  if (issue.code === "custom" && typeof code === "string") {
    const values = Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"));
    return Object.keys(values).length ? { code, params: values } : { code };
  }
  return { code: "invalid" };
}
