/** The root element's pass-through attributes: `id`, `aria-*`, `data-*` (besides `className`). */
export type RootAttributes = { id?: string } & { [key: `aria-${string}`]: string | number | boolean | undefined } & {
  [key: `data-${string}`]: string | number | boolean | undefined;
};

/** Picks the host's `id`, `aria-*` and `data-*` props for a component's root element. */
export function pickRootAttributes(props: object): RootAttributes {
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === "id" || key.startsWith("aria-") || key.startsWith("data-")) picked[key] = value;
  }
  return picked as RootAttributes;
}
