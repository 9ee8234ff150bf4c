import { createRoot } from "react-dom/client";
import { CustomerTable, PortalCustomerAdminProvider } from "../../src";
import { createMemoryAdapter } from "../../src/testing";
import "../../src/styles.css";
import { installBench } from "./harness";

// The library's table: 100 rows a page from the memory adapter, every feature on.
const adapter = createMemoryAdapter({ customers: 2000, seed: 3 });

installBench(100);
createRoot(document.getElementById("root")!).render(
  <PortalCustomerAdminProvider adapter={adapter} locale="en">
    <CustomerTable pageSize={100} />
  </PortalCustomerAdminProvider>,
);
