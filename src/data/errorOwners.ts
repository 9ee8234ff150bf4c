/**
 * @internal Which of the mounted components shows a shared error (the admin context's) with its
 * Retry button: the one with the lowest rank, the first registered among equals. The others
 * stay quiet, so a page shows one error and one Retry however many components need the context.
 */
export interface ErrorOwnerRegistry {
  /** Adds a component under `id` with its `rank`; returns the function that removes it. */
  register(id: string, rank: number): () => void;
  /** Listens for a change of owner; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The id of the component that shows the error, or `null` when none is registered. */
  getOwner(): string | null;
}

/** Who shows the admin context's error when several components are on the page: lower ranks first. */
export const ADMIN_CONTEXT_ERROR_RANK = {
  table: 0,
  navigation: 1,
  guide: 2,
  breadcrumbs: 3,
  badge: 4,
} as const;

/** @internal Creates an {@link ErrorOwnerRegistry}. */
export function createErrorOwnerRegistry(): ErrorOwnerRegistry {
  const entries = new Map<string, { rank: number; order: number }>();
  const listeners = new Set<() => void>();
  let order = 0;
  let owner: string | null = null;

  const update = () => {
    let best: string | null = null;
    let bestEntry: { rank: number; order: number } | undefined;
    for (const [id, entry] of entries) {
      if (!bestEntry || entry.rank < bestEntry.rank || (entry.rank === bestEntry.rank && entry.order < bestEntry.order)) {
        best = id;
        bestEntry = entry;
      }
    }
    if (best === owner) return;
    owner = best;
    for (const listener of [...listeners]) listener();
  };

  return {
    register(id, rank) {
      entries.set(id, { rank, order: order++ });
      update();
      return () => {
        entries.delete(id);
        update();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getOwner: () => owner,
  };
}
