import { useEffect, useId, useSyncExternalStore } from "react";
import { useProviderValue } from "./PortalCustomerAdminProvider";
import type { ADMIN_CONTEXT_ERROR_RANK } from "./errorOwners";

const noOwner = () => null;

/**
 * @internal Whether this component shows the admin context's error with Retry (`true`) or stays
 * quiet because a component of lower rank under the same provider shows it (`false`). A
 * component rendered alone always shows it. `rank` comes from `ADMIN_CONTEXT_ERROR_RANK`.
 */
export function useAdminContextErrorOwner(rank: (typeof ADMIN_CONTEXT_ERROR_RANK)[keyof typeof ADMIN_CONTEXT_ERROR_RANK]): boolean {
  const { errorOwners } = useProviderValue();
  const id = useId();
  useEffect(() => errorOwners.register(id, rank), [errorOwners, id, rank]);
  const owner = useSyncExternalStore(errorOwners.subscribe, errorOwners.getOwner, noOwner);
  return owner === null || owner === id;
}
