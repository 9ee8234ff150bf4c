import { getNumberFormat, getPluralRules } from "./intl";

// A small ICU MessageFormat subset (see README "Localization"): `{name}`, `{name, number}`,
// `{name, number, percent}`, `{name, plural, …}` with `=N`, the CLDR categories, `offset:N`
// and `#`, `{name, selectordinal, …}`, `{name, select, …}`, nested to any depth, and
// apostrophe quoting ('{' for a literal brace, '' for an apostrophe).

type Cases = Map<string, Part[]>;
type Part =
  | string
  | { type: "argument"; name: string }
  | { type: "number"; name: string; style?: string }
  | { type: "hash" }
  | { type: "plural"; name: string; isOrdinal: boolean; offset: number; cases: Cases }
  | { type: "select"; name: string; cases: Cases };

class ParseError extends Error {}

/** Parses a template into parts; throws {@link ParseError} when it is malformed. */
function parse(template: string): Part[] {
  let at = 0;
  const fail = (): never => {
    throw new ParseError(`Malformed message at ${at}`);
  };
  const skipSpace = () => {
    while (at < template.length && /\s/.test(template[at]!)) at++;
  };
  const word = (): string => {
    skipSpace();
    const start = at;
    while (at < template.length && /[^\s{},]/.test(template[at]!)) at++;
    if (at === start) fail();
    return template.slice(start, at);
  };
  const expect = (char: string) => {
    skipSpace();
    if (template[at] !== char) fail();
    at++;
  };

  function message(inPlural: boolean, nested: boolean): Part[] {
    const parts: Part[] = [];
    let text = "";
    const flush = () => {
      if (text) parts.push(text);
      text = "";
    };
    while (at < template.length) {
      const char = template[at]!;
      if (char === "'") {
        const next = template[at + 1];
        if (next === "'") {
          text += "'";
          at += 2;
        } else if (next === "{" || next === "}" || (inPlural && next === "#")) {
          const end = template.indexOf("'", at + 1);
          text += template.slice(at + 1, end === -1 ? template.length : end);
          at = end === -1 ? template.length : end + 1;
        } else {
          text += char;
          at++;
        }
      } else if (char === "{") {
        flush();
        at++;
        parts.push(argument());
      } else if (char === "}") {
        if (!nested) fail();
        break;
      } else if (char === "#" && inPlural) {
        flush();
        parts.push({ type: "hash" });
        at++;
      } else {
        text += char;
        at++;
      }
    }
    flush();
    return parts;
  }

  function cases(inPlural: boolean): Cases {
    const result: Cases = new Map();
    skipSpace();
    while (template[at] !== "}") {
      const key = word();
      expect("{");
      result.set(key, message(inPlural, true));
      expect("}");
      skipSpace();
      if (at >= template.length) fail();
    }
    if (!result.has("other")) fail();
    return result;
  }

  function argument(): Part {
    const name = word();
    skipSpace();
    if (template[at] === "}") {
      at++;
      return { type: "argument", name };
    }
    expect(",");
    const kind = word();
    let part: Part;
    if (kind === "number") {
      skipSpace();
      let style: string | undefined;
      if (template[at] === ",") {
        at++;
        style = word();
      }
      part = { type: "number", name, style };
    } else if (kind === "plural" || kind === "selectordinal") {
      expect(",");
      skipSpace();
      let offset = 0;
      if (template.startsWith("offset:", at)) {
        at += "offset:".length;
        offset = Number(word());
        if (!Number.isFinite(offset)) fail();
      }
      part = { type: "plural", name, isOrdinal: kind === "selectordinal", offset, cases: cases(true) };
    } else if (kind === "select") {
      expect(",");
      part = { type: "select", name, cases: cases(false) };
    } else {
      return fail();
    }
    expect("}");
    return part;
  }

  const parts = message(false, false);
  if (at < template.length) fail();
  return parts;
}

