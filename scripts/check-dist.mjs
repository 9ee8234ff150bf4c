// Checks the built package the way a host meets it (run by `npm test` after the build):
// every entry loads from ESM and CJS; the component entry (index) keeps "use client" as its
// first directive (Next.js app router) while core, testing and the shared chunks carry none
// (server code imports them); styles.css carries every component's styles and its types.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";

const problems = [];
const require = createRequire(import.meta.url);

const EXPECTED = {
  index: ["PortalCustomersPage", "CustomerTable", "canPerform", "createHttpAdapter", "checkPassword"],
  core: ["canPerform", "checkPassword", "createHttpAdapter", "isAdapterError", "normalizeQuery", "exportCustomersCsv"],
  testing: ["createMemoryAdapter", "checkAdapterContract"],
};
for (const name of readdirSync("dist").filter((n) => /\.c?js$/.test(n))) {
  const code = readFileSync(`dist/${name}`, "utf8");
  const isClient = name === "index.js" || name === "index.cjs";
  if (isClient && !code.startsWith('"use client";')) problems.push(`dist/${name} does not start with "use client"`);
  if (!isClient && code.includes('"use client"')) problems.push(`dist/${name} has "use client" (server code could not import it)`);
  if (!isClient && /from "react"|require\("react"\)/.test(code)) problems.push(`dist/${name} imports react (it must run without React)`);
}
for (const [entry, expected] of Object.entries(EXPECTED)) {
  const esm = await import(`../dist/${entry}.js`);
  const cjs = require(`../dist/${entry}.cjs`);
  for (const name of expected) {
    if (typeof esm[name] !== "function") problems.push(`ESM ${entry} lacks ${name}`);
    if (typeof cjs[name] !== "function") problems.push(`CJS ${entry} lacks ${name}`);
  }
}

// Each shipped locale: plain data (no "use client"), ESM and CJS, every English key.
const { defaultMessages } = await import("../dist/index.js");
const exportsMap = JSON.parse(readFileSync("package.json", "utf8")).exports;
const locales = Object.keys(exportsMap).filter((key) => key.startsWith("./locales/")).map((key) => key.slice("./locales/".length));
if (locales.length < 6) problems.push(`only ${locales.length} locale entries in package.json exports`);
for (const tag of locales) {
  const code = readFileSync(`dist/locales/${tag}.js`, "utf8");
  if (code.includes('"use client"')) problems.push(`dist/locales/${tag}.js has "use client" (it is plain data)`);
  const esm = (await import(`../dist/locales/${tag}.js`)).messages;
  const cjs = require(`../dist/locales/${tag}.cjs`).messages;
  for (const [kind, messages] of [["ESM", esm], ["CJS", cjs]]) {
    const missing = Object.keys(defaultMessages).filter((key) => typeof messages?.[key] !== "string");
    if (missing.length) problems.push(`${kind} locales/${tag} lacks ${missing.length} keys (${missing.slice(0, 3).join(", ")} …)`);
  }
}

const css = readFileSync("dist/styles.css", "utf8");
if (!existsSync("dist/styles.css.d.cts")) problems.push("dist/styles.css.d.cts is missing (plain tsc refuses the CSS import)");
if (css.includes("@import")) problems.push("dist/styles.css still has @import lines (not bundled)");
for (const selector of [".pca-customer-table", ".pca-actions-menu", ".pca-dialog", ".pca-bulk-bar", ".pca-export", ".pca-admin-nav", "--pca-color-bg"]) {
  if (!css.includes(selector)) problems.push(`dist/styles.css lacks ${selector}`);
}

if (problems.length) {
  console.error(problems.map((p) => `✖ ${p}`).join("\n"));
  process.exit(1);
}
console.log(`✔ dist: ESM and CJS entries load; "use client" first in index only; core, testing and chunks server-safe; styles.css complete; ${locales.length} locales complete`);
