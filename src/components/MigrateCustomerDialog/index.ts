export * from "./MigrateCustomerDialog";
export * from "./MigrateCustomerDialogView";
