import { describe, expect, it } from "vitest";
import {
  checkPassword, codePointLength, compareCodePoints, createPasswordSchema, displayNameIssue, displayNameSchema,
  escapeCsvCell, foldText, hasInvalidCharacters, isBlank, passwordIssue,
} from "../../../src";
import { createMemoryAdapter } from "../../../src/testing";

const KEY = "🔑";

describe("one set of string rules", () => {
  it("refuses NUL and unpaired surrogates, accepts paired ones", () => {
    expect(hasInvalidCharacters("A\u0000B")).toBe(true);
    expect(hasInvalidCharacters("Bad \ud800 Surrogate")).toBe(true);
    expect(hasInvalidCharacters("tail \udc00")).toBe(true);
    expect(hasInvalidCharacters(`emoji ${KEY} and 𝔘`)).toBe(false);
  });

  it("counts code points, so an emoji is one character", () => {
    expect(codePointLength(KEY.repeat(4))).toBe(4);
    expect(KEY.repeat(4).length).toBe(8);
    expect(codePointLength("\ud800x")).toBe(2);
  });

  it("treats names of zero-width and format characters as blank", () => {
    for (const invisible of ["\u200b", "\u200c", "\u200d", "\u2060", " \u200b\u202e ", "\ufeff\u200b"]) {
      expect(isBlank(invisible)).toBe(true);
      expect(displayNameIssue(invisible)).toMatchObject({ code: "blank", message: "Enter a full name." });
    }
    expect(displayNameIssue("Zoë\u200d")).toBeUndefined();
  });

  it("gives display-name issues a stable code and params, in the schema too", () => {
    expect(displayNameIssue("")).toMatchObject({ code: "required" });
    expect(displayNameIssue("A\u0000B")).toMatchObject({ code: "invalid_characters" });
    expect(displayNameIssue("x".repeat(256))).toMatchObject({ code: "too_long", params: { max: 255 } });
    // 255 emoji are 510 UTF-16 units but 255 characters.
    expect(displayNameIssue(KEY.repeat(255))).toBeUndefined();
    const parsed = displayNameSchema.safeParse("\u200b\u2060");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ message: "Enter a full name.", params: { code: "blank" } });
    expect(displayNameSchema.parse("  Ada  ")).toBe("Ada");
  });

  it("counts password length in code points everywhere (checkPassword, schema, adapters)", async () => {
    // Four keys are 8 UTF-16 units but 4 characters: too short. 51 keys are 102 units but 51 characters: fine.
    expect(checkPassword(KEY.repeat(4)).isValid).toBe(false);
    expect(passwordIssue(KEY.repeat(4))).toMatchObject({ code: "too_short", params: { min: 8 } });
    expect(createPasswordSchema().safeParse(KEY.repeat(4)).success).toBe(false);
    expect(checkPassword(KEY.repeat(51)).isValid).toBe(true);
    expect(createPasswordSchema().safeParse(KEY.repeat(51)).success).toBe(true);
    expect(passwordIssue("x".repeat(101))).toMatchObject({ code: "too_long", params: { max: 100 } });
    expect(passwordIssue("same@example.com", { email: "same@example.com" })).toMatchObject({ code: "equals_email" });
    expect(checkPassword("long enough \ud800").isValid).toBe(false);

    const adapter = createMemoryAdapter({ customers: 1 });
    const [customer] = adapter.snapshot();
    await expect(adapter.changePassword(customer!.id, KEY.repeat(4))).rejects.toMatchObject({
      kind: "validation", fieldErrorCodes: { newPassword: { code: "too_short", params: { min: 8 } } },
    });
    await adapter.changePassword(customer!.id, KEY.repeat(51));
    expect(adapter.verifyPassword(customer!.id, KEY.repeat(51))).toBe(true);
  });
});

describe("search and sort rules shared with the server", () => {
  it("folds case with final sigma as sigma and İ as i + U+0307", () => {
    expect(foldText("ΟΔΟΣ")).toBe(foldText("οδος"));
    expect(foldText("οδος")).toBe("οδοσ");
    expect(foldText("İstanbul")).toBe("i\u0307stanbul");
  });

  it("orders by code point, not UTF-16 unit", () => {
    // U+1F600 (surrogates D83D DE00) is above U+FFFD in code points, below it in UTF-16 units.
    expect(compareCodePoints("😀", "\ufffd")).toBe(1);
    expect("😀" < "\ufffd").toBe(true);
    expect(compareCodePoints("a", "ab")).toBe(-1);
    expect(compareCodePoints("b", "a")).toBe(1);
    expect(compareCodePoints("same", "same")).toBe(0);
  });
});

describe("CSV formula guard", () => {
  it.each([
    [" =1", "' =1"],
    ["\n=1", "\"'\n=1\""],
    ["\u00a0+1", "'\u00a0+1"],
    ["＝1", "'＝1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["\u200b=1", "'\u200b=1"],
    ["\u202e=1", "'\u202e=1"],
    ["\ufeff@x", "'\ufeff@x"],
  ])("guards %j", (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it("leaves ordinary text alone", () => {
    expect(escapeCsvCell("Ada = Lovelace")).toBe("Ada = Lovelace");
    expect(escapeCsvCell(" Ada")).toBe(" Ada");
    expect(escapeCsvCell("\u200bAda")).toBe("\u200bAda");
  });
});
