// The public barrel of portal-customer-admin. Every export here is public API.
export * from "./domain";
export * from "./adapter";
export * from "./i18n";
export {
  PortalCustomerAdminProvider, useAdminContext, useAdapter, useMessages, useLinkComponent,
  useCustomerActions,
} from "./data";
export type {
  PortalCustomerAdminProviderProps, LinkComponentProps, AdminContextState, CustomerActions, CustomerEvent,
} from "./data";
// Components: each folder exports the connected component, its View, and their props.

