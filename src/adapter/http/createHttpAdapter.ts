import type * as z from "zod/mini";
import { normalizeQuery } from "../../domain/query";
import { adminContextSchema, customerPageSchema, portalCustomerSchema } from "../../domain/schemas";
import type { CustomerQuery } from "../../domain/types";
import { AdapterError, createAbortError, isAdapterError, type AdapterErrorKind } from "../errors";
import type { PortalCustomerAdapter } from "../types";

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
}

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

/** Reads `{ error: { message, fieldErrors } }` leniently; anything else yields nothing. */
function errorDetails(body: unknown): { message?: string; fieldErrors?: Record<string, string> } {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== "object" || error === null) return {};
  const { message, fieldErrors } = error as { message?: unknown; fieldErrors?: unknown };
  const details: { message?: string; fieldErrors?: Record<string, string> } = {};
  if (typeof message === "string" && message.trim()) details.message = message.slice(0, 500);
  if (typeof fieldErrors === "object" && fieldErrors !== null) {
    const fields = Object.entries(fieldErrors).filter((e): e is [string, string] => typeof e[1] === "string");
    if (fields.length) details.fieldErrors = Object.fromEntries(fields);
  }
  return details;
}

/**
 * An adapter over the REST contract in `openapi.yaml`: every response is validated
 * against the domain schemas (a malformed one rejects with kind `unknown`), HTTP
 * statuses map to {@link AdapterError} kinds (400/422 `validation` with the body's
 * `fieldErrors`, 401, 403, 404, 409, 429, 502–504 `unavailable`), a failed `fetch`
 * rejects with kind `network`, and an aborted read rejects with an `AbortError`.
 * Passwords travel only in JSON bodies, never in URLs or error messages.
 *
 * @example
 * const adapter = createHttpAdapter({
 *   baseUrl: "https://admin.example.com",
 *   getHeaders: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 */
export function createHttpAdapter(options: HttpAdapterOptions): PortalCustomerAdapter {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<T>(
    method: string,
    path: string,
    init: { body?: unknown; signal?: AbortSignal; schema?: z.ZodMiniType<T>; secret?: string } = {},
  ): Promise<T> {
    const { signal, schema, secret } = init;
    const aborted = () => signal?.aborted === true;
    if (aborted()) throw createAbortError();
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
    headers.set("Accept", "application/json");
    if (init.body !== undefined) headers.set("Content-Type", "application/json");
    // Never let the password reach an error message, whatever the server echoes.
    const redact = (text: string) => (secret ? text.split(secret).join("•••") : text);

    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
      });
      text = response.status === 204 ? "" : await response.text();
    } catch (error) {
      if (aborted()) throw createAbortError();
      if (error instanceof TypeError) {
        throw new AdapterError("network", "Could not reach the server.", { cause: error });
      }
      throw new AdapterError("unknown", "The request failed.", { cause: error });
    }

    let body: unknown;
    let isJson = true;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      isJson = false;
    }

    if (!response.ok) {
      const kind = KIND_BY_STATUS[response.status] ?? "unknown";
      const details = isJson ? errorDetails(body) : {};
      const message = redact(details.message ?? DEFAULT_MESSAGES[kind] ?? `The server answered ${response.status}.`);
      const fieldErrors = details.fieldErrors
        ? Object.fromEntries(Object.entries(details.fieldErrors).map(([k, v]) => [k, redact(v)]))
        : undefined;
      throw new AdapterError(kind, message, { status: response.status, fieldErrors });
    }

    if (!schema) return undefined as T;
    if (!isJson) {
      throw new AdapterError("unknown", `${method} ${path}: the response is not valid JSON.`, { status: response.status });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`)
        .join("; ");
      throw new AdapterError("unknown", `${method} ${path}: unexpected response (${issues}).`, { status: response.status });
    }
    return parsed.data;
  }

  const customer = (id: string) => `/api/admin/customers/${encodeURIComponent(id)}`;

  return {
    getAdminContext(callOptions) {
      return request("GET", "/api/admin/context", { signal: callOptions?.signal, schema: adminContextSchema });
    },

    listCustomers(query: CustomerQuery, callOptions) {
      const q = normalizeQuery(query);
      const params = new URLSearchParams({
        search: q.search,
        status: q.status,
        sort: q.sort.field,
        direction: q.sort.direction,
        offset: String(q.offset),
        limit: String(q.limit),
      });
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
  };
}
