// Story tests (vitest project "storybook"): a story that logs a console error or warning
// fails, like any other test here (React warnings, Radix "Missing Description", a failing
// request…). The messages still print.
import { afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";

let spies: MockInstance[] = [];

beforeEach(() => {
  spies = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
});

afterEach(() => {
  const logged = spies.flatMap((spy, i) =>
    spy.mock.calls.map((args) => `console.${i === 0 ? "error" : "warn"}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ")}`),
  );
  for (const spy of spies) spy.mockRestore();
  spies = [];
  expect(logged, "the story logged errors or warnings").toEqual([]);
});
