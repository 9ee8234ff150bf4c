import { useSyncExternalStore } from "react";

/** How often relative times ("3 minutes ago") move on, in ms. */
const TICK_MS = 30_000;

let current: number | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    timer = setInterval(() => {
      current = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
      current = null; // the next subscriber starts from a fresh reading
    }
  };
}

// Only ever called in the browser, outside server rendering and hydration.
function getSnapshot(): number {
  current ??= Date.now();
  return current;
}

// Server render and hydration see no clock: both print the same absolute date.
function getServerSnapshot(): null {
  return null;
}

/**
 * The current time for relative dates, or `null` while rendering on the server and while
 * hydrating, so server HTML and the first client render match (Next.js prerendering refuses
 * `Date.now()` during render). In the browser it ticks every 30 seconds.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
