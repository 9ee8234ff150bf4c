// `npm run test:postgres`: the contract tests against a real PostgreSQL server, the path hosts
// use in production (DATABASE_URL). With TEST_DATABASE_URL set, that database is used (and
// reset by the tests). Otherwise Debian's `postgresql` package is installed when missing (as
// root, through apt), a throw-away cluster is created in a temporary directory, started on a
// free loopback port (as the `postgres` user when we are root: PostgreSQL refuses to run as
// root), the tests run, and the server is stopped and its directory removed.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const vitest = path.join("node_modules", ".bin", "vitest");
const testArgs = ["run", "--project", "contract", "--no-file-parallelism", ...process.argv.slice(2)];

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

if (process.env.TEST_DATABASE_URL) process.exit(run(vitest, testArgs));

const isRoot = process.getuid?.() === 0;

/** The newest installed PostgreSQL's bin directory, e.g. /usr/lib/postgresql/15/bin. */
function findPostgres() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], "bin");
}

let bin = findPostgres();
if (!bin) {
  if (!isRoot) {
    console.error("PostgreSQL is not installed and we are not root: install Debian's `postgresql` package or set TEST_DATABASE_URL.");
    process.exit(1);
  }
  console.log("Installing Debian's postgresql package …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], env) !== 0) {
    run("apt-get", ["update"], env);
    if (run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], env) !== 0) process.exit(1);
  }
  bin = findPostgres();
  if (!bin) {
    console.error("postgresql was installed but no initdb was found under /usr/lib/postgresql.");
    process.exit(1);
  }
}

/** Runs a PostgreSQL program as the `postgres` user when we are root. */
const asOwner = (program, args) => (isRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args]);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "pca-postgres-"));
const data = path.join(dir, "data");
if (isRoot) {
  const uid = Number(spawnSync("id", ["-u", "postgres"]).stdout.toString().trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"]).stdout.toString().trim());
  chownSync(dir, uid, gid);
}

let postgres;
let status = 1;
try {
  const [initdb, initArgs] = asOwner("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const init = spawnSync(initdb, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);

  const port = await freePort();
  const [server, serverArgs] = asOwner("postgres", [
    "-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
    // A throw-away cluster: durability buys nothing here.
    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
  ]);
  postgres = spawn(server, serverArgs, { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  postgres.stderr.on("data", (chunk) => (log += chunk));
  const ready = await new Promise((resolve) => {
    const started = Date.now();
    const poll = () => {
      if (postgres.exitCode !== null) return resolve(false);
      const check = spawnSync(path.join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-q"]);
      if (check.status === 0) return resolve(true);
      if (Date.now() - started > 60_000) return resolve(false);
      setTimeout(poll, 200);
    };
    poll();
  });
  if (!ready) throw new Error(`PostgreSQL did not start:\n${log}`);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const version = spawnSync(path.join(bin, "psql"), [url, "-Atc", "SHOW server_version"], { encoding: "utf8" }).stdout.trim();
  console.log(`PostgreSQL ${version} on 127.0.0.1:${port} (data in ${data})`);
  status = run(vitest, testArgs, { ...process.env, TEST_DATABASE_URL: url });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (postgres) {
    // pg_ctl's fast shutdown ends sessions and stops the postmaster itself (runuser may not pass a signal on).
    const [pgCtl, stopArgs] = asOwner("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w", "-t", "30"]);
    if (existsSync(path.join(data, "postmaster.pid"))) spawnSync(pgCtl, stopArgs, { stdio: "ignore" });
    if (postgres.exitCode === null) {
      const exited = new Promise((resolve) => postgres.once("exit", resolve));
      postgres.kill("SIGINT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
