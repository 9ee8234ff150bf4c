export * from "./GrantAccessDialog";
export * from "./GrantAccessDialogView";
