import { createHttpAdapter } from "../../src/adapter";
import { startServer, type RunningServer, type ServerOptions } from "../../examples/server/server";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../examples/server/database";

/**
 * Starts a reference server on a free loopback port with a small but real data set,
 * collecting its log lines. Embedded database unless TEST_DATABASE_URL names a
 * PostgreSQL database, which is then reset (run the files one at a time: --no-file-parallelism).
 */
export async function startTestServer(options: ServerOptions = {}): Promise<RunningServer & { logLines: string[] }> {
  const logLines: string[] = [];
  const databaseUrl = process.env.TEST_DATABASE_URL || undefined;
  const server = await startServer({
    port: 0, host: "127.0.0.1", seed: 2000, databaseUrl, reset: !!databaseUrl, log: (line) => logLines.push(line), ...options,
  });
  return Object.assign(server, { logLines });
}

/** The HTTP adapter as the demo token `token` sees the server. */
export function adapterFor(server: { url: string }, token: string) {
  return createHttpAdapter({ baseUrl: server.url, headers: { Authorization: `Bearer ${token}` } });
}

/** The customer's portal log-in; resolves to the HTTP status. */
export async function portalLogin(server: { url: string }, email: string, password: string): Promise<number> {
  const response = await fetch(`${server.url}/api/portal/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return response.status;
}
