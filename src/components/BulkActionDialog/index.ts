export { BulkActionDialog, type BulkActionDialogProps } from "./BulkActionDialog";
export { BulkActionDialogView, type BulkActionDialogViewProps, type BulkDialogPhase } from "./BulkActionDialogView";
