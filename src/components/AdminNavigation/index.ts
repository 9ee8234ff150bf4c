export { AdminNavigation, type AdminNavigationProps } from "./AdminNavigation";
export {
  AdminNavigationView,
  type AdminNavigationViewProps,
  type AdminNavigationViewCommonProps,
  type AdminNavigationReadyProps,
  type AdminNavigationLoadingProps,
  type AdminNavigationErrorProps,
} from "./AdminNavigationView";
