import { getDateTimeFormat, getListFormat, getNumberFormat, getRelativeTimeFormat } from "./intl";

const MINUTE = 60_000;
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
  const format = getRelativeTimeFormat(locale, { numeric: "auto" });
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
  return getDateTimeFormat(locale, options).format(new Date(iso));
}

/** A date without time ("Nov 28, 2026"), in the runtime's time zone or in `timeZone`. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return getDateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(iso));
}

/** A number with the locale's grouping ("10,000"). */
export function formatNumber(value: number, locale: string): string {
  return getNumberFormat(locale).format(value);
}

/** A share as a percentage in the locale ("42 %" in German, "٤٢٪" in Arabic); `ratio` 0.42 is 42 %. */
export function formatPercent(ratio: number, locale: string): string {
  return getNumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/**
 * Names as a list in the locale ("Ada, Grace and 3 others"): at most `max` names, then
 * `others(n)` for the rest (a translated "{count} others" message) as the list's last item.
 */
export function formatNameList(names: readonly string[], locale: string, options: { max?: number; others?: (count: number) => string } = {}): string {
  const max = options.max ?? 3;
  const shown = names.length > max && options.others ? [...names.slice(0, max), options.others(names.length - max)] : [...names];
  return getListFormat(locale, { type: "conjunction", style: "long" }).format(shown);
}

// Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan.
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);
const directions = new Map<string, "ltr" | "rtl">();

/**
 * The text direction of `locale`: `rtl` when its (likely) script is written right to left
 * (`ar`, `he`, `fa`, `ur`, `az-Arab` …), else `ltr`. A malformed tag reads as `ltr`.
 */
export function textDirection(locale: string): "ltr" | "rtl" {
  let direction = directions.get(locale);
  if (!direction) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(locale).maximize().script;
    } catch {
      script = undefined;
    }
    direction = script && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
    directions.set(locale, direction);
  }
  return direction;
}
