const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function isVisible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
}

/**
 * @internal The first visible, focusable element after `anchor` in document order (else the
 * last one before it): where focus goes when the control that had it disappeared with its
 * surroundings (e.g. the bulk bar after Clear selection). `null` when there is none.
 */
export function focusableNear(anchor: Element): HTMLElement | null {
  const all = [...anchor.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !anchor.contains(el) && isVisible(el));
  const after = all.find((el) => anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (after) return after;
  const before = all.filter((el) => anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  return before[before.length - 1] ?? null;
}

/** @internal Whether focus was lost: nothing, or `<body>`, has it. */
export function isFocusLost(doc: Document = document): boolean {
  return doc.activeElement === null || doc.activeElement === doc.body;
}

/**
 * @internal Focuses `element` without scrolling the page to its top (a tall table would jump),
 * scrolling only when it is entirely outside the viewport.
 */
export function focusWithoutJump(element: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  const box = element.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) element.scrollIntoView({ block: "nearest" });
}
