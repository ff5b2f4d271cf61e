/**
 * Each page's module, loaded on demand. The router's `lazy` and the entry share these loaders,
 * so the entry can start the opened page's download alongside the app's own (the module
 * downloads once: the router gets the same module).
 */
export const routeModules = {
  myRoles: () => import('./routes/my-roles-route.tsx'),
  approvals: () => import('./routes/approvals-route.tsx'),
  history: () => import('./routes/history-route.tsx'),
  notFound: () => import('./routes/not-found-route.tsx'),
};

export type RouteModuleLoader = (typeof routeModules)[keyof typeof routeModules];

/**
 * The page module the router will load for this path (router.tsx is the truth; a test keeps
 * the two in step). The router matches paths case-insensitively and ignores a trailing slash.
 */
export function routeModuleAt(pathname: string): RouteModuleLoader {
  const path = pathname.toLowerCase().replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/activate') return routeModules.myRoles;
  if (/^\/approvals(\/[^/]+)?$/.test(path)) return routeModules.approvals;
  if (path === '/history') return routeModules.history;
  return routeModules.notFound;
}
