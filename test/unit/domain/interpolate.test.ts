import { describe, expect, it } from "vitest";
import { interpolate } from "../../../src";

describe("interpolate", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(interpolate("More options for {name}", { name: "Ada" })).toBe("More options for Ada");
    expect(interpolate("Hello {who}", {})).toBe("Hello {who}");
  });
  it("picks plural cases through Intl.PluralRules and formats # in the locale", () => {
    const template = "{count, plural, =0 {No customers} one {# customer} other {# customers}} selected";
    expect(interpolate(template, { count: 0 })).toBe("No customers selected");
    expect(interpolate(template, { count: 1 })).toBe("1 customer selected");
    expect(interpolate(template, { count: 1000 }, "en-US")).toBe("1,000 customers selected");
    expect(interpolate(template, { count: 1000 }, "de-DE")).toBe("1.000 customers selected");
    expect(interpolate("{n, plural, one {# Kunde} other {# Kunden}}", { n: 2 }, "de")).toBe("2 Kunden");
  });
});
