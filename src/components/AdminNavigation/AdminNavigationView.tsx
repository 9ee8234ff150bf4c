import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useCallback, useId, useMemo, useState, type ReactNode } from "react";
import { useLinkComponent, useMessages } from "../../i18n/I18nContext";
import {
  adminHref, getAdminNavigation, getAdminPath,
  type AdminDestination, type AdminNavNode, type AdminPage,
} from "../../domain/navigation";
import type { Experience } from "../../domain/types";
import { adminContextStatusShell } from "../_shared/AdminContextStatus";
import { useDestinationLabel } from "./useDestinationLabel";

/** Props every state of {@link AdminNavigationView} accepts. */
export interface AdminNavigationViewCommonProps {
  /** Extra class names for the `<nav>` element. */
  className?: string;
  /** The landmark's accessible name. Default: "Admin". */
  label?: string;
}

/** Props of {@link AdminNavigationView} once the admin context is known. */
export interface AdminNavigationReadyProps extends AdminNavigationViewCommonProps {
  /** `ready` (the default): show the structure of `experience`. */
  state?: "ready";
  /** Which user-management experience to lay the admin out for. */
  experience: Experience;
  /** The site's name, shown for the site's own entry. */
  siteName: string;
  /** The page the viewer is on, marked `aria-current="page"`. Default: Portal-only customers. */
  current?: AdminPage;
  /** The host's href for each page; missing ones default to fragments like `#users`. */
  hrefs?: Partial<Record<AdminDestination, string>>;
  /** The open groups (controlled). */
  expandedGroups?: readonly AdminDestination[];
  /** The groups open at first (uncontrolled). Default: the groups that contain the current page. */
  defaultExpandedGroups?: readonly AdminDestination[];
  /** Called with the open groups whenever a group is opened or closed. */
  onExpandedGroupsChange?: (expandedGroups: AdminDestination[]) => void;
}

/** Props of {@link AdminNavigationView} while the admin context loads. */
export interface AdminNavigationLoadingProps extends AdminNavigationViewCommonProps {
  /** `loading`: a labelled skeleton that names no experience. */
  state: "loading";
}

/** Props of {@link AdminNavigationView} when the admin context failed to load. */
export interface AdminNavigationErrorProps extends AdminNavigationViewCommonProps {
  /** `error`: a message (role alert) and a Retry button. */
  state: "error";
  /** The error, explained by its kind when it is an `AdapterError`. */
  error?: unknown;
  /** Called by the Retry button. */
  onRetry?: () => void;
  /** Whether another component on the page shows this error with Retry: a muted "Unavailable" instead, no alert, no button. */
  isQuiet?: boolean;
}

/** Props of {@link AdminNavigationView}: one of its three states. */
export type AdminNavigationViewProps = AdminNavigationReadyProps | AdminNavigationLoadingProps | AdminNavigationErrorProps;

/**
 * The admin's navigation for one user-management experience, as a `<nav>` landmark:
 * pages are links (through the provider's `linkComponent`), groups are disclosure
 * buttons. Pure: takes everything as props.
 */
export function AdminNavigationView(props: AdminNavigationViewProps) {
  const { t, locale, dir } = useMessages();
  const className = ["pca-root", "pca-admin-nav", props.className].filter(Boolean).join(" ");
  const label = props.label ?? t("nav.label");
  if (props.state === "loading" || props.state === "error") {
    return adminContextStatusShell({
      dir,
      lang: locale,
      as: "nav",
      className,
      view: props,
      loadingLabel: label,
      errorLabel: label,
      loading: { label: t("nav.loading"), lines: 5 },
      failure: { title: t("nav.contextErrorTitle") },
    });
  }
  return (
    <nav className={className} dir={dir} lang={locale} aria-label={label} data-status="ready" data-experience={props.experience}>
      <AdminNavigationTree {...props} />
    </nav>
  );
}

function AdminNavigationTree({
  experience, siteName, current = "portalOnlyCustomers", hrefs,
  expandedGroups, defaultExpandedGroups, onExpandedGroupsChange,
}: AdminNavigationReadyProps) {
  const Link = useLinkComponent();
  const labelOf = useDestinationLabel(siteName);
  const baseId = useId();
  const tree = getAdminNavigation(experience);

  const groupsAround = (page: AdminPage) =>
    getAdminPath(experience, page).filter((n) => n.kind === "group").map((n) => n.destination);
  const [initialGroups] = useState(() => defaultExpandedGroups ?? groupsAround(current));
  const [open, setOpen] = useControllableState<readonly AdminDestination[]>({
    prop: expandedGroups,
    defaultProp: initialGroups,
    onChange: onExpandedGroupsChange as ((groups: readonly AdminDestination[]) => void) | undefined,
  });
  // When the host moves to another page, open the groups around it (uncontrolled only).
  const [shownCurrent, setShownCurrent] = useState(current);
  if (shownCurrent !== current) {
    setShownCurrent(current);
    if (expandedGroups === undefined) setOpen((prev) => [...new Set([...(prev ?? []), ...groupsAround(current)])]);
  }
  const openSet = useMemo(() => new Set(open), [open]);
  const toggle = useCallback(
    (destination: AdminDestination) => setOpen(openSet.has(destination) ? open.filter((d) => d !== destination) : [...open, destination]),
    [open, openSet, setOpen],
  );

  const currentPath = new Set(getAdminPath(experience, current).map((n) => n.destination));

  const renderList = (nodes: readonly AdminNavNode[], depth: number, id?: string, isHidden?: boolean): ReactNode => (
    <ul className="pca-admin-nav__list" data-depth={depth} id={id} hidden={isHidden}>
      {nodes.map((node) => {
        const label = labelOf(node.destination);
        if (node.kind === "page") {
          const isCurrent = node.destination === current;
          return (
            <li key={node.destination} className="pca-admin-nav__item">
              <Link
                href={adminHref(node.destination as AdminPage, hrefs)}
                className="pca-admin-nav__link"
                aria-current={isCurrent ? "page" : undefined}
              >
                {label}
              </Link>
              {node.children.length > 0 ? renderList(node.children, depth + 1) : null}
            </li>
          );
        }
        const isOpen = openSet.has(node.destination);
        const listId = `${baseId}-${node.destination}`;
        return (
          <li
            key={node.destination}
            className="pca-admin-nav__item pca-admin-nav__group"
            data-state={isOpen ? "open" : "closed"}
            data-contains-current={currentPath.has(node.destination) ? "" : undefined}
          >
            <button
              type="button"
              className="pca-admin-nav__toggle"
              aria-expanded={isOpen}
              aria-controls={listId}
              onClick={() => toggle(node.destination)}
            >
              <span className="pca-admin-nav__chevron" aria-hidden="true" />
              {label}
            </button>
            {renderList(node.children, depth + 1, listId, !isOpen)}
          </li>
        );
      })}
    </ul>
  );

  return renderList(tree, 0);
}
