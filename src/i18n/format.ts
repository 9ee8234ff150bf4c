const MINUTE = 60_000;

// Building an Intl formatter costs far more than using one: one per locale and option set, reused.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

/**
 * "3 days ago", "last month", "2 years ago" … through `Intl.RelativeTimeFormat` in `locale`.
 * Each unit is used only below the next one, so it never says "12 months ago" or "4 weeks ago".
 */
export function formatRelativeTime(iso: string, locale: string, now: number = Date.now()): string {
  const diff = Date.parse(iso) - now;
  const size = Math.abs(diff);
  const format = cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const pick = (ms: number, unit: Intl.RelativeTimeFormatUnit) => format.format(Math.round(diff / ms), unit);
  if (size >= YEAR - 15 * DAY) return pick(YEAR, "year");
  if (size >= 4 * 7 * DAY) return Math.round(size / MONTH) >= 12 ? pick(YEAR, "year") : pick(MONTH, "month");
  if (size >= 7 * DAY) return Math.round(size / (7 * DAY)) >= 4 ? pick(MONTH, "month") : pick(7 * DAY, "week");
  if (size >= DAY) return pick(DAY, "day");
  if (size >= HOUR) return pick(HOUR, "hour");
  if (size >= MINUTE) return pick(MINUTE, "minute");
  return format.format(0, "minute");
}

/** A full date and time for tooltips and titles, through `Intl.DateTimeFormat`. */
export function formatDateTime(iso: string, locale: string): string {
  return cached(`dateTime|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })).format(new Date(iso));
}

/** A number with the locale's grouping ("10,000"). */
export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A date without the time ("Mar 4, 2025"), through `Intl.DateTimeFormat`. */
export function formatDate(iso: string, locale: string): string {
  return cached(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium" })).format(new Date(iso));
}
