// The public barrel of portal-customer-admin. Every export here is public API.
// The built file starts with "use client"; what runs anywhere also comes from ./core
// (portal-customer-admin/core), a shared chunk without the banner.
export * from "./core";
export {
  PortalCustomerAdminProvider, useAdminContext, useAdapter, useMessages, useLinkComponent, usePortalContainer,
  useCustomerActions,
} from "./data";
export type {
  PortalCustomerAdminProviderProps, LinkComponentProps, AdminContextState, CustomerActions, CustomerEvent,
} from "./data";
export { usePortalCustomers } from "./data";
export type { PortalCustomersState, UsePortalCustomersOptions } from "./data";
// Components: each folder exports the connected component, its View, and their props.
export * from "./components/AdminNavigation";
export * from "./components/AdminBreadcrumbs";
export * from "./components/ExperienceGuide";
export * from "./components/ExperienceBadge";
export * from "./components/CustomerTable";
export * from "./components/PortalCustomersPage";
export * from "./components/CustomerActionsMenu";
export * from "./components/ChangePasswordDialog";
export * from "./components/EditNameDialog";
export * from "./components/MigrateCustomerDialog";
export * from "./components/RevokeAccessDialog";
export * from "./components/GrantAccessDialog";
export * from "./components/DeleteCustomerDialog";
export type { CustomerActionResult, CustomerDialogBaseProps, CustomerDialogProps, CustomerDialogViewProps } from "./components/_dialog";
export * from "./components/BulkActionBar";
export * from "./components/BulkActionDialog";
export * from "./components/ExportCustomersButton";
export { useBulkAction, type RunBulk } from "./data/useBulkAction";
