import { checkText, codePointLength, hasInvalidCharacters, type ValidationIssue } from "./text";

/** Shortest password accepted (in code points). */
export const PASSWORD_MIN_LENGTH = 8;
/** Longest password accepted (in code points). */
export const PASSWORD_MAX_LENGTH = 100;

/** Identifiers of the password rules, in the order a checklist shows them. */
export type PasswordRuleId = "minLength" | "maxLength" | "notEmail";

/** The outcome of one password rule. */
export interface PasswordRuleResult {
  /** Which rule. */
  id: PasswordRuleId;
  /** Whether the password satisfies it. */
  isMet: boolean;
}

/** Strength from 0 (very weak) to 4 (very strong), for a meter. */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** What {@link checkPassword} reports. */
export interface PasswordCheck {
  /** Whether every rule is met, i.e. an adapter accepts the password. */
  isValid: boolean;
  /** Each rule and whether it is met. */
  rules: PasswordRuleResult[];
  /** Strength for a meter; advisory only, never a reason to refuse. */
  score: PasswordScore;
}

// A handful of the most common passwords and keyboard walks; enough to keep the meter honest.
const COMMON = new Set([
  "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyuiop",
  "qwerty123", "iloveyou", "11111111", "abc12345", "letmein1", "welcome1", "admin123",
  "passw0rd", "sunshine", "football", "baseball", "princess", "trustno1", "00000000",
]);

/** Whether `password` is the customer's email (ignoring case and surrounding spaces). */
export function sameAsEmail(password: string, email: string | undefined): boolean {
  return !!email && password.trim().toLowerCase() === email.trim().toLowerCase();
}

/**
 * Scores a password 0–4 from its length and character variety, with penalties for
 * common passwords, repeated characters and the customer's email or its local part.
 */
export function scorePassword(password: string, options: { email?: string } = {}): PasswordScore {
  if (password.length === 0) return 0;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || sameAsEmail(password, options.email)) return 0;
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(password)) pool += 33;
  const distinct = new Set(password).size;
  // Repeated characters add little: count each distinct character fully, repeats at a quarter.
  const effectiveLength = distinct + (codePointLength(password) - distinct) / 4;
  let bits = effectiveLength * Math.log2(Math.max(pool, 2));
  const local = options.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) bits -= local.length * 4;
  if (bits < 28) return 0;
  if (bits < 40) return 1;
  if (bits < 56) return 2;
  if (bits < 72) return 3;
  return 4;
}

/**
 * Checks a new password against the portal's policy: 8 to 100 characters (code points,
 * so an emoji counts once), not the customer's own email, no NUL or unpaired surrogate.
 * Also scores it 0–4 for a strength meter.
 */
export function checkPassword(password: string, options: { email?: string } = {}): PasswordCheck {
  const length = codePointLength(password);
  const rules: PasswordRuleResult[] = [
    { id: "minLength", isMet: length >= PASSWORD_MIN_LENGTH },
    { id: "maxLength", isMet: length <= PASSWORD_MAX_LENGTH },
    { id: "notEmail", isMet: password.length > 0 && !sameAsEmail(password, options.email) },
  ];
  return {
    // A NUL or an unpaired surrogate can't be typed; a pasted one makes the password invalid too.
    isValid: rules.every((rule) => rule.isMet) && !hasInvalidCharacters(password),
    rules,
    score: scorePassword(password, options),
  };
}

/** Default English messages of the password rules, used in adapter validation errors. */
export const PASSWORD_RULE_MESSAGES: Record<PasswordRuleId, string> = {
  minLength: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  maxLength: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  notEmail: "The password can't be the customer's email address.",
};

/** Message of a password issue that is not one of the rules: a NUL or an unpaired surrogate. */
export const PASSWORD_INVALID_CHARACTERS_MESSAGE = "The password contains a character that can't be used.";

/**
 * The first reason a backend refuses `password` as a new password, as a code
 * (`invalid_characters`, `required`, `too_short`, `too_long`, `equals_email`) and the
 * English message; `undefined` when it is accepted. The single rule set behind
 * {@link checkPassword}, `createPasswordSchema`, the memory adapter and the reference server.
 */
export function passwordIssue(password: string, options: { email?: string } = {}): (ValidationIssue & { message: string }) | undefined {
  const issue = checkText(password, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  if (issue) {
    const message =
      issue.code === "invalid_characters" ? PASSWORD_INVALID_CHARACTERS_MESSAGE
      : issue.code === "too_long" ? PASSWORD_RULE_MESSAGES.maxLength
      : PASSWORD_RULE_MESSAGES.minLength;
    return { ...issue, message };
  }
  if (sameAsEmail(password, options.email)) return { code: "equals_email", message: PASSWORD_RULE_MESSAGES.notEmail };
  return undefined;
}
