import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMessages, interpolate, messageShape, type MessageKey, type Messages } from "../../../src";

// Every file in src/locales is a shipped locale: adding one brings it under these checks.
const modules = import.meta.glob<{ messages: Messages }>("../../../src/locales/*.ts", { eager: true });
const locales = Object.entries(modules).map(([file, module]) => ({ tag: file.replace(/^.*\/|\.ts$/g, ""), messages: module.messages }));
const englishKeys = Object.keys(defaultMessages).sort();
const englishCategories = new Intl.PluralRules("en").resolvedOptions().pluralCategories;
// vitest runs from the package root.
const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");
const readJson = (file: string) => JSON.parse(read(file)) as unknown;

describe("shipped locales", () => {
  it("include at least German, French, Spanish, Portuguese (Brazil), Japanese and Arabic", () => {
    expect(locales.map((l) => l.tag)).toEqual(expect.arrayContaining(["de", "fr", "es", "pt-BR", "ja", "ar"]));
  });

  describe.each(locales)("$tag", ({ tag, messages }) => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

    it("has exactly the English keys: none missing, none extra", () => {
      const keys = Object.keys(messages).sort();
      expect(englishKeys.filter((key) => !keys.includes(key)), "missing keys").toEqual([]);
      expect(keys.filter((key) => !englishKeys.includes(key)), "extra keys").toEqual([]);
    });

    it("keeps every placeholder of English and no other", () => {
      const problems: string[] = [];
      for (const key of englishKeys as MessageKey[]) {
        const english = messageShape(defaultMessages[key])!;
        const shape = messageShape(messages[key] ?? "");
        if (!shape) problems.push(`${key}: malformed`);
        else if (shape.arguments.join() !== english.arguments.join()) {
          problems.push(`${key}: {${shape.arguments.join("}, {")}} instead of {${english.arguments.join("}, {")}}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`has the plural categories of its language (${categories.join(", ")}) wherever English has plurals`, () => {
      const problems: string[] = [];
      for (const key of englishKeys as MessageKey[]) {
        const english = messageShape(defaultMessages[key])!;
        const shape = messageShape(messages[key] ?? "");
        if (!shape) continue;
        for (const [argument, englishCases] of Object.entries(english.plurals)) {
          const cases = shape.plurals[argument];
          if (!cases) {
            problems.push(`${key}: {${argument}} is not a plural`);
            continue;
          }
          // English covering every English category asks for every category of the language;
          // English with `other` only (a count that is never 1) asks for `other` at least.
          const isComplete = englishCategories.every((category) => englishCases.includes(category));
          const expected = isComplete ? [...categories].sort() : cases.filter((c) => categories.includes(c as Intl.LDMLPluralRule));
          if (!cases.includes("other") || cases.join() !== expected.join()) {
            problems.push(`${key}: {${argument}} has ${cases.join(" ")}; ${tag} needs ${isComplete ? [...categories].sort().join(" ") : "other and only its own categories"}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it("renders every message with sample values, leaving no placeholder or ICU syntax", () => {
      const values = { name: "Ada", email: "ada@example.com", count: 3, min: 8, max: 100, start: 1, end: 25, total: 5000, done: 2, site: "Acme", action: "X", roles: "Y", role: "Z", reason: "R", experience: "E", date: "2026-01-01", seconds: 30, search: "grace", page: 2, column: "Name", order: "A to Z" };
      for (const key of englishKeys as MessageKey[]) {
        for (const count of [0, 1, 2, 3, 11, 100, 1000000]) {
          const text = interpolate(messages[key], { ...values, count, min: count, max: count }, tag);
          expect(text, `${tag} ${key}`).not.toMatch(/[{}]|, plural,/);
        }
      }
    });

    it("is its own package entry point, built by tsup and size-limited", () => {
      const exports = (readJson("package.json") as { exports: Record<string, unknown> }).exports;
      expect(exports[`./locales/${tag}`]).toEqual({
        import: { types: `./dist/locales/${tag}.d.ts`, default: `./dist/locales/${tag}.js` },
        require: { types: `./dist/locales/${tag}.d.cts`, default: `./dist/locales/${tag}.cjs` },
      });
      const limits = readJson(".size-limit.json") as { path: string }[];
      expect(limits.some((entry) => entry.path === `dist/locales/${tag}.js`)).toBe(true);
      expect(read("tsup.config.ts")).toContain("src/locales/");
    });
  });
});
