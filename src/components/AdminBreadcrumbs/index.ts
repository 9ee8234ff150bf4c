export { AdminBreadcrumbs, type AdminBreadcrumbsProps } from "./AdminBreadcrumbs";
export {
  AdminBreadcrumbsView,
  type AdminBreadcrumbsViewProps,
  type AdminBreadcrumbsViewCommonProps,
  type AdminBreadcrumbsReadyProps,
  type AdminBreadcrumbsLoadingProps,
  type AdminBreadcrumbsErrorProps,
} from "./AdminBreadcrumbsView";
