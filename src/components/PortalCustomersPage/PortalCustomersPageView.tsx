import { useId, useState, type ReactNode } from "react";
import { useMessages } from "../../i18n/I18nContext";
import { pickRootAttributes, type RootAttributes } from "../_shared/rootAttributes";

/** Props of {@link PortalCustomersPageView}. */
export interface PortalCustomersPageViewProps extends RootAttributes {
  /** Navigation shown before the content, e.g. `<AdminNavigation />`. */
  navigation?: ReactNode;
  /** Breadcrumbs shown above the heading, e.g. `<AdminBreadcrumbs />`. */
  breadcrumbs?: ReactNode;
  /** The list, usually a `CustomerTable` or `CustomerTableView`. */
  children?: ReactNode;
  /** Extra class names for the root element. */
  className?: string;
}

/**
 * The portal-only customers screen as pure props: navigation and breadcrumbs slots,
 * the "Portal-only customers" heading, what portal-only customers are, and the list.
 * In a narrow container (up to 720 px, the host decides the width) the navigation folds
 * behind an "Admin navigation" disclosure button, so the list starts on the first screen.
 */
export function PortalCustomersPageView(props: PortalCustomersPageViewProps) {
  const { navigation, breadcrumbs, children, className } = props;
  const { t, locale, dir } = useMessages();
  // Only matters in a narrow container: a wide one shows the navigation and hides the button.
  const [isNavigationOpen, setNavigationOpen] = useState(false);
  const navigationId = useId();
  return (
    <div
      {...pickRootAttributes(props)}
      className={["pca-root", "pca-customers-page", className].filter(Boolean).join(" ")}
      dir={dir}
      lang={locale}
      data-layout={navigation ? "with-navigation" : "single"}
    >
      {/* The root is the size container; this grid follows its width. */}
      <div className="pca-customers-page__layout">
        {navigation && (
          <div className="pca-customers-page__navigation" data-state={isNavigationOpen ? "open" : "closed"}>
            <button
              type="button"
              className="pca-customers-page__navigation-toggle"
              aria-expanded={isNavigationOpen}
              aria-controls={navigationId}
              onClick={() => setNavigationOpen((open) => !open)}
            >
              <span className="pca-customers-page__navigation-chevron" aria-hidden="true" />
              {t("page.navigation.toggle")}
            </button>
            <div id={navigationId} className="pca-customers-page__navigation-panel">{navigation}</div>
          </div>
        )}
        <div className="pca-customers-page__content">
          {breadcrumbs && <div className="pca-customers-page__breadcrumbs">{breadcrumbs}</div>}
          <h1 className="pca-customers-page__title">{t("page.title")}</h1>
          <p className="pca-customers-page__description">{t("page.description")}</p>
          {children}
        </div>
      </div>
    </div>
  );
}
