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

describe("interpolate: nested arguments and select", () => {
  it("fills placeholders inside plural branches", () => {
    const template = "{count, plural, one {# customer selected by {name}} other {# customers selected by {name}}}";
    expect(interpolate(template, { count: 1, name: "Ada" })).toBe("1 customer selected by Ada");
    expect(interpolate(template, { count: 3, name: "Ada" }, "en")).toBe("3 customers selected by Ada");
  });
  it("picks Arabic's plural categories", () => {
    const template = "{n, plural, zero {لا عملاء} one {عميل واحد} two {عميلان} few {# عملاء} many {# عميلًا} other {# عميل}}";
    expect(interpolate(template, { n: 0 }, "ar")).toBe("لا عملاء");
    expect(interpolate(template, { n: 2 }, "ar")).toBe("عميلان");
    expect(interpolate(template, { n: 11 }, "ar")).toBe(`${new Intl.NumberFormat("ar").format(11)} عميلًا`);
  });
  it("supports select, with other as the fallback", () => {
    const template = "{status, select, active {Active ({name})} revoked {Revoked} other {Unknown}}";
    expect(interpolate(template, { status: "active", name: "Ada" })).toBe("Active (Ada)");
    expect(interpolate(template, { status: "deleted" })).toBe("Unknown");
  });
  it("formats plain number arguments in the locale and nests plural inside select", () => {
    expect(interpolate("Showing {start}–{end} of {total}", { start: 1, end: 25, total: 5000 }, "de")).toBe("Showing 1–25 of 5.000");
    const nested = "{kind, select, delete {{count, plural, one {# deleted} other {# deleted ({kind})}}} other {done}}";
    expect(interpolate(nested, { kind: "delete", count: 2 })).toBe("2 deleted (delete)");
  });
  it("keeps quoted braces literal and leaves malformed templates as text", () => {
    expect(interpolate("Use '{'braces'}' for {name}", { name: "x" })).toBe("Use {braces} for x");
    expect(interpolate("Broken {count, plural, one {#}", { count: 1 })).toBe("Broken {count, plural, one {#}");
  });
});
