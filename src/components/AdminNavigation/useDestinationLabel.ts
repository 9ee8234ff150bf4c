import { useCallback } from "react";
import { useMessages } from "../../i18n/I18nContext";
import type { AdminDestination } from "../../domain/navigation";

/** @internal Labels destinations in the viewer's language; the site is called by its name. */
export function useDestinationLabel(siteName: string): (destination: AdminDestination) => string {
  const { t } = useMessages();
  return useCallback(
    (destination: AdminDestination) => t(`nav.destination.${destination}`, { site: siteName }),
    [t, siteName],
  );
}
