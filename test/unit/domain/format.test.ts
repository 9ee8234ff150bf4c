import { describe, expect, it } from "vitest";
import { formatNumber, formatRelativeTime } from "../../../src";

const NOW = Date.parse("2026-11-01T12:00:00Z");
const ago = (days: number) => new Date(NOW - days * 86_400_000).toISOString();

describe("formatRelativeTime", () => {
  it("picks the unit that reads naturally", () => {
    expect(formatRelativeTime(ago(0.0001), "en", NOW)).toBe("this minute");
    expect(formatRelativeTime(ago(1), "en", NOW)).toBe("yesterday");
    expect(formatRelativeTime(ago(3), "en", NOW)).toBe("3 days ago");
    expect(formatRelativeTime(ago(14), "en", NOW)).toBe("2 weeks ago");
    expect(formatRelativeTime(ago(29), "en", NOW)).toBe("last month");
    expect(formatRelativeTime(ago(95), "en", NOW)).toBe("3 months ago");
    expect(formatRelativeTime(ago(340), "en", NOW)).toBe("11 months ago");
    expect(formatRelativeTime(ago(355), "en", NOW)).toBe("last year");
    expect(formatRelativeTime(ago(800), "en", NOW)).toBe("2 years ago");
  });
  it("never says 12 months or 4 weeks", () => {
    for (let days = 1; days < 1200; days++) {
      const text = formatRelativeTime(ago(days), "en", NOW);
      expect(text).not.toMatch(/^(12 months|4 weeks|5 weeks|13 months)/);
    }
  });
  it("follows the locale", () => {
    expect(formatRelativeTime(ago(3), "de", NOW)).toBe("vor 3 Tagen");
    expect(formatNumber(10000, "de-DE")).toBe("10.000");
  });
});
