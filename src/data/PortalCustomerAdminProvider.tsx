import {
  createContext, useCallback, useContext, useEffect, useMemo, useState,
  type ComponentType, type ReactNode,
} from "react";
import type { PortalCustomerAdapter } from "../adapter/types";
import { isAbortError } from "../adapter/errors";
import type { AdminContext } from "../domain/types";
import { createCustomerEventBus, type CustomerEventBus } from "./customerEvents";
import { dedupeRequests } from "./dedupeRequests";
import { createErrorOwnerRegistry, type ErrorOwnerRegistry } from "./errorOwners";
import { defaultMessages, type MessageOverrides } from "../i18n/messages";
import {
  DefaultLink, I18nContext, useDefaultLocale, useLinkComponent, useMessages, usePortalContainer,
  type I18nValue, type LinkComponentProps,
} from "../i18n/I18nContext";
import { textDirection } from "../i18n/format";

export { useLinkComponent, useMessages, usePortalContainer, type LinkComponentProps };

/** The admin context as it loads: `loading`, then `ready` or `error`. */
export type AdminContextState =
  | { status: "loading"; context?: undefined; error?: undefined; retry: () => void }
  | { status: "error"; context?: undefined; error: unknown; retry: () => void }
  | { status: "ready"; context: AdminContext; error?: undefined; retry: () => void };

/** The data side; messages, locale, direction, links and the portal container live in the I18nContext. */
interface ProviderValue {
  adapter: PortalCustomerAdapter;
  adminContext: AdminContextState;
  events: CustomerEventBus;
  /** Which component shows the admin context's error (one error, one Retry per page). */
  errorOwners: ErrorOwnerRegistry;
}

const ProviderContext = /* @__PURE__ */ createContext<ProviderValue | null>(null);

/** Props of {@link PortalCustomerAdminProvider}. */
export interface PortalCustomerAdminProviderProps {
  /** The data adapter every component reads and writes through. */
  adapter: PortalCustomerAdapter;
  /**
   * Messages by key: a shipped locale (`import { messages } from "portal-customer-admin/locales/de"`),
   * your own overrides, or both spread together. Keys left out stay English.
   */
  messages?: MessageOverrides;
  /** BCP 47 locale for plurals, numbers, dates and lists, and the text direction. Default: the browser's language, else `en`. */
  locale?: string;
  /**
   * Text direction of every component root (dialogs and menus included). Default: from `locale`
   * (`rtl` for Arabic, Hebrew, Persian, Urdu …), so an RTL locale needs no host CSS.
   */
  dir?: "ltr" | "rtl";
  /**
   * Renders navigation links, so the host's router handles them (React Router's `Link`,
   * Next.js `Link`, …). Receives anchor props with `href`. Default: a plain `<a>`.
   */
  linkComponent?: ComponentType<LinkComponentProps>;
  /**
   * Where dialogs and menus render (they are portalled out of the table). Default: the end of
   * `<body>`. Pass an element inside your themed scope (e.g. a `<div data-theme="…">` wrapper,
   * kept in state through a callback ref) so `--pca-*` overrides set on that scope reach them.
   */
  portalContainer?: Element | DocumentFragment | null;
  /** The components that use the adapter. */
  children?: ReactNode;
}

/**
 * Supplies the adapter, messages, locale and link component to every connected
 * component below it, and loads the admin context once for all of them.
 */
export function PortalCustomerAdminProvider({
  adapter, messages, locale, dir, linkComponent, portalContainer, children,
}: PortalCustomerAdminProviderProps) {
  const fallbackLocale = useDefaultLocale();
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ adapter: PortalCustomerAdapter; attempt: number; context?: AdminContext; error?: unknown } | null>(null);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [events] = useState(createCustomerEventBus);
  const [errorOwners] = useState(createErrorOwnerRegistry);

  useEffect(() => {
    const controller = new AbortController();
    adapter.getAdminContext({ signal: controller.signal }).then(
      (context) => setLoaded({ adapter, attempt, context }),
      (error: unknown) => {
        if (!isAbortError(error)) setLoaded({ adapter, attempt, error });
      },
    );
    return () => controller.abort();
  }, [adapter, attempt]);

  const adminContext = useMemo<AdminContextState>(() => {
    // A result for an older adapter or attempt is stale: show loading until the current one answers.
    if (!loaded || loaded.adapter !== adapter || loaded.attempt !== attempt) return { status: "loading", retry };
    if (loaded.context) return { status: "ready", context: loaded.context, retry };
    return { status: "error", error: loaded.error, retry };
  }, [loaded, adapter, attempt, retry]);

  // Identical list requests in flight share one call; a new adapter gets a fresh wrapper.
  const sharedAdapter = useMemo(() => dedupeRequests(adapter), [adapter]);
  const mergedMessages = useMemo(() => ({ ...defaultMessages, ...messages }), [messages]);
  const value = useMemo<ProviderValue>(
    () => ({ adapter: sharedAdapter, adminContext, events, errorOwners }),
    [sharedAdapter, adminContext, events, errorOwners],
  );
  const effectiveLocale = locale ?? fallbackLocale;
  const i18n = useMemo<I18nValue>(
    () => ({
      messages: mergedMessages,
      locale: effectiveLocale,
      dir: dir ?? textDirection(effectiveLocale),
      LinkComponent: linkComponent ?? DefaultLink,
      portalContainer,
    }),
    [mergedMessages, effectiveLocale, dir, linkComponent, portalContainer],
  );
  return (
    <ProviderContext.Provider value={value}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </ProviderContext.Provider>
  );
}

/** @internal The provider's value; throws a clear error outside a provider. */
export function useProviderValue(): ProviderValue {
  const value = useContext(ProviderContext);
  if (!value) {
    throw new Error("portal-customer-admin: wrap connected components in <PortalCustomerAdminProvider adapter={…}>.");
  }
  return value;
}

/** The adapter from the nearest provider. */
export function useAdapter(): PortalCustomerAdapter {
  return useProviderValue().adapter;
}

/** The viewer's {@link AdminContext} as it loads, with `retry` after an error. */
export function useAdminContext(): AdminContextState {
  return useProviderValue().adminContext;
}

