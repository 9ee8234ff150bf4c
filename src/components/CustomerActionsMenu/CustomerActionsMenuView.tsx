import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { Fragment, forwardRef, useId, useImperativeHandle, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import type { PermissionDenial } from "../../domain/permissions";
import type { CustomerAction, PortalCustomer } from "../../domain/types";
import { useMessages, usePortalContainer } from "../../i18n/I18nContext";
import type { MessageKey } from "../../i18n/messages";

/**
 * Why a menu item is disabled: a {@link PermissionDenial}, `loading` while the admin
 * context loads, or `context-error` when it could not be loaded.
 */
export type CustomerActionDenial = PermissionDenial | "loading" | "context-error";

/** Props of {@link CustomerActionsMenuView}. */
export interface CustomerActionsMenuViewProps {
  /** The customer the actions apply to; a revoked customer gets Grant access instead of Revoke access. */
  customer: PortalCustomer;
  /**
   * Called with the chosen action, after the menu has closed. Open the matching dialog
   * from here, rendered outside the menu (a dialog inside a menu item leaves the page
   * unclickable after it closes).
   */
  onSelect: (action: CustomerAction, customer: PortalCustomer) => void;
  /** Why each action is unavailable; a missing or `null` entry means it is available. Unavailable items stay visible, focusable, with the reason. */
  denials?: Partial<Record<CustomerAction, CustomerActionDenial | null>>;
  /** Whether the menu is open (controlled). */
  open?: boolean;
  /** Whether the menu starts open (uncontrolled). */
  defaultOpen?: boolean;
  /** Called when the menu opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Reading direction of the menu (placement, alignment). Default: the direction the •••
   * button is laid out in when the menu opens (`dir="rtl"` on any ancestor gives `rtl`).
   */
  dir?: "ltr" | "rtl";
  /**
   * Where the menu is portalled to. Default: the provider's `portalContainer`, else the
   * landmark (`<main>`, a named region, …) around the ••• button, so the open menu stays in
   * the page's landmarks and inherits the host's theme variables set there; `document.body`
   * when the button is in no landmark.
   */
  container?: HTMLElement | null;
  /** Extra class names for the ••• trigger button. */
  className?: string;
}

/** The items in menu order; the separator goes before `delete`. */
function menuActions(customer: PortalCustomer): CustomerAction[] {
  return ["changePassword", "editName", "migrate", customer.status === "revoked" ? "grantAccess" : "revokeAccess", "delete"];
}

function denialKey(denial: CustomerActionDenial): MessageKey {
  return denial === "loading" || denial === "context-error" ? `actionsMenu.denial.${denial}` : `denial.${denial}`;
}

/** Keeps the menu clear of the viewport's edges when it flips or shifts. */
const COLLISION_PADDING = 8;

/** Landmarks the open menu may be portalled into (named regions and forms only: unnamed ones are no landmark). */
const LANDMARKS = [
  "main", '[role="main"]', "nav", '[role="navigation"]', "aside", '[role="complementary"]', "search", '[role="search"]',
  '[role="region"][aria-label]', '[role="region"][aria-labelledby]', "section[aria-label]", "section[aria-labelledby]",
  "form[aria-label]", "form[aria-labelledby]", '[role="banner"]', '[role="contentinfo"]',
].join(", ");

/**
 * The row's "More options" menu from plain props, on Radix DropdownMenu: a ••• button
 * named "More options for {name}" opening Change password, Edit full name, Migrate to
 * Atlassian account, Revoke (or Grant) access and, after a separator, Delete account.
 * Denied actions stay in the menu, focusable but `aria-disabled`, described by the
 * reason shown below them, and choosing them does nothing. The menu flips and shifts to
 * stay inside the viewport. The ref goes to the trigger button, so focus can return to
 * it after a dialog.
 */
export const CustomerActionsMenuView = /* @__PURE__ */ forwardRef<HTMLButtonElement, CustomerActionsMenuViewProps>(
  function CustomerActionsMenuView(
    { customer, onSelect, denials = {}, open: openProp, defaultOpen, onOpenChange, dir: dirProp, container, className },
    ref,
  ) {
    const { t, locale } = useMessages();
    const portalContainer = usePortalContainer();
    const baseId = useId();
    const triggerRef = useRef<HTMLButtonElement>(null);
    useImperativeHandle(ref, () => triggerRef.current as HTMLButtonElement);
    const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen ?? false, onChange: onOpenChange });
    // Read from the ••• button's surroundings when the menu opens: the menu is portalled out of them.
    const [surroundings, setSurroundings] = useState<{ dir: "ltr" | "rtl"; theme?: string; landmark?: HTMLElement }>({ dir: "ltr" });
    // Which item gets focus once the menu is open: Radix focuses the menu itself on a pointer
    // open; the menu button pattern wants the first item (the last one after ArrowUp).
    const focusOnOpen = useRef<"first" | "last" | null>(null);
    const chosen = useRef(false);
    const actions = menuActions(customer);
    const reasons = [...new Set(actions.map((action) => denials[action]).filter((d): d is CustomerActionDenial => !!d))];
    const reasonId = (denial: CustomerActionDenial) => `${baseId}-reason-${denial}`;

    const handleOpenChange = (next: boolean) => {
      if (next) {
        focusOnOpen.current ??= "first";
        const trigger = triggerRef.current;
        if (trigger) {
          setSurroundings({
            dir: getComputedStyle(trigger).direction === "rtl" ? "rtl" : "ltr",
            theme: trigger.closest("[data-theme]")?.getAttribute("data-theme") ?? undefined,
            // Portalled to <body>, the menu would sit outside every landmark (axe `region`).
            landmark: trigger.closest<HTMLElement>(LANDMARKS) ?? undefined,
          });
        }
      }
      setOpen(next);
    };

    const focusEntryItem = (event: FocusEvent<HTMLDivElement>) => {
      const which = focusOnOpen.current;
      if (event.target !== event.currentTarget || !which) return;
      focusOnOpen.current = null;
      const items = event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]');
      const item = which === "last" ? items[items.length - 1] : items[0];
      if (!item) return;
      event.preventDefault(); // keeps Radix's entry focus from moving it again
      item.focus({ preventScroll: true });
    };

    return (
      <DropdownMenu.Root open={open} onOpenChange={handleOpenChange} dir={dirProp ?? surroundings.dir} modal={false}>
        <DropdownMenu.Trigger
          ref={triggerRef}
          className={className ? `pca-root pca-actions-menu-trigger ${className}` : "pca-root pca-actions-menu-trigger"}
          aria-label={t("actionsMenu.trigger", { name: customer.displayName })}
          onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
            if (event.key === "ArrowUp") {
              event.preventDefault();
              focusOnOpen.current = "last";
              handleOpenChange(true);
            }
          }}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="5" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="19" cy="12" r="2" fill="currentColor" />
          </svg>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal container={container ?? portalContainer ?? surroundings.landmark}>
          <DropdownMenu.Content
            className="pca-root pca-actions-menu"
            lang={locale}
            // The host's theme (light/dark) set on an ancestor of ••• follows the menu into its portal.
            data-theme={surroundings.theme}
            side="bottom"
            align="end"
            sideOffset={4}
            collisionPadding={COLLISION_PADDING}
            avoidCollisions
            loop
            onFocus={focusEntryItem}
            onKeyDown={(event) => {
              // Radix keeps Tab inside the menu; the menu button pattern closes it (focus returns to •••).
              if (event.key === "Tab") {
                event.preventDefault();
                handleOpenChange(false);
              }
            }}
            onCloseAutoFocus={(event) => {
              // After a choice focus is already on ••• or in the dialog the host opened: leave it there.
              if (chosen.current) event.preventDefault();
              chosen.current = false;
            }}
          >
            {actions.map((action) => {
              const denial = denials[action] ?? null;
              return (
                <Fragment key={action}>
                  {action === "delete" && <DropdownMenu.Separator className="pca-actions-menu__separator" />}
                  <DropdownMenu.Item
                    className="pca-actions-menu__item"
                    data-action={action}
                    data-variant={action === "delete" ? "danger" : undefined}
                    // Not Radix's `disabled`, which makes the item unfocusable: keyboard and
                    // screen-reader users reach it and hear why (APG), but cannot choose it.
                    aria-disabled={denial ? true : undefined}
                    data-disabled={denial ? "" : undefined}
                    aria-describedby={denial ? reasonId(denial) : undefined}
                    onSelect={(event) => {
                      if (denial) {
                        event.preventDefault(); // keeps the menu open, nothing chosen
                        return;
                      }
                      // Radix closes the menu right after this; the dialog the host opens is
                      // rendered outside the menu (modal={false} never blocks the page). Focus
                      // moves to ••• first, so the dialog returns it there when it closes.
                      chosen.current = true;
                      triggerRef.current?.focus({ preventScroll: true });
                      onSelect(action, customer);
                    }}
                  >
                    {t(`actionsMenu.${action}`)}
                  </DropdownMenu.Item>
                </Fragment>
              );
            })}
            {reasons.length > 0 && (
              <div className="pca-actions-menu__reasons">
                {reasons.map((denial) => (
                  <div key={denial} id={reasonId(denial)} className="pca-actions-menu__reason">
                    {t(denialKey(denial))}
                  </div>
                ))}
              </div>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    );
  },
);
