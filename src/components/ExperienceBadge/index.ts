export { ExperienceBadge, type ExperienceBadgeProps } from "./ExperienceBadge";
export {
  ExperienceBadgeView,
  type ExperienceBadgeViewProps,
  type ExperienceBadgeViewCommonProps,
  type ExperienceBadgeReadyProps,
  type ExperienceBadgeLoadingProps,
  type ExperienceBadgeErrorProps,
} from "./ExperienceBadgeView";
