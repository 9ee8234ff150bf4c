import { Fragment, forwardRef, useId, useImperativeHandle, useRef } from "react";
import { createPortal } from "react-dom";
import type { PermissionDenial } from "../../domain/permissions";
import type { CustomerAction, PortalCustomer } from "../../domain/types";
import { useMessages, usePortalContainer } from "../../data/PortalCustomerAdminProvider";
import type { MessageKey } from "../../i18n/messages";
import { useMenuButton } from "./useMenuButton";

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
export const CustomerActionsMenuView = /* @__PURE__ */ forwardRef<HTMLButtonElement, CustomerActionsMenuViewProps>(
  function CustomerActionsMenuView({ customer, onSelect, denials = {}, open, defaultOpen, onOpenChange, className }, ref) {
    const { t, locale, dir } = useMessages();
    const portalContainer = usePortalContainer();
    const baseId = useId();
    const triggerRef = useRef<HTMLButtonElement>(null);
    useImperativeHandle(ref, () => triggerRef.current as HTMLButtonElement);
    const menu = useMenuButton(triggerRef, { open, defaultOpen, onOpenChange });
    const actions = menuActions(customer);
    const reasons = [...new Set(actions.map((action) => denials[action]).filter((d): d is CustomerActionDenial => !!d))];
    const reasonId = (denial: CustomerActionDenial) => `${baseId}-reason-${denial}`;
    const menuId = `${baseId}-menu`;
    const triggerId = `${baseId}-trigger`;

    return (
      <>
        <button
          ref={triggerRef}
          id={triggerId}
          type="button"
          className={className ? `pca-root pca-actions-menu-trigger ${className}` : "pca-root pca-actions-menu-trigger"}
          aria-label={t("actionsMenu.trigger", { name: customer.displayName })}
          aria-controls={menu.isOpen ? menuId : undefined}
          {...menu.triggerProps}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="5" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="19" cy="12" r="2" fill="currentColor" />
          </svg>
        </button>
        {menu.isOpen &&
          createPortal(
            // Not modal: a menu is not a dialog, so the page stays readable for assistive tech.
            <div {...menu.menuProps} id={menuId} aria-labelledby={triggerId} className="pca-root pca-actions-menu" data-state="open" dir={dir} lang={locale}>
              {actions.map((action) => {
                const denial = denials[action] ?? null;
                return (
                  <Fragment key={action}>
                    {action === "delete" && <div role="separator" className="pca-actions-menu__separator" />}
                    <div
                      {...menu.itemProps(() => onSelect(action, customer), !!denial)}
                      className="pca-actions-menu__item"
                      data-action={action}
                      data-variant={action === "delete" ? "danger" : undefined}
                      data-disabled={denial ? "" : undefined}
                      // Focusable but not actionable (APG): keyboard and screen-reader users reach the item and hear why.
                      aria-describedby={denial ? reasonId(denial) : undefined}
                    >
                      {t(`actionsMenu.${action}`)}
                    </div>
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
            </div>,
            portalContainer ?? document.body,
          )}
      </>
    );
  },
);
