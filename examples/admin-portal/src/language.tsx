import { useEffect, useId, useState } from "react";
import type { Messages } from "portal-customer-admin";

/** The shipped translations, each loaded only when chosen (English is built in). */
const LANGUAGES = [
  { tag: "en", label: "English", load: null },
  { tag: "de", label: "Deutsch", load: () => import("portal-customer-admin/locales/de") },
  { tag: "fr", label: "Français", load: () => import("portal-customer-admin/locales/fr") },
  { tag: "es", label: "Español", load: () => import("portal-customer-admin/locales/es") },
  { tag: "pt-BR", label: "Português (Brasil)", load: () => import("portal-customer-admin/locales/pt-BR") },
  { tag: "ja", label: "日本語", load: () => import("portal-customer-admin/locales/ja") },
  { tag: "ar", label: "العربية", load: () => import("portal-customer-admin/locales/ar") },
] as const;

export type LanguageTag = (typeof LANGUAGES)[number]["tag"];

function languageFromUrl(): LanguageTag {
  const tag = new URLSearchParams(window.location.search).get("lang");
  return LANGUAGES.find((language) => language.tag === tag)?.tag ?? "en";
}

/**
 * The library's language, kept in the address (`?lang=ar`): the tag for the provider's
 * `locale` and its messages (`undefined` for English, and while a translation loads).
 */
export function useLanguage(): [{ tag: LanguageTag; messages: Partial<Messages> | undefined }, (tag: LanguageTag) => void] {
  const [tag, setTag] = useState<LanguageTag>(languageFromUrl);
  const [loaded, setLoaded] = useState<{ tag: LanguageTag; messages: Partial<Messages> } | null>(null);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (tag === "en") url.searchParams.delete("lang");
    else url.searchParams.set("lang", tag);
    window.history.replaceState(window.history.state, "", url);
    const load = LANGUAGES.find((language) => language.tag === tag)?.load;
    if (!load) return;
    let isCurrent = true;
    void load().then((module) => {
      if (isCurrent) setLoaded({ tag, messages: module.messages });
    });
    return () => {
      isCurrent = false;
    };
  }, [tag]);
  // English until the chosen translation is there: never a locale with another language's words.
  const isReady = tag === "en" || loaded?.tag === tag;
  return [{ tag: isReady ? tag : "en", messages: isReady && tag !== "en" ? loaded?.messages : undefined }, setTag];
}

/** The language select in the demo header. */
export function LanguageSelect({ value, onChange }: { value: LanguageTag; onChange(tag: LanguageTag): void }) {
  const id = useId();
  return (
    <div className="demo-switcher__field demo-language">
      <label htmlFor={id}>Language</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as LanguageTag)}>
        {LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag}>
            {language.label}
          </option>
        ))}
      </select>
    </div>
  );
}
