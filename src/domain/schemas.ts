import * as z from "zod/mini";
import { passwordIssue } from "./password";
import { checkText, type ValidationIssue } from "./text";

/** Longest display name accepted (in code points). */
export const DISPLAY_NAME_MAX_LENGTH = 255;

/** Messages of the display-name rules, used in adapter validation errors. */
export const DISPLAY_NAME_MESSAGES = {
  required: "Enter a full name.",
  tooLong: `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
  invalidCharacters: "The name contains a character that can't be stored.",
} as const;

/**
 * Why a backend refuses `displayName` (after trimming), as a code and the English message,
 * or `undefined`: NUL or an unpaired surrogate (`invalid_characters`), empty (`required`),
 * nothing but spaces and zero-width / format characters (`blank`), over 255 code points
 * (`too_long`). The single rule set behind {@link displayNameSchema}, the memory adapter and
 * the reference server.
 */
export function displayNameIssue(displayName: string): (ValidationIssue & { message: string }) | undefined {
  const issue = checkText(displayName.trim(), { min: 1, max: DISPLAY_NAME_MAX_LENGTH, notBlank: true });
  if (!issue) return undefined;
  const message =
    issue.code === "invalid_characters" ? DISPLAY_NAME_MESSAGES.invalidCharacters
    : issue.code === "too_long" ? DISPLAY_NAME_MESSAGES.tooLong
    : DISPLAY_NAME_MESSAGES.required;
  return { ...issue, message };
}

/**
 * A zod check from an issue function: one issue with the English message and, in
 * `params`, the stable `code` and its parameters (for a translated message).
 */
export function issueCheck(find: (value: string) => (ValidationIssue & { message: string }) | undefined) {
  return z.superRefine<string>((value, ctx) => {
    const issue = find(value);
    if (issue) ctx.addIssue({ code: "custom", message: issue.message, input: value, params: { code: issue.code, ...issue.params } });
  });
}

/** A display name: trimmed, then the rules of {@link displayNameIssue}. Parsing returns the trimmed value. */
export const displayNameSchema = /* @__PURE__ */ z.string().check(z.trim(), issueCheck(displayNameIssue));

const isoDateTime = /* @__PURE__ */ z.iso.datetime({ offset: true });

/** A {@link PortalCustomer} as it arrives from a backend. */
export const portalCustomerSchema = /* @__PURE__ */ z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.string(),
  email: z.string().check(z.minLength(3)),
  status: z.enum(["active", "revoked"]),
  lastActiveAt: z.nullable(isoDateTime),
  createdAt: isoDateTime,
});

/** An {@link AdminContext} as it arrives from a backend. */
export const adminContextSchema = /* @__PURE__ */ z.object({
  experience: z.enum(["original", "centralized"]),
  role: z.enum(["org-admin", "site-admin", "none"]),
  site: z.object({ id: z.string(), name: z.string(), url: z.string() }),
  organization: z.nullable(z.object({ id: z.string(), name: z.string() })),
  environment: z.enum(["commercial", "government"]),
});

/** A {@link CustomerPage} as it arrives from a backend. */
export const customerPageSchema = /* @__PURE__ */ z.object({
  items: z.array(portalCustomerSchema),
  total: z.number().check(z.int(), z.gte(0)),
  offset: z.number().check(z.int(), z.gte(0)),
  limit: z.number().check(z.int(), z.gte(1), z.lte(100)),
});

/**
 * The password policy as a zod schema (the rules of `passwordIssue`: 8 to 100 code points,
 * no NUL or unpaired surrogate, and, given the customer's email, not equal to it). Issue
 * messages are `PASSWORD_RULE_MESSAGES`; each issue's `params.code` is its stable code.
 */
export function createPasswordSchema(options: { email?: string } = {}) {
  return z.string().check(issueCheck((value) => passwordIssue(value, options)));
}

/** The password policy without the email rule (length only). */
export const passwordSchema = /* @__PURE__ */ createPasswordSchema();
