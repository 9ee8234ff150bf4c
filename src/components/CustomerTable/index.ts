export { CustomerTable, CUSTOMER_FILTER_DEBOUNCE_MS, CUSTOMER_DIALOGS } from "./CustomerTable";
export type { CustomerTableProps } from "./CustomerTable";
export { CustomerTableView, DEFAULT_CUSTOMER_COLUMNS } from "./CustomerTableView";
export type { RootAttributes } from "../_shared/rootAttributes";
export type {
  CustomerTableViewProps, CustomerTableStatus, CustomerTableSort, CustomerTableSortField,
  CustomerColumn, CustomerColumnId, CustomerTableColumn,
} from "./CustomerTableView";
export { useCustomerTable } from "./useCustomerTable";
export type {
  UseCustomerTableOptions, CustomerTableState, CustomerTableDialog, SelectionStatus, BulkActionCompleteEvent,
} from "./useCustomerTable";
