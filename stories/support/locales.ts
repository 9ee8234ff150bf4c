// The shipped translations, for the Locale toolbar and the per-locale stories: what a host
// imports from `portal-customer-admin/locales/<tag>`.
import type { Messages } from "../../src";
import { messages as ar } from "../../src/locales/ar";
import { messages as de } from "../../src/locales/de";
import { messages as es } from "../../src/locales/es";
import { messages as fr } from "../../src/locales/fr";
import { messages as ja } from "../../src/locales/ja";
import { messages as ptBR } from "../../src/locales/pt-BR";

/** Every shipped locale: its tag, its name in its own language, its messages. */
export const SHIPPED_LOCALES: { tag: string; name: string; messages: Messages }[] = [
  { tag: "de", name: "Deutsch", messages: de },
  { tag: "fr", name: "Français", messages: fr },
  { tag: "es", name: "Español", messages: es },
  { tag: "pt-BR", name: "Português (Brasil)", messages: ptBR },
  { tag: "ja", name: "日本語", messages: ja },
  { tag: "ar", name: "العربية (RTL)", messages: ar },
];

/** The shipped messages for `locale` (exact tag, else its language: `de-AT` → `de`), or none (English). */
export function shippedMessages(locale: string): Messages | undefined {
  const language = locale.split("-")[0];
  return (SHIPPED_LOCALES.find((l) => l.tag === locale) ?? SHIPPED_LOCALES.find((l) => l.tag === language))?.messages;
}
