import type { ReactNode } from "react";
import { useMessages } from "../../i18n/I18nContext";

/** Props of {@link PortalCustomersPageView}. */
export interface PortalCustomersPageViewProps {
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
 */
export function PortalCustomersPageView({ navigation, breadcrumbs, children, className }: PortalCustomersPageViewProps) {
  const { t, locale, dir } = useMessages();
  return (
    <div
      className={["pca-root", "pca-customers-page", className].filter(Boolean).join(" ")}
      dir={dir}
      lang={locale}
      data-layout={navigation ? "with-navigation" : "single"}
    >
      {navigation && <div className="pca-customers-page__navigation">{navigation}</div>}
      <div className="pca-customers-page__content">
        {breadcrumbs && <div className="pca-customers-page__breadcrumbs">{breadcrumbs}</div>}
        <h1 className="pca-customers-page__title">{t("page.title")}</h1>
        <p className="pca-customers-page__description">{t("page.description")}</p>
        {children}
      </div>
    </div>
  );
}
