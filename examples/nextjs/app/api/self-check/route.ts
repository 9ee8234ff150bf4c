// A Route Handler: the library's rules and test helpers on the server, with no "use client" in the way.
import { canPerform, checkPassword, CUSTOMER_ACTIONS } from "portal-customer-admin/core";
import { checkAdapterContract, createMemoryAdapter } from "portal-customer-admin/testing";

export async function GET(): Promise<Response> {
  const adapter = createMemoryAdapter({ customers: 12, seed: 7, context: { experience: "original", role: "site-admin" } });
  const context = await adapter.getAdminContext();
  const contract = await checkAdapterContract(adapter, { mutations: true });
  return Response.json({
    allowed: CUSTOMER_ACTIONS.filter((action) => canPerform(context, action)),
    weakPassword: checkPassword("short").isValid,
    strongPassword: checkPassword("a long enough passphrase").isValid,
    contract: { ok: contract.ok, checks: contract.results.length },
  });
}
