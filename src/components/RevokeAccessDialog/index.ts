export * from "./RevokeAccessDialog";
export * from "./RevokeAccessDialogView";
