// A server component: it renders on the server (prerendered at build time with Cache Components)
// and hands the interactive part to a client component.
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "portal-customer-admin/core";
import { CustomersAdmin } from "./CustomersAdmin";

export default function Page() {
  return (
    <main>
      <p className="host-note">
        Server component · password policy from <code>portal-customer-admin/core</code>: {PASSWORD_MIN_LENGTH} to{" "}
        {PASSWORD_MAX_LENGTH} characters.
      </p>
      <CustomersAdmin />
    </main>
  );
}
