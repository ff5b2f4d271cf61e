/**
 * Compares an emulator answer with a doc example: every property the example shows exists with
 * the same JSON type (null in either matches anything, since samples show nulls where real data
 * has values), `@odata.type` values are equal, and `@odata.context` is equal once ids are masked.
 * Samples are "shortened for readability", so extra properties in the answer are allowed.
 * Returns the mismatches as paths, empty when the shapes agree.
 */
export function shapeMismatches(actual: unknown, example: unknown, path = '$'): string[] {
  if (example === null || actual === null) return [];
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    const [first] = example as unknown[];
    const [got] = actual as unknown[];
    return first === undefined || got === undefined
      ? []
      : shapeMismatches(got, first, `${path}[0]`);
  }
  if (typeof example === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object`];
    const a = actual as Record<string, unknown>;
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) => {
      if (!(key in a)) return [`${path}.${key}: missing`];
      if (key === '@odata.type' && a[key] !== value) {
        return [`${path}.${key}: ${String(a[key])} is not ${String(value)}`];
      }
      if (key.endsWith('@odata.context') && mask(a[key]) !== mask(value)) {
        return [`${path}.${key}: ${String(a[key])} is not ${String(value)}`];
      }
      return shapeMismatches(a[key], value, `${path}.${key}`);
    });
  }
  return typeof actual === typeof example
    ? []
    : [`${path}: ${typeof actual} is not ${typeof example}`];
}

function mask(value: unknown): string {
  return String(value).replace(/'[^']*'/g, "'<id>'");
}
