// `npm start`: the reference server (PGlite in memory, seeded) and the demo's Vite dev
// server in one process. Prints the URL; Ctrl-C stops both.
import { parseArgs } from "node:util";
import { createServer } from "vite";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../server/database";
import { startServer, type RunningServer } from "../server/server";
import { demoConfig } from "./config";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "5173" },
    "api-port": { type: "string", default: process.env.API_PORT ?? "8787" },
    "data-dir": { type: "string", default: process.env.DATA_DIR },
    seed: { type: "string", default: process.env.SEED_CUSTOMERS ?? "5000" },
    verbose: { type: "boolean", default: false },
  },
});

const started = performance.now();
const serverOptions = {
  host: "127.0.0.1",
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: values["data-dir"],
  seed: values.seed === "0" ? (false as const) : Number(values.seed),
  log: values.verbose ? (line: string) => console.log(`api ${line}`) : undefined,
};

let api: RunningServer;
try {
  api = await startServer({ ...serverOptions, port: Number(values["api-port"]) });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
  // The API port is taken (another demo?): any free port will do, the browser only sees the proxy.
  api = await startServer({ ...serverOptions, port: 0 });
}

const vite = await createServer(demoConfig({ apiUrl: api.url, port: Number(values.port) }));
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;

const where = api.database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : values["data-dir"] ? `PGlite in ${values["data-dir"]}` : "PGlite in memory";
console.log(`
  portal-customer-admin demo ready in ${((performance.now() - started) / 1000).toFixed(1)} s

  ➜  Demo admin portal:  ${url}
  ➜  Reference API:      ${api.url}  (${where})
  ➜  Portal log-in:      ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} — password ${DEMO_PASSWORD}

  Press Ctrl-C to stop both.
`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    Promise.all([vite.close(), api.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  });
}
