// `npx vite examples/admin-portal` with a reference server already running (`npm run server`).
// `npm start` starts both instead.
import { defineConfig } from "vite";
import { demoConfig } from "./config.ts";

export default defineConfig(demoConfig({ apiUrl: process.env.API_URL ?? "http://127.0.0.1:8787" }));
