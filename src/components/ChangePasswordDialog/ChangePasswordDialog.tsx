import { useCustomerActions } from "../../data/useCustomerActions";
import { useMessages } from "../../i18n/I18nContext";
import type { CustomerDialogProps } from "../_dialog";
import { ChangePasswordDialogView, type ChangePasswordValues } from "./ChangePasswordDialogView";

/** Props of {@link ChangePasswordDialog}. */
export type ChangePasswordDialogProps = CustomerDialogProps;

/**
 * Sets a new password for a portal-only customer through the provider's adapter.
 * Render it outside the row menu and open it from the menu's `onSelect`.
 */
export function ChangePasswordDialog({ customer, onSuccess, ...rest }: ChangePasswordDialogProps) {
  const actions = useCustomerActions();
  const { t } = useMessages();
  const handleSubmit = async ({ newPassword }: ChangePasswordValues) => {
    await actions.changePassword(customer, newPassword);
    onSuccess?.({
      action: "changePassword",
      customer,
      message: t("changePasswordDialog.success", { name: customer.displayName }),
    });
  };
  return <ChangePasswordDialogView {...rest} customer={customer} onSubmit={handleSubmit} />;
}
