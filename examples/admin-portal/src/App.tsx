import { useEffect, useMemo, useState, type ReactNode } from "react";
import { createHttpAdapter, ExperienceBadge, PortalCustomerAdminProvider, PortalCustomersPage } from "portal-customer-admin";
import { IdentitySwitcher } from "./IdentitySwitcher";
import { LanguageSelect, useLanguage } from "./language";
import { EXPERIENCES, ROLES, tokenFor, useDemoIdentities, viewerFromUrl, viewerToUrl, type Viewer } from "./identities";
import { PortalLoginCheck } from "./PortalLoginCheck";
import { ThemeToggle, useTheme } from "./theme";
import { useQueryInUrl } from "./useQueryInUrl";

/**
 * A host's admin portal: its own header (app name, who is signed in, theme) around the
 * library's page, wired to the reference server through the HTTP adapter.
 */
export function App() {
  const identities = useDemoIdentities();
  const [viewer, setViewer] = useState<Viewer>(viewerFromUrl);
  const [theme, setTheme] = useTheme();
  const [query, onQueryChange] = useQueryInUrl();
  const [language, setLanguage] = useLanguage();
  // On phones the switcher and theme fold behind one button, so the page starts on the first screen.
  const [isToolsOpen, setToolsOpen] = useState(false);
  useEffect(() => viewerToUrl(viewer), [viewer]);

  const identity = identities.status === "ready" ? tokenFor(identities.identities, viewer) : undefined;
  const token = identity?.token;
  // A new adapter per identity: the provider reloads the admin context and every list.
  const adapter = useMemo(
    () => token && createHttpAdapter({ baseUrl: "", getHeaders: () => ({ Authorization: `Bearer ${token}` }) }),
    [token],
  );

  const header = (badge: ReactNode) => (
    <header className="demo-header" data-tools={isToolsOpen ? "open" : "closed"}>
      <div className="demo-header__brand">
        <span className="demo-header__logo" aria-hidden="true">A</span>
        <span className="demo-header__name">Acme Admin</span>
        {badge}
      </div>
      <button
        type="button"
        className="demo-button demo-header__tools-toggle"
        aria-expanded={isToolsOpen}
        aria-controls="demo-header-tools"
        onClick={() => setToolsOpen((open) => !open)}
      >
        View as: {ROLES.find((role) => role.value === viewer.role)?.label}, {EXPERIENCES.find((e) => e.value === viewer.experience)?.label}
      </button>
      <div id="demo-header-tools" className="demo-header__tools">
        <IdentitySwitcher viewer={viewer} onChange={setViewer} />
        <LanguageSelect value={language.tag} onChange={setLanguage} />
        <ThemeToggle theme={theme} onChange={setTheme} />
      </div>
    </header>
  );

  if (!adapter) {
    return (
      <div className="demo-app">
        {header(null)}
        <main className="demo-main">
          {identities.status === "error" ? (
            <div role="alert" className="demo-message">
              <p>The reference server does not answer. Is it running (<code>npm start</code> starts it)?</p>
              <button type="button" className="demo-button" onClick={identities.retry}>Try again</button>
            </div>
          ) : identities.status === "ready" ? (
            <p role="alert" className="demo-message">The server has no demo identity for this combination.</p>
          ) : (
            <p className="demo-message" aria-busy="true">Connecting to the reference server…</p>
          )}
        </main>
      </div>
    );
  }

  return (
    <PortalCustomerAdminProvider key={token} adapter={adapter} locale={language.tag} messages={language.messages}>
      <div className="demo-app">
        {header(<ExperienceBadge className="demo-header__badge" />)}
        <main className="demo-main">
          {/* Navigation, breadcrumbs, table, dialogs, bulk bar and export: all from the library; the table's query lives in the URL. */}
          <PortalCustomersPage query={query} onQueryChange={onQueryChange} />
        </main>
        <footer className="demo-footer">
          <PortalLoginCheck />
        </footer>
      </div>
    </PortalCustomerAdminProvider>
  );
}
