import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";

/** Which item gets focus when the menu opens. */
type FocusOnOpen = "first" | "last";

/** Options of {@link useMenuButton}. */
export interface MenuButtonOptions {
  /** Whether the menu is open (controlled). */
  open?: boolean;
  /** Whether it starts open (uncontrolled). */
  defaultOpen?: boolean;
  /** Called when it opens or closes. */
  onOpenChange?: (open: boolean) => void;
}

const ITEM = '[role="menuitem"]';
const GAP = 4;
const MARGIN = 8;

function items(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>(ITEM)] : [];
}

/**
 * @internal The WAI-ARIA menu button pattern for a small action menu: opens on click,
 * Enter, Space, ArrowDown (first item) or ArrowUp (last item); arrows, Home, End and
 * typeahead move between items (disabled ones too, so their reason can be heard); Escape
 * and Tab close it and return focus to the button; a click outside closes it. The menu is
 * placed under the button, aligned to its end, flipped above when there is no room below.
 */
export function useMenuButton(triggerRef: RefObject<HTMLButtonElement | null>, options: MenuButtonOptions) {
  const [ownOpen, setOwnOpen] = useState(options.defaultOpen ?? false);
  const isOpen = options.open ?? ownOpen;
  const menuRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<FocusOnOpen>("first");
  const onOpenChange = useRef(options.onOpenChange);
  // The latest callback, kept outside render (writing a ref while rendering is impure).
  useLayoutEffect(() => {
    onOpenChange.current = options.onOpenChange;
  });
  const isControlled = options.open !== undefined;

  const setOpen = useCallback(
    (next: boolean) => {
      if (!isControlled) setOwnOpen(next);
      onOpenChange.current?.(next);
    },
    [isControlled],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) triggerRef.current?.focus();
    },
    [setOpen, triggerRef],
  );

  // Place the menu (fixed, so no ancestor's overflow clips it) and focus an item.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const trigger = triggerRef.current;
    if (!isOpen || !menu || !trigger) return;
    const place = () => {
      const anchor = trigger.getBoundingClientRect();
      const { width, height } = menu.getBoundingClientRect();
      const isRtl = getComputedStyle(trigger).direction === "rtl";
      const left = isRtl ? anchor.left : anchor.right - width;
      const below = anchor.bottom + GAP;
      const top = below + height + MARGIN > window.innerHeight && anchor.top - GAP - height >= MARGIN ? anchor.top - GAP - height : below;
      menu.style.position = "fixed"; // inline, so the menu floats even without our stylesheet
      menu.style.left = `${Math.max(MARGIN, Math.min(left, window.innerWidth - width - MARGIN))}px`;
      menu.style.top = `${top}px`;
    };
    place();
    const list = items(menu);
    (focusOnOpen.current === "last" ? list[list.length - 1] : list[0])?.focus();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [isOpen, triggerRef]);

  // A press outside the menu and its button closes it, leaving focus where the press put it.
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !triggerRef.current?.contains(target)) close(false);
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, [isOpen, close, triggerRef]);

  const openWith = (focus: FocusOnOpen) => {
    focusOnOpen.current = focus;
    setOpen(true);
  };

  const triggerProps = {
    "aria-haspopup": "menu" as const,
    "aria-expanded": isOpen,
    "data-state": isOpen ? "open" : "closed",
    onClick: () => (isOpen ? close(false) : openWith("first")),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        openWith(event.key === "ArrowUp" ? "last" : "first");
      }
    },
  };

  const menuProps = {
    ref: menuRef,
    role: "menu" as const,
    "aria-orientation": "vertical" as const,
    onKeyDown: (event: KeyboardEvent) => {
      const list = items(menuRef.current);
      const index = list.indexOf(document.activeElement as HTMLElement);
      const focus = (i: number) => list[(i + list.length) % list.length]?.focus();
      switch (event.key) {
        case "ArrowDown": focus(index + 1); break;
        case "ArrowUp": focus(index - 1); break;
        case "Home": focus(0); break;
        case "End": focus(list.length - 1); break;
        case "Escape": close(true); break;
        case "Tab": close(true); break;
        case "Enter":
        case " ":
          (document.activeElement as HTMLElement | null)?.click();
          break;
        default: {
          if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
          const key = event.key.toLowerCase();
          const order = [...list.slice(index + 1), ...list.slice(0, index + 1)];
          order.find((item) => item.textContent?.trim().toLowerCase().startsWith(key))?.focus();
          return;
        }
      }
      event.preventDefault();
    },
  };

  const itemProps = (onChoose: () => void, isDisabled: boolean) => ({
    role: "menuitem" as const,
    tabIndex: -1,
    "aria-disabled": isDisabled || undefined,
    onPointerMove: (event: { currentTarget: HTMLElement }) => {
      if (document.activeElement !== event.currentTarget) event.currentTarget.focus();
    },
    onClick: () => {
      if (isDisabled) return;
      close(true);
      onChoose();
    },
  });

  return { isOpen, triggerProps, menuProps, itemProps };
}
