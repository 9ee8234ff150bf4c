import { describe, expect, it } from "vitest";
import { checkPassword, createPasswordSchema, passwordSchema, scorePassword } from "../../../src";

describe("checkPassword", () => {
  it("requires 8 to 100 characters", () => {
    expect(checkPassword("1234567").isValid).toBe(false);
    expect(checkPassword("1234567").rules.find((r) => r.id === "minLength")?.isMet).toBe(false);
    expect(checkPassword("12345678").isValid).toBe(true);
    expect(checkPassword("a".repeat(100)).isValid).toBe(true);
    const long = checkPassword("a".repeat(101));
    expect(long.isValid).toBe(false);
    expect(long.rules.find((r) => r.id === "maxLength")?.isMet).toBe(false);
  });

  it("refuses the customer's own email, ignoring case and surrounding spaces", () => {
    const check = checkPassword("Ada.Lovelace@Example.com ", { email: "ada.lovelace@example.com" });
    expect(check.isValid).toBe(false);
    expect(check.rules.find((r) => r.id === "notEmail")?.isMet).toBe(false);
    expect(checkPassword("ada.lovelace@example.org", { email: "ada.lovelace@example.com" }).isValid).toBe(true);
  });

  it("an empty password meets no rule", () => {
    expect(checkPassword("").rules.every((r) => r.id === "maxLength" || !r.isMet)).toBe(true);
  });

  it("scores 0 to 4, rising with length and variety, 0 for common passwords and the email", () => {
    expect(scorePassword("")).toBe(0);
    expect(scorePassword("password")).toBe(0);
    expect(scorePassword("aaaaaaaa")).toBe(0);
    expect(scorePassword("ada@example.com", { email: "ada@example.com" })).toBe(0);
    const weak = scorePassword("kitten12");
    const medium = scorePassword("Kitten-Purrs-12");
    const strong = scorePassword("c0rrect-Horse-battery-Staple!9");
    expect(weak).toBeLessThan(medium);
    expect(medium).toBeLessThanOrEqual(strong);
    expect(strong).toBe(4);
    expect(scorePassword("ada.lovelace99", { email: "ada.lovelace@example.com" })).toBeLessThan(scorePassword("qz.wvxkmnp99"));
  });
});

describe("password schema", () => {
  it("parses valid passwords and explains invalid ones", () => {
    expect(passwordSchema.safeParse("longenough").success).toBe(true);
    const short = passwordSchema.safeParse("short");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toMatch(/at least 8/);
    const email = createPasswordSchema({ email: "a@b.example" }).safeParse("a@b.example");
    expect(email.success).toBe(false);
    expect(email.error?.issues[0]?.message).toMatch(/email/);
  });
});
