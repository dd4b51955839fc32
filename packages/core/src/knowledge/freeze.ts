/**
 * Freezes a knowledge table and everything in it. Assessments share the tables' arrays (sources,
 * evidence) instead of copying them, so a consumer that mutated one would change every later
 * assessment; frozen, it throws instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
