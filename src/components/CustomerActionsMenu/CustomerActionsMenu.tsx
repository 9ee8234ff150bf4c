import { forwardRef, useMemo } from "react";
import { useAdminContext, type AdminContextState } from "../../data/PortalCustomerAdminProvider";
import { permissionDenial } from "../../domain/permissions";
import { CUSTOMER_ACTIONS, type CustomerAction, type PortalCustomer } from "../../domain/types";
import {
  CustomerActionsMenuView, type CustomerActionDenial, type CustomerActionsMenuViewProps,
} from "./CustomerActionsMenuView";

/** Props of {@link CustomerActionsMenu}: the View's props without `denials`, which come from the admin context. */
export type CustomerActionsMenuProps = Omit<CustomerActionsMenuViewProps, "denials">;

/** Why each action is unavailable to the viewer described by `state`, for `customer`. */
export function customerActionDenials(
  state: AdminContextState,
  customer: PortalCustomer,
): Record<CustomerAction, CustomerActionDenial | null> {
  const denials = {} as Record<CustomerAction, CustomerActionDenial | null>;
  for (const action of CUSTOMER_ACTIONS) {
    denials[action] =
      state.status === "ready" ? permissionDenial(state.context, action, customer)
      : state.status === "loading" ? "loading"
      : "context-error";
  }
  return denials;
}

/**
 * The row's "More options" menu, with each action enabled or disabled (with the reason)
 * from the viewer's admin context. Items are disabled while the context loads. The ref
 * goes to the ••• button.
 */
export const CustomerActionsMenu = /* @__PURE__ */ forwardRef<HTMLButtonElement, CustomerActionsMenuProps>(
  function CustomerActionsMenu({ customer, ...rest }, ref) {
    const adminContext = useAdminContext();
    const denials = useMemo(() => customerActionDenials(adminContext, customer), [adminContext, customer]);
    return <CustomerActionsMenuView ref={ref} {...rest} customer={customer} denials={denials} />;
  },
);
