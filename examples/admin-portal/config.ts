// The demo's Vite configuration, shared by `vite.config.ts` (the Vite CLI), `start.ts`
// (`npm start`) and the end-to-end tests' global setup.
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { InlineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");

/** Options of {@link demoConfig}. */
export interface DemoConfigOptions {
  /** The reference server's URL; the dev server proxies `/api` to it. */
  apiUrl: string;
  /** Port of the dev server; 0 or missing picks 5173 or the next free one. */
  port?: number;
  /** Fail instead of trying the next port when `port` is taken. */
  strictPort?: boolean;
  /** Where Vite keeps its pre-bundled dependencies; the tests use their own, so a running demo is left alone. */
  cacheName?: string;
}

/**
 * The demo as a host would build it, except that `portal-customer-admin` resolves to the
 * repository's TypeScript sources (no build step, edits reload at once). A real host
 * imports the published package and its `dist/styles.css` without any alias.
 */
export function demoConfig({ apiUrl, port, strictPort, cacheName = "admin-portal" }: DemoConfigOptions): InlineConfig {
  return {
    configFile: false,
    root: here,
    cacheDir: path.join(repo, "node_modules/.vite", cacheName),
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^portal-customer-admin\/styles\.css$/, replacement: path.join(repo, "src/styles.css") },
        { find: /^portal-customer-admin$/, replacement: path.join(repo, "src/index.ts") },
        { find: /^portal-customer-admin\/locales\/([\w-]+)$/, replacement: path.join(repo, "src/locales/$1.ts") },
      ],
    },
    // Crawl the app before the first request, so no dependency is discovered late (a late
    // discovery reloads the page under a user, or an end-to-end test).
    optimizeDeps: { entries: ["index.html"] },
    server: {
      host: "127.0.0.1",
      port: port || 5173,
      strictPort: strictPort ?? false,
      // The browser talks only to this origin; the API needs no CORS.
      proxy: { "/api": { target: apiUrl } },
      fs: { allow: [repo] },
    },
    logLevel: "warn",
    clearScreen: false,
  };
}
