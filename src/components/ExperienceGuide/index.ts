export { ExperienceGuide, type ExperienceGuideProps } from "./ExperienceGuide";
export {
  ExperienceGuideView,
  type ExperienceGuideViewProps,
  type ExperienceGuideViewCommonProps,
  type ExperienceGuideReadyProps,
  type ExperienceGuideLoadingProps,
  type ExperienceGuideErrorProps,
} from "./ExperienceGuideView";
