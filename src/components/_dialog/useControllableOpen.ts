import { useCallback, useEffect, useRef, useState } from "react";

/** The `open / defaultOpen / onOpenChange` triple of anything that can open and close. */
export interface OpenStateProps {
  /** Whether it is open (controlled). Leave undefined to let the component manage it. */
  open?: boolean;
  /** Whether it starts open when uncontrolled. Default `false`. */
  defaultOpen?: boolean;
  /** Called with the new value whenever it opens or closes (by the user or after a successful action). */
  onOpenChange?: (open: boolean) => void;
}

/**
 * Open state that is controlled when `open` is given and internal otherwise; either way
 * `onOpenChange` hears every change.
 */
export function useControllableOpen({ open, defaultOpen, onOpenChange }: OpenStateProps): [boolean, (next: boolean) => void] {
  const [internal, setInternal] = useState(defaultOpen ?? false);
  const isControlled = open !== undefined;
  const value = isControlled ? open : internal;
  const latest = useRef({ value, onOpenChange });
  useEffect(() => {
    latest.current = { value, onOpenChange };
  });
  const setOpen = useCallback(
    (next: boolean) => {
      if (!isControlled) setInternal(next);
      if (next !== latest.current.value) {
        latest.current.value = next;
        latest.current.onOpenChange?.(next);
      }
    },
    [isControlled],
  );
  return [value, setOpen];
}
