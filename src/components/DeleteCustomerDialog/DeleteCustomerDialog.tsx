import { useCustomerActions } from "../../data/useCustomerActions";
import { useMessages } from "../../i18n/I18nContext";
import type { CustomerDialogProps } from "../_dialog";
import { DeleteCustomerDialogView } from "./DeleteCustomerDialogView";

/** Props of {@link DeleteCustomerDialog}. */
export type DeleteCustomerDialogProps = CustomerDialogProps;

/** Deletes a portal-only customer permanently through the provider's adapter; they leave the list. */
export function DeleteCustomerDialog({ customer, onSuccess, ...rest }: DeleteCustomerDialogProps) {
  const actions = useCustomerActions();
  const { t } = useMessages();
  const handleSubmit = async () => {
    await actions.deleteCustomer(customer);
    onSuccess?.({ action: "delete", customer, message: t("deleteDialog.success", { name: customer.displayName }) });
  };
  return <DeleteCustomerDialogView {...rest} customer={customer} onSubmit={handleSubmit} />;
}
