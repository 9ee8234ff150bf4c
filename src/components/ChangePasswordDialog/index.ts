export * from "./ChangePasswordDialog";
export * from "./ChangePasswordDialogView";
