import { useBulkAction } from "../../data/useBulkAction";
import { BulkActionDialogView, type BulkActionDialogViewProps } from "./BulkActionDialogView";

/** Props of {@link BulkActionDialog}. */
export type BulkActionDialogProps = Omit<BulkActionDialogViewProps, "onRun">;

/**
 * The connected bulk dialog: runs the action through the provider's adapter (its
 * `bulkAction`, or single calls with bounded concurrency) and applies each confirmed change
 * to the customer list. Customers that failed are reported with the reason.
 */
export function BulkActionDialog(props: BulkActionDialogProps) {
  const run = useBulkAction();
  return <BulkActionDialogView {...props} onRun={(options) => run(props.action, props.customers, options)} />;
}
