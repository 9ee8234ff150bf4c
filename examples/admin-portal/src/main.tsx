import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// The library's default look, as a host imports it.
import "portal-customer-admin/styles.css";
import "./app.css";
import { App } from "./App";

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
