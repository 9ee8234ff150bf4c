import { useCustomerActions } from "../../data/useCustomerActions";
import { useMessages } from "../../i18n/I18nContext";
import type { CustomerDialogProps } from "../_dialog";
import { MigrateCustomerDialogView } from "./MigrateCustomerDialogView";

/** Props of {@link MigrateCustomerDialog}. */
export type MigrateCustomerDialogProps = CustomerDialogProps;

/** Migrates a portal-only customer to an Atlassian account through the provider's adapter; they leave the list. */
export function MigrateCustomerDialog({ customer, onSuccess, ...rest }: MigrateCustomerDialogProps) {
  const actions = useCustomerActions();
  const { t } = useMessages();
  const handleSubmit = async () => {
    await actions.migrate(customer);
    onSuccess?.({ action: "migrate", customer, message: t("migrateDialog.success", { name: customer.displayName }) });
  };
  return <MigrateCustomerDialogView {...rest} customer={customer} onSubmit={handleSubmit} />;
}
