import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  customerQueryFromSearchParams, customerQueryToSearchParams, type CustomerQuery, type NormalizedCustomerQuery,
} from "portal-customer-admin";

const TABLE_PARAMS = ["search", "status", "sort", "direction", "offset", "limit"];

/**
 * The customer table's query kept in the address bar, next to the demo's own parameters
 * (role, experience, environment): a reload restores the table, and Back returns to the
 * previous filter, sort or page. Typing makes one history entry per burst of keystrokes
 * (the first one pushes, the next ones and the return to page 1 replace), not one per keystroke.
 */
export function useQueryInUrl(): [CustomerQuery, (query: NormalizedCustomerQuery) => void] {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const onPopState = () => setSearch(window.location.search);
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
  const query = useMemo(() => customerQueryFromSearchParams(search), [search]);
  const isTyping = useRef(false);

  const onQueryChange = useCallback((next: NormalizedCustomerQuery) => {
    const url = new URL(window.location.href);
    for (const name of TABLE_PARAMS) url.searchParams.delete(name);
    for (const [name, value] of customerQueryToSearchParams(next)) url.searchParams.set(name, value);
    if (url.href === window.location.href) return;
    const current = customerQueryFromSearchParams(window.location.search);
    const typed = next.search !== (current.search ?? "");
    // The search settling sends the table back to page 1: part of the same typing, not a new step.
    const settled = !typed && next.offset === 0 && customerQueryToSearchParams({ ...current, offset: 0 }).toString() === customerQueryToSearchParams(next).toString();
    if ((typed || settled) && isTyping.current) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    isTyping.current = typed;
    setSearch(url.search);
  }, []);

  return [query, onQueryChange];
}
