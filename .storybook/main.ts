import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(config) {
    // Vite 8 warns once per Radix file that it drops the "use client" directive; harmless, silence only that.
    const onwarn = config.build?.rollupOptions?.onwarn;
    config.build = {
      ...config.build,
      rollupOptions: {
        ...config.build?.rollupOptions,
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes("use client")) return;
          if (onwarn) onwarn(warning, warn);
          else warn(warning);
        },
      },
    };
    return config;
  },
};
export default config;
