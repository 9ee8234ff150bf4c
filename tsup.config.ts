import { readdir, readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";

const USE_CLIENT = '"use client";';

/** Every shipped locale: a file in src/locales, an entry `portal-customer-admin/locales/<tag>`. */
const LOCALES = ["ar", "de", "es", "fr", "ja", "pt-BR"];

/**
 * In CJS output tsup puts its interop helpers before the banner, so "use client" is no longer
 * a directive there. Move it to the very start of every .cjs file (same line: source maps hold).
 */
async function hoistUseClient(): Promise<void> {
  for (const name of await readdir("dist")) {
    if (!name.endsWith(".cjs")) continue;
    const file = `dist/${name}`;
    const code = await readFile(file, "utf8");
    if (code.startsWith(USE_CLIENT)) continue;
    await writeFile(file, USE_CLIENT + code.replace(USE_CLIENT, ""));
  }
}

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    // tsup 8.5.1 injects `baseUrl` into the dts build; TS 6 rejects it (TS5101) unless silenced
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: false, // the build script empties dist/ once; two configs cleaning would race
    target: "es2022",
    splitting: true,
    // Components use hooks: keep them usable from Next.js app-router pages.
    banner: { js: USE_CLIENT },
    onSuccess: hoistUseClient,
    // dependencies + peerDependencies from package.json are external automatically
  },
  {
    // Shipped translations: plain data, one entry per language (no "use client", no shared chunk),
    // so a host pays only for the locales it imports.
    entry: Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: false,
    // Keep the text as UTF-8 rather than \uXXXX escapes: Arabic and Japanese would grow a third.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
  {
    // The default look: src/styles.css with every component's CSS @import-ed, bundled into one file.
    entry: { styles: "src/styles.css" },
    minify: false,
  },
]);
