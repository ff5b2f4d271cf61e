import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import { ACTIVITY, createAuditWriter } from './audit.ts';
import { createAuditStore } from './audit-store.ts';
import { emptyState } from './seed/directory.ts';
import type { Story } from './seed/history-story.ts';

const T0 = Date.parse('2026-01-10T08:00:00Z');

function setup() {
  const state = emptyState();
  let seq = 0;
  const store = createAuditStore(state, () => seq++);
  const writer = createAuditWriter(state, new Map(), (e) => {
    store.append(e);
  });
  const story: Story = {
    id: 'req-1',
    target: {
      plane: 'role',
      roleDefinitionId: ROLE_IDS.globalReader,
      directoryScopeId: '/',
      appScopeId: null,
    },
    principalId: 'user-1',
    category: 'RoleManagement',
    justification: 'Review',
    ticket: null,
    startIso: new Date(T0).toISOString(),
    endIso: null,
    startMsCache: T0,
    writer,
    parts: null,
  };
  const live = (id: string, atMs: number): DirectoryAudit => ({
    id,
    activityDateTime: new Date(atMs).toISOString(),
  });
  return { state, store, story, writer, live };
}

describe('the audit store behind state.directoryAudits', () => {
  it('keeps seeded entries compact until the log is first read', () => {
    const { state, store, story, writer } = setup();
    store.seed(story, T0, ACTIVITY.activationRequested, writer.initiator('user-1'));
    expect(story.parts).toBeNull();
    const [entry] = state.directoryAudits;
    expect(entry).toMatchObject({
      id: 'PIM_req-1_0',
      correlationId: 'req-1',
      activityDateTime: '2026-01-10T08:00:00.000Z',
      activityDisplayName: ACTIVITY.activationRequested,
      loggedByService: 'PIM',
      additionalDetails: [
        { key: 'RequestId', value: 'req-1' },
        { key: 'Justification', value: 'Review' },
        { key: 'StartTime', value: '2026-01-10T08:00:00.000Z' },
      ],
    });
    expect(entry?.targetResources?.[1]).toMatchObject({ id: 'req-1', type: 'Request' });
  });

  it('reads as an eager seed would: recorded entries sorted by time (stable), then later ones', () => {
    const { state, store, story, writer, live } = setup();
    const by = writer.initiator(null);
    store.seed(story, T0 + 2000, ACTIVITY.activationCompleted, by);
    store.append(live('live-a', T0 + 1000));
    store.seed(story, T0 + 1000, ACTIVITY.activationRequested, by);
    store.seal();
    // Written after seeding (a state change): stays last, and does not build the log.
    store.append(live('after-seal', T0));
    expect(story.parts).toBeNull();
    expect(state.directoryAudits.map((a) => a.id)).toEqual([
      'live-a',
      'PIM_req-1_1',
      'PIM_req-1_0',
      'after-seal',
    ]);
    store.append(live('after-read', T0));
    expect(state.directoryAudits.at(-1)?.id).toBe('after-read');
    expect(state.directoryAudits).toBe(state.directoryAudits);
  });
});
