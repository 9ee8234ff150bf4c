import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { ExperienceGuideView, type ExperienceGuideReadyProps } from "./ExperienceGuideView";

/** Props of {@link ExperienceGuide}: the View's, minus what the admin context supplies. */
export type ExperienceGuideProps = Omit<ExperienceGuideReadyProps, "state" | "viewer" | "environment" | "siteName">;

/**
 * The steps to reach a customer task, for the viewer's experience first (read from the
 * provider's admin context), with a switch to the other experience and who may do it.
 */
export function ExperienceGuide(props: ExperienceGuideProps) {
  const admin = useAdminContext();
  const common = { className: props.className, headingLevel: props.headingLevel };
  if (admin.status === "loading") return <ExperienceGuideView state="loading" {...common} />;
  if (admin.status === "error") return <ExperienceGuideView state="error" error={admin.error} onRetry={admin.retry} {...common} />;
  return <ExperienceGuideView {...props} viewer={admin.context} siteName={admin.context.site.name} />;
}
