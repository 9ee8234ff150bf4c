export * from "./PortalCustomerAdminProvider";
export * from "./customerEvents";
export * from "./useCustomerActions";
