import { useMessages } from "../../i18n/I18nContext";
import { ActionDialog, type CustomerDialogViewProps } from "../_dialog";

/** Props of {@link MigrateCustomerDialogView}. `onSubmit` receives no values. */
export type MigrateCustomerDialogViewProps = CustomerDialogViewProps<Record<string, never>>;

/**
 * The Migrate to Atlassian account confirmation from plain props. Says it can't be
 * undone, that requests move to the Atlassian account, and that the customer must
 * verify their email and log in with Atlassian credentials. The submit button has the
 * danger tone (it can't be undone, like Delete). Focus starts on Cancel.
 */
export function MigrateCustomerDialogView({ customer, onSubmit, ...rest }: MigrateCustomerDialogViewProps) {
  const { t } = useMessages();
  return (
    <ActionDialog<Record<string, never>>
      {...rest}
      name="migrate"
      // Irreversible, like Delete: the same danger tone.
      tone="danger"
      title={t("migrateDialog.title")}
      description={
        <>
          <p>{t("migrateDialog.description", { name: customer.displayName, email: customer.email })}</p>
          <p className="pca-dialog__callout">{t("migrateDialog.irreversible")}</p>
          <ul className="pca-dialog__list">
            <li>{t("migrateDialog.requests")}</li>
            <li>{t("migrateDialog.verify")}</li>
          </ul>
        </>
      }
      submitLabel={t("migrateDialog.submit")}
      progressLabel={t("migrateDialog.progress")}
      initialFocus="cancel"
      defaultValues={{}}
      onSubmit={onSubmit}
    />
  );
}
