import type { Preview } from "@storybook/react-vite";
import "../src/styles.css";

const preview: Preview = {
  tags: ["autodocs"],
  parameters: {
    // axe violations fail story tests (addon-vitest).
    a11y: { test: "error" },
    layout: "padded",
  },
};
export default preview;
