import { useMemo } from "react";
import * as z from "zod/mini";
import { displayNameIssue } from "../../domain/schemas";
import { useMessages } from "../../i18n/I18nContext";
import { ActionDialog, DialogField, type CustomerDialogViewProps } from "../_dialog";

/** The values {@link EditNameDialogView} submits. */
export interface EditNameValues {
  /** The new full name, trimmed, 1 to 255 characters. */
  displayName: string;
}

/** Props of {@link EditNameDialogView}. */
export type EditNameDialogViewProps = CustomerDialogViewProps<EditNameValues>;

/**
 * The Edit full name dialog from plain props: a "Full name" field prefilled with the
 * current name, trimmed and checked by the domain's `displayNameIssue` (1 to 255 characters,
 * not only invisible ones), submit "Update".
 */
export function EditNameDialogView({ customer, onSubmit, ...rest }: EditNameDialogViewProps) {
  const { t } = useMessages();
  const schema = useMemo(
    () =>
      z.object({
        // The domain's rules (code points, invisible characters), with this UI's messages.
        displayName: z.string().check(
          z.trim(),
          z.superRefine<string>((value, ctx) => {
            const issue = displayNameIssue(value);
            if (!issue) return;
            const key =
              issue.code === "too_long" ? "editNameDialog.error.tooLong"
              : issue.code === "invalid_characters" ? "editNameDialog.error.invalidCharacters"
              : "editNameDialog.error.required";
            ctx.addIssue({ code: "custom", message: t(key, issue.params), input: value });
          }),
        ),
      }),
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
      schema={schema}
      onSubmit={onSubmit}
      renderFields={(form) => (
        <DialogField form={form} name="displayName" label={t("editNameDialog.fullName")} inputProps={{ autoComplete: "off" }} />
      )}
    />
  );
}
