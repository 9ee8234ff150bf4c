import type { Metadata } from "next";
import type { ReactNode } from "react";
import "portal-customer-admin/styles.css";
import "./app.css";

export const metadata: Metadata = {
  title: "Portal-only customers · Next.js host",
  description: "portal-customer-admin in a Next.js app-router app with default settings",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
