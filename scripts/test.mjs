// `npm test`: every check a change must pass, in order of speed, stopping at the first failure.
// Each step prints its time, so a slow step shows. Stories run as tests in Chromium (the storybook
// project); the static Storybook build is checked apart by `npm run test:storybook-static`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";

process.env.CHROMIUM_PATH = ensureChromium();

const bin = (name) => path.join("node_modules", ".bin", name);
const reportDir = mkdtempSync(path.join(tmpdir(), "pca-test-"));
const report = path.join(reportDir, "vitest.json");

const steps = [
  ["type-check", bin("tsc"), ["--noEmit"]],
  ["type-check examples/server", bin("tsc"), ["-p", "examples/server", "--noEmit"]],
  ["type-check examples/admin-portal", bin("tsc"), ["-p", "examples/admin-portal", "--noEmit"]],
  ["lint (ESLint, zero warnings)", bin("eslint"), ["--max-warnings=0", "."]],
  ["build", "npm", ["run", "--silent", "build"]],
  ["built package", process.execPath, ["scripts/check-dist.mjs"]],
  ["packed package: plain Node server import, TypeScript 5.9/6 × bundler/node16/node10", process.execPath, ["scripts/check-packed.mjs"]],
  ["tests (unit, browser, stories, contract, end-to-end)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]],
  ["examples/nextjs: next build (Cache Components) and Chromium check", process.execPath, ["scripts/check-nextjs.mjs"]],
  // The same contract tests against a real PostgreSQL (installed and started on a free port when missing).
  ["contract tests on PostgreSQL", process.execPath, ["scripts/with-postgres.mjs"]],
  ["bundle size budget", bin("size-limit"), []],
  ["package lint (publint)", bin("publint"), ["--strict"]],
  ["types lint (attw)", bin("attw"), ["--pack", "."]],
  ["benchmark (ratios to a plain filter-and-sort, same run)", process.execPath, ["scripts/bench.mjs"]],
];

const started = Date.now();
const timings = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  timings.push(`${name}: ${Math.round((Date.now() - stepStarted) / 1000)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed.`);
    summary();
    process.exit(result.status ?? 1);
  }
}
summary();
console.log(`\n✔ all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);

function summary() {
  console.log(`\nstep times: ${timings.join(" · ")}`);
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    console.log(`\n${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests + json.numTodoTests} skipped`);
  } catch {
    // the tests did not run (an earlier step failed)
  }
  rmSync(reportDir, { recursive: true, force: true });
}
