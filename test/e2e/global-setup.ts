// Starts the reference server and the demo's Vite dev server on free loopback ports for
// the e2e project, and hands their URLs to the tests (inject("demoUrl"), inject("apiUrl")).
import { createServer as createNetServer } from "node:net";
import { createServer } from "vite";
import type { TestProject } from "vitest/node";
import { demoConfig } from "../../examples/admin-portal/config";
import { startServer } from "../../examples/server/server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The demo admin portal, e.g. http://127.0.0.1:41234 (its /api proxies to the server). */
    demoUrl: string;
    /** The reference server itself, for the customer's log-in and direct API calls. */
    apiUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const api = await startServer({ port: 0, host: "127.0.0.1", seed: 2000 });
  const vite = await createServer(demoConfig({ apiUrl: api.url, port: await freePort(), strictPort: true, cacheName: "admin-portal-e2e" }));
  try {
    await vite.listen();
    const demoUrl = `http://127.0.0.1:${vite.config.server.port}`;
    // Warm the dev server (dependency optimization, first transforms) before the first test.
    for (const path of ["/", "/src/main.tsx"]) {
      const response = await fetch(`${demoUrl}${path}`);
      if (!response.ok) throw new Error(`The demo answered ${response.status} for ${path}.`);
      await response.arrayBuffer();
    }
    project.provide("demoUrl", demoUrl);
    project.provide("apiUrl", api.url);
  } catch (error) {
    await Promise.allSettled([vite.close(), api.close()]);
    throw error;
  }
  return async () => {
    await Promise.allSettled([vite.close(), api.close()]);
  };
}
