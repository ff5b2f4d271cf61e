// @vitest-environment jsdom
import { matchRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { routeModuleAt, routeModules } from './route-modules.ts';
import { appRoutes } from './router.tsx';

/** The module the router itself will load at a path. */
function routerModuleAt(pathname: string): unknown {
  return matchRoutes(appRoutes, pathname)?.at(-1)?.route.lazy;
}

describe('routeModuleAt', () => {
  it.each([
    ['/', routeModules.myRoles],
    ['/activate', routeModules.myRoles],
    ['/Activate/', routeModules.myRoles],
    ['/approvals', routeModules.approvals],
    ['/approvals/', routeModules.approvals],
    ['/approvals/0b6c6f0e-7d3f-4b7e-9d7e-1f2e3d4c5b6a', routeModules.approvals],
    ['/history', routeModules.history],
    ['/HISTORY', routeModules.history],
    ['/approvals/a/b', routeModules.notFound],
    ['/history/old', routeModules.notFound],
    ['/activatex', routeModules.notFound],
    ['/auth/somewhere', routeModules.notFound],
  ])('starts the module the router loads at %s', (path, expected) => {
    expect(routeModuleAt(path)).toBe(expected);
    expect(routerModuleAt(path)).toBe(expected);
  });
});
