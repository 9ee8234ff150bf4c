import { useCustomerActions } from "../../data/useCustomerActions";
import { useMessages } from "../../i18n/I18nContext";
import type { CustomerDialogProps } from "../_dialog";
import { EditNameDialogView, type EditNameValues } from "./EditNameDialogView";

/** Props of {@link EditNameDialog}. */
export type EditNameDialogProps = CustomerDialogProps;

/** Changes a portal-only customer's full name through the provider's adapter; `onSuccess` gets the updated customer. */
export function EditNameDialog({ customer, onSuccess, ...rest }: EditNameDialogProps) {
  const actions = useCustomerActions();
  const { t } = useMessages();
  const handleSubmit = async ({ displayName }: EditNameValues) => {
    const updated = await actions.updateDisplayName(customer, displayName);
    onSuccess?.({ action: "editName", customer: updated, message: t("editNameDialog.success", { name: updated.displayName }) });
  };
  return <EditNameDialogView {...rest} customer={customer} onSubmit={handleSubmit} />;
}
