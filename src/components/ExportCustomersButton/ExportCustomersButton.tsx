import { useAdapter } from "../../data/PortalCustomerAdminProvider";
import { useMessages } from "../../i18n/I18nContext";
import { downloadBlob, exportCustomersCsv } from "../../data/exportCsv";
import type { CustomerQuery } from "../../domain/types";
import { ExportCustomersButtonView } from "./ExportCustomersButtonView";

/** What {@link ExportCustomersButtonProps.onComplete} receives once the file was handed to the browser. */
export interface ExportCompleteEvent {
  /** How many customers the file holds. */
  count: number;
  /** The downloaded file's name. */
  filename: string;
  /** A sentence for a toast, e.g. "Exported 1,204 customers." */
  message: string;
}

/** Props of {@link ExportCustomersButton}. */
export interface ExportCustomersButtonProps {
  /** The filter and sort to export (offset and limit are ignored): usually the table's current query. */
  query?: CustomerQuery;
  /** The downloaded file's name. Default `portal-customers-YYYY-MM-DD.csv`. */
  filename?: string;
  /** Whether the button is unavailable. */
  isDisabled?: boolean;
  /**
   * How many customers match `query`, when known (the table's total). At 0 the button is
   * unavailable and says why ("No customers match…"), staying focusable.
   */
  matchingTotal?: number;
  /** Called once per finished export (not when cancelled or failed), after the download started. */
  onComplete?: (event: ExportCompleteEvent) => void;
  /** Extra class names. */
  className?: string;
}

/**
 * Exports every customer matching `query` to a CSV download, a page at a time through the
 * adapter (its `exportCustomers`, or `listCustomers` pages), with progress and Cancel.
 */
export function ExportCustomersButton({ query = {}, filename, isDisabled, matchingTotal, onComplete, className }: ExportCustomersButtonProps) {
  const adapter = useAdapter();
  const { t } = useMessages();
  const isEmpty = matchingTotal === 0;
  return (
    <ExportCustomersButtonView
      className={className}
      isDisabled={isDisabled || isEmpty}
      disabledReason={isEmpty ? t("export.nothingToExport") : undefined}
      onExport={async ({ signal, onProgress }) => {
        let count = 0;
        const blob = await exportCustomersCsv(adapter, query, {
          signal,
          onProgress: (progress) => {
            count = progress.done;
            onProgress(progress);
          },
        });
        signal.throwIfAborted();
        const name = filename ?? t("export.filename", { date: new Date().toISOString().slice(0, 10) });
        downloadBlob(blob, name);
        onComplete?.({ count, filename: name, message: t("export.done", { count }) });
        return count;
      }}
    />
  );
}
