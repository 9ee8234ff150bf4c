// One action on many customers, a statement per action: every id ends up succeeded or failed.
import { MAX_BULK_CUSTOMERS, type BulkAction } from "../../src/adapter/types";
import type { CustomerAction } from "../../src/domain";
import { PORTAL_ONLY } from "./customers";
import type { Database } from "./database";

/** The bulk actions and the single action whose permission each needs. */
export const BULK_ACTIONS: Record<BulkAction, CustomerAction> = {
  delete: "delete",
  migrate: "migrate",
  revokeAccess: "revokeAccess",
  grantAccess: "grantAccess",
};

export { MAX_BULK_CUSTOMERS };

/** Why one customer of a bulk action failed, as the API reports it. */
export interface BulkFailure {
  customerId: string;
  error: { kind: "forbidden" | "not-found" | "conflict"; message: string };
}

/** The body of a bulk answer: each id once, in the order it was sent. */
export interface BulkAnswer {
  succeeded: string[];
  failed: BulkFailure[];
}

const NOT_FOUND = "No portal-only customer has this id.";

/** Every id failed with `forbidden`: the caller may not perform the action at all. */
export function forbiddenForAll(ids: readonly string[], message: string): BulkAnswer {
  return { succeeded: [], failed: ids.map((customerId) => ({ customerId, error: { kind: "forbidden", message } })) };
}

/**
 * Applies `action` to `ids` (distinct, at most {@link MAX_BULK_CUSTOMERS}; the caller has
 * checked the permission) in one statement, then explains the ids it did not change:
 * `not-found` (never existed, deleted, migrated) or, for revoke and grant, `conflict`
 * (already in that state).
 */
export async function applyBulkAction(db: Database, action: BulkAction, ids: readonly string[]): Promise<BulkAnswer> {
  if (ids.length === 0) return { succeeded: [], failed: [] };
  const match = `id = ANY($1::text[]) AND ${PORTAL_ONLY}`;
  let changed: { rows: { id: string }[] };
  switch (action) {
    case "delete":
      changed = await db.query(`DELETE FROM portal_customers WHERE ${match} RETURNING id`, [ids]);
      break;
    case "migrate":
      changed = await db.query(
        `UPDATE portal_customers SET account_type = 'atlassian', password_hash = NULL WHERE ${match} RETURNING id`,
        [ids],
      );
      break;
    case "revokeAccess":
    case "grantAccess": {
      const status = action === "revokeAccess" ? "revoked" : "active";
      changed = await db.query(
        `UPDATE portal_customers SET status = $2 WHERE ${match} AND status <> $2 RETURNING id`,
        [ids, status],
      );
      break;
    }
  }
  const done = new Set(changed.rows.map((row) => row.id));
  const rest = ids.filter((id) => !done.has(id));
  const existing =
    rest.length === 0 || action === "delete" || action === "migrate"
      ? new Set<string>()
      : new Set((await db.query<{ id: string }>(`SELECT id FROM portal_customers WHERE ${match}`, [rest])).rows.map((r) => r.id));
  const conflict = action === "revokeAccess" ? "This customer's access is already revoked." : "This customer already has access.";
  return {
    succeeded: ids.filter((id) => done.has(id)),
    failed: rest.map((customerId) => ({
      customerId,
      error: existing.has(customerId) ? { kind: "conflict", message: conflict } : { kind: "not-found", message: NOT_FOUND },
    })),
  };
}
