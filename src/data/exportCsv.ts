import { exportCustomers, type ExportBatch } from "../adapter/export";
import type { CallOptions, PortalCustomerAdapter } from "../adapter/types";
import { customerCsvHeader, customersToCsv } from "../domain/csv";
import type { CustomerQuery } from "../domain/types";

/** Options of {@link exportCustomersCsv}. */
export interface ExportCsvOptions extends CallOptions {
  /** Called after each batch with customers exported so far and the total when known. */
  onProgress?(progress: Pick<ExportBatch, "done" | "total">): void;
}

/**
 * Exports every customer matching `query` as a CSV `Blob` (UTF-8 with a byte-order mark so
 * spreadsheet apps read accents right). Each batch is appended to the Blob and dropped, so
 * the script never holds more than one page of customers.
 */
export async function exportCustomersCsv(
  adapter: PortalCustomerAdapter,
  query: CustomerQuery,
  options: ExportCsvOptions = {},
): Promise<Blob> {
  let blob = new Blob(["\uFEFF", customerCsvHeader()], { type: "text/csv;charset=utf-8" });
  for await (const batch of exportCustomers(adapter, query, { signal: options.signal })) {
    blob = new Blob([blob, customersToCsv(batch.customers)], { type: blob.type });
    options.onProgress?.({ done: batch.done, total: batch.total });
  }
  return blob;
}

/** Saves `blob` as a download named `filename` through a temporary object URL. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
