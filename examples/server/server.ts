import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BulkAction } from "../../src/adapter/types";
import {
  codePointLength, displayNameIssue, foldText, hasInvalidCharacters, MAX_OFFSET, normalizeQuery, passwordIssue, permissionDenial,
  type AdminContext, type CustomerAction, type CustomerSortField, type ValidationIssue,
} from "../../src/domain";
import { applyBulkAction, BULK_ACTIONS, forbiddenForAll, MAX_BULK_CUSTOMERS } from "./bulk";
import {
  COLUMNS, keysetAfter, listFilter, orderBy, PORTAL_ONLY, SORT_FIELDS, sortKeyColumn, toCustomer, type CustomerRow,
} from "./customers";
import { analyze, createIndexes, migrate, openDatabase, seedCustomers, type Database } from "./database";
import { contextForToken, DEMO_IDENTITIES } from "./identities";
import { hashPassword, verifyNothing, verifyPassword } from "./passwords";
import { createLoginThrottle, type LoginThrottleOptions } from "./throttle";

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** A PostgreSQL URL; default: the embedded database (PGlite). */
  databaseUrl?: string;
  /** Where PGlite keeps its files; default: in memory. Ignored with `databaseUrl`. */
  dataDir?: string;
  /** Drop the customer table first, so the data starts as seeded (tests, demo resets). Default false. */
  reset?: boolean;
  /** How many generated customers an empty database gets (plus the named demo accounts), or `false` for none. Default 5000. */
  seed?: number | false;
  /** Origins allowed to call the API from a browser (CORS), or `["*"]`. Default: none (use a dev-server proxy). */
  corsOrigins?: readonly string[];
  /** Receives one line per request: method, path, status, time. Never a body or a query string. Default: silent. */
  log?: (line: string) => void;
  /** Log-in throttling limits and clock (tests pass a fake clock). Default: 10 failures per email and address, 100 per address, a minute. */
  loginThrottle?: LoginThrottleOptions;
}

/** A running reference server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`; pass it to `createHttpAdapter({ baseUrl })`. */
  url: string;
  /** The database it serves from. */
  database: Database;
  /** How long start-up took, in ms: opening the database, seeding, building indexes (with VACUUM ANALYZE). */
  startup: { openMs: number; seedMs: number; indexMs: number };
  /** Stops listening, drops open connections and closes the database. */
  close(): Promise<void>;
  /**
   * Forgets cached list totals. Call it after writing to the table directly (a seed script,
   * tests); changes made through the API do this themselves.
   */
  dataChanged(): void;
}

const MAX_BODY_BYTES = 16 * 1024;
// 1,000 ids of up to ~200 characters, JSON-quoted.
const MAX_BULK_BODY_BYTES = 256 * 1024;
/** Rows an export reads from the database per query: the most it holds in memory. */
const EXPORT_PAGE_SIZE = 2000;
/** Longest request target (path and query) read; longer ones answer 414 with the error body. */
const MAX_URL_LENGTH = 8 * 1024;
/** Longest customer id, search or email read, in code points (ids are short; anything longer is refused). */
const MAX_ID_LENGTH = 255;
const MAX_SEARCH_LENGTH = 255;
/** Header bytes Node reads before it answers 431 (the error body is written by `clientError`). */
const MAX_HEADER_BYTES = 32 * 1024;
/** Cached list totals live this long, so changes made by another server on the same database show up. */
const COUNT_TTL_MS = 10_000;
const COUNT_CACHE_ENTRIES = 1000;
/** A bulk action changing at least this many rows refreshes the planner's statistics afterwards. */
const ANALYZE_AFTER_ROWS = 100;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly headers: Record<string, string> = {},
    readonly fieldErrorCodes?: Record<string, ValidationIssue>,
  ) {
    super(message);
  }
}

/** What a route answers: a JSON body, nothing, or a body it streams itself. */
interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Writes the body after the head and ends the response. */
  stream?: (response: ServerResponse) => Promise<void>;
}

