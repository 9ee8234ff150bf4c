import { useMemo } from "react";
import * as z from "zod/mini";
import { DISPLAY_NAME_MAX_LENGTH } from "../../domain/schemas";
import { useMessages } from "../../data/PortalCustomerAdminProvider";
import { ActionDialog, DialogField, schemaValidator, type CustomerDialogViewProps } from "../_dialog";

/** The values {@link EditNameDialogView} submits. */
export interface EditNameValues {
  /** The new full name, trimmed, 1 to 255 characters. */
  displayName: string;
}

/** Props of {@link EditNameDialogView}. */
export type EditNameDialogViewProps = CustomerDialogViewProps<EditNameValues>;

/**
 * The Edit full name dialog from plain props: a "Full name" field prefilled with the
 * current name, trimmed and checked for 1 to 255 characters, submit "Update".
 */
export function EditNameDialogView({ customer, onSubmit, ...rest }: EditNameDialogViewProps) {
  const { t } = useMessages();
  const validate = useMemo(
    () =>
      schemaValidator<EditNameValues>(
        z.object({
          displayName: z.string().check(
            z.trim(),
            z.minLength(1, t("editNameDialog.error.required")),
            z.maxLength(DISPLAY_NAME_MAX_LENGTH, t("editNameDialog.error.tooLong", { max: DISPLAY_NAME_MAX_LENGTH })),
          ),
        }),
      ),
    [t],
  );
  return (
    <ActionDialog<EditNameValues>
      {...rest}
      name="edit-name"
      title={t("editNameDialog.title")}
      description={<p>{t("editNameDialog.description", { name: customer.displayName, email: customer.email })}</p>}
      submitLabel={t("editNameDialog.submit")}
      initialFocus="field"
      defaultValues={{ displayName: customer.displayName }}
      validate={validate}
      onSubmit={onSubmit}
      renderFields={(form) => (
        <DialogField form={form} name="displayName" label={t("editNameDialog.fullName")} inputProps={{ autoComplete: "off" }} />
      )}
    />
  );
}
