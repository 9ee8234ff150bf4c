// Makes sure a Chromium exists for the browser, story and end-to-end tests.
// Uses $CHROMIUM_PATH, else /usr/bin/chromium; installs Debian's package when running as root with apt.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    fail(`CHROMIUM_PATH is set to ${wanted}, but there is no file there.`);
  }
  const debian = "/usr/bin/chromium";
  if (existsSync(debian)) return debian;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (isRoot && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
    if (existsSync(debian)) return debian;
  }
  fail(
    "The browser tests need Chromium and none was found at /usr/bin/chromium.\n" +
      "Install one (Debian/Ubuntu: sudo apt-get install chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary:\n" +
      "  CHROMIUM_PATH=/path/to/chrome npm test",
  );
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
