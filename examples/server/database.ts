import { generateCustomers } from "../../src/adapter/memory/generate";
import { foldText, type PortalCustomer } from "../../src/domain";
import { hashPassword } from "./passwords";

/** The little the server needs from a PostgreSQL client; PGlite and `pg` both fit. */
export interface Database {
  /** `embedded` (PGlite) or `postgres` (a server reached through DATABASE_URL). */
  kind: "embedded" | "postgres";
  /** Runs one parameterized statement. */
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Closes the connection (and, for PGlite, the database). */
  close(): Promise<void>;
  /** Whether `pg_trgm` is available (it backs the search indexes; without it a search scans). Set by {@link migrate}. */
  hasTrigrams?: boolean;
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
  // PGlite ships pg_trgm as an extension loaded on demand.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const db = new PGlite({ dataDir: location.dataDir, extensions: { pg_trgm } });
  await db.waitReady;
  return {
    kind: "embedded",
    query: (sql, params) => db.query(sql, params),
    close: () => db.close(),
  };
}

// Text columns compare by code point (COLLATE "C", whatever the database's locale), and
// search and sort read `name_key` / `email_key`: the name and email folded by the library's
// `foldText` in JavaScript on every write, so the memory adapter and this server fold alike.
const TABLE = `CREATE TABLE IF NOT EXISTS portal_customers (
    id text COLLATE "C" PRIMARY KEY,
    display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 255),
    email text NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    email_key text COLLATE "C" NOT NULL,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    account_type text NOT NULL DEFAULT 'portal-only' CHECK (account_type IN ('portal-only', 'atlassian')),
    password_hash text,
    last_active_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`;

// One index per sort order, each ending in the id (the tie-breaker) and carrying the filter
// columns, so a deep page can be found by an index-only scan; trigram indexes for search.
const INDEXES = [
  `CREATE UNIQUE INDEX IF NOT EXISTS portal_customers_email_key ON portal_customers (lower(email))`,
  `CREATE INDEX IF NOT EXISTS portal_customers_name_sort ON portal_customers (name_key, id) INCLUDE (status, account_type)`,
  `CREATE INDEX IF NOT EXISTS portal_customers_email_sort ON portal_customers (email_key, id) INCLUDE (status, account_type)`,
  `CREATE INDEX IF NOT EXISTS portal_customers_last_active_sort ON portal_customers ((COALESCE(last_active_at, '-infinity'::timestamptz)), id) INCLUDE (status, account_type, last_active_at)`,
  `CREATE INDEX IF NOT EXISTS portal_customers_created_sort ON portal_customers (created_at, id) INCLUDE (status, account_type)`,
];
const TRIGRAM_INDEXES = [
  `CREATE INDEX IF NOT EXISTS portal_customers_name_trgm ON portal_customers USING gin (name_key gin_trgm_ops)`,
  `CREATE INDEX IF NOT EXISTS portal_customers_email_trgm ON portal_customers USING gin (email_key gin_trgm_ops)`,
];

/**
 * Creates the table if it is missing and upgrades one made by an earlier version (the folded
 * key columns, filled in here; code-point ids). Indexes come after seeding: {@link createIndexes}.
 */
export async function migrate(db: Database): Promise<void> {
  await db.query(TABLE);
  await db.query(`ALTER TABLE portal_customers ADD COLUMN IF NOT EXISTS name_key text COLLATE "C"`);
  await db.query(`ALTER TABLE portal_customers ADD COLUMN IF NOT EXISTS email_key text COLLATE "C"`);
  const id = await db.query<{ collation_name: string | null }>(
    `SELECT collation_name FROM information_schema.columns WHERE table_name = 'portal_customers' AND column_name = 'id'`,
  );
  await db.query(`DROP INDEX IF EXISTS portal_customers_name_idx`);
  if (id.rows[0]?.collation_name !== "C") await db.query(`ALTER TABLE portal_customers ALTER COLUMN id TYPE text COLLATE "C"`);
  for (;;) {
    const { rows } = await db.query<{ id: string; display_name: string; email: string }>(
      `SELECT id, display_name, email FROM portal_customers WHERE name_key IS NULL OR email_key IS NULL LIMIT 1000`,
    );
    if (rows.length === 0) break;
    await db.query(
      `UPDATE portal_customers p SET name_key = k.name_key, email_key = k.email_key
       FROM unnest($1::text[], $2::text[], $3::text[]) AS k(id, name_key, email_key) WHERE p.id = k.id`,
      [rows.map((r) => r.id), rows.map((r) => foldText(r.display_name)), rows.map((r) => foldText(r.email))],
    );
  }
}

/** Creates the indexes (pg_trgm ones when the extension can be created), then refreshes the planner's statistics. */
export async function createIndexes(db: Database): Promise<void> {
  for (const statement of INDEXES) await db.query(statement);
  try {
    await db.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    db.hasTrigrams = true;
  } catch {
    // Not installed, or not allowed for this role: search still works, by scanning.
    db.hasTrigrams = false;
  }
  if (db.hasTrigrams) for (const statement of TRIGRAM_INDEXES) await db.query(statement);
  await analyze(db);
}

/**
 * `VACUUM ANALYZE`: fresh statistics for the planner (without them every page is a full scan
 * and sort) and an up-to-date visibility map for index-only scans. Run after seeding and
 * after bulk changes; PGlite has no autovacuum.
 */
export async function analyze(db: Database): Promise<void> {
  await db.query("VACUUM ANALYZE portal_customers");
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
  const existing = await db.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM portal_customers) AS any");
  if (existing.rows[0]?.any) return 0;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const customers = [...DEMO_ACCOUNTS, ...generateCustomers(options.count, { seed: options.seed ?? 1 })];
  const column = <T,>(pick: (c: PortalCustomer, i: number) => T) => customers.map(pick);
  await db.query(
    `INSERT INTO portal_customers (id, display_name, email, status, last_active_at, created_at, password_hash, name_key, email_key)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[], $9::text[])`,
    [
      column((c) => c.id),
      column((c) => c.displayName),
      column((c) => c.email),
      column((c) => c.status),
      column((c) => c.lastActiveAt),
      column((c) => c.createdAt),
      column((_c, i) => hashes[i] ?? null),
      column((c) => foldText(c.displayName)),
      column((c) => foldText(c.email)),
    ],
  );
  return customers.length;
}
