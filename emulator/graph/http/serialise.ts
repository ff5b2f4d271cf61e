import { badRequest } from './envelope.ts';
import type { Entity, EntityType, ResolveEnv } from './entity-model.ts';
import type { ExpandItem } from './odata-query.ts';
import { GRAPH_METADATA_ORIGIN } from './envelope.ts';

function unknownProperty(name: string, type: EntityType): Error {
  return badRequest(
    `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.${type.name}'.`,
  );
}

/** Rejects `$select`/`$expand` naming what the type lacks, before any data is read. */
export function validateShape(
  type: EntityType,
  select: readonly string[] | undefined,
  expand: readonly ExpandItem[],
  sample?: Entity,
): void {
  const derived = sample && type.derived ? type.derived(sample).properties : [];
  const known = new Set([
    ...type.properties,
    ...(type.selectable ?? []),
    ...derived,
    ...Object.keys(type.navigation),
  ]);
  for (const name of select ?? []) {
    if (name !== '*' && !known.has(name)) throw unknownProperty(name, type);
  }
  for (const item of expand) {
    const nav = type.navigation[item.name];
    if (!nav) throw unknownProperty(item.name, type);
    // Nested options are checked against the declared target; polymorphic targets at render.
    const target = nav.target({});
    if (!nav.annotate) validateShape(target, item.select, item.expand);
  }
}

export interface RenderOptions {
  select?: readonly string[];
  expand: readonly ExpandItem[];
  /** Emit `@odata.type` even if the type is not annotated by default. */
  annotate?: boolean;
}

/** Renders a stored entity as Graph returns it: annotations, nulls, `$select`, `$expand`. */
export function renderEntity(
  entity: Entity,
  type: EntityType,
  env: ResolveEnv,
  options: RenderOptions,
): Entity {
  const computed = type.compute ? type.compute(entity, env) : entity;
  const derived = type.derived?.(computed);
  const out: Entity = {};
  if (options.annotate || type.annotate || (derived && derived.name !== type.name)) {
    out['@odata.type'] = `#microsoft.graph.${derived?.name ?? type.name}`;
  }
  const all = [...type.properties, ...(derived?.properties ?? [])];
  const wanted =
    options.select && !options.select.includes('*')
      ? options.select.filter((p) => !(p in type.navigation))
      : (type.defaultProperties ?? all);
  for (const name of wanted) {
    if (derived && !all.includes(name)) continue;
    const value = computed[name];
    out[name] = value === undefined ? null : value;
  }
  for (const item of options.expand) {
    const nav = type.navigation[item.name];
    if (!nav) throw unknownProperty(item.name, type);
    const related = nav.resolve(computed, env);
    const render = (r: Entity): Entity => {
      const target = nav.target(r);
      if (nav.annotate) validateShape(target, item.select, item.expand, r);
      return renderEntity(r, target, env, {
        select: item.select,
        expand: item.expand,
        annotate: nav.annotate,
      });
    };
    if (nav.collection) out[item.name] = Array.isArray(related) ? related.map(render) : [];
    else out[item.name] = related && !Array.isArray(related) ? render(related) : null;
  }
  return type.decorate ? type.decorate(out) : out;
}

function shapeSuffix(select: readonly string[] | undefined, expand: readonly ExpandItem[]): string {
  const parts = [
    ...(select ?? []).filter((s) => !expand.some((e) => e.name === s)),
    ...expand.map((e) => `${e.name}(${shapeSuffix(e.select, e.expand).slice(1, -1)})`),
  ];
  return parts.length > 0 ? `(${parts.join(',')})` : '';
}

/**
 * Graph's `@odata.context`: `https://graph.microsoft.com/<v>/$metadata#<path>(<select>,<nav>())`,
 * with `/$entity` for a single entity. It names Graph's metadata document, not the emulator.
 */
export function contextUrl(
  version: string,
  path: string,
  options: { select?: readonly string[]; expand: readonly ExpandItem[]; entity?: boolean },
): string {
  const shape = shapeSuffix(options.select, options.expand);
  return `${GRAPH_METADATA_ORIGIN}/${version}/$metadata#${path}${shape}${options.entity ? '/$entity' : ''}`;
}
