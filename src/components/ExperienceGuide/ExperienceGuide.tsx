import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { useAdminContextErrorOwner } from "../../data/useAdminContextErrorOwner";
import { ADMIN_CONTEXT_ERROR_RANK } from "../../data/errorOwners";
import { ExperienceGuideView, type ExperienceGuideReadyProps } from "./ExperienceGuideView";

/** Props of {@link ExperienceGuide}: the View's, minus what the admin context supplies. */
export type ExperienceGuideProps = Omit<ExperienceGuideReadyProps, "state" | "viewer" | "environment" | "siteName">;

/**
 * The steps to reach a customer task, for the viewer's experience first (read from the
 * provider's admin context), with a switch to the other experience and who may do it. If the
 * context fails, the error with Retry (a muted "Unavailable" when another component on the page shows it).
 */
export function ExperienceGuide(props: ExperienceGuideProps) {
  const admin = useAdminContext();
  const isErrorOwner = useAdminContextErrorOwner(ADMIN_CONTEXT_ERROR_RANK.guide);
  const common = { className: props.className, headingLevel: props.headingLevel };
  if (admin.status === "loading") return <ExperienceGuideView state="loading" {...common} />;
  if (admin.status === "error") return <ExperienceGuideView state="error" error={admin.error} onRetry={admin.retry} isQuiet={!isErrorOwner} {...common} />;
  return <ExperienceGuideView {...props} viewer={admin.context} siteName={admin.context.site.name} />;
}
