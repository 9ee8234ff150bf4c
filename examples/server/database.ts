import { generateCustomers } from "../../src/adapter/memory/generate";
import type { PortalCustomer } from "../../src/domain";
import { hashPassword } from "./passwords";

/** The little the server needs from a PostgreSQL client; PGlite and `pg` both fit. */
export interface Database {
  /** `embedded` (PGlite) or `postgres` (a server reached through DATABASE_URL). */
  kind: "embedded" | "postgres";
  /** Runs one parameterized statement. */
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Closes the connection (and, for PGlite, the database). */
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, a PGlite data directory, or (neither) PGlite in memory. */
export interface DatabaseLocation {
  /** `postgres://user:pass@host:5432/db`; needs the `pg` package. */
  databaseUrl?: string;
  /** A directory PGlite persists to. Default: in memory, gone when the server stops. */
  dataDir?: string;
}

/** Opens the database described by `location`. */
export async function openDatabase(location: DatabaseLocation = {}): Promise<Database> {
  if (location.databaseUrl) {
    // A variable specifier: `pg` is optional and only loaded when DATABASE_URL is set.
    const specifier = "pg";
    const pg = (await import(specifier)).default as {
      Pool: new (config: { connectionString: string; max?: number }) => {
        query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
        end(): Promise<void>;
      };
    };
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 5 });
    await pool.query("SELECT 1");
    return {
      kind: "postgres",
      query: (sql, params) => pool.query(sql, params) as never,
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = location.dataDir ? new PGlite(location.dataDir) : new PGlite();
  await db.waitReady;
  return {
    kind: "embedded",
    query: (sql, params) => db.query(sql, params),
    close: () => db.close(),
  };
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS portal_customers (
    id text PRIMARY KEY,
    display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 255),
    email text NOT NULL,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    account_type text NOT NULL DEFAULT 'portal-only' CHECK (account_type IN ('portal-only', 'atlassian')),
    password_hash text,
    last_active_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE UNIQUE INDEX IF NOT EXISTS portal_customers_email_key ON portal_customers (lower(email))`,
  `CREATE INDEX IF NOT EXISTS portal_customers_name_idx ON portal_customers ((lower(display_name) COLLATE "C"), id)`,
];

/** Creates the table and indexes if they are missing. */
export async function migrate(db: Database): Promise<void> {
  for (const statement of SCHEMA) await db.query(statement);
}

/** The password of every {@link DEMO_ACCOUNTS} account (documented in the README; demo data only). */
export const DEMO_PASSWORD = "correct-horse-battery";

/** Named demo customers who can log in to the portal with {@link DEMO_PASSWORD}. */
export const DEMO_ACCOUNTS: readonly PortalCustomer[] = [
  { id: "cus-demo-grace", displayName: "Grace Hopper", email: "grace.hopper@example.com", status: "active", lastActiveAt: "2026-10-28T09:15:00.000Z", createdAt: "2024-02-12T08:00:00.000Z" },
  { id: "cus-demo-alan", displayName: "Alan Turing", email: "alan.turing@example.com", status: "active", lastActiveAt: "2026-10-30T16:40:00.000Z", createdAt: "2024-06-23T08:00:00.000Z" },
  { id: "cus-demo-ada", displayName: "Ada Lovelace", email: "ada.lovelace@example.com", status: "active", lastActiveAt: null, createdAt: "2025-12-10T08:00:00.000Z" },
  { id: "cus-demo-katherine", displayName: "Katherine Johnson", email: "katherine.johnson@example.com", status: "revoked", lastActiveAt: "2026-03-14T11:05:00.000Z", createdAt: "2023-08-26T08:00:00.000Z" },
];

/**
 * Fills an empty table with the {@link DEMO_ACCOUNTS} plus `count` generated customers
 * (deterministic for `seed`), in one bulk INSERT. Generated customers have no password
 * yet, like customers who never followed their set-your-password email. Does nothing
 * when the table already has rows. Resolves to the number of rows inserted.
 */
export async function seedCustomers(db: Database, options: { count: number; seed?: number }): Promise<number> {
  const existing = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM portal_customers");
  if ((existing.rows[0]?.n ?? 0) > 0) return 0;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const customers = [...DEMO_ACCOUNTS, ...generateCustomers(options.count, { seed: options.seed ?? 1 })];
  const column = <T,>(pick: (c: PortalCustomer, i: number) => T) => customers.map(pick);
  await db.query(
    `INSERT INTO portal_customers (id, display_name, email, status, last_active_at, created_at, password_hash)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[])`,
    [
      column((c) => c.id),
      column((c) => c.displayName),
      column((c) => c.email),
      column((c) => c.status),
      column((c) => c.lastActiveAt),
      column((c) => c.createdAt),
      column((_c, i) => hashes[i] ?? null),
    ],
  );
  return customers.length;
}
