// One Intl formatter per locale and options, made on first use and then reused: a table of
// 100 rows formats 100 dates with one `Intl.DateTimeFormat`, not 100.

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: (locale: string) => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ""}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    try {
      formatter = make(locale);
    } catch (error) {
      // A malformed locale tag (RangeError) falls back to English rather than breaking the screen.
      if (!(error instanceof RangeError)) throw error;
      formatter = make("en");
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat` for `locale` and `options`. */
export function getNumberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached("number", locale, options, (l) => new Intl.NumberFormat(l, options));
}

/** A cached `Intl.PluralRules` for `locale` and `options` (cardinal unless `type: "ordinal"`). */
export function getPluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached("plural", locale, options, (l) => new Intl.PluralRules(l, options));
}

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
export function getDateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached("date", locale, options, (l) => new Intl.DateTimeFormat(l, options));
}

/** A cached `Intl.RelativeTimeFormat` for `locale` and `options`. */
export function getRelativeTimeFormat(locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached("relative", locale, options, (l) => new Intl.RelativeTimeFormat(l, options));
}

/** A cached `Intl.ListFormat` for `locale` and `options`. */
export function getListFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached("list", locale, options, (l) => new Intl.ListFormat(l, options));
}

/** How many formatters are cached (for tests that check formatters are reused). */
export function cachedFormatterCount(): number {
  return cache.size;
}
