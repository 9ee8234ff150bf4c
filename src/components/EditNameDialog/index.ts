export * from "./EditNameDialog";
export * from "./EditNameDialogView";
