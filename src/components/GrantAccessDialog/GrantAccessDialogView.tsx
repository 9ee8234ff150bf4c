import { useMessages } from "../../i18n/I18nContext";
import { ActionDialog, type CustomerDialogViewProps } from "../_dialog";

/** Props of {@link GrantAccessDialogView}. `onSubmit` receives no values. */
export type GrantAccessDialogViewProps = CustomerDialogViewProps<Record<string, never>>;

/**
 * The Grant access confirmation from plain props, for a revoked customer: what they'll
 * be able to do again, and that their requests and references are kept. Focus starts on
 * "Grant access".
 */
export function GrantAccessDialogView({ customer, onSubmit, ...rest }: GrantAccessDialogViewProps) {
  const { t } = useMessages();
  const name = customer.displayName;
  return (
    <ActionDialog<Record<string, never>>
      {...rest}
      name="grant-access"
      title={t("grantDialog.title")}
      description={
        <>
          <p>{t("grantDialog.description", { name, email: customer.email })}</p>
          <p className="pca-dialog__list-heading">{t("grantDialog.will")}</p>
          <ul className="pca-dialog__list">
            <li>{t("grantDialog.will.login")}</li>
            <li>{t("grantDialog.will.pickers")}</li>
            <li>{t("grantDialog.will.name", { name })}</li>
          </ul>
          <p>{t("grantDialog.kept")}</p>
        </>
      }
      submitLabel={t("grantDialog.submit")}
      progressLabel={t("grantDialog.progress")}
      initialFocus="submit"
      defaultValues={{}}
      onSubmit={onSubmit}
    />
  );
}
