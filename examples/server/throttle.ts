// Failed log-ins, counted per (client address, email) and per client address, forgotten
// when their window ends: bounded memory, and no one can lock a customer out from elsewhere.

/** Options of {@link createLoginThrottle}. */
export interface LoginThrottleOptions {
  /** Failures allowed for one email from one address within a window. Default 10. */
  perEmail?: number;
  /** Failures allowed from one address (all emails together) within a window. Default 100. */
  perAddress?: number;
  /** Window length in ms, from the first failure. Default 60,000. */
  windowMs?: number;
  /** Most entries kept; the oldest go first beyond it. Default 10,000. */
  maxEntries?: number;
  /** The clock (tests pass a fake one). Default `Date.now`. */
  now?: () => number;
}

/** What {@link createLoginThrottle} returns. */
export interface LoginThrottle {
  /** Seconds to wait when this address may not try this email now, else 0. */
  retryAfter(address: string, email: string): number;
  /** Counts a failed log-in. */
  fail(address: string, email: string): void;
  /** A successful log-in clears that email's count for that address. */
  succeed(address: string, email: string): void;
  /** Entries held now (for tests and monitoring). */
  size(): number;
}

interface Entry {
  count: number;
  resetAt: number;
}

/**
 * A fixed-window throttle for log-ins. Keyed by address **and** email, so failures from one
 * address don't lock the customer out everywhere; a second, larger limit per address stops
 * one address from trying many emails. Expired entries are dropped as they are met, in a sweep
 * at most once per window, and beyond `maxEntries` the oldest go, so memory stays bounded.
 */
export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const perEmail = options.perEmail ?? 10;
  const perAddress = options.perAddress ?? 100;
  const windowMs = options.windowMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  // Insertion order is age order (an entry is re-inserted when its window restarts).
  const entries = new Map<string, Entry>();
  let nextSweep = 0;

  const pairKey = (address: string, email: string) => `${address}\u0000${email}`;
  const addressKey = (address: string) => `${address}\u0000*`;

  function sweep(time: number) {
    if (time < nextSweep) return;
    nextSweep = time + windowMs;
    for (const [key, entry] of entries) if (entry.resetAt <= time) entries.delete(key);
  }

  function live(key: string, time: number): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.resetAt <= time) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function bump(key: string, time: number) {
    const entry = live(key, time);
    if (entry) {
      entry.count++;
      return;
    }
    entries.set(key, { count: 1, resetAt: time + windowMs });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  return {
    retryAfter(address, email) {
      const time = now();
      sweep(time);
      let until = 0;
      const pair = live(pairKey(address, email), time);
      if (pair && pair.count >= perEmail) until = pair.resetAt;
      const all = live(addressKey(address), time);
      if (all && all.count >= perAddress) until = Math.max(until, all.resetAt);
      return until === 0 ? 0 : Math.max(1, Math.ceil((until - time) / 1000));
    },
    fail(address, email) {
      const time = now();
      bump(pairKey(address, email), time);
      bump(addressKey(address), time);
    },
    succeed(address, email) {
      entries.delete(pairKey(address, email));
    },
    size: () => entries.size,
  };
}
