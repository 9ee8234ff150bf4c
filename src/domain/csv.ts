import type { PortalCustomer } from "./types";

/** Column headings of the customer export, in order. */
export const CSV_COLUMNS = ["Name", "Email", "Status", "Last active", "Created"] as const;

const STATUS_TEXT: Record<PortalCustomer["status"], string> = { active: "Active", revoked: "Access revoked" };

// A formula character, ASCII or its full-width / small form (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫), after any run of
// white space, control characters (tab, CR, LF, …) and invisible format characters (zero-width
// spaces and joiners, bidi marks and overrides, BOM): spreadsheets skip those and run the formula.
const FORMULA = /^[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, quotes
 * doubled. A cell that a spreadsheet would run as a formula (a formula character `=`, `+`,
 * `-`, `@` or their full-width forms, possibly after leading white space, control or
 * zero-width / bidi characters), or that starts with a tab or carriage return, is prefixed
 * with `'` so it stays text.
 */
export function escapeCsvCell(value: string): string {
  const safe = FORMULA.test(value) || /^[\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with its CRLF line end. */
export function toCsvRecord(cells: readonly string[]): string {
  return `${cells.map(escapeCsvCell).join(",")}\r\n`;
}

/** The header record of the customer export. */
export function customerCsvHeader(): string {
  return toCsvRecord(CSV_COLUMNS);
}

/** The CSV records for `customers` (no header). Dates stay ISO-8601 so spreadsheets read them in any locale. */
export function customersToCsv(customers: readonly PortalCustomer[]): string {
  let out = "";
  for (const c of customers) {
    out += toCsvRecord([c.displayName, c.email, STATUS_TEXT[c.status], c.lastActiveAt ?? "", c.createdAt]);
  }
  return out;
}
