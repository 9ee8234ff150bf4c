export * from "./ActionDialog";
export * from "./DialogField";
export * from "../_shared/errorMessage";
export * from "./types";
export * from "./DialogShell";