const parsed = new Map<string, Part[] | null>();

/** The parts of `template`, parsed once; `null` when it is malformed. */
function partsOf(template: string): Part[] | null {
  let parts = parsed.get(template);
  if (parts === undefined) {
    try {
      parts = parse(template);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      parts = null;
    }
    // Templates come from message catalogues: a bounded set, so the cache stays small.
    if (parsed.size < 5000) parsed.set(template, parts);
  }
  return parts;
}

/** The values a template's arguments take: text, or numbers formatted in the locale. */
export type MessageValues = Record<string, string | number>;

function render(parts: Part[], values: MessageValues, locale: string, hash: number | undefined): string {
  let out = "";
  const has = (name: string) => Object.prototype.hasOwnProperty.call(values, name);
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
    } else if (part.type === "hash") {
      out += hash === undefined ? "#" : getNumberFormat(locale).format(hash);
    } else if (part.type === "argument") {
      if (!has(part.name)) out += `{${part.name}}`;
      else {
        const value = values[part.name]!;
        out += typeof value === "number" ? getNumberFormat(locale).format(value) : value;
      }
    } else if (part.type === "number") {
      const value = Number(values[part.name]);
      if (!has(part.name) || Number.isNaN(value)) out += `{${part.name}}`;
      else {
        const options: Intl.NumberFormatOptions | undefined =
          part.style === "percent" ? { style: "percent" } : part.style === "integer" ? { maximumFractionDigits: 0 } : undefined;
        out += getNumberFormat(locale, options).format(value);
      }
    } else if (part.type === "plural") {
      const raw = values[part.name];
      const value = typeof raw === "number" ? raw : Number(raw);
      if (!has(part.name) || Number.isNaN(value)) {
        out += `{${part.name}}`;
        continue;
      }
      const shown = value - part.offset;
      const category = getPluralRules(locale, part.isOrdinal ? { type: "ordinal" } : undefined).select(shown);
      const chosen = part.cases.get(`=${value}`) ?? part.cases.get(category) ?? part.cases.get("other")!;
      out += render(chosen, values, locale, shown);
    } else {
      const value = has(part.name) ? String(values[part.name]) : "other";
      out += render(part.cases.get(value) ?? part.cases.get("other")!, values, locale, hash);
    }
  }
  return out;
}

/**
 * Fills a message template (the ICU MessageFormat subset documented in the README):
 * `{name}` takes `values[name]` (numbers are formatted in `locale`); `{count, plural, one {# item
 * by {name}} other {# items}}` picks the case through `Intl.PluralRules` in `locale` (exact `=N`
 * first) and writes `#` as the locale-formatted number; `{status, select, active {…} other {…}}`
 * picks by value. Arguments without a value stay as written; a malformed template is returned
 * as it is.
 */
export function interpolate(template: string, values: MessageValues = {}, locale = "en"): string {
  const parts = partsOf(template);
  return parts ? render(parts, values, locale, undefined) : template;
}

/**
 * The argument names a template uses, and for each plural argument the categories its cases
 * cover (`=N` cases excluded): what a translation must keep the same as English.
 */
export function messageShape(template: string): { arguments: string[]; plurals: Record<string, string[]> } | null {
  const parts = partsOf(template);
  if (!parts) return null;
  const names = new Set<string>();
  const plurals: Record<string, string[]> = {};
  const walk = (list: Part[]) => {
    for (const part of list) {
      if (typeof part === "string" || part.type === "hash") continue;
      names.add(part.name);
      if (part.type === "plural" || part.type === "select") {
        if (part.type === "plural") {
          const categories = [...part.cases.keys()].filter((key) => !key.startsWith("="));
          plurals[part.name] = [...new Set([...(plurals[part.name] ?? []), ...categories])].sort();
        }
        for (const branch of part.cases.values()) walk(branch);
      }
    }
  };
  walk(parts);
  return { arguments: [...names].sort(), plurals };
}
