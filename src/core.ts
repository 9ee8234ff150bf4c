// portal-customer-admin/core: everything that runs anywhere (server components, Route Handlers,
// Node scripts, workers) — domain rules, schemas, errors, the HTTP adapter, bulk and export
// helpers, messages and formatting. No React, no "use client". The main entry re-exports all of it.
export * from "./domain";
export * from "./adapter";
export * from "./i18n";
export {
  ADMIN_PAGES, ADMIN_ROLES, EXPERIENCES, ADMIN_ENVIRONMENTS, DEFAULT_ADMIN_HREFS,
  getAdminNavigation, getAdminPath, hasAdminDestination, adminHref,
  getGuideSteps, getActionAvailability, viewerDenial,
} from "./domain/navigation";
export type {
  AdminDestination, AdminPage, AdminNavNode, GuideStep, GuideMessageKey, ActionAvailability, AdminViewer,
} from "./domain/navigation";
export { exportCustomersCsv, downloadBlob } from "./data/exportCsv";
export type { ExportCsvOptions } from "./data/exportCsv";
