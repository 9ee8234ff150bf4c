import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { AdminNavigation, AdminNavigationView } from "../src";
import { adminContextOffline, adminOnly, NEVER } from "./support/fixtures";

const admin = adminOnly;
const offline = adminContextOffline;

const meta = {
  title: "Navigation/AdminNavigation",
  component: AdminNavigation,
  subcomponents: { AdminNavigationView },
  parameters: { memoryAdapter: admin() },
  // A sidebar's width, as a host would give it.
  decorators: [(Story) => <div style={{ maxWidth: 300 }}><Story /></div>],
  // Let the admin context settle, so the a11y check sees the loaded (or failed) navigation.
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('nav[data-status="loading"]')).toBeNull());
  },
} satisfies Meta<typeof AdminNavigation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Centralized experience, organization admin: Directory holds Users and Groups; Portal-only customers sits under Products → Sites and products → the site → Jira Service Management. */
export const CentralizedOrgAdmin: Story = {};
/** Centralized, site admin: the same structure (the list is read-only for them). */
export const CentralizedSiteAdmin: Story = { parameters: { memoryAdapter: admin({ role: "site-admin" }) } };
/** Centralized, no admin role. */
export const CentralizedReadOnly: Story = { parameters: { memoryAdapter: admin({ role: "none" }) } };
/** Original experience, organization admin: everything under the site's admin; User management instead of Directory. */
export const OriginalOrgAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original" }) } };
/** Original, site admin. */
export const OriginalSiteAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) } };
/** Original, no admin role. */
export const OriginalReadOnly: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "none" }) } };
/** Government environment: the structure is the same (Change password is missing from the menus, not the navigation). */
export const Government: Story = { parameters: { memoryAdapter: admin({ environment: "government" }) } };
/** While the admin context loads: a labelled skeleton that names no experience. */
export const Loading: Story = { parameters: { memoryAdapter: admin({}, { latency: NEVER }) }, play: async () => {} };
/** The admin context failed: an alert with Retry. */
export const ContextError: Story = { name: "Error", parameters: { memoryAdapter: admin({}, { fail: offline() }) } };

/** Dark theme, original experience, User management opened from the keyboard. */
export const DarkOriginal: Story = {
  globals: { theme: "dark" },
  parameters: { memoryAdapter: admin({ experience: "original" }) },
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole("button", { name: "User management" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    await expect(button).toHaveAttribute("aria-expanded", "true");
  },
};

/** The View, with another current page (Users), every group open and host hrefs. */
export const ViewCurrentUsers: Story = {
  render: () => (
    <AdminNavigationView
      experience="centralized"
      siteName="Acme Help Center"
      current="users"
      hrefs={{ users: "/admin/users", groups: "/admin/groups" }}
      defaultExpandedGroups={["directory", "products", "jiraServiceManagement"]}
    />
  ),
};

/** Right to left (Arabic locale and translation). */
export const RightToLeft: Story = { globals: { locale: "ar" }, parameters: { memoryAdapter: admin({ experience: "original" }) } };
