// examples/nextjs, the way a Next.js host meets the library: install the packed tarball into the
// example, `next build` it (default settings, Cache Components on), start it, and check it in
// Chromium: the server HTML holds the table, no hydration (or other) console warning, the row
// menu and Change password work, and the Route Handler runs the library's rules on the server.
// The example's own dependencies are installed once (examples/nextjs/node_modules) and again only
// when its lockfile changes.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright";

const root = process.cwd();
const app = path.join(root, "examples", "nextjs");
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const run = (command, args, cwd, env = process.env) => {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

// 1. The example's dependencies (Next.js, React, …), installed when missing or outdated.
const marker = path.join(app, "node_modules", ".package-lock.json");
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(path.join(app, "package-lock.json")).mtimeMs) {
  const started = Date.now();
  run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], app);
  console.log(`✔ installed examples/nextjs dependencies (${seconds(started)})`);
}

// 2. The library as a host gets it: the packed tarball, unpacked into node_modules.
const packDir = mkdtempSync(path.join(tmpdir(), "pca-nextjs-pack-"));
const [{ filename }] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", packDir], root));
const target = path.join(app, "node_modules", "portal-customer-admin");
rmSync(target, { recursive: true, force: true });
mkdirSync(target);
run("tar", ["-xzf", path.join(packDir, filename), "-C", target, "--strip-components=1"], root);
rmSync(packDir, { recursive: true, force: true });
const libraryDeps = Object.keys(JSON.parse(readFileSync(path.join(target, "package.json"), "utf8")).dependencies ?? {});
const missing = libraryDeps.filter((dep) => !existsSync(path.join(app, "node_modules", dep, "package.json")));
if (missing.length) {
  console.error(`✖ examples/nextjs/package.json lacks the library's dependencies: ${missing.join(", ")} (add them, pinned like the root's)`);
  process.exit(1);
}

// 3. next build.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = path.join(app, "node_modules", "next", "dist", "bin", "next");
let started = Date.now();
const build = spawnSync(process.execPath, [next, "build"], { cwd: app, encoding: "utf8", env });
process.stdout.write(build.stdout.split("\n").filter((line) => /Route|○|◐|ƒ|Compiled|Generating/.test(line)).join("\n") + "\n");
if (build.status !== 0) {
  console.error(`✖ next build failed:\n${build.stdout}\n${build.stderr}`);
  process.exit(1);
}
if (/warn/i.test(build.stderr)) console.log(build.stderr);
console.log(`✔ next build (${seconds(started)})`);

// 4. next start on a free port, then the checks in Chromium.
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app, env, stdio: ["ignore", "pipe", "pipe"] });
let serverOutput = "";
server.stdout.on("data", (d) => (serverOutput += d));
server.stderr.on("data", (d) => (serverOutput += d));
const base = `http://127.0.0.1:${port}`;
const problems = [];
let browser;
try {
  started = Date.now();
  let html = "";
  for (let attempt = 0; ; attempt++) {
    try {
      html = await (await fetch(base)).text();
      break;
    } catch (error) {
      if (attempt > 300 || server.exitCode !== null) throw new Error(`next start did not answer:\n${serverOutput}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!/<table[^>]*>/.test(html) || !html.includes("pca-customer-table")) problems.push("the server HTML has no customer table");
  if (!html.includes("Portal-only customers")) problems.push("the server HTML has no page heading");

  const check = await (await fetch(`${base}/api/self-check`)).json();
  const expected = { weakPassword: false, strongPassword: true };
  if (check.weakPassword !== expected.weakPassword || check.strongPassword !== expected.strongPassword) problems.push(`Route Handler checkPassword: ${JSON.stringify(check)}`);
  if (!check.allowed?.includes("changePassword") || !check.contract?.ok) problems.push(`Route Handler canPerform/contract: ${JSON.stringify(check)}`);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  const consoleLines = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleLines.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleLines.push(`pageerror: ${error.message}`));
  await page.goto(base);
  const firstMenu = page.getByRole("button", { name: /^More options for / }).first();
  await firstMenu.waitFor();
  const name = (await firstMenu.getAttribute("aria-label"))?.replace("More options for ", "")
    ?? (await firstMenu.innerText());
  await firstMenu.click();
  await page.getByRole("menuitem", { name: "Change password" }).click();
  const dialog = page.getByRole("dialog", { name: /Change password/ });
  await dialog.waitFor();
  // The stylesheet as Next.js's CSS pipeline outputs it still resolves the theme (defaults and
  // the host's :root override), e.g. on the dialog and its primary button.
  const styles = await dialog.evaluate((element) => {
    const save = [...element.querySelectorAll("button")].find((b) => b.textContent?.includes("Save password"));
    return { dialog: getComputedStyle(element).backgroundColor, save: save && getComputedStyle(save).backgroundColor };
  });
  if (styles.dialog !== "rgb(255, 255, 255)") problems.push(`the dialog's background is ${styles.dialog}, not the default white`);
  if (styles.save !== "rgb(110, 47, 214)") problems.push(`Save password's background is ${styles.save}, not the host's --pca-color-brand from :root`);
  await dialog.getByLabel("New password", { exact: true }).fill("a long enough passphrase");
  const confirm = dialog.getByLabel(/Confirm/);
  if (await confirm.count()) await confirm.fill("a long enough passphrase");
  await dialog.getByRole("button", { name: "Save password" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByText(`Password changed for ${name}`).first().waitFor();
  const success = await page.locator(".pca-customer-table__success").evaluate((element) => getComputedStyle(element).backgroundColor);
  if (success !== "rgb(220, 255, 241)") problems.push(`the success status's background is ${success}, not the default success green`);
  if (consoleLines.length) problems.push(`console:\n  ${consoleLines.join("\n  ")}`);
  console.log(`✔ Chromium check: server HTML, Route Handler, menu, Change password (${seconds(started)})`);
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  server.kill();
}

if (problems.length) {
  console.error(problems.map((p) => `✖ ${p}`).join("\n"));
  process.exit(1);
}
