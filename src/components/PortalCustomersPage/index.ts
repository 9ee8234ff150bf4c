export { PortalCustomersPage } from "./PortalCustomersPage";
export type { PortalCustomersPageProps } from "./PortalCustomersPage";
export { PortalCustomersPageView } from "./PortalCustomersPageView";
export type { PortalCustomersPageViewProps } from "./PortalCustomersPageView";
