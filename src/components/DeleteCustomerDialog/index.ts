export * from "./DeleteCustomerDialog";
export * from "./DeleteCustomerDialogView";
