import type { AdminContext, AdminEnvironment, AdminRole, Experience } from "../../src/domain";

/** A fixed demo bearer token and the viewer it stands for. */
export interface DemoIdentity {
  /** Send as `Authorization: Bearer <token>`. */
  token: string;
  /** Who this is, in words. */
  label: string;
  /** What `GET /api/admin/context` answers for it. */
  context: AdminContext;
}

const SITE = { id: "site-acme", name: "Acme Help Center", url: "https://acme.atlassian.example" };
const ORGANIZATION = { id: "org-acme", name: "Acme Corporation" };

const ROLE_LABEL: Record<AdminRole, string> = { "org-admin": "Organization admin", "site-admin": "Site admin", none: "No admin role" };

/**
 * One token per role × experience × environment, named
 * `demo-<role>-<experience>` plus `-government` for the Government environment,
 * e.g. `demo-org-admin-centralized`, `demo-site-admin-original`, `demo-none-centralized`,
 * `demo-org-admin-centralized-government`.
 */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = (["org-admin", "site-admin", "none"] as AdminRole[]).flatMap((role) =>
  (["centralized", "original"] as Experience[]).flatMap((experience) =>
    (["commercial", "government"] as AdminEnvironment[]).map((environment) => ({
      token: `demo-${role}-${experience}${environment === "government" ? "-government" : ""}`,
      label: `${ROLE_LABEL[role]}, ${experience} experience${environment === "government" ? ", Government cloud" : ""}`,
      context: { experience, role, site: SITE, organization: ORGANIZATION, environment },
    })),
  ),
);

const BY_TOKEN = new Map(DEMO_IDENTITIES.map((identity) => [identity.token, identity.context]));

/** The context a bearer token stands for, or `undefined` for an unknown token. */
export function contextForToken(token: string): AdminContext | undefined {
  const context = BY_TOKEN.get(token);
  return context && structuredClone(context);
}
