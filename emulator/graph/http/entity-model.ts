import type { GraphVersion, PimDomain } from '../pim/domain.ts';
import type { Caller, TenantState } from '../state.ts';

/** A Graph entity as JSON: stored shapes are plain objects. */
export type Entity = Record<string, unknown>;

/** What navigation resolution and caller-dependent properties may look at. */
export interface ResolveEnv {
  state: TenantState;
  /** For what only the domain knows: approvers, the eligibility an activation used, scopes. */
  domain: PimDomain;
  caller: Caller;
  version: GraphVersion;
  now: Date;
}

export interface NavigationProperty {
  collection: boolean;
  /** The related entity's type (may depend on the entity, for polymorphic targets). */
  target: (related: Entity) => EntityType;
  resolve: (entity: Entity, env: ResolveEnv) => Entity | Entity[] | null;
  /** The target is declared as a base type (e.g. `directoryObject`): annotate each instance. */
  annotate?: boolean;
}

/**
 * How one Graph entity type serialises: its structural properties (validating `$select`,
 * filling absent ones with `null` as Graph does), its expandable navigation properties and,
 * for polymorphic types, which derived type an instance is.
 */
export interface EntityType {
  /** Unqualified type name, e.g. `unifiedRoleEligibilityScheduleInstance`. */
  name: string;
  properties: readonly string[];
  /** Properties of derived types `$select` may name (validated before any instance is seen). */
  selectable?: readonly string[];
  /** What Graph returns without `$select` when it is not every property (users). */
  defaultProperties?: readonly string[];
  navigation: Readonly<Record<string, NavigationProperty>>;
  /** For derived types: the concrete type name and its extra properties. */
  derived?: (entity: Entity) => { name: string; properties: readonly string[] };
  /** Emit `@odata.type` on every instance (Graph does for polymorphic collections). */
  annotate?: boolean;
  /** Caller-dependent or computed values (e.g. an approval step's `assignedToMe`). */
  compute?: (entity: Entity, env: ResolveEnv) => Entity;
  /** Nested complex values that need their own annotations (e.g. approvers in a rule). */
  decorate?: (entity: Entity) => Entity;
}

export function findById<T extends { id?: string | null }>(
  items: readonly T[],
  id: unknown,
): T | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.toLowerCase();
  return items.find((item) => item.id?.toLowerCase() === key);
}

export function asEntity(value: unknown): Entity {
  return value as Entity;
}

export function str(entity: Entity, key: string): string | undefined {
  const v = entity[key];
  return typeof v === 'string' ? v : undefined;
}

/** A scalar as text for comparisons; objects and absent values compare as empty. */
export function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}
