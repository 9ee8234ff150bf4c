import type { Decorator, Preview } from "@storybook/react-vite";
import { useLayoutEffect, useMemo } from "react";
import { PortalCustomerAdminProvider, textDirection, type AdminContext, type MessageOverrides } from "../src";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../src/testing";
import { SHIPPED_LOCALES, shippedMessages } from "../stories/support/locales";
import "../src/styles.css";
import "./preview.css";

/**
 * `parameters.memoryAdapter`: the options of the story's memory adapter, or a function
 * returning them (for options with state of their own, like a `fail` that counts calls:
 * the function runs once per adapter).
 */
export type MemoryAdapterParameter = MemoryAdapterOptions | (() => MemoryAdapterOptions);

/** Toolbar values that override the story's own admin context ("story" keeps the story's). */
function contextOverrides(globals: Record<string, string>): Partial<AdminContext> {
  const overrides: Partial<AdminContext> = {};
  if (globals.experience && globals.experience !== "story") overrides.experience = globals.experience as AdminContext["experience"];
  if (globals.role && globals.role !== "story") overrides.role = globals.role as AdminContext["role"];
  if (globals.environment && globals.environment !== "story") overrides.environment = globals.environment as AdminContext["environment"];
  return overrides;
}

function StoryProvider({ options, overrides, locale, messages, children }: {
  options: MemoryAdapterParameter; overrides: Partial<AdminContext>; locale: string; messages?: MessageOverrides; children: React.ReactNode;
}) {
  // Compared by value: the decorator builds a new overrides object on every render.
  const key = JSON.stringify(overrides);
  // One adapter per story and toolbar combination: mutations persist while the story stays open.
  const adapter = useMemo(() => {
    const base = typeof options === "function" ? options() : options;
    return createMemoryAdapter({ ...base, context: { ...base.context, ...(JSON.parse(key) as Partial<AdminContext>) } });
  }, [options, key]);
  return <PortalCustomerAdminProvider adapter={adapter} locale={locale} messages={messages}>{children}</PortalCustomerAdminProvider>;
}

/** Theme, direction and language on <html>, before paint, so the first frame (and axe) sees them. */
function DocumentSettings({ theme, dir, locale, children }: { theme: string; dir: string; locale: string; children: React.ReactNode }) {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.dataset.theme = theme;
    html.dir = dir;
    html.lang = locale;
  }, [theme, dir, locale]);
  return children;
}

/**
 * Wraps every story: theme and text direction on <html> (so portals — dialogs, menus — get
 * them too), and, for stories with `parameters.memoryAdapter`, a provider over a memory
 * adapter whose admin context follows the toolbar. A shipped locale brings its translation
 * (`parameters.messages` replaces it). Stories pin toolbar values with `globals`.
 */
const withPortalAdmin: Decorator = (Story, context) => {
  const globals = context.globals as Record<string, string>;
  const theme = globals.theme ?? "light";
  const locale = globals.locale ?? "en-US";
  const dir = textDirection(locale);
  const messages = (context.parameters.messages as MessageOverrides | undefined) ?? shippedMessages(locale);
  const options = context.parameters.memoryAdapter as MemoryAdapterParameter | undefined;
  const story = (
    <DocumentSettings theme={theme} dir={dir} locale={locale}>
      <div className="pca-root pca-story-canvas" data-theme={theme}>
        <Story />
      </div>
    </DocumentSettings>
  );
  if (!options) return story;
  return (
    <StoryProvider options={options} overrides={contextOverrides(globals)} locale={locale} messages={messages}>
      {story}
    </StoryProvider>
  );
};

const preview: Preview = {
  tags: ["autodocs"],
  decorators: [withPortalAdmin],
  parameters: {
    // axe violations fail story tests (addon-vitest).
    a11y: { test: "error" },
    layout: "fullscreen",
    controls: { expanded: true },
  },
  globalTypes: {
    experience: {
      description: "User-management experience of the admin context",
      toolbar: {
        title: "Experience", icon: "structure", dynamicTitle: true,
        items: [
          { value: "story", title: "Experience: as the story sets" },
          { value: "centralized", title: "Centralized" },
          { value: "original", title: "Original" },
        ],
      },
    },
    role: {
      description: "The viewer's admin role",
      toolbar: {
        title: "Role", icon: "user", dynamicTitle: true,
        items: [
          { value: "story", title: "Role: as the story sets" },
          { value: "org-admin", title: "Organization admin" },
          { value: "site-admin", title: "Site admin" },
          { value: "none", title: "No admin role (read-only)" },
        ],
      },
    },
    environment: {
      description: "Commercial or Government cloud",
      toolbar: {
        title: "Environment", icon: "cloud", dynamicTitle: true,
        items: [
          { value: "story", title: "Environment: as the story sets" },
          { value: "commercial", title: "Commercial" },
          { value: "government", title: "Government" },
        ],
      },
    },
    theme: {
      description: "Light or dark theme",
      toolbar: {
        title: "Theme", icon: "mirror", dynamicTitle: true,
        items: [{ value: "light", title: "Light" }, { value: "dark", title: "Dark" }],
      },
    },
    locale: {
      description: "Locale: every shipped translation (portal-customer-admin/locales/<tag>), with its numbers, dates and direction",
      toolbar: {
        title: "Locale", icon: "globe", dynamicTitle: true,
        items: [
          { value: "en-US", title: "English (US)" },
          { value: "en-GB", title: "English (UK)" },
          ...SHIPPED_LOCALES.map(({ tag, name }) => ({ value: tag, title: name })),
        ],
      },
    },
  },
  initialGlobals: { experience: "story", role: "story", environment: "story", theme: "light", locale: "en-US" },
};
export default preview;
