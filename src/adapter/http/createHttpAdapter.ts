import * as z from "zod/mini";
import { normalizeQuery } from "../../domain/query";
import { adminContextSchema, customerPageSchema, portalCustomerSchema } from "../../domain/schemas";
import { hasInvalidCharacters, type ValidationIssue, type ValidationIssueCode } from "../../domain/text";
import type { CustomerQuery, PortalCustomer } from "../../domain/types";
import { ADAPTER_ERROR_KINDS, AdapterError, createAbortError, isAdapterError, type AdapterErrorKind } from "../errors";
import {
  MAX_BULK_CUSTOMERS, type BulkAction, type BulkOptions, type BulkResult, type CallOptions, type PortalCustomerAdapter,
} from "../types";

/** Options of {@link createHttpAdapter}. */
export interface HttpAdapterOptions {
  /**
   * Where the contract's `/api/...` paths live, e.g. `https://admin.example.com` or `""`
   * for the page's own origin (a dev-server proxy). A trailing slash is ignored.
   */
  baseUrl: string;
  /** The `fetch` to use (a wrapper that adds auth or retries, or a test double). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Headers sent with every request, e.g. `{ Authorization: "Bearer …" }`. */
  headers?: HeadersInit;
  /**
   * Called before every request for headers that change (a fresh access token); merged
   * over `headers`. May be async. If it rejects with an {@link AdapterError} (say kind
   * `unauthorized` when the session is gone) the call rejects with that; anything else
   * becomes kind `unknown`.
   */
  getHeaders?: () => HeadersInit | Promise<HeadersInit>;
  /**
   * How many customers `bulkAction` sends per request (default 50): progress is reported and
   * a cancel takes effect between requests.
   */
  bulkChunkSize?: number;
  /**
   * Milliseconds a call waits for the server (default 30,000; `0` waits forever): for a
   * response and its body, or, for `exportCustomers`, for the response to start. A call that
   * runs out rejects with kind `network` (message "did not answer in time").
   */
  timeoutMs?: number;
}

/** The adapter {@link createHttpAdapter} returns: every method of the contract, the optional bulk and export ones included. */
export interface HttpAdapter extends PortalCustomerAdapter {
  /**
   * `POST /api/admin/customers/bulk` in chunks of `bulkChunkSize` ids. After each chunk it
   * reports progress; once `signal` aborts it sends no further chunk (the one in flight
   * finishes) and reports the remaining ids as `cancelled`. A chunk whose request fails as a
   * whole (network, 5xx, a malformed answer) fails each of its ids with that error. Once a
   * chunk fails as `network` (unreachable, or out of time) no further chunk is sent: the
   * remaining ids fail with kind `network` and a message starting "Not attempted".
   */
  bulkAction(action: BulkAction, customerIds: readonly string[], options?: BulkOptions): Promise<BulkResult>;
  /**
   * `GET /api/admin/customers/export`, read as a stream of JSON lines: batches of at most 100
   * customers, each validated, in the query's sort order (offset and limit ignored).
   */
  exportCustomers(query: CustomerQuery, options?: CallOptions): AsyncIterable<PortalCustomer[]>;
}

/** Customers per batch `exportCustomers` yields. */
const EXPORT_BATCH_SIZE = 100;

const bulkAnswerSchema = /* @__PURE__ */ z.object({
  succeeded: z.array(z.string()),
  failed: z.array(z.object({ customerId: z.string(), error: z.object({ kind: z.string(), message: z.string() }) })),
});

const KIND_BY_STATUS: Record<number, AdapterErrorKind> = {
  400: "validation", 401: "unauthorized", 403: "forbidden", 404: "not-found", 409: "conflict",
  422: "validation", 429: "rate-limited", 502: "unavailable", 503: "unavailable", 504: "unavailable",
};

const DEFAULT_MESSAGES: Partial<Record<AdapterErrorKind, string>> = {
  validation: "The server refused the input.",
  unauthorized: "You are not signed in, or your session expired.",
  forbidden: "You don't have permission to do that.",
  "not-found": "That customer no longer exists.",
  conflict: "The customer changed in the meantime.",
  "rate-limited": "Too many requests; try again in a moment.",
  unavailable: "The service is unavailable; try again later.",
};

const ISSUE_CODES: readonly ValidationIssueCode[] = [
  "required", "blank", "too_short", "too_long", "too_large", "equals_email", "invalid_characters",
];

