import { useCustomerActions } from "../../data/useCustomerActions";
import { useMessages } from "../../i18n/I18nContext";
import type { CustomerDialogProps } from "../_dialog";
import { RevokeAccessDialogView } from "./RevokeAccessDialogView";

/** Props of {@link RevokeAccessDialog}. */
export type RevokeAccessDialogProps = CustomerDialogProps;

/** Revokes a portal-only customer's access through the provider's adapter; `onSuccess` gets the revoked customer. */
export function RevokeAccessDialog({ customer, onSuccess, ...rest }: RevokeAccessDialogProps) {
  const actions = useCustomerActions();
  const { t } = useMessages();
  const handleSubmit = async () => {
    const updated = await actions.revokeAccess(customer);
    onSuccess?.({ action: "revokeAccess", customer: updated, message: t("revokeDialog.success", { name: updated.displayName }) });
  };
  return <RevokeAccessDialogView {...rest} customer={customer} onSubmit={handleSubmit} />;
}
