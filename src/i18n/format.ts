const MINUTE = 60_000;

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

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

/**
 * A full date and time for tooltips and titles, through `Intl.DateTimeFormat`, in the
 * runtime's time zone or in `timeZone` (then named, e.g. "… 3:00 PM UTC").
 */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = timeZone
    ? { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" }
    : { dateStyle: "medium", timeStyle: "short" };
  return cached(`dateTime|${locale}|${timeZone ?? ""}`, () => new Intl.DateTimeFormat(locale, options)).format(new Date(iso));
}

/** A date without time ("Nov 28, 2026"), in the runtime's time zone or in `timeZone`. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return cached(`date|${locale}|${timeZone ?? ""}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone })).format(new Date(iso));
}

/** A number with the locale's grouping ("10,000"). */
export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}