/** A `fieldErrorCodes` entry if it is one: a known code and, optionally, numeric params. */
function issueOf(value: unknown): ValidationIssue | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { code, params } = value as { code?: unknown; params?: unknown };
  if (!ISSUE_CODES.includes(code as ValidationIssueCode)) return undefined;
  const numbers =
    typeof params === "object" && params !== null
      ? Object.entries(params).filter((e): e is [string, number] => typeof e[1] === "number")
      : [];
  return numbers.length ? { code: code as ValidationIssueCode, params: Object.fromEntries(numbers) } : { code: code as ValidationIssueCode };
}

interface ErrorDetails {
  message?: string;
  fieldErrors?: Record<string, string>;
  fieldErrorCodes?: Record<string, ValidationIssue>;
}

/** Reads `{ error: { message, fieldErrors, fieldErrorCodes } }` leniently; anything else yields nothing. */
function errorDetails(body: unknown): ErrorDetails {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== "object" || error === null) return {};
  const { message, fieldErrors, fieldErrorCodes } = error as { message?: unknown; fieldErrors?: unknown; fieldErrorCodes?: unknown };
  const details: ErrorDetails = {};
  if (typeof message === "string" && message.trim()) details.message = message.slice(0, 500);
  if (typeof fieldErrors === "object" && fieldErrors !== null) {
    const fields = Object.entries(fieldErrors).filter((e): e is [string, string] => typeof e[1] === "string");
    if (fields.length) details.fieldErrors = Object.fromEntries(fields);
  }
  if (typeof fieldErrorCodes === "object" && fieldErrorCodes !== null) {
    const codes = Object.entries(fieldErrorCodes).flatMap(([field, value]) => {
      const issue = issueOf(value);
      return issue ? [[field, issue] as const] : [];
    });
    if (codes.length) details.fieldErrorCodes = Object.fromEntries(codes);
  }
  return details;
}

/** `Retry-After` in whole seconds (from seconds or an HTTP date), or `undefined`. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A call's own deadline: aborts its fetch when the caller's signal aborts or the time is up. */
interface Deadline {
  signal: AbortSignal;
  timedOut(): boolean;
  /** Stops the clock (the caller's abort still reaches the request). */
  stopClock(): void;
  /** Stops the clock and lets go of the caller's signal. */
  release(): void;
}

function createDeadline(signal: AbortSignal | undefined, ms: number): Deadline {
  const controller = new AbortController();
  let isTimedOut = false;
  const abort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener("abort", abort, { once: true });
  const timer = ms > 0 && Number.isFinite(ms) ? setTimeout(() => ((isTimedOut = true), controller.abort()), ms) : undefined;
  return {
    signal: controller.signal,
    timedOut: () => isTimedOut,
    stopClock: () => clearTimeout(timer),
    release() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
    },
  };
}

const NOT_JSON = Symbol("not JSON");

/** The JSON value of `text`, `undefined` for an empty body, `invalid` when it does not parse. */
function parseJson(text: string, invalid: unknown = undefined): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return invalid;
  }
}

/** `body` checked against `schema`; anything else rejects with kind `unknown` and the first issues. */
function validate<T>(schema: z.ZodMiniType<T>, body: unknown, what: string, status?: number): T {
  if (body === NOT_JSON) throw new AdapterError("unknown", `${what}: the response is not valid JSON.`, { status });
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new AdapterError("unknown", `${what}: unexpected response (${issues}).`, { status });
}

/** What a rejected `fetch` or body read means: an abort, a timeout, a network failure (TypeError), or unknown. */
function fetchFailure(error: unknown, signal: AbortSignal | undefined, deadline?: Deadline): Error {
  if (signal?.aborted) return createAbortError();
  if (deadline?.timedOut()) return new AdapterError("network", "The server did not answer in time.", { cause: error });
  if (error instanceof TypeError) return new AdapterError("network", "Could not reach the server.", { cause: error });
  return new AdapterError("unknown", "The request failed.", { cause: error });
}

