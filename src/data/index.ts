export * from "./PortalCustomerAdminProvider";
