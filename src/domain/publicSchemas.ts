// The schemas as the public API types them: zod/mini schemas at runtime, declared through the
// small `Schema` interface below so the published .d.ts files never import zod (whose types pull
// every locale in, and fail `moduleResolution: node10` without esModuleInterop).
// Library code imports the zod-typed originals from ./schemas.
import * as zod from "./schemas";
import type { AdminContext, CustomerPage, PortalCustomer } from "./types";

export { DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_MESSAGES, displayNameIssue } from "./schemas";

/** One problem found by {@link Schema.safeParse}. */
export interface SchemaIssue {
  /** What is wrong, in words. */
  readonly message: string;
  /** Where: the keys from the parsed value's root to the bad field. */
  readonly path: readonly PropertyKey[];
}

/** The result of {@link Schema.safeParse}. */
export type SchemaParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: readonly SchemaIssue[] } };

/** The Standard Schema v1 interface (standardschema.dev), shared by zod, valibot, arktype and form libraries. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": {
    /** Always 1. */
    readonly version: 1;
    /** The library behind the schema ("zod"). */
    readonly vendor: string;
    /** Validates `value`. */
    readonly validate: (value: unknown) =>
      | { readonly value: Output; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> }> }
      | Promise<
          | { readonly value: Output; readonly issues?: undefined }
          | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> }> }
        >;
    /** Inferred types, for tools. */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * A validator of `T`. At runtime every schema below is a zod/mini schema (use it with zod's
 * functions after a cast if you need them); its type is this zod-free interface, a
 * Standard Schema, so form libraries accept it as is.
 */
export interface Schema<T> extends StandardSchemaV1<unknown, T> {
  /** The parsed value, or throws with the issues. */
  parse(data: unknown): T;
  /** The parsed value or the issues, without throwing. */
  safeParse(data: unknown): SchemaParseResult<T>;
}

/** A display name: trimmed, then 1 to 255 characters. Parsing returns the trimmed value. */
export const displayNameSchema: Schema<string> = zod.displayNameSchema;
/** A {@link PortalCustomer} as it arrives from a backend. */
export const portalCustomerSchema: Schema<PortalCustomer> = zod.portalCustomerSchema;
/** An {@link AdminContext} as it arrives from a backend. */
export const adminContextSchema: Schema<AdminContext> = zod.adminContextSchema;
/** A {@link CustomerPage} as it arrives from a backend. */
export const customerPageSchema: Schema<CustomerPage> = zod.customerPageSchema;
/**
 * The password policy as a schema. Pass the customer's email to also refuse a password equal
 * to it. Issue messages are {@link PASSWORD_RULE_MESSAGES}.
 */
export const createPasswordSchema: (options?: { email?: string }) => Schema<string> = zod.createPasswordSchema;
/** The password policy without the email rule (length only). */
export const passwordSchema: Schema<string> = zod.passwordSchema;
