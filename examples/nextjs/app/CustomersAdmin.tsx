"use client";
// The client wrapper: the adapter is created in the browser (and once during server rendering),
// so the page passes nothing that isn't serializable across the server/client boundary.
import { useState } from "react";
import { PortalCustomerAdminProvider, PortalCustomersPage } from "portal-customer-admin";
import { createMemoryAdapter } from "portal-customer-admin/testing";

export function CustomersAdmin() {
  const [adapter] = useState(() => createMemoryAdapter({ customers: 30, seed: 42 }));
  return (
    <PortalCustomerAdminProvider adapter={adapter}>
      <PortalCustomersPage />
    </PortalCustomerAdminProvider>
  );
}
