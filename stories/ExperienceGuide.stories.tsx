import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { CUSTOMER_ACTIONS, ExperienceGuide, ExperienceGuideView } from "../src";
import { adminContextOffline, adminOnly, NEVER } from "./support/fixtures";

const admin = adminOnly;
const offline = adminContextOffline;

const meta = {
  title: "Navigation/ExperienceGuide",
  component: ExperienceGuide,
  subcomponents: { ExperienceGuideView },
  parameters: { memoryAdapter: admin() },
  args: { action: "changePassword" },
  argTypes: { action: { control: "select", options: CUSTOMER_ACTIONS } },
  // Let the admin context settle, so the a11y check sees the loaded (or failed) guide.
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-status="loading"]')).toBeNull());
  },
} satisfies Meta<typeof ExperienceGuide>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Centralized experience, organization admin: Atlassian's Change password route. */
export const CentralizedOrgAdmin: Story = {};
/** Centralized, site admin: may not do it here, and the guide says why. */
export const CentralizedSiteAdmin: Story = { parameters: { memoryAdapter: admin({ role: "site-admin" }) } };
/** Centralized, no admin role. */
export const CentralizedReadOnly: Story = { parameters: { memoryAdapter: admin({ role: "none" }) } };
/** Original experience, organization admin. */
export const OriginalOrgAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original" }) } };
/** Original, site admin: site admins may act in the original experience. */
export const OriginalSiteAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) } };
/** Original, no admin role. */
export const OriginalReadOnly: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "none" }) } };
/** Government environment: there is no Change password. */
export const Government: Story = { parameters: { memoryAdapter: admin({ environment: "government" }) } };
/** Government, Edit full name: available to organization admins. */
export const GovernmentEditName: Story = { args: { action: "editName" }, parameters: { memoryAdapter: admin({ environment: "government" }) } };
/** Delete account, with the other experience's steps shown through the switch. */
export const SwitchedToOriginal: Story = {
  args: { action: "delete" },
  play: async ({ canvasElement }) => {
    const tab = await within(canvasElement).findByRole("tab", { name: "Original experience" });
    await userEvent.click(tab);
    await expect(tab).toHaveAttribute("aria-selected", "true");
  },
};
/** Grant access: the customer to find is one whose access is revoked; "Which experience do I have?" opened. */
export const GrantAccessExplained: Story = {
  args: { action: "grantAccess" },
  parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) },
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByText("Which experience do I have?"));
  },
};
/** While the admin context loads: a labelled skeleton that names no experience. */
export const Loading: Story = { parameters: { memoryAdapter: admin({}, { latency: NEVER }) }, play: async () => {} };
/** The admin context failed: an alert with Retry. */
export const ContextError: Story = { name: "Error", parameters: { memoryAdapter: admin({}, { fail: offline() }) } };
/** Dark theme, centralized site admin. */
export const Dark: Story = { globals: { theme: "dark" }, parameters: { memoryAdapter: admin({ role: "site-admin" }) } };

/** The View without a viewer: no "(yours)", the site unnamed. */
export const ViewWithoutViewer: Story = {
  render: () => <ExperienceGuideView action="revokeAccess" headingLevel={3} />,
};

/** Right to left (Arabic locale and translation). */
export const RightToLeft: Story = { globals: { locale: "ar" }, parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) } };
