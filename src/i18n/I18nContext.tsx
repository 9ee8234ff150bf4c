import { createContext, useCallback, useContext, useSyncExternalStore, type ComponentType, type AnchorHTMLAttributes } from "react";
import { textDirection } from "./format";
import { defaultMessages, interpolate, type MessageKey, type Messages, type MessageValues } from "./messages";

/** Props every link receives; a host's link component must render an element that navigates to `href`. */
export type LinkComponentProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * @internal What Views need from the host besides their props: the messages, the locale
 * and the link component. `PortalCustomerAdminProvider` supplies it; Views read it here,
 * never from the data layer, so they render anywhere (default English outside a provider).
 */
export interface I18nValue {
  /** Every message, defaults merged with the host's overrides. */
  messages: Messages;
  /** BCP 47 locale for dates and numbers. */
  locale: string;
  /** Text direction of component roots: the provider's `dir`, else the locale's. */
  dir: "ltr" | "rtl";
  /** Renders navigation links. */
  LinkComponent: ComponentType<LinkComponentProps>;
  /** Where dialogs and menus portal to (the provider's `portalContainer`); `undefined`: the end of `<body>`. */
  portalContainer?: Element | DocumentFragment | null;
}

/** @internal Supplied by `PortalCustomerAdminProvider`. */
export const I18nContext = /* @__PURE__ */ createContext<I18nValue | null>(null);

/** The default link: a plain anchor. */
export function DefaultLink({ children, ...props }: LinkComponentProps) {
  return <a {...props}>{children}</a>;
}

const SERVER_LOCALE = "en";
const noSubscription = () => () => {};
const browserLocale = () => navigator.language || SERVER_LOCALE;
const serverLocale = () => SERVER_LOCALE;

/**
 * @internal The browser's language, read outside render: server rendering and hydration use
 * `en` (so server HTML and the first client render format alike), then the browser's.
 */
export function useDefaultLocale(): string {
  return useSyncExternalStore(noSubscription, browserLocale, serverLocale);
}

/**
 * Translation helpers: `t(key, values)` (the ICU subset in the README: `{name}`, plural, select;
 * number values are formatted in the locale), the locale, and its text direction for component
 * roots (`dir`). Works outside a provider too (default English, the browser's locale), so Views
 * render anywhere.
 */
export function useMessages(): {
  t: (key: MessageKey, values?: MessageValues) => string;
  locale: string;
  dir: "ltr" | "rtl";
  messages: Messages;
} {
  const value = useContext(I18nContext);
  const fallbackLocale = useDefaultLocale();
  const messages = value?.messages ?? defaultMessages;
  const locale = value?.locale ?? fallbackLocale;
  const dir = value?.dir ?? textDirection(locale);
  const t = useCallback(
    (key: MessageKey, values?: MessageValues) => interpolate(messages[key] ?? defaultMessages[key], values, locale),
    [messages, locale],
  );
  return { t, locale, dir, messages };
}

/** The host's link component, or a plain anchor (also outside a provider). */
export function useLinkComponent(): ComponentType<LinkComponentProps> {
  return useContext(I18nContext)?.LinkComponent ?? DefaultLink;
}

/**
 * The element dialogs and menus portal into: the provider's `portalContainer`, or `undefined`
 * (the end of `<body>`), also outside a provider.
 */
export function usePortalContainer(): Element | DocumentFragment | null | undefined {
  return useContext(I18nContext)?.portalContainer;
}
