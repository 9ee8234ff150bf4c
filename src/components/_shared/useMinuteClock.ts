import { useSyncExternalStore } from "react";

const MINUTE_MS = 60_000;
const toMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

// One clock for every table: read once, then moved on a minute at a time while anything listens.
let current: number | undefined;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    current = toMinute(Date.now());
    for (const notify of [...listeners]) notify();
  }, MINUTE_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
      current = undefined;
    }
  };
}

function getSnapshot(): number {
  current ??= toMinute(Date.now());
  return current;
}

/**
 * The current time to the minute, the same across re-renders (so memoized rows keep their
 * relative times), moving on every minute. Read through `useSyncExternalStore`, not in render.
 */
export function useMinuteClock(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
