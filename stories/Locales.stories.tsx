import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ChangePasswordDialog, PortalCustomersPage, type Messages } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { ada, DialogStage, dialogReady, notInDocs } from "./support/dialogStory";
import { rtlCustomers } from "./support/fixtures";
import { SHIPPED_LOCALES } from "./support/locales";
import { rowsLoaded } from "./support/play";

/**
 * Every shipped translation (`portal-customer-admin/locales/<tag>`) on the whole page and on
 * the Change password dialog. The Locale toolbar switches any other story the same way.
 */
const meta = {
  title: "Localization/Shipped locales",
  parameters: { layout: "fullscreen" },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const messagesOf = (tag: string): Messages => SHIPPED_LOCALES.find((l) => l.tag === tag)!.messages;

/** The whole page in `tag`: heading, navigation, table, paging and dates in the language, `dir` from the locale. */
function pageStory(tag: string): Story {
  const messages = messagesOf(tag);
  return {
    globals: { locale: tag },
    parameters: { memoryAdapter: { customers: tag === "ar" ? rtlCustomers : 60 } satisfies MemoryAdapterOptions },
    render: () => <PortalCustomersPage />,
    play: async ({ canvasElement }) => {
      await rowsLoaded({ canvasElement });
      const canvas = within(canvasElement);
      await waitFor(() => expect(canvasElement.querySelector('nav[data-state="loading"]')).toBeNull());
      await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(messages["page.title"]);
      await expect(canvasElement.querySelector(".pca-customers-page")).toHaveAttribute("dir", tag === "ar" ? "rtl" : "ltr");
      await expect(canvasElement.querySelector(".pca-customers-page")).toHaveAttribute("lang", tag);
    },
  };
}

/** The Change password dialog in `tag`, submitted with a short password: the rules and the error in the language. */
function changePasswordStory(tag: string): Story {
  const messages = messagesOf(tag);
  return {
    globals: { locale: tag },
    parameters: { layout: "padded", docs: { story: { inline: false, iframeHeight: 620 } }, memoryAdapter: { customers: [ada] } satisfies MemoryAdapterOptions },
    render: () => <DialogStage Dialog={ChangePasswordDialog} customer={ada} />,
    play: notInDocs(async () => {
      const dialog = within(await dialogReady(messages["changePasswordDialog.title"]));
      await userEvent.type(dialog.getByLabelText(messages["changePasswordDialog.newPassword"]), "kurz");
      await userEvent.click(dialog.getByRole("button", { name: messages["changePasswordDialog.submit"] }));
      await expect(dialog.getByLabelText(messages["changePasswordDialog.newPassword"])).toHaveAttribute("aria-invalid", "true");
    }),
  };
}

/** German: Nur-Portal-Kunden, Hilfe-Center, Zugriff entziehen. */
export const PageGerman: Story = pageStory("de");
/** French: clients du portail uniquement. */
export const PageFrench: Story = pageStory("fr");
/** Spanish: clientes solo del portal. */
export const PageSpanish: Story = pageStory("es");
/** Portuguese (Brazil): clientes somente do portal. */
export const PagePortugueseBrazil: Story = pageStory("pt-BR");
/** Japanese: ポータル専用カスタマー. */
export const PageJapanese: Story = pageStory("ja");
/** Arabic, right to left without host CSS, with Arabic, Hebrew and Persian names. */
export const PageArabic: Story = pageStory("ar");

/** German Change password, with the error "Verwenden Sie mindestens 8 Zeichen." */
export const ChangePasswordGerman: Story = changePasswordStory("de");
/** French Change password. */
export const ChangePasswordFrench: Story = changePasswordStory("fr");
/** Spanish Change password. */
export const ChangePasswordSpanish: Story = changePasswordStory("es");
/** Portuguese (Brazil) Change password. */
export const ChangePasswordPortugueseBrazil: Story = changePasswordStory("pt-BR");
/** Japanese Change password. */
export const ChangePasswordJapanese: Story = changePasswordStory("ja");
/** Arabic Change password, right to left. */
export const ChangePasswordArabic: Story = changePasswordStory("ar");
