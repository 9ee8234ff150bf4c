import { useMemo } from "react";
import * as z from "zod/mini";
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
 * instead, and keeps "Delete" disabled (saying why) until the customer's email is typed
 * exactly; Enter with anything else says it doesn't match. An `alertdialog`: focus starts on Cancel.
 */
export function DeleteCustomerDialogView({ customer, onSubmit, ...rest }: DeleteCustomerDialogViewProps) {
  const { t } = useMessages();
  const name = customer.displayName;
  const email = customer.email;
  const schema = useMemo(
    () =>
      z.object({
        confirmation: z.string().check(
          z.refine((value) => value.trim() === email, { message: t("deleteDialog.error.mismatch", { email }) }),
        ),
      }),
    [t, email],
  );
  return (
    <ActionDialog<DeleteCustomerValues>
      {...rest}
      name="delete"
      tone="danger"
      role="alertdialog"
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
      schema={schema}
      isSubmitDisabled={(values) => values.confirmation.trim() !== email}
      submitDisabledReason={t("deleteDialog.disabledReason", { email })}
      onSubmit={onSubmit}
      renderFields={(form) => (
        <DialogField
          form={form}
          name="confirmation"
          label={t("deleteDialog.confirm", { email })}
          inputProps={{ autoComplete: "off", spellCheck: false, autoCapitalize: "off", autoCorrect: "off" }}
        />
      )}
    />
  );
}
