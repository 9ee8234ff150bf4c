// `npm run bench:render`: the library's CustomerTable page against a baseline page built the
// common way (TanStack Table + a Radix DropdownMenu per row, the shadcn/ui data-table pattern),
// both built here with Vite in production mode and measured in the same run in headless
// Chromium, interleaved (library, baseline, baseline, library, …) so both see the same load.
// Prints the medians and each ratio (library ÷ baseline). Not a gate: it reports figures.
//
//   BENCH_RENDER_RUNS=15   runs per page (at least 15)
//   CHROMIUM_PATH=/usr/bin/chromium
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright";
import { build } from "vite";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bench", "render");
const RUNS = Math.max(15, Number(process.env.BENCH_RENDER_RUNS ?? 15));
const FRAGMENT = "an"; // typed into the filter box, one key at a time
const GOALS = { "filter keydown → next frame": 0.5 };
const DEFAULT_GOAL = 0.8;
const DEBOUNCE_MS = 300; // both pages wait this long after the last key before they request

const outDir = await mkdtemp(path.join(tmpdir(), "bench-render-"));
const log = (line) => process.stdout.write(`${line}\n`);

async function buildPages() {
  await build({
    root,
    logLevel: "warn",
    configFile: false,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { library: path.join(root, "library.html"), baseline: path.join(root, "baseline.html") } },
    },
  });
}

function serve() {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((request, response) => {
    const file = path.join(outDir, path.normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)));
    if (!file.startsWith(outDir)) return response.writeHead(403).end();
    response.setHeader("Content-Type", types[path.extname(file)] ?? "application/octet-stream");
    createReadStream(file).on("error", () => response.writeHead(404).end()).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** One run of every scenario on one page; resolves to ms per metric (several samples for keydown). */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && !message.text().startsWith("Failed to load resource") && errors.push(message.text()));
  // A probe that never fires names its step instead of hanging the run.
  const within = (label, promise) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${url}: "${label}" never happened`)), 20_000))]);
  // Armed (and listening) before the action; the result is collected after it.
  const arm = async (kind, argument, fromLast) => {
    const id = await page.evaluate(([k, a, f]) => window.__bench.arm(k, a, f), [kind, argument, fromLast]);
    return () => within(kind, page.evaluate((i) => window.__bench.result(i), id));
  };
  const result = {};
  try {
    await page.goto(url);
    result.mount = await within("mount", page.evaluate(() => window.__bench.mounted));

    const first = await page.evaluate(() => window.__bench.firstRow());
    const pageChange = await arm("rowsChange", first);
    await page.getByRole("button", { name: "Next page" }).click();
    result["page change"] = await pageChange();

    const box = page.getByRole("searchbox", { name: "Filter by name or email" });
    await box.click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const filtered = await arm("filtered", FRAGMENT, true);
    const keys = [];
    for (const key of FRAGMENT) {
      const frame = await arm("frame");
      await page.keyboard.press(key);
      keys.push(await frame());
    }
    result["filter keydown → next frame"] = keys;
    result["filter result"] = await filtered();

    const menu = await arm("menu");
    await page.getByRole("button", { name: /^More options for / }).nth(4).click();
    result["open menu"] = await menu();

    const dialog = await arm("dialog");
    await page.getByRole("menuitem", { name: "Change password" }).click();
    result["open dialog"] = await dialog();
  } catch (error) {
    const state = await page.evaluate(() => ({
      search: document.querySelector("input[type=search]")?.value,
      first: window.__bench.firstRow(),
      rows: document.querySelectorAll("tbody tr").length,
      range: document.querySelector(".pca-customer-table__range")?.textContent,
    }));
    throw new Error(`${error.message} (page state: ${JSON.stringify(state)})`);
  } finally {
    await context.close();
  }
  if (errors.length > 0) throw new Error(`${url} logged errors: ${errors.join("; ")}`);
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

log(`bench:render — building both pages…`);
await buildPages();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
});
const samples = { library: {}, baseline: {} };
try {
  // One warm-up each (not counted), then interleaved runs.
  await measure(browser, `${base}/library.html`);
  await measure(browser, `${base}/baseline.html`);
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ["library", "baseline"] : ["baseline", "library"];
    for (const name of order) {
      const result = await measure(browser, `${base}/${name}.html`);
      for (const [metric, value] of Object.entries(result)) (samples[name][metric] ??= []).push(...[value].flat());
    }
    process.stdout.write(`\rrun ${run + 1}/${RUNS}`);
  }
  log("");
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}

// The filter result includes the same 300 ms debounce on both sides; this row shows what follows it.
for (const name of ["library", "baseline"]) {
  samples[name]["filter result after the debounce"] = samples[name]["filter result"].map((ms) => ms - DEBOUNCE_MS);
}
log(`\nmedians of ${RUNS} interleaved runs per page (100 rows), headless Chromium:\n`);
log(`${"metric".padEnd(30)}${"library ms".padStart(12)}${"baseline ms".padStart(13)}${"ratio".padStart(8)}  goal`);
for (const metric of Object.keys(samples.library)) {
  const lib = median(samples.library[metric]);
  const baseline = median(samples.baseline[metric]);
  const ratio = lib / baseline;
  const goal = GOALS[metric] ?? DEFAULT_GOAL;
  log(
    `${metric.padEnd(30)}${lib.toFixed(1).padStart(12)}${baseline.toFixed(1).padStart(13)}${ratio.toFixed(2).padStart(8)}  ≤ ${goal} ${ratio <= goal ? "met" : "NOT met"}`,
  );
}
