import type { PortalCustomer } from "../../domain/types";

/** Options of {@link generateCustomers}. */
export interface GenerateCustomersOptions {
  /** Same seed, same customers. Default 1. */
  seed?: number;
  /** The moment generated dates are relative to. Default 2026-11-01T00:00:00Z, so output never drifts. */
  now?: Date | string;
}

/** The fixed reference time generated data is relative to unless `now` is given. */
export const DEFAULT_GENERATION_TIME = "2026-11-01T00:00:00.000Z";

const FIRST = [
  "Olivia", "Liam", "Amelia", "Noah", "Isla", "Oliver", "Ava", "Elijah", "Mia", "Lucas",
  "Sofia", "Mateo", "Chloé", "Hiroshi", "Aiko", "Priya", "Arjun", "Fatima", "Omar", "Zoë",
  "Siobhan", "Kwame", "Amara", "Björn", "Ingrid", "José", "Lucía", "Mei", "Wei", "Nikolai",
  "Anastasia", "Thabo", "Nomvula", "Rafael", "Camila", "Aroha", "Tane", "Leilani", "Émile", "Margaux",
  "Grace", "Henry", "Charlotte", "Jack", "Harper", "Leo", "Evelyn", "Samuel", "Nora", "Daniel",
  "Yuki", "Kenji", "Sakura", "Min-jun", "Seo-yeon", "Ji-ho", "Ananya", "Rohan", "Aisha", "Yusuf",
  "Layla", "Karim", "Olga", "Dmitri", "Katarzyna", "Piotr", "Eszter", "Mateusz", "Freya", "Lars",
  "Astrid", "Sven", "Chiara", "Matteo", "Giulia", "Luca", "Inês", "João", "Beatriz", "Tomás",
  "Adaeze", "Chidi", "Zanele", "Sipho", "Ngozi", "Tariq", "Noor", "Hana", "Ethan", "Maya",
];
const LAST = [
  "Smith", "Nguyen", "García", "Müller", "O'Brien", "Kowalski", "Tanaka", "Patel", "Okafor", "Silva",
  "Johansson", "Rossi", "Dubois", "Kim", "Chen", "Haddad", "Novak", "Mensah", "Fernández", "Walker",
  "Andersen", "Ivanova", "Dlamini", "Costa", "Ngata", "Kealoha", "MacDonald", "Schmidt", "Yılmaz", "Van der Berg",
  "Brown", "Wilson", "Taylor", "Thompson", "White", "Harris", "Martin", "Clarke", "Lewis", "Robinson",
  "Sato", "Suzuki", "Watanabe", "Park", "Lee", "Choi", "Singh", "Sharma", "Gupta", "Iyer",
  "Khan", "Rahman", "Hussein", "Petrov", "Sokolova", "Nowak", "Wiśniewski", "Horváth", "Nielsen", "Lindqvist",
  "Bianchi", "Romano", "Esposito", "Pereira", "Oliveira", "Santos", "Moreau", "Lefèvre", "Bernard", "Fischer",
  "Weber", "Becker", "Hoffmann", "Adeyemi", "Eze", "Nkosi", "Mahlangu", "Abubakar", "Tahir", "Cohen",
];
const DOMAINS = [
  "example.com", "acme.test", "globex.example", "initech.test", "umbrella.example",
  "hooli.test", "stark.example", "wayne.test", "mail.example", "contoso.test",
];

/** A small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function asciiLocal(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

const DAY = 86_400_000;

/**
 * Makes `count` realistic portal-only customers: varied names (accents, apostrophes,
 * multi-word surnames), unique emails, about one in seven revoked, about one in five
 * never logged in. Deterministic for a `seed` and `now`.
 */
export function generateCustomers(count: number, options: GenerateCustomersOptions = {}): PortalCustomer[] {
  const next = random(options.seed ?? 1);
  const now = new Date(options.now ?? DEFAULT_GENERATION_TIME).getTime();
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const seen = new Map<string, number>();
  const customers: PortalCustomer[] = [];
  const width = Math.max(6, String(count).length);
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const base = `${asciiLocal(first)}.${asciiLocal(last)}@${pick(DOMAINS)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const email = n === 0 ? base : base.replace("@", `${n + 1}@`);
    const createdAt = now - Math.floor(next() * 3 * 365 * DAY) - DAY;
    const neverLoggedIn = next() < 0.2;
    const lastActiveAt = neverLoggedIn ? null : createdAt + Math.floor(next() * (now - createdAt));
    customers.push({
      id: `cus-${String(i + 1).padStart(width, "0")}`,
      displayName: `${first} ${last}`,
      email,
      status: next() < 0.15 ? "revoked" : "active",
      lastActiveAt: lastActiveAt === null ? null : new Date(lastActiveAt).toISOString(),
      createdAt: new Date(createdAt).toISOString(),
    });
  }
  return customers;
}
