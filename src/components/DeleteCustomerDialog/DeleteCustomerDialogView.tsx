import { useMessages } from "../../i18n/I18nContext";
import { ActionDialog, DialogField, type CustomerDialogViewProps } from "../_dialog";

/** The values {@link DeleteCustomerDialogView} submits. */
export interface DeleteCustomerValues {
  /** What the admin typed to confirm; equals the customer's email when submitted. */
  confirmation: string;
}

/** Props of {@link DeleteCustomerDialogView}. */
export type DeleteCustomerDialogViewProps = CustomerDialogViewProps<DeleteCustomerValues>;

/**
 * The Delete account confirmation from plain props: permanent, suggests Revoke access
 * instead, and keeps "Delete" disabled until the customer's email is typed exactly.
 * Focus starts on Cancel.
 */
export function DeleteCustomerDialogView({ customer, onSubmit, ...rest }: DeleteCustomerDialogViewProps) {
  const { t } = useMessages();
  const name = customer.displayName;
  return (
    <ActionDialog<DeleteCustomerValues>
      {...rest}
      name="delete"
      tone="danger"
      title={t("deleteDialog.title")}
      description={
        <>
          <p>{t("deleteDialog.description", { name, email: customer.email })}</p>
          <p>{t("deleteDialog.consequence")}</p>
          <p className="pca-dialog__hint">{t("deleteDialog.suggestRevoke")}</p>
        </>
      }
      submitLabel={t("deleteDialog.submit")}
      progressLabel={t("deleteDialog.progress")}
      initialFocus="cancel"
      defaultValues={{ confirmation: "" }}
      isSubmitDisabled={(values) => values.confirmation.trim() !== customer.email}
      onSubmit={onSubmit}
      renderFields={(form) => (
        <DialogField
          form={form}
          name="confirmation"
          label={t("deleteDialog.confirm", { email: customer.email })}
          inputProps={{ autoComplete: "off", spellCheck: false, autoCapitalize: "off", autoCorrect: "off" }}
        />
      )}
    />
  );
}
