import type { HttpMethod } from './types.ts';

/** Graph's documented ceiling of requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

export interface BatchRequestItem {
  /** Unique within the call (Graph compares ids case-insensitively). */
  id: string;
  method: HttpMethod;
  /** Relative to the version root, e.g. `/roleManagement/directory/roleDefinitions/{id}`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Ids of items that must succeed first; Graph answers 424 for an item whose dependency failed. */
  dependsOn?: readonly string[];
}

export function batchKey(id: string): string {
  return id.toLowerCase();
}

/** Rejects what Graph would reject for the whole batch (duplicate ids) or could never run. */
export function validateBatchItems(items: readonly BatchRequestItem[]): void {
  const keys = new Set<string>();
  for (const item of items) {
    if (item.id === '') throw new Error('Every $batch item needs a non-empty id.');
    const key = batchKey(item.id);
    if (keys.has(key)) throw new Error(`Duplicate $batch item id "${item.id}".`);
    keys.add(key);
  }
  for (const item of items) {
    for (const dependency of item.dependsOn ?? []) {
      if (!keys.has(batchKey(dependency)) || batchKey(dependency) === batchKey(item.id)) {
        throw new Error(`$batch item "${item.id}" depends on unknown item "${dependency}".`);
      }
    }
  }
}

/**
 * Splits items into batches of at most 20. `dependsOn` only works inside one batch, so items
 * linked by dependencies (directly or through others) always travel together, in their order.
 */
export function chunkBatchItems<T extends BatchRequestItem>(items: readonly T[]): T[][] {
  const groups = dependencyGroups(items);
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const group of groups) {
    if (group.length > MAX_BATCH_SIZE) {
      throw new Error(
        `${group.length} $batch items depend on one another; one batch holds at most ${MAX_BATCH_SIZE}.`,
      );
    }
    if (current.length + group.length > MAX_BATCH_SIZE) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Connected groups of items under `dependsOn`, each in input order, ordered by first member. */
function dependencyGroups<T extends BatchRequestItem>(items: readonly T[]): T[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
      root = up;
    }
    parent.set(key, root);
    return root;
  };
  for (const item of items) parent.set(batchKey(item.id), batchKey(item.id));
  for (const item of items) {
    for (const dependency of item.dependsOn ?? []) {
      const a = find(batchKey(item.id));
      const b = find(batchKey(dependency));
      if (a !== b) parent.set(a, b);
    }
  }
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const root = find(batchKey(item.id));
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  }
  return [...groups.values()];
}
