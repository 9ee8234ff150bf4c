import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium (scripts/ensure-chromium.mjs installs it); browser downloads don't work here.
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  },
});

// A function, not a shared object: Vitest mutates `instances`.
const browser = () => ({
  enabled: true,
  headless: true, // default is process.env.CI; there is no X server
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          setupFiles: ["./vitest.setup.ts"],
          include: ["test/unit/**/*.test.{ts,tsx}"],
        },
      },
      {
        // The HTTP adapter against the reference server (examples/server), one server per file.
        extends: true,
        test: {
          name: "contract",
          environment: "node",
          include: ["test/contract/**/*.test.ts"],
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      {
        // The demo admin portal (examples/admin-portal) in Chromium against the reference server,
        // both started once by the global setup on free loopback ports.
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          hookTimeout: 60_000,
          testTimeout: 45_000,
          // A loaded machine: a filter's result (300 ms debounce, a request, a render) can take
          // longer than expect.poll's default second; wait on the outcome instead.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          setupFiles: ["./vitest.browser.setup.ts"],
          include: ["test/browser/**/*.browser.test.{ts,tsx}"],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        test: {
          name: "storybook",
          // A story that logs a console error or warning fails.
          setupFiles: ["./.storybook/vitest.setup.ts"],
          browser: browser(),
        },
      },
    ],
  },
});
