// Opens the static Storybook build (storybook-static/, from `npm run build-storybook`) in
// headless Chromium and fails on any console error or warning, uncaught error, failed
// request, story error, failing play function or axe violation, story and docs page alike.
//
//   node scripts/check-storybook-static.mjs                 every story and docs page
//   node scripts/check-storybook-static.mjs --docs          docs pages only (the autodocs)
//   node scripts/check-storybook-static.mjs --only=table    ids containing "table"
//   node scripts/check-storybook-static.mjs --screenshots=/tmp/shots   a PNG per entry
//
// One page loads iframe.html once and switches entries through Storybook's channel (as the
// manager does), so each story costs its render and play function, not a page load.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "playwright";
import { ensureChromium } from "./ensure-chromium.mjs";

const root = path.resolve(process.argv.find((a) => a.startsWith("--dir="))?.slice(6) ?? "storybook-static");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const isDocsOnly = process.argv.includes("--docs");
const shots = process.argv.find((a) => a.startsWith("--screenshots="))?.slice(14);
if (shots) mkdirSync(shots, { recursive: true });
const ENTRY_TIMEOUT_MS = 20_000;

if (!existsSync(path.join(root, "index.json"))) {
  console.error(`No Storybook build in ${root}: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".png": "image/png" };

/** A static file server on a free loopback port; nothing else is reachable from the page. */
function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.join(root, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname));
    if (url.pathname === "/favicon.ico") {
      response.writeHead(204).end(); // the browser asks on its own; Storybook's icon is favicon.svg
      return;
    }
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const index = JSON.parse(readFileSync(path.join(root, "index.json"), "utf8"));
const entries = Object.values(index.entries).filter(
  (e) => (e.type === "docs" || (!isDocsOnly && e.type === "story")) && (!only || e.id.includes(only)),
);

const started = Date.now();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const failures = [];
const docsWithoutProps = [];
let current = "(loading iframe.html)";
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const problem = (text) => failures.push(`${current}: ${text}`);
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problem(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problem(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problem(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problem(`HTTP ${response.status()}: ${response.url()}`);
  });
  const open = async (entry) => {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}`);
    await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__?.storyStoreValue);
  };

  // Stories: one page, switched through the channel, each awaited until it finished (play and axe included).
  // A story still pending when the next one is selected makes Storybook reload the page: reopen then.
  let isOpen = false;
  for (const entry of entries.filter((e) => e.type === "story")) {
    current = entry.id;
    if (!isOpen) {
      await open(entry);
      isOpen = true;
    }
    const result = await page
      .evaluate(
        ({ id, timeout }) =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            const listeners = [];
            const done = (value) => {
              clearTimeout(timer);
              for (const [event, listener] of listeners) channel.off(event, listener);
              resolve(value);
            };
            const on = (event, listener) => {
              listeners.push([event, listener]);
              channel.on(event, listener);
            };
            const timer = setTimeout(() => done({ ok: false, message: `not finished within ${timeout} ms` }), timeout);
            const text = (e) => (typeof e === "string" ? e : e?.message ?? JSON.stringify(e)).split("\n")[0];
            on("storyFinished", ({ storyId, status, reporters }) => {
              if (storyId !== id) return;
              const failed = reporters.filter((r) => r.status === "failed");
              const reasons = failed.flatMap((r) => r.result?.violations?.map((v) => `${r.type}: ${v.id} ×${v.nodes.length} ${v.help}`) ?? [r.type]);
              done(status === "success" ? { ok: true } : { ok: false, message: reasons.join("; ") || "story errored" });
            });
            for (const event of ["storyErrored", "storyThrewException", "playFunctionThrewException", "storyMissing", "unhandledErrorsWhilePlaying"]) {
              on(event, (error) => done({ ok: false, message: `${event}: ${text(Array.isArray(error) ? error[0] : error)}` }));
            }
            channel.emit("setCurrentStory", { storyId: id, viewMode: "story" });
          }),
        { id: entry.id, timeout: ENTRY_TIMEOUT_MS },
      )
      .catch((error) => ({ ok: false, message: error.message.split("\n")[0] }));
    if (!result.ok) {
      problem(result.message);
      isOpen = false; // start the next story on a fresh page
    }
    if (shots) await page.screenshot({ path: path.join(shots, `${entry.id}.png`) });
  }

  // Docs pages: each loaded on its own (their inline stories play too); each must show a props table with descriptions.
  for (const entry of entries.filter((e) => e.type === "docs")) {
    current = entry.id;
    await open(entry);
    await page.waitForSelector("#storybook-docs .sbdocs-content", { timeout: ENTRY_TIMEOUT_MS });
    // Story frames on docs pages load lazily: scroll them all into view, then let them settle.
    for (const frame of await page.$$("iframe")) await frame.scrollIntoViewIfNeeded().catch(() => {});
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
    const described = await page.$$eval(".docblock-argstable tbody tr td:nth-child(2)", (cells) => cells.filter((c) => c.textContent.trim() !== "").length);
    if (described === 0) docsWithoutProps.push(entry.id);
    if (shots) await page.screenshot({ path: path.join(shots, `${entry.id}.png`), fullPage: true });
  }
} finally {
  await browser.close();
  server.close();
}
for (const id of docsWithoutProps) failures.push(`${id}: no props table with JSDoc descriptions`);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const counts = `${entries.filter((e) => e.type === "story").length} stories, ${entries.filter((e) => e.type === "docs").length} docs pages`;
if (failures.length > 0) {
  console.error(`✖ static Storybook: ${failures.length} problem(s) in ${counts} (${seconds} s)\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`✔ static Storybook: ${counts} opened without console errors (${seconds} s)`);