/**
 * An adapter over the REST contract in `openapi.yaml`: every response is validated
 * against the domain schemas (a malformed one rejects with kind `unknown`), HTTP
 * statuses map to {@link AdapterError} kinds (400/422 `validation` with the body's
 * `fieldErrors`, 401, 403, 404, 409, 429, 502–504 `unavailable`), a failed `fetch`
 * rejects with kind `network`, and an aborted read rejects with an `AbortError`.
 * Passwords travel only in JSON bodies, never in URLs or error messages. It implements
 * the optional `bulkAction` (chunked, with progress and cancel) and `exportCustomers`
 * (a streamed NDJSON read) too.
 *
 * @example
 * const adapter = createHttpAdapter({
 *   baseUrl: "https://admin.example.com",
 *   getHeaders: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  /** Sends one request and answers the response if it is a 2xx; anything else rejects with an {@link AdapterError}. */
  async function send(
    method: string,
    path: string,
    init: { body?: unknown; signal?: AbortSignal; secret?: string; accept?: string; deadline: Deadline },
  ): Promise<Response> {
    const { signal, secret, deadline } = init;
    if (signal?.aborted) throw createAbortError();
    const headers = new Headers(options.headers);
    if (options.getHeaders) {
      let extra: HeadersInit;
      try {
        extra = await options.getHeaders();
      } catch (error) {
        // A host's token refresh may reject with its own AdapterError (e.g. `unauthorized`).
        if (isAdapterError(error)) throw error;
        throw new AdapterError("unknown", "Could not prepare the request headers.", { cause: error });
      }
      new Headers(extra).forEach((value, name) => headers.set(name, value));
    }
    headers.set("Accept", init.accept ?? "application/json");
    if (init.body !== undefined) headers.set("Content-Type", "application/json");

    let response: Response;
    let text = "";
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: deadline.signal,
      });
      if (response.ok) return response;
      text = await response.text();
    } catch (error) {
      throw fetchFailure(error, signal, deadline);
    }

    // Never let the password reach an error message, whatever the server echoes.
    const redact = (value: string) => (secret ? value.split(secret).join("•••") : value);
    const kind = KIND_BY_STATUS[response.status] ?? "unknown";
    const details = errorDetails(parseJson(text));
    const message = redact(details.message ?? DEFAULT_MESSAGES[kind] ?? `The server answered ${response.status}.`);
    const fieldErrors = details.fieldErrors
      ? Object.fromEntries(Object.entries(details.fieldErrors).map(([k, v]) => [k, redact(v)]))
      : undefined;
    const retryAfter = kind === "rate-limited" ? retryAfterSeconds(response.headers.get("Retry-After")) : undefined;
    throw new AdapterError(kind, message, { status: response.status, fieldErrors, fieldErrorCodes: details.fieldErrorCodes, retryAfter });
  }

  /** {@link send}, then the JSON body validated with `schema` (none: the body is ignored). */
  async function request<T>(
    method: string,
    path: string,
    init: { body?: unknown; signal?: AbortSignal; schema?: z.ZodMiniType<T>; secret?: string } = {},
  ): Promise<T> {
    const deadline = createDeadline(init.signal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await send(method, path, { ...init, deadline });
      try {
        text = response.status === 204 ? "" : await response.text();
      } catch (error) {
        throw fetchFailure(error, init.signal, deadline);
      }
    } finally {
      deadline.release();
    }
    if (!init.schema) return undefined as T;
    return validate(init.schema, parseJson(text, NOT_JSON), `${method} ${path.split("?")[0]}`, response.status);
  }

  const customer = (id: string) => `/api/admin/customers/${encodeURIComponent(id)}`;
  const chunkSize = Math.max(1, Math.trunc(options.bulkChunkSize ?? 50) || 50);

  /**
   * The list's filter and sort as search parameters; `page` adds offset and limit. A search
   * with an unpaired surrogate can't travel in a URL (it would arrive as U+FFFD): it is
   * refused here as the server refuses a NUL, kind `validation`.
   */
  function queryParams(query: CustomerQuery, page: boolean): URLSearchParams {
    const q = normalizeQuery(query);
    if (hasInvalidCharacters(q.search)) {
      const message = "The search contains a character that can't be searched for.";
      throw new AdapterError("validation", message, { status: 400, fieldErrors: { search: message }, fieldErrorCodes: { search: { code: "invalid_characters" } } });
    }
    const params = new URLSearchParams({ search: q.search, status: q.status, sort: q.sort.field, direction: q.sort.direction });
    if (page) {
      params.set("offset", String(q.offset));
      params.set("limit", String(q.limit));
    }
    return params;
  }

  return {
    getAdminContext(callOptions) {
      return request("GET", "/api/admin/context", { signal: callOptions?.signal, schema: adminContextSchema });
    },

    async listCustomers(query: CustomerQuery, callOptions) {
      const params = queryParams(query, true);
      return request("GET", `/api/admin/customers?${params}`, { signal: callOptions?.signal, schema: customerPageSchema });
    },

    async changePassword(customerId, newPassword) {
      await request("PUT", `${customer(customerId)}/password`, { body: { newPassword }, secret: newPassword });
    },

    updateDisplayName(customerId, displayName) {
      return request("PATCH", customer(customerId), { body: { displayName }, schema: portalCustomerSchema });
    },

    async migrateToAtlassianAccount(customerId) {
      await request("POST", `${customer(customerId)}/migrate`);
    },

    revokeAccess(customerId) {
      return request("POST", `${customer(customerId)}/revoke`, { schema: portalCustomerSchema });
    },

    grantAccess(customerId) {
      return request("POST", `${customer(customerId)}/grant`, { schema: portalCustomerSchema });
    },

    async deleteCustomer(customerId) {
      await request("DELETE", customer(customerId));
    },

    async bulkAction(action, customerIds, bulkOptions = {}) {
      const { signal, onProgress } = bulkOptions;
      const ids = [...new Set(customerIds)];
      if (ids.length > MAX_BULK_CUSTOMERS) {
        throw new AdapterError("validation", `A bulk action covers at most ${MAX_BULK_CUSTOMERS} customers; ${ids.length} were given.`);
      }
      const result: BulkResult = { succeeded: [], failed: [], cancelled: [] };
      let unreachable: AdapterError | undefined;
      for (let start = 0; start < ids.length; start += chunkSize) {
        if (signal?.aborted) {
          result.cancelled = ids.slice(start);
          break;
        }
        if (unreachable) {
          // The server could not be reached: the rest are not sent, each failed as not attempted.
          const notSent = new AdapterError("network", "Not attempted: the server could not be reached.", { cause: unreachable });
          for (const customerId of ids.slice(start)) result.failed.push({ customerId, error: notSent });
          onProgress?.({ done: ids.length, total: ids.length, failed: result.failed.length });
          break;
        }
        const chunk = ids.slice(start, start + chunkSize);
        try {
          // No signal: a chunk the server has started is finished and reported, never left unknown.
          const answer = await request("POST", "/api/admin/customers/bulk", { body: { action, customerIds: chunk }, schema: bulkAnswerSchema });
          settleChunk(chunk, answer, result);
        } catch (error) {
          const failure = isAdapterError(error) ? error : new AdapterError("unknown", "The bulk request failed.", { cause: error });
          for (const customerId of chunk) result.failed.push({ customerId, error: failure });
          if (failure.kind === "network") unreachable = failure;
        }
        onProgress?.({ done: result.succeeded.length + result.failed.length, total: ids.length, failed: result.failed.length });
      }
      return result;
    },

    async *exportCustomers(query, callOptions) {
      const signal = callOptions?.signal;
      const deadline = createDeadline(signal, timeoutMs);
      try {
        const response = await send("GET", `/api/admin/customers/export?${queryParams(query, false)}`, {
          signal,
          accept: "application/x-ndjson",
          deadline,
        });
        // The time limit is for the answer to start; a long export then streams as long as it takes.
        deadline.stopClock();
        let batch: PortalCustomer[] = [];
        let line = 0;
        for await (const text of jsonLines(response, signal)) {
          line++;
          if (text.trim() === "") continue;
          batch.push(validate(portalCustomerSchema, parseJson(text, NOT_JSON), `GET /api/admin/customers/export, line ${line}`));
          if (batch.length === EXPORT_BATCH_SIZE) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      } finally {
        deadline.release();
      }
    },
  };
}

