import { describe, expect, it } from "vitest";
import {
  AdapterError, defaultMessages, fieldErrorCodesOf, fieldErrorText, formatDateTime, formatNameList, formatNumber, formatPercent,
  interpolate, textDirection, validationMessageKey, VALIDATION_CODES, type MessageKey, type MessageValues,
} from "../../../src";
import { cachedFormatterCount } from "../../../src/i18n/intl";
import { messages as german } from "../../../src/locales/de";

const t = (key: MessageKey, values?: MessageValues) => interpolate(german[key], values, "de");

describe("validation codes → message keys", () => {
  it("uses the field's own wording, else validation.<code>, else nothing for an unknown code", () => {
    expect(validationMessageKey({ code: "too_short", params: { min: 8 } }, "newPassword")).toBe("changePasswordDialog.error.minLength");
    expect(validationMessageKey({ code: "equals_email" }, "newPassword")).toBe("changePasswordDialog.error.notEmail");
    expect(validationMessageKey({ code: "too_long" }, "displayName")).toBe("editNameDialog.error.tooLong");
    expect(validationMessageKey({ code: "invalid_characters" }, "displayName")).toBe("editNameDialog.error.invalidCharacters");
    expect(validationMessageKey({ code: "invalid_characters" }, "search")).toBe("validation.invalid_characters");
    expect(validationMessageKey({ code: "too_short" })).toBe("validation.too_short");
    expect(validationMessageKey({ code: "password_pwned" }, "newPassword")).toBeUndefined();
  });
  it("has an English message for every code", () => {
    for (const code of VALIDATION_CODES) expect(defaultMessages[`validation.${code}`]).toBeTruthy();
  });
  it("translates an error's code with its parameters, and falls back to the English text without a known code", () => {
    // As a lenient reader would meet it from an older or newer server: one unknown code, one malformed entry.
    const error = Object.assign(new AdapterError("validation", "Use at least 12 characters.", { fieldErrors: { newPassword: "Use at least 12 characters." } }), {
      fieldErrorCodes: { newPassword: { code: "too_short", params: { min: 12 } }, displayName: { code: "nope" }, junk: "too_short" },
    });
    expect(fieldErrorCodesOf(error)).toEqual({ newPassword: { code: "too_short", params: { min: 12 } }, displayName: { code: "nope" } });
    expect(fieldErrorText(error, "newPassword", "Use at least 12 characters.", t)).toBe("Verwenden Sie mindestens 12 Zeichen.");
    expect(fieldErrorText(error, "displayName", "Too odd.", t)).toBe("Too odd.");
    expect(fieldErrorText(new AdapterError("validation", "x"), "newPassword", "English", t)).toBe("English");
    expect(fieldErrorCodesOf(new AdapterError("validation", "x"))).toBeUndefined();
    expect(fieldErrorCodesOf(null)).toBeUndefined();
  });
});

describe("Intl helpers", () => {
  it("reads the text direction from the locale's script", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("he-IL")).toBe("rtl");
    expect(textDirection("fa")).toBe("rtl");
    expect(textDirection("ar-Latn")).toBe("ltr");
    expect(textDirection("de")).toBe("ltr");
    expect(textDirection("not a tag!")).toBe("ltr");
  });
  it("formats percentages and name lists in the locale", () => {
    expect(formatPercent(0.42, "de")).toBe("42\u00a0%");
    expect(formatPercent(0.42, "en")).toBe("42%");
    const others = (n: number) => interpolate("{count, plural, one {# other} other {# others}}", { count: n }, "en");
    expect(formatNameList(["Ada", "Grace", "Linus", "Margaret", "Barbara"], "en", { max: 2, others })).toBe("Ada, Grace, and 3 others");
    expect(formatNameList(["Ada", "Grace"], "de")).toBe("Ada und Grace");
  });
  it("creates one formatter per locale and options, not one per call", () => {
    formatNumber(1, "fr");
    formatDateTime("2026-01-01T00:00:00Z", "fr");
    const before = cachedFormatterCount();
    for (let i = 0; i < 500; i++) {
      formatNumber(i, "fr");
      formatDateTime("2026-01-01T00:00:00Z", "fr");
      interpolate("{n, plural, one {# client} other {# clients}}", { n: i }, "fr");
    }
    // The plural template adds its PluralRules once; the rest was already cached.
    expect(cachedFormatterCount() - before).toBeLessThanOrEqual(1);
  });
  it("falls back to English for a malformed locale instead of throwing", () => {
    expect(formatNumber(1000, "not a tag!")).toBe("1,000");
  });
});

describe("validationIssueOf: the domain's zod issues as codes", () => {
  it("maps length issues of the password and display-name schemas, with their limits", async () => {
    const { createPasswordSchema, displayNameSchema, validationIssueOf: of } = await import("../../../src");
    const short = createPasswordSchema().safeParse("abc");
    expect(short.success).toBe(false);
    const issue = of(short.error!.issues[0]!);
    expect(issue).toEqual({ code: "too_short", params: { min: 8 } });
    expect(t(validationMessageKey(issue, "newPassword")!, issue.params)).toBe("Verwenden Sie mindestens 8 Zeichen.");
    const long = displayNameSchema.safeParse("x".repeat(256));
    expect(of(long.error!.issues[0]!)).toEqual({ code: "too_long", params: { max: 255 } });
    const blank = displayNameSchema.safeParse("   ");
    expect(of(blank.error!.issues[0]!)).toEqual({ code: "required" });
  });
  it("takes a refinement's params.code, and says invalid for anything else", async () => {
    const { validationIssueOf: of } = await import("../../../src");
    expect(of({ code: "custom", params: { code: "equals_email" } })).toEqual({ code: "equals_email" });
    expect(of({ code: "invalid_format", format: "email" })).toEqual({ code: "invalid_email" });
    expect(of({ code: "invalid_type" })).toEqual({ code: "invalid" });
  });
});