/** Resolves when `response` can take more data, or is gone. */
function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}

/** A refused input: `status` 422 (a body) or 400 (the query or path), the field's message and, given, its code. */
const invalid = (field: string, message: string, status = 422, issue?: ValidationIssue) =>
  new HttpError(status, "validation", message, { [field]: message }, {}, issue && { [field]: issue });

const INVALID_CHARACTERS_MESSAGE = "contains a character that can't be stored (NUL or an unpaired surrogate).";

/** Refuses text with NUL or an unpaired surrogate, or longer than `max` code points. */
function checkString(field: string, value: string, status: number, max?: number): void {
  if (hasInvalidCharacters(value)) {
    throw invalid(field, `"${field}" ${INVALID_CHARACTERS_MESSAGE}`, status, { code: "invalid_characters" });
  }
  if (max !== undefined && codePointLength(value) > max) {
    throw invalid(field, `"${field}" can be at most ${max} characters.`, status, { code: "too_long", params: { max } });
  }
}

/** Every string of a JSON value (keys included), for the character check. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* strings(item);
    }
  }
}

const DENIAL_MESSAGES = {
  "not-admin": "You have read-only access to portal-only customers.",
  "org-admin-only": "In the centralized user management experience, only organization admins can manage portal-only customers.",
  government: "Changing a customer's password isn't available in the Government environment.",
  status: "This action doesn't apply to the customer's current status.",
} as const;

const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/**
 * A whole number from the query, at most `max`: leading zeros are read as the number they
 * write (`000…0` is 0), a negative one is clamped later, anything else or larger is a 400.
 */
function integerParam(params: URLSearchParams, name: string, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  const match = /^(-?)0*(\d+)$/.exec(raw);
  if (!match) throw invalid(name, `"${name}" must be a whole number.`, 400, { code: "invalid_characters" });
  const digits = match[2] as string;
  if (match[1]) return digits.length > 15 ? -1 : -Number(digits);
  if (digits.length > 15 || Number(digits) > max) {
    throw invalid(name, `"${name}" can be at most ${max}.`, 400, { code: "too_large", params: { max } });
  }
  return Number(digits);
}

const tooLarge = () => new HttpError(413, "validation", "The request body is too large.", undefined, { Connection: "close" });

/**
 * The JSON object of a request body: `Content-Type: application/json` (415 otherwise, even
 * for an empty body), at most `maxBytes` (413, checked against Content-Length before reading
 * when it is sent), valid UTF-8 (400) and JSON (400), and no string in it with NUL or an
 * unpaired surrogate (422, naming the top-level field).
 */
