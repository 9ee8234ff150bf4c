import type { CustomerAction, PortalCustomer } from "../../domain/types";

/** The `open / defaultOpen / onOpenChange` triple of anything that can open and close. */
export interface OpenStateProps {
  /** Whether it is open (controlled). Leave undefined to let the component manage it. */
  open?: boolean;
  /** Whether it starts open when uncontrolled. Default `false`. */
  defaultOpen?: boolean;
  /** Called with the new value whenever it opens or closes (by the user or after a successful action). */
  onOpenChange?: (open: boolean) => void;
}

/** What a connected dialog reports after the adapter confirmed its action. */
export interface CustomerActionResult {
  /** The action that succeeded. */
  action: CustomerAction;
  /** The customer as the adapter returned it (or as it was, for migrate and delete, which remove it). */
  customer: PortalCustomer;
  /** A human sentence for a polite live region or a toast, e.g. "Password changed for Ada Lovelace.". */
  message: string;
}

/** Props every account dialog shares, connected or View. */
export interface CustomerDialogBaseProps extends OpenStateProps {
  /** The customer the action applies to. */
  customer: PortalCustomer;
  /**
   * Called when the dialog has closed and focus is about to move back. Call
   * `event.preventDefault()` and focus something yourself, e.g. the row's ••• button,
   * or the table when the row is gone.
   */
  onCloseAutoFocus?: (event: Event) => void;
  /** Extra class names for the dialog panel. */
  className?: string;
}

/** Props of a connected account dialog: it performs the action through `useCustomerActions()`. */
export interface CustomerDialogProps extends CustomerDialogBaseProps {
  /** Called once the adapter confirmed the action, just before the dialog closes. */
  onSuccess?: (result: CustomerActionResult) => void;
}

/** Props of an account dialog View: it renders from plain props and hands the submitted values to `onSubmit`. */
export interface CustomerDialogViewProps<Values> extends CustomerDialogBaseProps {
  /**
   * Performs the action. Resolve to close the dialog; reject (ideally with an
   * `AdapterError`) to keep it open with an explanation and everything typed still there.
   * While the promise is pending the submit button shows progress and further submits are ignored.
   */
  onSubmit: (values: Values) => Promise<void>;
}
