import { useCustomerActions } from "../../data/useCustomerActions";
import { useMessages } from "../../i18n/I18nContext";
import type { CustomerDialogProps } from "../_dialog";
import { GrantAccessDialogView } from "./GrantAccessDialogView";

/** Props of {@link GrantAccessDialog}. */
export type GrantAccessDialogProps = CustomerDialogProps;

/** Restores a revoked customer's access through the provider's adapter; `onSuccess` gets the active customer. */
export function GrantAccessDialog({ customer, onSuccess, ...rest }: GrantAccessDialogProps) {
  const actions = useCustomerActions();
  const { t } = useMessages();
  const handleSubmit = async () => {
    const updated = await actions.grantAccess(customer);
    onSuccess?.({ action: "grantAccess", customer: updated, message: t("grantDialog.success", { name: updated.displayName }) });
  };
  return <GrantAccessDialogView {...rest} customer={customer} onSubmit={handleSubmit} />;
}
