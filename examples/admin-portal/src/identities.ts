import { useCallback, useEffect, useState } from "react";
import type { AdminContext, AdminEnvironment, AdminRole, Experience } from "portal-customer-admin";

/** One of the reference server's fixed demo tokens (GET /api/demo/identities). */
export interface DemoIdentity {
  token: string;
  label: string;
  context: AdminContext;
}

/** Who the demo acts as: the three switches of the header. */
export interface Viewer {
  role: AdminRole;
  experience: Experience;
  environment: AdminEnvironment;
}

export const ROLES: readonly { value: AdminRole; label: string }[] = [
  { value: "org-admin", label: "Organization admin" },
  { value: "site-admin", label: "Site admin" },
  { value: "none", label: "No admin role" },
];
export const EXPERIENCES: readonly { value: Experience; label: string }[] = [
  { value: "centralized", label: "Centralized" },
  { value: "original", label: "Original" },
];
export const ENVIRONMENTS: readonly { value: AdminEnvironment; label: string }[] = [
  { value: "commercial", label: "Commercial" },
  { value: "government", label: "Government" },
];

const DEFAULT_VIEWER: Viewer = { role: "org-admin", experience: "centralized", environment: "commercial" };

const pick = <T extends string>(options: readonly { value: T }[], value: string | null, fallback: T): T =>
  options.find((o) => o.value === value)?.value ?? fallback;

/** The viewer named in the address (`?role=…&experience=…&environment=…`), so a view can be shared or reloaded. */
export function viewerFromUrl(): Viewer {
  const params = new URLSearchParams(window.location.search);
  return {
    role: pick(ROLES, params.get("role"), DEFAULT_VIEWER.role),
    experience: pick(EXPERIENCES, params.get("experience"), DEFAULT_VIEWER.experience),
    environment: pick(ENVIRONMENTS, params.get("environment"), DEFAULT_VIEWER.environment),
  };
}

/** Writes the viewer to the address without a reload. The token itself never goes in the URL. */
export function viewerToUrl(viewer: Viewer): void {
  const url = new URL(window.location.href);
  url.searchParams.set("role", viewer.role);
  url.searchParams.set("experience", viewer.experience);
  url.searchParams.set("environment", viewer.environment);
  window.history.replaceState(null, "", url);
}

/** The token for `viewer` among the server's identities. */
export function tokenFor(identities: readonly DemoIdentity[], viewer: Viewer): DemoIdentity | undefined {
  return identities.find(
    ({ context }) => context.role === viewer.role && context.experience === viewer.experience && context.environment === viewer.environment,
  );
}

export type IdentitiesState =
  | { status: "loading" }
  | { status: "error"; retry: () => void }
  | { status: "ready"; identities: DemoIdentity[] };

/** Loads the demo identities from the reference server. */
export function useDemoIdentities(): IdentitiesState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<IdentitiesState>({ status: "loading" });
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/demo/identities", { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { identities: DemoIdentity[] };
        setState({ status: "ready", identities: body.identities });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: "error", retry });
      });
    return () => controller.abort();
  }, [attempt, retry]);
  return state;
}
