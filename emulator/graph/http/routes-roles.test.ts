import { describe, expect, it } from 'vitest';
import { bodyOf, harness, IDS, type Harness } from './test-support.ts';

const RD = '/v1.0/roleManagement/directory';
type Page = {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
};

/** Follows `@odata.nextLink` to the end, as clients must. */
async function all(
  h: Harness,
  path: string,
  user: string = IDS.adele,
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next) {
    const res = await h.call(next, { user });
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    items.push(...page.value);
    pages += 1;
    const link = page['@odata.nextLink'];
    next = link
      ? new URL(link).href.replace(/^https:\/\/localhost:5173\/emulator\/graph/, '')
      : undefined;
  }
  return { items, pages };
}

describe('directory role instances', () => {
  it("lists the caller's eligibilities with filterByCurrentUser(on='principal')", async () => {
    const h = harness();
    const body = await bodyOf(
      await h.call(`${RD}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')`),
    );
    // The function's doc sample: a Collection(type) context and annotated items.
    expect(body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#Collection(unifiedRoleEligibilityScheduleInstance)',
    );
    expect((body.value as Record<string, unknown>[])[0]?.['@odata.type']).toBe(
      '#microsoft.graph.unifiedRoleEligibilityScheduleInstance',
    );
    const ids = (body.value as { id: string }[]).map((v) => v.id).sort();
    expect(ids).toEqual(['elig-1', 'elig-2', 'elig-3']);
  });

  it('pages with an opaque $skiptoken until no nextLink remains', async () => {
    const h = harness({ pimPageSize: 4 });
    const { items, pages } = await all(h, `${RD}/roleEligibilityScheduleInstances`, IDS.alex);
    expect(pages).toBe(3);
    expect(items).toHaveLength(11);
    expect(new Set(items.map((i) => i.id)).size).toBe(11);
    const first = await bodyOf(
      await h.call(
        `${RD}/roleEligibilityScheduleInstances?$filter=roleDefinitionId eq '${IDS.helpdeskAdmin}'`,
        { user: IDS.alex },
      ),
    );
    const link = new URL(first['@odata.nextLink'] as string);
    expect(link.origin + link.pathname).toBe(
      'https://localhost:5173/emulator/graph/v1.0/roleManagement/directory/roleEligibilityScheduleInstances',
    );
    expect(link.searchParams.get('$filter')).toBe(`roleDefinitionId eq '${IDS.helpdeskAdmin}'`);
    expect(link.searchParams.get('$skiptoken')).toMatch(/^[\w-]+$/);
  });

  it('can open with an empty page that clients must page past', async () => {
    const h = harness({ pimPageSize: 4 });
    h.tenant.paging.emptyFirstPage = true;
    const first = (await bodyOf(
      await h.call(`${RD}/roleEligibilityScheduleInstances`, { user: IDS.alex }),
    )) as unknown as Page;
    expect(first.value).toEqual([]);
    expect(first['@odata.nextLink']).toBeDefined();
    const { items, pages } = await all(h, `${RD}/roleEligibilityScheduleInstances`, IDS.alex);
    expect(pages).toBe(4);
    expect(items).toHaveLength(11);
    const none = (await bodyOf(
      await h.call(`${RD}/roleEligibilityScheduleInstances?$filter=id eq 'none'`, {
        user: IDS.alex,
      }),
    )) as unknown as Page;
    expect(none).not.toHaveProperty('@odata.nextLink');
  });

  it('answers a forged skip token with 400', async () => {
    const h = harness();
    const res = await h.call(`${RD}/roleEligibilityScheduleInstances?$skiptoken=bogus`, {
      user: IDS.alex,
    });
    expect(res.status).toBe(400);
  });

  it('filters, counts and honours $top as the page size', async () => {
    const h = harness();
    const body = (await bodyOf(
      await h.call(
        `${RD}/roleEligibilityScheduleInstances?$filter=principalId eq '${IDS.adele}' and directoryScopeId ne '/'&$count=true`,
        { user: IDS.alex },
      ),
    )) as unknown as Page;
    expect(body['@odata.count']).toBe(1);
    expect(body.value.map((v) => v.id)).toEqual(['elig-3']);
    const top = (await bodyOf(
      await h.call(`${RD}/roleEligibilityScheduleInstances?$top=2`, { user: IDS.alex }),
    )) as unknown as Page;
    expect(top.value).toHaveLength(2);
    expect(top['@odata.nextLink']).toContain('$top=2&$skiptoken=');
  });

  it('expands roleDefinition with a nested $select, principal with @odata.type, and directoryScope', async () => {
    const h = harness();
    const body = await bodyOf(
      await h.call(
        `${RD}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')?$select=id,roleDefinitionId&$expand=roleDefinition($select=displayName),principal,directoryScope&$filter=id eq 'elig-3'`,
      ),
    );
    expect(body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#Collection(unifiedRoleEligibilityScheduleInstance)(id,roleDefinitionId,roleDefinition(displayName),principal(),directoryScope())',
    );
    const [item] = body.value as Record<string, unknown>[];
    expect(item).toEqual({
      '@odata.type': '#microsoft.graph.unifiedRoleEligibilityScheduleInstance',
      id: 'elig-3',
      roleDefinitionId: IDS.helpdeskAdmin,
      roleDefinition: { displayName: 'Helpdesk Administrator' },
      principal: expect.objectContaining({
        '@odata.type': '#microsoft.graph.user',
        id: IDS.adele,
      }) as unknown,
      directoryScope: {
        '@odata.type': '#microsoft.graph.administrativeUnit',
        id: '/administrativeUnits/au-1',
        displayName: 'Seattle',
      },
    });
  });

  it('expands activatedUsing on an activated assignment', async () => {
    const h = harness();
    const body = await bodyOf(
      await h.call(`${RD}/roleAssignmentScheduleInstances/asg-adele?$expand=activatedUsing`),
    );
    expect(body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignmentScheduleInstances(activatedUsing())/$entity',
    );
    expect((body.activatedUsing as { id: string }).id).toBe('elig-2');
    const plain = await bodyOf(
      await h.call(`${RD}/roleAssignmentScheduleInstances/asg-alex?$expand=activatedUsing`, {
        user: IDS.alex,
      }),
    );
    expect(plain.activatedUsing).toBeNull();
  });

  it('rejects unknown $expand and $filter properties', async () => {
    const h = harness();
    const expand = await h.call(
      `${RD}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')?$expand=manager`,
    );
    expect(expand.status).toBe(400);
    const filter = await h.call(
      `${RD}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')?$filter=color eq 'red'`,
    );
    expect(filter.status).toBe(400);
    expect(((await bodyOf(filter)).error as { message: string }).message).toMatch(
      /^Invalid filter clause/,
    );
  });

  it('answers 404 for an unknown instance id', async () => {
    const h = harness();
    const res = await h.call(`${RD}/roleEligibilityScheduleInstances/nope`);
    expect(res.status).toBe(404);
    expect((await bodyOf(res)).error).toMatchObject({ code: 'ResourceNotFound' });
  });
});
