export { BulkActionBar, type BulkActionBarProps } from "./BulkActionBar";
export { BulkActionBarView, BULK_ACTIONS, type BulkActionBarViewProps, type BulkActionDenial } from "./BulkActionBarView";
