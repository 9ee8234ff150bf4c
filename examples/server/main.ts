// The reference server from the command line: `npx tsx examples/server/main.ts [--port 8787]`.
import { parseArgs } from "node:util";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./database";
import { DEMO_IDENTITIES } from "./identities";
import { startServer } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "8787" },
    host: { type: "string", default: process.env.HOST ?? "127.0.0.1" },
    "data-dir": { type: "string", default: process.env.DATA_DIR },
    seed: { type: "string", default: process.env.SEED_CUSTOMERS ?? "5000" },
    cors: { type: "string", default: process.env.CORS_ORIGINS },
    reset: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});

const server = await startServer({
  port: Number(values.port),
  host: values.host,
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: values["data-dir"],
  reset: values.reset,
  seed: values.seed === "0" ? false : Number(values.seed),
  corsOrigins: values.cors?.split(",").map((origin) => origin.trim()).filter(Boolean),
  log: values.quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`),
});

const where = server.database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : values["data-dir"] ? `PGlite in ${values["data-dir"]}` : "PGlite in memory";
const { openMs, seedMs, indexMs } = server.startup;
console.log(`Reference server listening on ${server.url} — ${where}`);
console.log(`Start-up: database ${(openMs / 1000).toFixed(1)} s, seed ${(seedMs / 1000).toFixed(1)} s, indexes ${(indexMs / 1000).toFixed(1)} s`);
console.log(`Admin tokens (Authorization: Bearer …): ${DEMO_IDENTITIES.filter((i) => i.context.environment === "commercial").map((i) => i.token).join(", ")}, and each with -government`);
console.log(`Portal log-in: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} with password ${DEMO_PASSWORD}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  });
}
