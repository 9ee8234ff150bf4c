import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The default palette as written in src/styles.css: `--_pca-color-X: var(--pca-color-X, var(--_pca-light, L) var(--_pca-dark, D));`
const css = readFileSync(path.resolve(__dirname, "../../src/styles.css"), "utf8");
const palette = new Map<string, { light: string; dark: string }>();
for (const match of css.matchAll(/--_pca-color-([a-z-]+):\s*var\(--pca-color-\1,\s*var\(--_pca-light,\s*(#[0-9a-f]{6})\)\s*var\(--_pca-dark,\s*(#[0-9a-f]{6})\)\)/gi)) {
  palette.set(match[1]!, { light: match[2]!, dark: match[3]! });
}

/** WCAG 2 relative luminance of an sRGB #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background, minimum]: control edges and icons 3:1 (WCAG 1.4.11), text 4.5:1 (1.4.3).
const PAIRS: [string, string, number][] = [
  ["border", "bg", 3],
  ["border", "bg-subtle", 3], // dialog inputs sit on bg-subtle
  ["border", "bg-hover", 3], // and on bg-hover under the pointer
  ["focus", "bg", 3],
  ["focus", "bg-subtle", 3],
  ["text-subtle", "bg", 4.5], // icons and secondary text
  ["text-subtle", "bg-subtle", 4.5],
  ["text-subtle", "bg-hover", 4.5],
  ["text", "bg", 4.5],
  ["brand", "bg", 4.5],
  ["on-brand", "brand", 4.5],
  ["danger", "bg", 4.5],
  ["danger", "danger-bg", 4.5],
  ["on-brand", "danger", 4.5],
  ["success", "bg", 4.5],
  ["success", "success-bg", 4.5],
  // Selected table rows: text on the tint, the start bar against the tint and the page.
  ["text", "selected-bg", 4.5],
  ["text-subtle", "selected-bg", 4.5],
  ["brand", "selected-bg", 3],
  ["border", "selected-bg", 3], // the row's checkbox
];

describe("default palette contrast (src/styles.css)", () => {
  it("parses every colour the pairs use, in light and dark", () => {
    for (const [fg, bg] of PAIRS) {
      expect(palette.get(fg), fg).toBeDefined();
      expect(palette.get(bg), bg).toBeDefined();
    }
  });

  for (const mode of ["light", "dark"] as const) {
    for (const [fg, bg, min] of PAIRS) {
      it(`${mode}: ${fg} on ${bg} reaches ${min}:1`, () => {
        const ratio = contrast(palette.get(fg)![mode], palette.get(bg)![mode]);
        expect(ratio, `${palette.get(fg)![mode]} on ${palette.get(bg)![mode]}`).toBeGreaterThanOrEqual(min);
      });
    }
  }

  it("computes WCAG ratios (black on white is 21:1, a colour on itself 1:1)", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#7d889b", "#7d889b")).toBe(1);
    // The old border, which the issue measured at 1.34:1, fails.
    expect(contrast("#dcdfe4", "#ffffff")).toBeLessThan(3);
  });
});
