import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { TenantState } from '../state.ts';
import { operationTypeOf, type Activity } from './audit.ts';
import { iso } from './context.ts';
import { storyParts, type Story } from './seed/history-story.ts';

/**
 * A seeded history audit entry kept compact until someone reads the audit log: `large` seeds
 * about 300,000 entries, and most tenants (a reset per test, benches that only activate) never
 * list them. Everything it refers to is shared (the story, the initiator); the id and the
 * timestamp text are only built when the entry is materialised.
 */
class SeededAudit {
  constructor(
    readonly story: Story,
    readonly atMs: number,
    readonly activity: Activity,
    readonly initiatedBy: DirectoryAudit['initiatedBy'],
    readonly seq: number,
  ) {}

  materialise(): DirectoryAudit {
    const s = this.story;
    const { targets, details } = storyParts(s);
    return {
      id: `PIM_${s.id}_${String(this.seq)}`,
      category: s.category,
      correlationId: s.id,
      result: 'success',
      resultReason: '',
      activityDisplayName: this.activity,
      activityDateTime: iso(this.atMs),
      loggedByService: 'PIM',
      operationType: operationTypeOf(this.activity),
      initiatedBy: this.initiatedBy,
      targetResources: targets,
      additionalDetails: details,
    };
  }
}

export interface AuditStore {
  /** Records a seeded history entry (compact until read). */
  seed(
    story: Story,
    atMs: number,
    activity: Activity,
    initiatedBy: DirectoryAudit['initiatedBy'],
  ): void;
  /** Appends a live entry (a state change, or seeding outside the history). */
  append(entry: DirectoryAudit): void;
  /** Seeding is over: what was recorded so far is sorted oldest first when materialised. */
  seal(): void;
}

/** Sorts by the ISO timestamp, stable, computing each key once. */
function sortByActivityTime(items: DirectoryAudit[]): void {
  const keyed = items.map((item) => ({ at: item.activityDateTime ?? '', item }));
  keyed.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  keyed.forEach((k, i) => (items[i] = k.item));
}

/**
 * Owns `state.directoryAudits`, which becomes a getter: the first read builds the full array
 * (seeded entries in the order they were recorded, sorted by time once seeding is sealed, then
 * whatever was appended after), exactly the array an eager seed would have made. Appends never
 * force that: live writes wait in a tail until the first read.
 */
export function createAuditStore(state: TenantState, nextSeq: () => number): AuditStore {
  let recorded: (SeededAudit | DirectoryAudit)[] = [];
  let tail: DirectoryAudit[] = [];
  let all: DirectoryAudit[] | null = null;
  let sealed = false;

  const materialise = (): DirectoryAudit[] => {
    if (all) return all;
    const built = recorded.map((r) => (r instanceof SeededAudit ? r.materialise() : r));
    if (sealed) sortByActivityTime(built);
    for (const entry of tail) built.push(entry);
    recorded = [];
    tail = [];
    all = built;
    return built;
  };

  Object.defineProperty(state, 'directoryAudits', {
    configurable: true,
    enumerable: true,
    get: materialise,
  });

  return {
    seed(story, atMs, activity, initiatedBy) {
      const entry = new SeededAudit(story, atMs, activity, initiatedBy, nextSeq());
      if (all) all.push(entry.materialise());
      else recorded.push(entry);
    },
    append(entry) {
      if (all) all.push(entry);
      else if (sealed) tail.push(entry);
      else recorded.push(entry);
    },
    seal() {
      if (sealed) return;
      sealed = true;
      if (all) sortByActivityTime(all);
    },
  };
}
