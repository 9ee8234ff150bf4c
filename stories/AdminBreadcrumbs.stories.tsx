import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { AdminBreadcrumbs, AdminBreadcrumbsView } from "../src";
import { adminContextOffline, adminOnly, NEVER } from "./support/fixtures";

const admin = adminOnly;
const offline = adminContextOffline;

const meta = {
  title: "Navigation/AdminBreadcrumbs",
  component: AdminBreadcrumbs,
  subcomponents: { AdminBreadcrumbsView },
  parameters: { memoryAdapter: admin() },
  // Let the admin context settle, so the a11y check sees the loaded (or failed) breadcrumbs.
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('nav[data-status="loading"]')).toBeNull());
  },
} satisfies Meta<typeof AdminBreadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Centralized, organization admin: Products / Sites and products / the site / Jira Service Management / Portal-only customers. */
export const CentralizedOrgAdmin: Story = {};
/** Centralized, site admin. */
export const CentralizedSiteAdmin: Story = { parameters: { memoryAdapter: admin({ role: "site-admin" }) } };
/** Centralized, no admin role. */
export const CentralizedReadOnly: Story = { parameters: { memoryAdapter: admin({ role: "none" }) } };
/** Original, organization admin: the site / Products / Jira Service Management / Portal-only customers. */
export const OriginalOrgAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original" }) } };
/** Original, site admin. */
export const OriginalSiteAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) } };
/** Original, no admin role. */
export const OriginalReadOnly: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "none" }) } };
/** Government environment. */
export const Government: Story = { parameters: { memoryAdapter: admin({ environment: "government" }) } };
/** While the admin context loads: a labelled placeholder, no path. */
export const Loading: Story = { parameters: { memoryAdapter: admin({}, { latency: NEVER }) }, play: async () => {} };
/** The admin context failed: a quiet message with Retry (the navigation shows the alert). */
export const ContextError: Story = { name: "Error", parameters: { memoryAdapter: admin({}, { fail: offline() }) } };
/** Dark theme. */
export const Dark: Story = { globals: { theme: "dark" } };

/** The View ending at another page (Groups, original experience). */
export const ViewCurrentGroups: Story = {
  render: () => <AdminBreadcrumbsView experience="original" siteName="Acme Help Center" current="groups" />,
};

/** Right to left (Arabic locale and translation). */
export const RightToLeft: Story = { globals: { locale: "ar" }, parameters: { memoryAdapter: admin() } };
