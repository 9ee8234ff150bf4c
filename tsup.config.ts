import { defineConfig } from "tsup";

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
    banner: { js: '"use client";' },
    // dependencies + peerDependencies from package.json are external automatically
  },
  {
    // The default look: src/styles.css with every component's CSS @import-ed, bundled into one file.
    entry: { styles: "src/styles.css" },
    minify: false,
  },
]);
