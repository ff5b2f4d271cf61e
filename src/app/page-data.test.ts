// @vitest-environment jsdom
import type { AccountInfo } from '@azure/msal-browser';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eligibility, FINANCE, GLOBAL_READER } from '../features/my-roles/api/fixtures.ts';
import { myRolesQueryOptions, type MyRolesData } from '../features/my-roles/api/get-my-roles.ts';
import { knownGroupsKey } from '../features/my-roles/api/known-groups.ts';
import { createBatchGraph, type WireItem } from '../graph/testing/fake-batch-graph.ts';
import { pimKeys } from '../graph/query-keys.ts';
import { prefetchPageData } from './page-data.ts';

const fake = vi.hoisted(() => ({
  batch: undefined as ReturnType<typeof createBatchGraph> | undefined,
}));
vi.mock('../graph/default-client.ts', () => ({
  get graph() {
    return fake.batch?.client;
  },
}));

const TENANT = '6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11';
const account = {
  homeAccountId: `adele.${TENANT}`,
  tenantId: TENANT,
  idTokenClaims: { tid: TENANT },
} as unknown as AccountInfo;

function setUp(): { queryClient: QueryClient; batches: WireItem[][] } {
  fake.batch = createBatchGraph((item) =>
    item.url.includes('roleEligibilityScheduleInstances')
      ? { status: 200, body: { value: [eligibility(GLOBAL_READER, 'Global Reader')] } }
      : { status: 200, body: { value: [] } },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { queryClient, batches: fake.batch.batches };
}

afterEach(() => {
  localStorage.clear();
});

describe('prefetchPageData', () => {
  it("sends My roles' batch before the page renders, with the last visit's groups", async () => {
    localStorage.setItem(knownGroupsKey(TENANT, account.homeAccountId), JSON.stringify([FINANCE]));
    const { queryClient, batches } = setUp();
    prefetchPageData('/', queryClient, account);
    await vi.waitFor(() => {
      expect(queryClient.getQueryData<MyRolesData>(pimKeys.myRoles())?.complete).toBe(true);
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]?.some((item) => item.url.includes(FINANCE))).toBe(true);
    expect(queryClient.getQueryData<MyRolesData>(pimKeys.myRoles())?.roles).toHaveLength(1);
  });

  it('leaves the request to the page that mounts while it is on its way', async () => {
    const { queryClient, batches } = setUp();
    prefetchPageData('/activate', queryClient, account);
    const observer = new QueryObserver(queryClient, myRolesQueryOptions());
    const seen: (MyRolesData | undefined)[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));
    await vi.waitFor(() => {
      expect(seen.at(-1)?.complete).toBe(true);
    });
    unsubscribe();
    expect(batches).toHaveLength(1);
  });

  it('sends nothing for pages that load their own data', async () => {
    const { queryClient, batches } = setUp();
    prefetchPageData('/approvals', queryClient, account);
    prefetchPageData('/history', queryClient, account);
    prefetchPageData('/nowhere', queryClient, account);
    await Promise.resolve();
    expect(batches).toHaveLength(0);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});
