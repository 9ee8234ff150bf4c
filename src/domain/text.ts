// The string rules every side applies the same way: the dialogs, the memory adapter and the
// reference server all call these functions, so a value one accepts the others accept too.

/**
 * Stable codes of validation issues, sent next to the English message (`fieldErrorCodes`)
 * so a UI can show its own translated text: `required` (empty), `blank` (only spaces and
 * invisible characters), `too_short` `{ min }`, `too_long` `{ max }` (lengths in code
 * points), `too_large` `{ max }` (a number), `equals_email`, `invalid_characters` (NUL or
 * a lone UTF-16 surrogate; for a number: not a whole number).
 */
export type ValidationIssueCode =
  | "required" | "blank" | "too_short" | "too_long" | "too_large" | "equals_email" | "invalid_characters";

/** A validation issue as code and parameters, e.g. `{ code: "too_long", params: { max: 255 } }`. */
export interface ValidationIssue {
  /** What is wrong. */
  code: ValidationIssueCode;
  /** Numbers the message needs (`min`, `max`). */
  params?: Record<string, number>;
}

// With the `u` flag a surrogate class matches only an unpaired surrogate.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// Format characters (zero-width space, joiners, bidi marks, BOM, …) and every kind of white space.
const INVISIBLE = /[\p{Cf}\p{White_Space}]/gu;

/**
 * Whether `value` holds a character no field may contain: NUL (PostgreSQL cannot store it)
 * or an unpaired surrogate (not a character at all: UTF-8 would turn it into U+FFFD).
 */
export function hasInvalidCharacters(value: string): boolean {
  return value.includes("\u0000") || LONE_SURROGATE.test(value);
}

/** Whether `value` is empty once white space and zero-width / format characters (`\p{Cf}`) are removed. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, "") === "";
}

/** Length in code points (what a person counts as characters; an emoji is one, not two UTF-16 units). */
export function codePointLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/**
 * The case-folded form search and sort use, on every side: `toLowerCase()` (Unicode's
 * default, locale-independent lower-casing; `İ` becomes `i̇`, i + U+0307) with the final
 * sigma `ς` written as `σ`, so `ΟΔΟΣ`, `οδος` and `οδοσ` all match each other. The
 * reference server stores this form in `name_key` / `email_key` columns, computed by the
 * same function, so no database locale takes part.
 */
export function foldText(value: string): string {
  return value.toLowerCase().replace(/ς/g, "σ");
}

/**
 * Compares two strings by Unicode code point (the order of their UTF-8 bytes, which is
 * PostgreSQL's `COLLATE "C"`), not by UTF-16 unit: an emoji (U+1F600) sorts after U+FFFD.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) encode code points above FFFF: move them above E000–FFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Checks one text input against its length rule; `undefined` when it passes. Counts code points. */
export function checkText(
  value: string,
  rules: { min?: number; max: number; notBlank?: boolean },
): ValidationIssue | undefined {
  if (hasInvalidCharacters(value)) return { code: "invalid_characters" };
  if (value === "") return { code: "required" };
  if (rules.notBlank && isBlank(value)) return { code: "blank" };
  const length = codePointLength(value);
  if (rules.min !== undefined && length < rules.min) return { code: "too_short", params: { min: rules.min } };
  if (length > rules.max) return { code: "too_long", params: { max: rules.max } };
  return undefined;
}
