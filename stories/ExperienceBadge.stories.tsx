import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { ExperienceBadge, ExperienceBadgeView } from "../src";
import { adminContextOffline, adminOnly, NEVER } from "./support/fixtures";

const admin = adminOnly;
const offline = adminContextOffline;

const meta = {
  title: "Navigation/ExperienceBadge",
  component: ExperienceBadge,
  subcomponents: { ExperienceBadgeView },
  parameters: { memoryAdapter: admin() },
  // Let the admin context settle, so the a11y check sees the loaded (or failed) badge.
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-status="loading"]')).toBeNull());
  },
} satisfies Meta<typeof ExperienceBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Centralized experience, organization admin. */
export const CentralizedOrgAdmin: Story = {};
/** Centralized, site admin: read-only here. */
export const CentralizedSiteAdmin: Story = { parameters: { memoryAdapter: admin({ role: "site-admin" }) } };
/** Centralized, no admin role: read-only. */
export const CentralizedReadOnly: Story = { parameters: { memoryAdapter: admin({ role: "none" }) } };
/** Original experience, organization admin. */
export const OriginalOrgAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original" }) } };
/** Original, site admin: may manage customers here. */
export const OriginalSiteAdmin: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) } };
/** Original, no admin role: read-only. */
export const OriginalReadOnly: Story = { parameters: { memoryAdapter: admin({ experience: "original", role: "none" }) } };
/** Government environment. */
export const Government: Story = { parameters: { memoryAdapter: admin({ environment: "government" }) } };
/** Government, original experience, site admin. */
export const GovernmentOriginalSiteAdmin: Story = {
  parameters: { memoryAdapter: admin({ environment: "government", experience: "original", role: "site-admin" }) },
};
/** While the admin context loads: a labelled placeholder that names no experience. */
export const Loading: Story = { parameters: { memoryAdapter: admin({}, { latency: NEVER }) }, play: async () => {} };
/** The admin context failed: a compact message with Retry. */
export const ContextError: Story = { name: "Error", parameters: { memoryAdapter: admin({}, { fail: offline() }) } };
/** Dark theme, read-only viewer in the Government environment. */
export const Dark: Story = { globals: { theme: "dark" }, parameters: { memoryAdapter: admin({ environment: "government", role: "none" }) } };
/** Right to left (Arabic locale and translation). */
export const RightToLeft: Story = { globals: { locale: "ar" }, parameters: { memoryAdapter: admin({ experience: "original", role: "site-admin" }) } };

/** The View from plain props in each of its states: ready, loading, error with Retry. */
export const ViewStates: Story = {
  parameters: { memoryAdapter: undefined },
  play: async () => {},
  render: () => (
    <div style={{ display: "grid", gap: 12, justifyItems: "start" }}>
      <ExperienceBadgeView viewer={{ experience: "original", role: "site-admin", environment: "commercial" }} />
      <ExperienceBadgeView viewer={{ experience: "centralized", role: "none", environment: "government" }} />
      <ExperienceBadgeView state="loading" />
      <ExperienceBadgeView state="error" onRetry={() => {}} />
    </div>
  ),
};
