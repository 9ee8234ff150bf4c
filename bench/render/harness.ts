// Timing probes shared by the two pages of `npm run bench:render`. The driver arms a probe,
// then acts through real input (Playwright's mouse and keyboard); the probe measures from the
// input event's timestamp to the frame after the page shows the outcome.

type Probe = { isDone: () => boolean; fromLast: boolean; start?: number; resolve: (ms: number) => void };

const probes = new Set<Probe>();
const results: Promise<number>[] = [];
let lastInput = 0;

/** The frame after now: a requestAnimationFrame, then a task (the paint has happened by then). */
const nextFrame = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));

function check() {
  for (const probe of [...probes]) {
    if (probe.start === undefined || !probe.isDone()) continue;
    probes.delete(probe);
    const start = probe.fromLast ? lastInput : probe.start;
    nextFrame(() => probe.resolve(performance.now() - start));
  }
}

for (const type of ["pointerdown", "keydown"] as const) {
  window.addEventListener(
    type,
    (event) => {
      lastInput = event.timeStamp;
      for (const probe of probes) probe.start ??= event.timeStamp;
      // Checked after React handled this event (and rendered, for a discrete event).
      setTimeout(check, 0);
    },
    { capture: true },
  );
}
new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

const rows = () => [...document.querySelectorAll<HTMLElement>("tbody tr th[scope=row]")];

const predicates = {
  /** The first row is another customer than `before` (a page change). */
  rowsChange: (before: string) => () => rows().length > 0 && rows()[0]!.textContent !== before,
  /** Every row mentions `fragment` (a filter result). */
  filtered: (fragment: string) => () =>
    rows().length > 0 && rows().every((row) => row.closest("tr")!.textContent!.toLowerCase().includes(fragment)),
  menu: () => () => document.querySelector('[role="menu"]') !== null,
  dialog: () => () => document.querySelector('[role="dialog"]') !== null,
  /** Nothing to wait for: the frame after the input event (keydown → next frame). */
  frame: () => () => true,
};

declare global {
  interface Window {
    __bench: {
      /**
       * Starts a probe and answers its id at once (so the driver acts only once it listens). Its
       * result: ms from the next input event (or the last one, `fromLast`) to the frame showing the outcome.
       */
      arm(kind: keyof typeof predicates, argument?: string, fromLast?: boolean): number;
      /** The result of probe `id`, once it has one. */
      result(id: number): Promise<number>;
      /** Resolves with ms from before the first render to the frame showing `count` rows. */
      mounted: Promise<number>;
      /** The first row's text. */
      firstRow(): string;
    };
  }
}

/** Call just before `createRoot(...).render(...)`; `count` rows mean mounted. */
export function installBench(count: number): void {
  const mountStart = performance.now();
  window.__bench = {
    arm(kind, argument = "", fromLast = false) {
      const id = results.length;
      results.push(new Promise<number>((resolve) => probes.add({ isDone: predicates[kind](argument), fromLast, resolve })));
      return id;
    },
    result: (id) => results[id]!,
    mounted: new Promise<number>((resolve) => {
      probes.add({ isDone: () => rows().length >= count, fromLast: false, start: mountStart, resolve });
    }),
    firstRow: () => rows()[0]?.textContent ?? "",
  };
}
