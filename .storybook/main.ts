import type { StorybookConfig } from "@storybook/react-vite";
import { version as viteVersion } from "vite";

// Vite 8 bundles with Rolldown and reads `build.rolldownOptions`; older Vite reads `rollupOptions`.
const bundlerOptionsKey = Number(viteVersion.split(".")[0]) >= 8 ? "rolldownOptions" : "rollupOptions";

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: {
    reactDocgen: "react-docgen-typescript",
    // Only the library's components. Outside src/ the docgen would treat story fixtures as
    // components and stamp them: `export const ada: PortalCustomer` got displayName "ada".
    reactDocgenTypescriptOptions: { include: ["src/**/*.tsx"], exclude: ["**/*.stories.tsx", "**/*.test.tsx"] },
  },
  async viteFinal(config) {
    // Vite warns once per Radix file that it drops the "use client" directive; harmless, silence only that.
    const build = (config.build ??= {}) as Record<string, { onwarn?: (warning: { code?: string; message: string }, warn: (w: unknown) => void) => void } | undefined>;
    const options = build[bundlerOptionsKey] ?? {};
    const onwarn = options.onwarn;
    build[bundlerOptionsKey] = {
      ...options,
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes("use client")) return;
        if (onwarn) onwarn(warning, warn);
        else warn(warning);
      },
    };
    // Storybook's own preview and docs runtime are single chunks of 0.6–1.2 MB; the library's budget is size-limit's job.
    config.build!.chunkSizeWarningLimit = 1500;
    return config;
  },
};
export default config;
