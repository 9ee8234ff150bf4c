import { useMessages } from "../../i18n/I18nContext";
import { ActionDialog, type CustomerDialogViewProps } from "../_dialog";

/** Props of {@link RevokeAccessDialogView}. `onSubmit` receives no values. */
export type RevokeAccessDialogViewProps = CustomerDialogViewProps<Record<string, never>>;

/**
 * The Revoke access confirmation from plain props: what the customer won't be able to
 * do (log in, be picked in user pickers) and what stays (shown as "Name (Deactivated)",
 * findable by email, reversible with Grant access). Focus starts on Cancel.
 */
export function RevokeAccessDialogView({ customer, onSubmit, ...rest }: RevokeAccessDialogViewProps) {
  const { t } = useMessages();
  const name = customer.displayName;
  return (
    <ActionDialog<Record<string, never>>
      {...rest}
      name="revoke-access"
      title={t("revokeDialog.title")}
      description={
        <>
          <p>{t("revokeDialog.description", { name, email: customer.email })}</p>
          <p className="pca-dialog__list-heading">{t("revokeDialog.wont")}</p>
          <ul className="pca-dialog__list">
            <li>{t("revokeDialog.wont.login")}</li>
            <li>{t("revokeDialog.wont.pickers")}</li>
          </ul>
          <p className="pca-dialog__list-heading">{t("revokeDialog.still")}</p>
          <ul className="pca-dialog__list">
            <li>{t("revokeDialog.still.deactivated", { name })}</li>
            <li>{t("revokeDialog.still.findable")}</li>
            <li>{t("revokeDialog.still.reversible")}</li>
          </ul>
        </>
      }
      submitLabel={t("revokeDialog.submit")}
      progressLabel={t("revokeDialog.progress")}
      initialFocus="cancel"
      defaultValues={{}}
      onSubmit={onSubmit}
    />
  );
}
