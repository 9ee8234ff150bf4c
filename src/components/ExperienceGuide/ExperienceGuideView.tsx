import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useId, useRef, type KeyboardEvent } from "react";
import { useMessages } from "../../i18n/I18nContext";
import { EXPERIENCES, getActionAvailability, getGuideSteps, viewerDenial, type AdminViewer } from "../../domain/navigation";
import type { AdminEnvironment, CustomerAction, Experience } from "../../domain/types";
import { adminContextStatusShell } from "../_shared/AdminContextStatus";
import { getListFormat } from "../../i18n/intl";

/** Props every state of {@link ExperienceGuideView} accepts. */
export interface ExperienceGuideViewCommonProps {
  /** Extra class names for the root `<section>`. */
  className?: string;
  /** Level of the guide's heading (`h2` by default), to fit the host's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** Props of {@link ExperienceGuideView} with its content. */
export interface ExperienceGuideReadyProps extends ExperienceGuideViewCommonProps {
  /** `ready` (the default): show the steps. */
  state?: "ready";
  /** The task whose steps to show. */
  action: CustomerAction;
  /**
   * The viewer: their experience is marked "(yours)" and shown first, their environment
   * decides availability, and their role gets a "You can / can't do this" line.
   * Without it, neither experience is marked and the environment is `environment`.
   */
  viewer?: AdminViewer;
  /** The experience to show first. Default: the viewer's, else centralized. */
  experience?: Experience;
  /** The experience shown (controlled). */
  shownExperience?: Experience;
  /** Called when the viewer switches to the other experience's steps. */
  onShownExperienceChange?: (experience: Experience) => void;
  /** The environment when there is no `viewer`. Default: commercial. */
  environment?: AdminEnvironment;
  /** The site's name, used in the steps ("Select Acme Help Center."). Default: "the site". */
  siteName?: string;
}

/** Props of {@link ExperienceGuideView} while the admin context loads. */
export interface ExperienceGuideLoadingProps extends ExperienceGuideViewCommonProps {
  /** `loading`: a labelled skeleton that names no experience. */
  state: "loading";
}

/** Props of {@link ExperienceGuideView} when the admin context failed to load. */
export interface ExperienceGuideErrorProps extends ExperienceGuideViewCommonProps {
  /** `error`: a message (role alert) and a Retry button. */
  state: "error";
  /** The error, explained by its kind when it is an `AdapterError`. */
  error?: unknown;
  /** Called by the Retry button. */
  onRetry?: () => void;
  /** Whether another component on the page shows this error with Retry: a muted "Unavailable" instead, no alert, no button. */
  isQuiet?: boolean;
}

/** Props of {@link ExperienceGuideView}: one of its three states. */
export type ExperienceGuideViewProps = ExperienceGuideReadyProps | ExperienceGuideLoadingProps | ExperienceGuideErrorProps;

/**
 * The numbered steps to reach a customer task in each user-management experience, with
 * a tab pair to switch experience, who may do the task there (derived from `canPerform`),
 * and how to tell which experience you have. Pure: takes everything as props.
 */
export function ExperienceGuideView(props: ExperienceGuideViewProps) {
  const { t, locale, dir } = useMessages();
  const className = ["pca-root", "pca-guide", props.className].filter(Boolean).join(" ");
  if (props.state === "loading" || props.state === "error") {
    return adminContextStatusShell({
      dir,
      lang: locale,
      as: "section",
      className,
      view: props,
      loadingLabel: t("guide.loading"),
      errorLabel: t("nav.contextErrorTitle"),
      loading: { label: t("guide.loading"), lines: 5 },
      failure: { title: t("nav.contextErrorTitle") },
    });
  }
  return <GuideContent {...props} className={className} />;
}

function GuideContent({
  action, viewer, experience, shownExperience, onShownExperienceChange,
  environment: environmentProp, siteName, headingLevel = 2, className,
}: ExperienceGuideReadyProps) {
  const { t, locale, dir } = useMessages();
  const baseId = useId();
  const [shown, setShown] = useControllableState<Experience>({
    prop: shownExperience,
    defaultProp: experience ?? viewer?.experience ?? "centralized",
    onChange: onShownExperienceChange,
  });
  const tabRefs = useRef<Partial<Record<Experience, HTMLButtonElement | null>>>({});
  const environment = viewer?.environment ?? environmentProp ?? "commercial";
  const Heading = `h${headingLevel}` as const;
  const titleId = `${baseId}-title`;

  const select = (next: Experience) => {
    setShown(next);
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = EXPERIENCES.indexOf(shown);
    const last = EXPERIENCES.length - 1;
    // Right to left, the next tab is to the left.
    const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const backward = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    const target =
      event.key === forward || event.key === "ArrowDown" ? (index === last ? 0 : index + 1)
      : event.key === backward || event.key === "ArrowUp" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    const next = EXPERIENCES[target]!;
    select(next);
    tabRefs.current[next]?.focus();
  };

  const listFormat = getListFormat(locale, { type: "conjunction" });
  const values = { site: siteName ?? t("guide.theSite"), action: t(`guide.action.${action}`) };

  return (
    <section className={className} dir={dir} lang={locale} aria-labelledby={titleId} data-status="ready" data-action={action}>
      <Heading id={titleId} className="pca-guide__title">{t(`guide.title.${action}`)}</Heading>
      <div role="tablist" aria-label={t("guide.switchLabel")} className="pca-guide__tabs">
        {EXPERIENCES.map((exp) => {
          const isSelected = exp === shown;
          const name = t(`guide.tab.${exp}`);
          return (
            <button
              key={exp}
              ref={(el) => { tabRefs.current[exp] = el; }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${exp}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${exp}`}
              tabIndex={isSelected ? 0 : -1}
              className="pca-guide__tab"
              data-selected={isSelected || undefined}
              onClick={() => select(exp)}
              onKeyDown={onTabKeyDown}
            >
              {viewer?.experience === exp ? t("guide.tab.yours", { experience: name }) : name}
            </button>
          );
        })}
      </div>
      {EXPERIENCES.map((exp) => {
        const availability = getActionAvailability(exp, action, environment);
        // The viewer's own line, on their experience's tab; when nobody may, the availability line says it all.
        const isViewers = viewer?.experience === exp;
        const denial = isViewers && viewer ? viewerDenial(viewer, action) : null;
        return (
          <div
            key={exp}
            role="tabpanel"
            id={`${baseId}-panel-${exp}`}
            aria-labelledby={`${baseId}-tab-${exp}`}
            hidden={exp !== shown}
            tabIndex={0}
            className="pca-guide__panel"
            data-experience={exp}
          >
            <p className="pca-guide__who" data-status={availability.roles.length > 0 ? "available" : "unavailable"}>
              {availability.roles.length > 0
                ? t("guide.who", { roles: listFormat.format(availability.roles.map((role) => t(`guide.who.${role}`))) })
                : t(`denial.${availability.denial ?? "not-admin"}`)}
            </p>
            {isViewers && viewer && availability.roles.length > 0 ? (
              <p className="pca-guide__you" data-status={denial ? "denied" : "allowed"}>
                {denial
                  ? t("guide.you.cannot", { role: t(`role.${viewer.role}`), reason: t(`denial.${denial}`) })
                  : t("guide.you.can", { role: t(`role.${viewer.role}`) })}
              </p>
            ) : null}
            {availability.roles.length > 0 ? (
              <ol className="pca-guide__steps">
                {getGuideSteps(exp, action).map((step) => (
                  <li key={step.messageKey} className="pca-guide__step">{t(step.messageKey, values)}</li>
                ))}
              </ol>
            ) : null}
          </div>
        );
      })}
      <details className="pca-guide__which">
        <summary className="pca-guide__which-summary">{t("guide.which.title")}</summary>
        <p className="pca-guide__which-body">{t("guide.which.body")}</p>
      </details>
    </section>
  );
}
