// A host meets the packed package: `npm pack`, install the tarball into a temporary project, then
// 1. plain Node (server code, no bundler, no React rendering) imports /core and /testing, ESM and
//    CJS, and calls canPerform, checkPassword, createMemoryAdapter and checkAdapterContract;
// 2. TypeScript 5.9 and 6 compile one consumer file importing every entry and the CSS, in module
//    resolutions bundler, node16 and node10 (node10 without esModuleInterop).
// Run by `npm test` after the build. Installs from npm's cache (every package is already there).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), "pca-consumer-types-"));
const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

try {
  const started = Date.now();
  const [{ filename }] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const rootPkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const dev = rootPkg.devDependencies;
  writeFileSync(path.join(work, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  run("npm", [
    "install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock",
    path.join(work, filename), `react@${dev.react}`, `react-dom@${dev["react-dom"]}`,
    `@types/react@${dev["@types/react"]}`, `@types/react-dom@${dev["@types/react-dom"]}`,
  ], work);
  const installed = Date.now();

  const serverScript = (load) => `
const core = ${load("portal-customer-admin/core")};
const testing = ${load("portal-customer-admin/testing")};
const german = ${load("portal-customer-admin/locales/de")};
if (core.interpolate(german.messages["bulk.bar.selected"], { count: 2 }, "de") !== "2 Kunden ausgewählt") throw new Error("locales/de: the German messages did not load");
const context = { ...testing.DEFAULT_ADMIN_CONTEXT, experience: "original", role: "site-admin" };
if (core.canPerform(context, "delete") !== true) throw new Error("canPerform: a site admin of the original experience may delete");
if (core.canPerform({ ...context, role: "none" }, "delete") !== false) throw new Error("canPerform: role none may not delete");
if (core.checkPassword("short").isValid !== false) throw new Error("checkPassword accepted a short password");
if (core.checkPassword("a long enough passphrase").isValid !== true) throw new Error("checkPassword refused a valid password");
const adapter = testing.createMemoryAdapter({ customers: 12, seed: 7 });
const report = await testing.checkAdapterContract(adapter, { mutations: true });
if (!report.ok) throw new Error("checkAdapterContract: " + JSON.stringify(report.results.filter((r) => !r.ok)));
console.log("ok " + report.results.length);
`;
  const node = (file, code) => {
    writeFileSync(path.join(work, file), code);
    return run(process.execPath, [file], work).trim();
  };
  const esm = node("server.mjs", serverScript((id) => `await import("${id}")`));
  const cjs = node("server.cjs", `(async () => {${serverScript((id) => `require("${id}")`)}})().catch((e) => { console.error(e); process.exit(1); });`);
  console.log(`✔ plain Node, ESM and CJS: canPerform, checkPassword, createMemoryAdapter, checkAdapterContract, locales/de (${esm}, ${cjs} contract checks)`);

  mkdirSync(path.join(work, "src"));
  writeFileSync(path.join(work, "src", "consumer.ts"), `
import "portal-customer-admin/styles.css";
import { PortalCustomersPage, CustomerTable, canPerform, type PortalCustomer } from "portal-customer-admin";
import { checkPassword, createHttpAdapter, isAdapterError, passwordSchema } from "portal-customer-admin/core";
import { createMemoryAdapter, checkAdapterContract } from "portal-customer-admin/testing";
import { messages as arabic } from "portal-customer-admin/locales/ar";
import type { Messages } from "portal-customer-admin/core";

const translation: Messages = arabic;
const adapter = createMemoryAdapter({ customers: 3 });
const customer: PortalCustomer | undefined = adapter.snapshot()[0];
export const checks = {
  page: PortalCustomersPage, table: CustomerTable, customer,
  allowed: canPerform({ experience: "original", role: "site-admin", site: { id: "s", name: "S", url: "https://s.example" }, organization: null, environment: "commercial" }, "delete"),
  password: checkPassword("correct horse battery", { email: "a@example.com" }).score,
  schemaOk: passwordSchema !== undefined,
  http: createHttpAdapter({ baseUrl: "/api" }),
  report: checkAdapterContract(adapter),
  isError: isAdapterError(new Error("x")),
  translation,
};
`);

  const compilers = [["5.9", "typescript-5"], ["6", "typescript"]];
  const modes = [
    { name: "bundler", module: "esnext", moduleResolution: "bundler" },
    { name: "node16", module: "node16", moduleResolution: "node16" },
    { name: "node10", module: "commonjs", moduleResolution: "node10", esModuleInterop: false },
  ];
  const jobs = [];
  for (const [version, pkg] of compilers) {
    const tsc = path.join(root, "node_modules", pkg, "bin", "tsc");
    for (const mode of modes) {
      const { name, ...options } = mode;
      const compilerOptions = {
        ...options, target: "es2022", strict: true, noEmit: true, jsx: "react-jsx", types: [],
        // TypeScript 6 deprecates node10 and esModuleInterop: false but still honours them.
        ...(version === "6" && name === "node10" ? { ignoreDeprecations: "6.0" } : {}),
        ...(options.esModuleInterop === false ? { allowSyntheticDefaultImports: false } : {}),
      };
      const config = `tsconfig.ts${version}.${name}.json`;
      writeFileSync(path.join(work, config), JSON.stringify({ compilerOptions, files: ["src/consumer.ts"] }, null, 2));
      const label = `TypeScript ${version}, ${name}${options.esModuleInterop === false ? " (no esModuleInterop)" : ""}`;
      jobs.push({ label, args: [tsc, "-p", config] });
    }
  }
  // Two compilers at a time (the machines running this have two cores).
  const failures = [];
  const next = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { code, output } = await new Promise((resolve) => {
        const child = spawn(process.execPath, job.args, { cwd: work });
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.on("close", (code) => resolve({ code, output }));
      });
      if (code === 0) console.log(`✔ ${job.label}`);
      else failures.push(`✖ ${job.label}\n${output}`);
    }
  };
  await Promise.all([next(), next()]);
  console.log(`(pack + install ${Math.round((installed - started) / 100) / 10} s, compiling ${Math.round((Date.now() - installed) / 100) / 10} s)`);
  if (failures.length) {
    console.error(failures.join("\n"));
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
