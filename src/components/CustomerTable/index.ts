export { CustomerTable, CUSTOMER_FILTER_DEBOUNCE_MS } from "./CustomerTable";
export type { CustomerTableProps, BulkActionCompleteEvent } from "./CustomerTable";
export { CustomerTableView } from "./CustomerTableView";
export type {
  CustomerTableViewProps, CustomerTableStatus, CustomerTableSort, CustomerTableSortField,
} from "./CustomerTableView";
