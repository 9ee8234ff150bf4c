import * as z from "zod/mini";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULE_MESSAGES, sameAsEmail } from "./password";

/** Longest display name accepted. */
export const DISPLAY_NAME_MAX_LENGTH = 255;

/** Messages of the display-name rules, used in adapter validation errors. */
export const DISPLAY_NAME_MESSAGES = {
  required: "Enter a full name.",
  tooLong: `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
} as const;

/** A display name: trimmed, then 1 to 255 characters. Parsing returns the trimmed value. */
export const displayNameSchema = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.minLength(1, DISPLAY_NAME_MESSAGES.required),
  z.maxLength(DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_MESSAGES.tooLong),
);

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

/** A {@link CustomerQuery}; unknown fields are dropped. */
export const customerQuerySchema = /* @__PURE__ */ z.object({
  search: z.optional(z.string()),
  status: z.optional(z.enum(["active", "revoked", "all"])),
  sort: z.optional(
    z.object({
      field: z.enum(["displayName", "email", "lastActiveAt", "createdAt"]),
      direction: z.enum(["asc", "desc"]),
    }),
  ),
  offset: z.optional(z.number()),
  limit: z.optional(z.number()),
});

/**
 * The password policy as a zod schema. Pass the customer's email to also refuse a
 * password equal to it. Issue messages are {@link PASSWORD_RULE_MESSAGES}.
 */
export function createPasswordSchema(options: { email?: string } = {}) {
  return z.string().check(
    z.minLength(PASSWORD_MIN_LENGTH, PASSWORD_RULE_MESSAGES.minLength),
    z.maxLength(PASSWORD_MAX_LENGTH, PASSWORD_RULE_MESSAGES.maxLength),
    z.refine((value) => !sameAsEmail(value, options.email), PASSWORD_RULE_MESSAGES.notEmail),
  );
}

/** The password policy without the email rule (length only). */
export const passwordSchema = /* @__PURE__ */ createPasswordSchema();
