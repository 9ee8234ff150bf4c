import { readdir, readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";

const USE_CLIENT = '"use client";';

/** Every shipped locale: a file in src/locales, an entry `portal-customer-admin/locales/<tag>`. */
const LOCALES = ["ar", "de", "es", "fr", "ja", "pt-BR"];

/** The entries that hold React components; only they are client modules. */
const CLIENT_ENTRIES = new Set(["index.js", "index.cjs"]);

/**
 * The banner goes on every file tsup writes (entries and shared chunks). Keep "use client" only
 * on the component entry — as its very first directive (in CJS tsup puts interop helpers before
 * the banner) — and take it off core, testing and the chunks, so server code can import them.
 * Both edits keep line count (same line: source maps hold).
 */
async function placeUseClient(): Promise<void> {
  for (const name of await readdir("dist")) {
    if (!name.endsWith(".js") && !name.endsWith(".cjs")) continue;
    const file = `dist/${name}`;
    const code = await readFile(file, "utf8");
    const stripped = code.replace(USE_CLIENT, "");
    const next = CLIENT_ENTRIES.has(name) ? USE_CLIENT + stripped : stripped;
    if (next !== code) await writeFile(file, next);
  }
}

export default defineConfig([
  {
    entry: { index: "src/index.ts", core: "src/core.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    // tsup 8.5.1 injects `baseUrl` into the dts build; TS 6 rejects it (TS5101) unless silenced
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: false, // the build script empties dist/ once; two configs cleaning would race
    target: "es2022",
    splitting: true,
    // Components use hooks: keep them usable from Next.js app-router pages (placeUseClient
    // then keeps the directive on the component entry only).
    banner: { js: USE_CLIENT },
    onSuccess: placeUseClient,
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
    // Lets plain `tsc` accept `import "portal-customer-admin/styles.css"` (TS2882 on TypeScript 6).
    onSuccess: () => writeFile("dist/styles.css.d.cts", "// The default look: a side-effect import, nothing to use from it.\nexport {};\n"),
  },
]);
