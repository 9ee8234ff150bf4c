// Customers shared by the table, page and task stories. Everything deterministic: same
// seed, same customers, so screenshots and play functions stay stable.
import { AdapterError, type AdapterMethod, type PortalCustomer } from "../../src";
import { generateCustomers, type MemoryAdapterOptions } from "../../src/testing";
import { ada, grace } from "./dialogStory";

/** A latency no story outlives: the call stays in progress while anyone looks. */
export const NEVER = 2_147_000_000;

/** Answers that take a moment, so progress states show in the task stories. */
export const HUMAN_LATENCY = { min: 120, max: 300 } as const;

/** Ada (active) and Grace (revoked) first by name, then 38 generated customers. */
export const team: PortalCustomer[] = [ada, grace, ...generateCustomers(38, { seed: 11 })];

/** The longest name the domain allows (255 characters) and addresses with long unbroken parts. */
export const longNames: PortalCustomer[] = generateCustomers(8, { seed: 3 }).map((c, i) => {
  if (i === 0) {
    const name = `${c.displayName} ${"Montgomery-Fitzwilliam de la Cruz y Villanueva ".repeat(6)}`.slice(0, 255).trim();
    return { ...c, displayName: name, email: `${c.email.split("@")[0]}.${"x".repeat(48)}@subdomain.${c.email.split("@")[1]}` };
  }
  return i % 2 === 0
    ? {
        ...c,
        displayName: `${c.displayName} ${"Montgomery-Fitzwilliam de la Cruz y Villanueva ".repeat(2).trim()}`,
        email: `${c.email.split("@")[0]}.with.a.remarkably.long.address.for.testing.wrapping@subdomain.${c.email.split("@")[1]}`,
      }
    : c;
});

/** Twelve customers, the first four revoked. */
export const revokedFirst: PortalCustomer[] = generateCustomers(12, { seed: 5 }).map((c, i) => ({
  ...c,
  status: i < 4 ? "revoked" : "active",
}));

const RTL_NAMES: [name: string, local: string][] = [
  ["ليلى حداد", "layla.haddad"], ["عمر الفاروق", "omar.alfarouq"], ["فاطمة الزهراء بن علي", "fatima.benali"],
  ["يوسف منصور", "youssef.mansour"], ["نور الهدى سليمان", "nour.soliman"], ["דנה לוי", "dana.levi"],
  ["אביגיל כהן", "avigail.cohen"], ["مریم احمدی", "maryam.ahmadi"], ["خالد عبد الرحمن", "khaled.abdelrahman"],
  ["سارة القحطاني", "sara.alqahtani"],
];

/** Right-to-left names (Arabic, Hebrew, Persian) mixed with Latin ones; emails stay ASCII. */
export const rtlCustomers: PortalCustomer[] = generateCustomers(16, { seed: 9 }).map((c, i) => {
  const rtl = RTL_NAMES[i];
  return rtl ? { ...c, displayName: rtl[0], email: `${rtl[1]}@${c.email.split("@")[1]}` } : c;
});

/** A `fail` option: `method` rejects with `error` on every call; everything else works. */
export function failing(method: AdapterMethod, error: AdapterError): MemoryAdapterOptions["fail"] {
  return (called) => (called === method ? error : undefined);
}

/**
 * A `fail` option: `method` rejects its first `times` calls, then works (for Retry). It
 * counts, so give it from a `parameters.memoryAdapter` factory: one count per adapter.
 */
export function failingFirst(method: AdapterMethod, error: AdapterError, times = 1): MemoryAdapterOptions["fail"] {
  let left = times;
  return (called) => {
    if (called !== method || left <= 0) return undefined;
    left -= 1;
    return error;
  };
}

/** The admin context never arrives (the network is down). */
export const offline = failing("getAdminContext", new AdapterError("network", "Story: offline"));

/** A memory adapter for stories that need only the admin context (no customers). */
export const adminOnly = (context: MemoryAdapterOptions["context"] = {}, extra: Partial<MemoryAdapterOptions> = {}): MemoryAdapterOptions => ({
  customers: 0, context, ...extra,
});

/** Fails only `getAdminContext`, as when the admin details can't be loaded. */
export const adminContextOffline = (): MemoryAdapterOptions["fail"] => (method) =>
  method === "getAdminContext" ? new AdapterError("network", "Story: offline") : undefined;
