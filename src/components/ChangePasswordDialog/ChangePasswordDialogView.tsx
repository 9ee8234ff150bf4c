import { useId, useMemo, useState } from "react";
import * as z from "zod/mini";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkPassword, passwordIssue } from "../../domain/password";
import type { ValidationIssueCode } from "../../domain/text";
import type { PortalCustomer } from "../../domain/types";
import { useMessages } from "../../i18n/I18nContext";
import { visuallyHidden } from "../_shared/visuallyHidden";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { ActionDialog, DialogField, type CustomerDialogViewProps } from "../_dialog";

/** The values {@link ChangePasswordDialogView} submits. */
export interface ChangePasswordValues {
  /** The new password, as typed. */
  newPassword: string;
  /** The same password again. */
  confirmPassword: string;
}

/** Props of {@link ChangePasswordDialogView}. */
export type ChangePasswordDialogViewProps = CustomerDialogViewProps<ChangePasswordValues>;

type Translate = ReturnType<typeof useMessages>["t"];

const PASSWORD_ERROR_KEYS = {
  required: "changePasswordDialog.error.required",
  blank: "changePasswordDialog.error.required",
  too_short: "changePasswordDialog.error.minLength",
  too_long: "changePasswordDialog.error.maxLength",
  too_large: "changePasswordDialog.error.maxLength",
  equals_email: "changePasswordDialog.error.notEmail",
  invalid_characters: "changePasswordDialog.error.invalidCharacters",
} as const satisfies Record<ValidationIssueCode, string>;

function createSchema(t: Translate, email: string) {
  return z
    .object({
      // The domain's password rules (lengths in code points, like every adapter), with this UI's messages.
      newPassword: z.string().check(
        z.superRefine<string>((value, ctx) => {
          const issue = passwordIssue(value, { email });
          if (issue) ctx.addIssue({ code: "custom", message: t(PASSWORD_ERROR_KEYS[issue.code], issue.params), input: value });
        }),
      ),
      confirmPassword: z.string().check(z.minLength(1, t("changePasswordDialog.error.confirmRequired"))),
    })
    .check(
      z.refine((values) => values.confirmPassword === "" || values.confirmPassword === values.newPassword, {
        message: t("changePasswordDialog.error.mismatch"),
        path: ["confirmPassword"],
      }),
    );
}

/**
 * The Change password dialog from plain props: "New password" and "Confirm password"
 * with a show/hide toggle, a live rule checklist and a strength meter, submit "Save
 * password". The fields and their values are discarded whenever the dialog closes.
 */
export function ChangePasswordDialogView({ customer, onSubmit, ...rest }: ChangePasswordDialogViewProps) {
  const { t } = useMessages();
  const schema = useMemo(() => createSchema(t, customer.email), [t, customer.email]);
  return (
    <ActionDialog<ChangePasswordValues>
      {...rest}
      name="change-password"
      title={t("changePasswordDialog.title")}
      description={<p>{t("changePasswordDialog.description", { name: customer.displayName, email: customer.email })}</p>}
      submitLabel={t("changePasswordDialog.submit")}
      initialFocus="field"
      defaultValues={{ newPassword: "", confirmPassword: "" }}
      schema={schema}
      onSubmit={onSubmit}
      renderFields={(form) => <PasswordFields form={form} customer={customer} />}
    />
  );
}

function PasswordFields({ form, customer }: { form: UseFormReturn<ChangePasswordValues>; customer: PortalCustomer }) {
  const { t } = useMessages();
  const [isShown, setShown] = useState(false);
  const rulesId = useId();
  const meterId = useId();
  const [newPassword = "", confirmPassword = ""] = useWatch({ control: form.control, name: ["newPassword", "confirmPassword"] });
  const check = checkPassword(newPassword, { email: customer.email });
  const met = (id: string) => check.rules.find((rule) => rule.id === id)?.isMet ?? false;
  const rules = [
    { key: "length", label: t("changePasswordDialog.rule.length", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }), isMet: met("minLength") && met("maxLength") },
    { key: "notEmail", label: t("changePasswordDialog.rule.notEmail"), isMet: met("notEmail") },
    { key: "match", label: t("changePasswordDialog.rule.match"), isMet: newPassword !== "" && confirmPassword === newPassword },
  ];
  const strength = newPassword === "" ? t("changePasswordDialog.strength.empty") : t(`changePasswordDialog.strength.${check.score}`);
  // Even a very weak password lights one segment, so the meter visibly reacts to typing.
  const filledSegments = newPassword === "" ? 0 : Math.max(1, check.score);
  const type = isShown ? "text" : "password";
  const inputProps = { autoComplete: "new-password", spellCheck: false, autoCapitalize: "off", autoCorrect: "off" } as const;

  return (
    <>
      <DialogField
        form={form}
        name="newPassword"
        label={t("changePasswordDialog.newPassword")}
        type={type}
        inputProps={inputProps}
        describedBy={`${rulesId} ${meterId}`}
        labelAccessory={
          <button
            type="button"
            className="pca-password-toggle"
            aria-pressed={isShown}
            onClick={() => setShown((shown) => !shown)}
          >
            <EyeIcon isCrossed={isShown} />
            {t("changePasswordDialog.showPasswords")}
          </button>
        }
      >
        <div className="pca-password-strength" data-score={newPassword === "" ? "none" : check.score}>
          <div
            role="meter"
            className="pca-password-strength__meter"
            aria-label={t("changePasswordDialog.strength")}
            aria-valuemin={0}
            aria-valuemax={4}
            aria-valuenow={check.score}
            aria-valuetext={strength}
          >
            {[1, 2, 3, 4].map((segment) => (
              <span key={segment} className="pca-password-strength__segment" data-filled={segment <= filledSegments ? "" : undefined} />
            ))}
          </div>
          <span id={meterId} className="pca-password-strength__label">
            {t("changePasswordDialog.strength")}: {strength}
          </span>
        </div>
      </DialogField>
      <DialogField
        form={form}
        name="confirmPassword"
        label={t("changePasswordDialog.confirmPassword")}
        type={type}
        inputProps={inputProps}
      />
      {/* The New password field is described by this block: its text (heading, then each rule
          with "Done:" or "Not yet:") is what a screen reader reads, so the list has no label of its own. */}
      <div id={rulesId} className="pca-password-rules-block">
        <span style={visuallyHidden}>{t("changePasswordDialog.rules")}: </span>
        <ul className="pca-password-rules">
        {rules.map((rule) => (
          <li key={rule.key} className="pca-password-rules__rule" data-status={rule.isMet ? "met" : "unmet"}>
            <RuleIcon isMet={rule.isMet} />
            <span style={visuallyHidden}>
              {t(rule.isMet ? "changePasswordDialog.rule.met" : "changePasswordDialog.rule.unmet")}
            </span>{" "}
            {rule.label}
          </li>
        ))}
        </ul>
      </div>
    </>
  );
}

function EyeIcon({ isCrossed }: { isCrossed: boolean }) {
  return (
    <svg className="pca-password-toggle__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5Z" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <circle cx="8" cy="8" r="2.2" fill="currentColor" />
      {isCrossed && <path d="M2 14 14 2" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />}
    </svg>
  );
}

function RuleIcon({ isMet }: { isMet: boolean }) {
  return (
    <svg className="pca-password-rules__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {isMet ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="m4.8 8.2 2.1 2.1 4.3-4.5" fill="none" stroke="var(--_pca-color-bg, #fff)" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      )}
    </svg>
  );
}
