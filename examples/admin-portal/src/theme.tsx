import { useEffect, useState } from "react";

export type Theme = "light" | "dark";
const KEY = "pca-demo-theme";

function initialTheme(): Theme {
  const stored = localStorage.getItem(KEY);
  if (stored === "light" || stored === "dark") return stored;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The page's theme, applied as `data-theme` on `<html>` (which the library's CSS reads) and remembered. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }, [theme]);
  return [theme, setTheme];
}

/** A toggle button: pressed = dark. */
export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange(theme: Theme): void }) {
  const isDark = theme === "dark";
  return (
    <button type="button" className="demo-button demo-theme-toggle" aria-pressed={isDark} onClick={() => onChange(isDark ? "light" : "dark")}>
      <span aria-hidden="true">{isDark ? "☾" : "☀"}</span> Dark theme
    </button>
  );
}
