export * from "./PortalCustomerAdminProvider";
export * from "./customerEvents";
export * from "./useCustomerActions";
export * from "./customerListStore";
export * from "./usePortalCustomers";
