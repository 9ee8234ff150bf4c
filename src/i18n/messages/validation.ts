/**
 * Strings for validation codes: what an adapter's `fieldErrorCodes` (or a schema issue) says
 * went wrong, with its parameters (`{min}`, `{max}`). See `validationMessageKey`.
 */
export const validationMessages = {
  "validation.required": "This field is required.",
  "validation.blank": "Enter more than spaces.",
  "validation.too_short": "{min, plural, one {Use at least # character.} other {Use at least # characters.}}",
  "validation.too_long": "{max, plural, one {Use at most # character.} other {Use at most # characters.}}",
  "validation.too_large": "{max, plural, one {Use a number up to #.} other {Use a number up to #.}}",
  "validation.equals_email": "This can't be the customer's email address.",
  "validation.invalid_characters": "Remove the characters that aren't allowed.",
  "validation.invalid_email": "Enter a valid email address.",
  "validation.mismatch": "The values don't match.",
  "validation.invalid": "This value isn't valid.",
};
