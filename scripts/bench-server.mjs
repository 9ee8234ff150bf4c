// `npm run bench:server`: the reference server (PGlite in memory) with 100,000 generated
// customers, loaded over loopback with autocannon (10 connections, a few seconds per
// scenario). Prints start-up time, list p50/p99 per scenario and the full export time.
// Figures only: absolute times depend on the machine, so nothing here gates `npm test`.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import autocannon from "autocannon";

const COUNT = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TOKEN = "demo-org-admin-centralized";

const started = performance.now();
const child = spawn(
  process.execPath,
  [path.join("node_modules", "tsx", "dist", "cli.mjs"), "examples/server/main.ts", "--port", "0", "--seed", String(COUNT), "--quiet"],
  { stdio: ["ignore", "pipe", "inherit"] },
);
let output = "";
const url = await new Promise((resolve, reject) => {
  child.stdout.on("data", (chunk) => {
    output += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(output);
    if (match && /Start-up: .*\n/.test(output)) resolve(match[1]);
  });
  child.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
});
const startupMs = performance.now() - started;

const headers = { Authorization: `Bearer ${TOKEN}` };
const scenarios = [
  ["default order (name asc)", ""],
  ["name desc", "sort=displayName&direction=desc"],
  ["email asc", "sort=email&direction=asc"],
  ["email desc", "sort=email&direction=desc"],
  ["last active desc", "sort=lastActiveAt&direction=desc"],
  ["created asc", "sort=createdAt&direction=asc"],
  ["status=revoked", "status=revoked"],
  ["search=smith", "search=smith"],
  ["search, no match", "search=zzqx-nobody"],
  ["last page", `offset=${COUNT - 25}`],
  ["last page, email desc", `offset=${COUNT - 25}&sort=email&direction=desc`],
];

try {
  console.log(`reference server (PGlite in memory), ${COUNT.toLocaleString("en")} customers, 10 connections, ${SECONDS} s per scenario, loopback`);
  const phases = /Start-up: (.*)/.exec(output)?.[1] ?? "";
  console.log(`  start-up: ${(startupMs / 1000).toFixed(1)} s in all (${phases}; the rest is compiling and loading)`);
  // One warm-up request per scenario (plans, caches), not measured.
  for (const [, query] of scenarios) await (await fetch(`${url}/api/admin/customers?${query}`, { headers })).arrayBuffer();
  for (const [name, query] of scenarios) {
    const result = await autocannon({ url: `${url}/api/admin/customers?${query}`, headers, connections: 10, duration: SECONDS });
    const errors = result.errors + result.non2xx;
    console.log(
      `  ${name.padEnd(24)} ${String(Math.round(result.requests.average)).padStart(5)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms${errors ? `  (${errors} errors)` : ""}`,
    );
  }
  for (const [name, query] of [["export, name order", ""], ["export, email order", "sort=email"]]) {
    const start = performance.now();
    const response = await fetch(`${url}/api/admin/customers/export?${query}`, { headers });
    const text = await response.text();
    const lines = text.split("\n").filter(Boolean).length;
    console.log(`  ${name}: ${lines.toLocaleString("en")} rows in ${((performance.now() - start) / 1000).toFixed(2)} s`);
  }
} finally {
  child.kill("SIGTERM");
  await once(child, "exit");
}
