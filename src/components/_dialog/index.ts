export * from "./ActionDialog";
export * from "./DialogField";
export * from "./errorMessage";
export * from "./types";
export * from "./useControllableOpen";
export * from "./useDialogForm";