async function readJson(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new HttpError(415, "validation", "Send the body as JSON with Content-Type: application/json.");
  }
  if (Number(request.headers["content-length"] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw new HttpError(400, "validation", "The request body is not valid JSON in UTF-8.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, "validation", "The request body must be a JSON object.");
  }
  for (const [field, value] of Object.entries(body)) {
    for (const text of strings([field, value])) {
      if (hasInvalidCharacters(text)) throw invalid(field, `"${field}" ${INVALID_CHARACTERS_MESSAGE}`, 422, { code: "invalid_characters" });
    }
  }
  return body as Record<string, unknown>;
}

/**
 * Starts the reference server: the REST contract of `openapi.yaml` over PostgreSQL
 * (PGlite in memory unless `databaseUrl` or `dataDir` say otherwise), seeded with demo
 * customers on an empty database. Admin routes need a demo bearer token (see
 * `identities.ts`) and enforce `canPerform`; `POST /api/portal/login` is the customer's side.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const startup = { openMs: lap(), seedMs: 0, indexMs: 0 };
  try {
    if (options.reset) await db.query("DROP TABLE IF EXISTS portal_customers");
    await migrate(db);
    if (options.seed !== false) await seedCustomers(db, { count: options.seed ?? 5000 });
    startup.seedMs = lap();
    // After the bulk insert: building an index once is faster than updating it per row.
    await createIndexes(db);
    startup.indexMs = lap();
  } catch (error) {
    await db.close();
    throw error;
  }
  const log = options.log ?? (() => {});
  const cors = new Set(options.corsOrigins ?? []);
  const throttle = createLoginThrottle(options.loginThrottle);

  // ---- list totals: exact, cached per filter ----
  // A total is counted once per filter (through the same indexes as the page) and reused for
  // every page of it, until a change through this server (any mutation bumps `generation`)
  // or COUNT_TTL_MS for changes made elsewhere. A count that raced a change is not kept.
  const counts = new Map<string, { total: number; generation: number; at: number }>();
  let generation = 0;
  const changed = () => {
    generation++;
    counts.clear();
  };
  async function countOf(key: string, where: string, params: unknown[]): Promise<number> {
    const cached = counts.get(key);
    if (cached && cached.generation === generation && Date.now() - cached.at < COUNT_TTL_MS) return cached.total;
    const started = generation;
    const { rows } = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM portal_customers WHERE ${where}`, params);
    const total = rows[0]?.total ?? 0;
    if (started === generation) {
      counts.delete(key);
      counts.set(key, { total, generation, at: Date.now() });
      if (counts.size > COUNT_CACHE_ENTRIES) counts.delete(counts.keys().next().value as string);
    }
    return total;
  }

  // ---- the customer's side ----

  async function login(request: IncomingMessage) {
    const body = await readJson(request);
    const { email, password } = body;
    if (typeof email !== "string" || email.trim() === "") throw invalid("email", "Enter your email address.", 422, { code: "required" });
    if (typeof password !== "string" || password === "") throw invalid("password", "Enter your password.", 422, { code: "required" });
    checkString("email", email, 422, MAX_ID_LENGTH);
    checkString("password", password, 422, 1000);
    const key = email.trim().toLowerCase();
    const address = request.socket.remoteAddress ?? "";
    const wait = throttle.retryAfter(address, key);
    if (wait > 0) {
      throw new HttpError(429, "rate-limited", "Too many failed log-ins; try again later.", undefined, { "Retry-After": String(wait) });
    }
    const { rows } = await db.query<CustomerRow & { password_hash: string | null }>(
      `SELECT ${COLUMNS}, password_hash FROM portal_customers WHERE lower(email) = $1 AND ${PORTAL_ONLY}`,
      [key],
    );
    const row = rows[0];
    const isValid =
      row?.password_hash && row.status === "active" ? await verifyPassword(password, row.password_hash) : await verifyNothing(password);
    if (!row || !isValid) {
      throttle.fail(address, key);
      throw new HttpError(401, "unauthorized", "Wrong email or password, or the account can't log in.");
    }
    throttle.succeed(address, key);
    await db.query(`UPDATE portal_customers SET last_active_at = now() WHERE id = $1`, [row.id]);
    return { status: 200, body: { customer: { id: row.id, displayName: row.display_name, email: row.email } } };
  }

  // ---- the admin's side ----

  function caller(request: IncomingMessage): AdminContext {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
    const context = match ? contextForToken(match[1] as string) : undefined;
    if (!context) {
      throw new HttpError(401, "unauthorized", "Send a valid bearer token.", undefined, { "WWW-Authenticate": 'Bearer realm="portal-customer-admin"' });
    }
    return context;
  }

  function authorize(context: AdminContext, action: CustomerAction): void {
    const denial = permissionDenial(context, action);
    if (denial) throw new HttpError(403, "forbidden", DENIAL_MESSAGES[denial]);
  }

  async function findCustomer(id: string): Promise<CustomerRow> {
    const { rows } = await db.query<CustomerRow>(`SELECT ${COLUMNS} FROM portal_customers WHERE id = $1 AND ${PORTAL_ONLY}`, [id]);
    if (!rows[0]) throw new HttpError(404, "not-found", "No portal-only customer has this id.");
    return rows[0];
  }

  /** The list's query from the URL; unknown enum values are refused, offset and limit clamped. */
  function listQuery(url: URL) {
    const params = url.searchParams;
    const status = params.get("status") || "all";
    const sort = params.get("sort") || "displayName";
    const direction = params.get("direction") || "asc";
    if (!oneOf(["all", "active", "revoked"], status)) throw invalid("status", `"status" must be all, active or revoked.`, 400);
    if (!oneOf(SORT_FIELDS, sort)) throw invalid("sort", `"sort" must be displayName, email, lastActiveAt or createdAt.`, 400);
    if (!oneOf(["asc", "desc"], direction)) throw invalid("direction", `"direction" must be asc or desc.`, 400);
    const search = params.get("search") ?? "";
    checkString("search", search, 400, MAX_SEARCH_LENGTH);
    return normalizeQuery({
      search,
      status,
      sort: { field: sort as CustomerSortField, direction },
      offset: integerParam(params, "offset", MAX_OFFSET),
      // Clamped to 1..100 by normalizeQuery; the bound only keeps the number readable.
      limit: integerParam(params, "limit", MAX_OFFSET),
    });
  }

  /**
   * One page: the ids of the page first (an index-only scan of the sort order's index), then
   * their rows; the total from {@link countOf}. A page in the second half of the list is read
   * from the other end of the index (the opposite direction, the mirrored offset), so the
   * last page costs what the first one does.
   */
  async function listCustomers(url: URL) {
    const query = listQuery(url);
    const { where, params } = listFilter(query);
    const n = params.length;
    const total = await countOf(`${query.status}\u0000${query.search}`, where, params);
    const fromEnd = query.offset < total && query.offset >= total / 2;
    const scan = fromEnd
      ? {
          sort: { ...query.sort, direction: query.sort.direction === "asc" ? "desc" : "asc" } as const,
          offset: Math.max(0, total - query.offset - query.limit),
          limit: Math.min(query.limit, total - query.offset),
        }
      : query;
    const page = await db.query<CustomerRow>(
      `SELECT ${COLUMNS} FROM portal_customers WHERE id IN (
         SELECT id FROM portal_customers WHERE ${where} ${orderBy(scan.sort)} LIMIT $${n + 1} OFFSET $${n + 2}
       ) ${orderBy(query.sort)}`,
      [...params, scan.limit, scan.offset],
    );
    return { status: 200, body: { items: page.rows.map(toCustomer), total, offset: query.offset, limit: query.limit } };
  }

  /**
   * Every match as NDJSON, in the list's order. Reads {@link EXPORT_PAGE_SIZE} rows at a
   * time, each query continuing after the last row sent (a keyset, so rows changed
   * meanwhile are neither skipped nor repeated), and waits while the client is slow.
   */
  function exportCustomers(url: URL): Result {
    const query = listQuery(url);
    const { where, params } = listFilter(query);
    return {
      status: 200,
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8" },
      async stream(response) {
        let after: [string, string] | undefined;
        for (;;) {
          const { rows } = await db.query<CustomerRow & { sort_key: string }>(
            `SELECT ${COLUMNS}, ${sortKeyColumn(query.sort.field)} FROM portal_customers
             WHERE ${where} ${after ? keysetAfter(query.sort, params.length + 1) : ""} ${orderBy(query.sort)} LIMIT ${EXPORT_PAGE_SIZE}`,
            after ? [...params, ...after] : params,
          );
          if (response.destroyed) return;
          const lines = rows.map((row) => `${JSON.stringify(toCustomer(row))}\n`).join("");
          if (lines && !response.write(lines)) await drained(response);
          const last = rows.at(-1);
          if (!last || rows.length < EXPORT_PAGE_SIZE) break;
          after = [last.sort_key, last.id];
        }
        response.end();
      },
    };
  }

  async function bulk(context: AdminContext, request: IncomingMessage) {
    const { action, customerIds } = await readJson(request, MAX_BULK_BODY_BYTES);
    if (typeof action !== "string" || !Object.hasOwn(BULK_ACTIONS, action)) {
      throw invalid("action", `"action" must be delete, migrate, revokeAccess or grantAccess.`);
    }
    if (!Array.isArray(customerIds) || !customerIds.every((id): id is string => typeof id === "string")) {
      throw invalid("customerIds", `"customerIds" must be an array of customer ids.`);
    }
    for (const id of customerIds as string[]) checkString("customerIds", id, 422, MAX_ID_LENGTH);
    const ids = [...new Set(customerIds)];
    if (ids.length > MAX_BULK_CUSTOMERS) {
      throw invalid("customerIds", `A bulk action covers at most ${MAX_BULK_CUSTOMERS} customers; ${ids.length} were sent.`);
    }
    // Not allowed at all: every customer fails with the reason, like a run of single calls would.
    const denial = permissionDenial(context, BULK_ACTIONS[action as BulkAction]);
    if (denial) return { status: 200, body: forbiddenForAll(ids, DENIAL_MESSAGES[denial]) };
    const answer = await applyBulkAction(db, action as BulkAction, ids);
    if (answer.succeeded.length > 0) changed();
    // Large changes shift the statistics the planner relies on; refresh them without holding up the answer.
    if (answer.succeeded.length >= ANALYZE_AFTER_ROWS) {
      analyze(db).catch((error: unknown) => log(`analyze failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    return { status: 200, body: answer };
  }

  async function changePassword(context: AdminContext, id: string, request: IncomingMessage) {
    authorize(context, "changePassword");
    const customer = await findCustomer(id);
    const { newPassword } = await readJson(request);
    const issue = passwordIssue(typeof newPassword === "string" ? newPassword : "", { email: customer.email });
    if (issue) {
      const { message, ...code } = issue;
      throw invalid("newPassword", message, 422, code);
    }
    await db.query(`UPDATE portal_customers SET password_hash = $2 WHERE id = $1`, [id, await hashPassword(newPassword as string)]);
    return { status: 204 };
  }

  async function rename(context: AdminContext, id: string, request: IncomingMessage) {
    authorize(context, "editName");
    await findCustomer(id);
    const { displayName } = await readJson(request);
    const name = typeof displayName === "string" ? displayName : "";
    const issue = displayNameIssue(name);
    if (issue) {
      const { message, ...code } = issue;
      throw invalid("displayName", message, 422, code);
    }
    const { rows } = await db.query<CustomerRow>(
      `UPDATE portal_customers SET display_name = $2, name_key = $3 WHERE id = $1 AND ${PORTAL_ONLY} RETURNING ${COLUMNS}`,
      [id, name.trim(), foldText(name.trim())],
    );
    changed();
    if (!rows[0]) throw new HttpError(404, "not-found", "No portal-only customer has this id.");
    return { status: 200, body: toCustomer(rows[0]) };
  }

  async function setStatus(context: AdminContext, id: string, status: "active" | "revoked") {
    authorize(context, status === "revoked" ? "revokeAccess" : "grantAccess");
    const customer = await findCustomer(id);
    const conflict = () =>
      new HttpError(409, "conflict", status === "revoked" ? "This customer's access is already revoked." : "This customer already has access.");
    if (customer.status === status) throw conflict();
    const { rows } = await db.query<CustomerRow>(
      `UPDATE portal_customers SET status = $2 WHERE id = $1 AND ${PORTAL_ONLY} AND status <> $2 RETURNING ${COLUMNS}`,
      [id, status],
    );
    if (!rows[0]) throw conflict();
    changed();
    return { status: 200, body: toCustomer(rows[0]) };
  }

  async function migrateCustomer(context: AdminContext, id: string) {
    authorize(context, "migrate");
    // The profile leaves the portal-only list and its portal password stops working;
    // the person now logs in with Atlassian credentials (outside this server).
    const { rows } = await db.query(
      `UPDATE portal_customers SET account_type = 'atlassian', password_hash = NULL WHERE id = $1 AND ${PORTAL_ONLY} RETURNING id`,
      [id],
    );
    if (!rows[0]) throw new HttpError(404, "not-found", "No portal-only customer has this id.");
    changed();
    return { status: 204 };
  }

  async function deleteCustomer(context: AdminContext, id: string) {
    authorize(context, "delete");
    const { rows } = await db.query(`DELETE FROM portal_customers WHERE id = $1 AND ${PORTAL_ONLY} RETURNING id`, [id]);
    if (!rows[0]) throw new HttpError(404, "not-found", "No portal-only customer has this id.");
    changed();
    return { status: 204 };
  }

  // ---- routing ----

  type Handler = (request: IncomingMessage, url: URL, id: string) => Promise<Result> | Result;
  const admin = (handler: (context: AdminContext, id: string, request: IncomingMessage, url: URL) => Promise<Result> | Result): Handler =>
    (request, url, id) => handler(caller(request), id, request, url);

  const routes: { pattern: RegExp; methods: Record<string, Handler> }[] = [
    { pattern: /^\/api\/health$/, methods: { GET: () => ({ status: 200, body: { ok: true, database: db.kind } }) } },
    {
      pattern: /^\/api\/demo\/identities$/,
      methods: { GET: () => ({ status: 200, body: { identities: DEMO_IDENTITIES } }) },
    },
    { pattern: /^\/api\/portal\/login$/, methods: { POST: (request) => login(request) } },
    { pattern: /^\/api\/admin\/context$/, methods: { GET: admin((context) => ({ status: 200, body: context })) } },
    { pattern: /^\/api\/admin\/customers$/, methods: { GET: admin((_context, _id, _request, url) => listCustomers(url)) } },
    { pattern: /^\/api\/admin\/customers\/export$/, methods: { GET: admin((_context, _id, _request, url) => exportCustomers(url)) } },
    { pattern: /^\/api\/admin\/customers\/bulk$/, methods: { POST: admin((context, _id, request) => bulk(context, request)) } },
    {
      pattern: /^\/api\/admin\/customers\/([^/]+)$/,
      methods: {
        PATCH: admin((context, id, request) => rename(context, id, request)),
        DELETE: admin((context, id) => deleteCustomer(context, id)),
      },
    },
    { pattern: /^\/api\/admin\/customers\/([^/]+)\/password$/, methods: { PUT: admin((context, id, request) => changePassword(context, id, request)) } },
    { pattern: /^\/api\/admin\/customers\/([^/]+)\/migrate$/, methods: { POST: admin((context, id) => migrateCustomer(context, id)) } },
    { pattern: /^\/api\/admin\/customers\/([^/]+)\/revoke$/, methods: { POST: admin((context, id) => setStatus(context, id, "revoked")) } },
    { pattern: /^\/api\/admin\/customers\/([^/]+)\/grant$/, methods: { POST: admin((context, id) => setStatus(context, id, "active")) } },
  ];

  // The first route that matches both path and method; `/customers/export` and `/customers/bulk`
  // only take GET and POST, so a customer with such an id stays reachable for PATCH and DELETE.
  async function route(request: IncomingMessage, url: URL): Promise<Result> {
    const allowed = new Set<string>();
    for (const { pattern, methods } of routes) {
      const match = pattern.exec(url.pathname);
      if (!match) continue;
      const handler = methods[request.method ?? "GET"];
      if (!handler) {
        for (const method of Object.keys(methods)) allowed.add(method);
        continue;
      }
      let id = "";
      try {
        id = decodeURIComponent(match[1] ?? "");
      } catch {
        throw new HttpError(404, "not-found", "No portal-only customer has this id.");
      }
      checkString("customerId", id, 400, MAX_ID_LENGTH);
      return handler(request, url, id);
    }
    if (allowed.size > 0) {
      const methods = [...allowed];
      throw new HttpError(405, "validation", `Use ${methods.join(" or ")} here.`, undefined, { Allow: methods.join(", ") });
    }
    throw new HttpError(404, "not-found", "There is no such endpoint.");
  }

  function corsHeaders(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    if (!origin || !(cors.has("*") || cors.has(origin))) return {};
    return {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE",
      "Access-Control-Allow-Headers": "Authorization, Content-Type",
      "Access-Control-Max-Age": "600",
      Vary: "Origin",
    };
  }

  async function send(response: ServerResponse, result: Result, extra: Record<string, string>) {
    const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...extra, ...result.headers };
    if (result.stream) {
      response.writeHead(result.status, headers);
      await result.stream(response);
    } else if (result.body === undefined) {
      response.writeHead(result.status, headers).end();
    } else {
      headers["Content-Type"] = "application/json; charset=utf-8";
      response.writeHead(result.status, headers).end(JSON.stringify(result.body));
    }
  }

  /** The error body of a failure; anything but an {@link HttpError} is a 500 with a generic message. */
  function failure(error: unknown, request: IncomingMessage, url: URL): Result {
    if (error instanceof HttpError) {
      const { kind, message, fieldErrors, fieldErrorCodes } = error;
      return {
        status: error.status,
        body: { error: { kind, message, ...(fieldErrors && { fieldErrors }), ...(fieldErrorCodes && { fieldErrorCodes }) } },
        headers: error.headers,
      };
    }
    // Only the message: a driver error object can carry the statement's parameters.
    log(`error ${request.method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 500, body: { error: { kind: "unknown", message: "Something went wrong on the server." } } };
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (request, response) => {
    const started = performance.now();
    const target = request.url ?? "/";
    const url = new URL(target.length > MAX_URL_LENGTH ? "/" : target, "http://localhost");
    const extra = corsHeaders(request);
    let result: Result;
    try {
      if (target.length > MAX_URL_LENGTH) throw new HttpError(414, "validation", `The request URL is longer than ${MAX_URL_LENGTH} characters.`);
      result = request.method === "OPTIONS" ? { status: 204 } : await route(request, url);
    } catch (error) {
      result = failure(error, request, url);
      if (result.headers?.Connection === "close") {
        // The rest of the body is never read: close the connection once the answer is out, so
        // the client neither waits for it nor reuses a connection that is mid-body.
        response.once("finish", () => request.socket.destroySoon());
      } else if (!request.complete) {
        // Unread request bodies would otherwise keep the connection busy.
        request.resume();
      }
    }
    try {
      if (!response.headersSent) await send(response, result, extra);
    } catch (error) {
      // A stream broke after its status was sent: cut the response so the client sees it incomplete.
      failure(error, request, url);
      response.destroy();
    }
    log(`${request.method} ${url.pathname} ${result.status} ${Math.round(performance.now() - started)}ms`);
  });

  // Requests Node refuses before our handler runs (headers over MAX_HEADER_BYTES, a malformed
  // request line) get the documented error body too, then the connection is closed.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (error as { bytesParsed?: number }).bytesParsed === undefined) return void socket.destroy();
    const [status, reason, message] =
      error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", `The request headers are larger than ${MAX_HEADER_BYTES} bytes.`]
        : [400, "Bad Request", "The request is not valid HTTP."];
    const body = JSON.stringify({ error: { kind: "validation", message } });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const wildcard = address.address === "0.0.0.0" || address.address === "::";
  const host = wildcard ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    database: db,
    startup,
    dataChanged: changed,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => db.close());
      return closing;
    },
  };
}
