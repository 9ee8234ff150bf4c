import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Fragment, forwardRef, useId } from "react";
import type { PermissionDenial } from "../../domain/permissions";
import type { CustomerAction, PortalCustomer } from "../../domain/types";
import { useMessages } from "../../data/PortalCustomerAdminProvider";
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
   * Called with the chosen action. Open the matching dialog from here, rendered outside
   * the menu (a dialog inside a menu item leaves the page unclickable after it closes).
   */
  onSelect: (action: CustomerAction, customer: PortalCustomer) => void;
  /** Why each action is unavailable; a missing or `null` entry means it is available. Unavailable items stay visible, disabled, with the reason. */
  denials?: Partial<Record<CustomerAction, CustomerActionDenial | null>>;
  /** Whether the menu is open (controlled). */
  open?: boolean;
  /** Whether the menu starts open (uncontrolled). */
  defaultOpen?: boolean;
  /** Called when the menu opens or closes. */
  onOpenChange?: (open: boolean) => void;
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

/**
 * The row's "More options" menu from plain props: a ••• button named "More options for
 * {name}" opening Change password, Edit full name, Migrate to Atlassian account, Revoke
 * (or Grant) access and, after a separator, Delete account. Denied actions stay in the
 * menu, focusable but `aria-disabled`, and described by the reason shown below them.
 * The ref goes to the trigger button, so focus can return to it after a dialog.
 */
export const CustomerActionsMenuView = forwardRef<HTMLButtonElement, CustomerActionsMenuViewProps>(
  function CustomerActionsMenuView({ customer, onSelect, denials = {}, open, defaultOpen, onOpenChange, className }, ref) {
    const { t } = useMessages();
    const baseId = useId();
    const actions = menuActions(customer);
    const reasons = [...new Set(actions.map((action) => denials[action]).filter((d): d is CustomerActionDenial => !!d))];
    const reasonId = (denial: CustomerActionDenial) => `${baseId}-reason-${denial}`;

    return (
      // Not modal: a menu is not a dialog, the page stays readable for assistive tech (no aria-hidden on
      // the rest), and no `pointer-events: none` lingers on body when a dialog opens from an item.
      <DropdownMenu.Root modal={false} open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
        <DropdownMenu.Trigger asChild>
          <button
            ref={ref}
            type="button"
            className={className ? `pca-root pca-actions-menu-trigger ${className}` : "pca-root pca-actions-menu-trigger"}
            aria-label={t("actionsMenu.trigger", { name: customer.displayName })}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="5" cy="12" r="2" fill="currentColor" />
              <circle cx="12" cy="12" r="2" fill="currentColor" />
              <circle cx="19" cy="12" r="2" fill="currentColor" />
            </svg>
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="pca-root pca-actions-menu" align="end" sideOffset={4} collisionPadding={8}>
            {actions.map((action) => {
              const denial = denials[action] ?? null;
              const label = t(`actionsMenu.${action}`);
              return (
                <Fragment key={action}>
                  {action === "delete" && <DropdownMenu.Separator className="pca-actions-menu__separator" />}
                  <DropdownMenu.Item
                    className="pca-actions-menu__item"
                    data-action={action}
                    data-variant={action === "delete" ? "danger" : undefined}
                    data-disabled={denial ? "" : undefined}
                    // Focusable but not actionable (APG): keyboard and screen-reader users reach the item and hear why.
                    aria-disabled={denial ? true : undefined}
                    aria-describedby={denial ? reasonId(denial) : undefined}
                    textValue={label}
                    onSelect={(event) => {
                      if (denial) event.preventDefault();
                      else onSelect(action, customer);
                    }}
                  >
                    {label}
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
