import type { AccountInfo } from '@azure/msal-browser';
import type { QueryClient } from '@tanstack/react-query';
import { prefetchMyRoles } from '../features/my-roles/api/get-my-roles.ts';
import { routeModuleAt, routeModules, type RouteModuleLoader } from './route-modules.ts';

type Prefetch = (queryClient: QueryClient, account: AccountInfo) => Promise<void>;

/** The Graph data a page needs first, by the page's module. */
const FIRST_DATA = new Map<RouteModuleLoader, Prefetch>([[routeModules.myRoles, prefetchMyRoles]]);

/**
 * Sends the opened page's first Graph call as soon as MSAL is ready, before React renders: the
 * round trip overlaps the render instead of following it. The page's own query takes it over;
 * a failure stays in the query cache, where the page shows (and retries) it.
 */
export function prefetchPageData(
  pathname: string,
  queryClient: QueryClient,
  account: AccountInfo,
): void {
  void FIRST_DATA.get(routeModuleAt(pathname))?.(queryClient, account);
}