/** Adds a chunk's answer to `result`: each id of the chunk once, none invented, an unreported one failed. */
function settleChunk(chunk: readonly string[], answer: z.infer<typeof bulkAnswerSchema>, result: BulkResult): void {
  const pending = new Set(chunk);
  for (const { customerId, error } of answer.failed) {
    if (!pending.delete(customerId)) continue;
    const kind = ADAPTER_ERROR_KINDS.includes(error.kind as AdapterErrorKind) ? (error.kind as AdapterErrorKind) : "unknown";
    result.failed.push({ customerId, error: new AdapterError(kind, error.message.slice(0, 500) || DEFAULT_MESSAGES[kind] || "Failed.") });
  }
  for (const customerId of answer.succeeded) if (pending.delete(customerId)) result.succeeded.push(customerId);
  for (const customerId of pending) {
    result.failed.push({ customerId, error: new AdapterError("unknown", "The server did not report a result for this customer.") });
  }
}

/**
 * The lines of a streamed body as they arrive, holding no more than one network chunk and a
 * partial line. Stopping early cancels the stream (and the download).
 */
async function* jsonLines(response: Response, signal: AbortSignal | undefined): AsyncGenerator<string> {
  const read = async <T,>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      throw fetchFailure(error, signal);
    }
  };
  if (!response.body) {
    yield* (await read(() => response.text())).split("\n");
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  let isDone = false;
  try {
    while (!isDone) {
      const chunk = await read(() => reader.read());
      isDone = chunk.done;
      rest += isDone ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
      const lines = rest.split("\n");
      rest = isDone ? "" : (lines.pop() as string);
      for (const line of lines) {
        if (signal?.aborted) throw createAbortError();
        yield line;
      }
    }
  } finally {
    if (!isDone) reader.cancel().catch(() => {});
  }
}
