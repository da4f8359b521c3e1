import { rulesToCondition } from '@casl/ability/extra';
import { ArrayType, type EntityMetadata, type EntityProperty, type FilterQuery, ReferenceKind } from '@mikro-orm/core';
import type { Action, AppAbility, SubjectType } from './ability.js';

/** A rule condition that has no faithful SQL translation. Refusing beats guessing with access. */
export class UntranslatableRuleError extends Error {}

type Query = Record<string, unknown>;
type Filter = Record<string, unknown>;

const and = (parts: Filter[]): Filter => (parts.length === 1 ? parts[0] : { $and: parts });
const or = (parts: Filter[]): Filter => (parts.length === 1 ? parts[0] : { $or: parts });
/** `negate` turns AND into OR (De Morgan) so negation is pushed down to the leaves. */
const join = (parts: Filter[], negate: boolean): Filter => (negate ? or(parts) : and(parts));

const isPlainObject = (v: unknown): v is Query =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);
const isOperatorObject = (v: unknown): v is Query =>
  isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));

/** A PostgreSQL array column (enum arrays, string arrays): CASL equality means "contains". */
const isArrayColumn = (prop: EntityProperty) =>
  prop.array === true || prop.customType instanceof ArrayType || (prop.columnTypes?.[0] ?? '').endsWith('[]');

/**
 * One comparison on a scalar column, with CASL's (JavaScript) semantics kept in SQL: a missing
 * or NULL value never equals anything, so its negations must let NULL rows through explicitly.
 */
function leaf(field: string, prop: EntityProperty, op: string, value: unknown, negate: boolean): Filter {
  const f = (cond: unknown): Filter => ({ [field]: cond });
  // A NOT NULL column never holds NULL: leave the NULL branches out, so the SQL stays indexable.
  const isNull: Filter | null = prop.nullable ? f(null) : null;
  const never: Filter = { [field]: { $in: [] } };
  const orNull = (x: Filter) => (isNull ? or([x, isNull]) : x);
  const array = isArrayColumn(prop);
  switch (op) {
    case '$eq':
    case '$ne': {
      const positive = op === '$eq' ? !negate : negate;
      if (value === null || value === undefined) return positive ? (isNull ?? never) : f({ $ne: null });
      if (Array.isArray(value) || isPlainObject(value))
        throw new UntranslatableRuleError(`${field}: equality with an array or object`);
      const eq = array ? f({ $contains: [value] }) : f(value);
      return positive ? eq : orNull(array ? { $not: eq } : f({ $ne: value }));
    }
    case '$in':
    case '$nin': {
      if (!Array.isArray(value)) throw new UntranslatableRuleError(`${field}: ${op} needs an array`);
      const positive = op === '$in' ? !negate : negate;
      const values = value.filter((v) => v !== null && v !== undefined);
      const withNull = values.length !== value.length;
      if (values.some((v) => Array.isArray(v) || isPlainObject(v)))
        throw new UntranslatableRuleError(`${field}: ${op} of arrays or objects`);
      const inValues = array ? f({ $overlap: values }) : f({ $in: values });
      if (positive) return withNull && isNull ? or([inValues, isNull]) : inValues;
      const notIn = array ? { $not: inValues } : f({ $nin: values });
      return withNull ? and([notIn, f({ $ne: null })]) : orNull(notIn);
    }
    case '$lt':
    case '$lte':
    case '$gt':
    case '$gte': {
      if (array) throw new UntranslatableRuleError(`${field}: ${op} on an array column`);
      if (value === null || value === undefined || (typeof value === 'object' && !(value instanceof Date))) {
        throw new UntranslatableRuleError(`${field}: ${op} needs a number, string or date`);
      }
      const opposite = { $lt: '$gte', $lte: '$gt', $gt: '$lte', $gte: '$lt' }[op];
      return negate ? orNull(f({ [opposite]: value })) : f({ [op]: value });
    }
    case '$exists':
      // CASL tells a missing property from a null one; a column cannot. Compare with null instead.
      throw new UntranslatableRuleError(`${field}: $exists has no SQL form; compare with null`);
    case '$regex':
      // JavaScript and PostgreSQL regular expressions differ (\\w, ".", newlines): no rule may rely on one.
      throw new UntranslatableRuleError(`${field}: $regex has no faithful SQL form`);
    default:
      throw new UntranslatableRuleError(`${field}: operator ${op} is not supported in SQL`);
  }
}

function fieldCondition(path: string[], value: unknown, meta: EntityMetadata, negate: boolean): Filter {
  const [head, ...rest] = path;
  const prop = meta.properties[head];
  if (!prop) throw new UntranslatableRuleError(`${meta.className} has no property "${head}"`);
  if (rest.length === 0 && prop.kind === ReferenceKind.SCALAR) {
    if (['json', 'jsonb', 'JsonType'].includes(prop.type))
      throw new UntranslatableRuleError(`${head}: JSON columns are not supported`);
    if (!isOperatorObject(value)) return leaf(head, prop, '$eq', value, negate);
    const parts = Object.entries(value).map(([op, v]) => leaf(head, prop, op, v, negate));
    return join(parts, negate);
  }
  if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
    throw new UntranslatableRuleError(`${meta.className}.${head} is not a relation`);
  }
  const target = prop.targetMeta!;
  const toOne = prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE;
  if (rest.length === 0) {
    // On a loaded entity CASL sees an object here, never an id: write `unit.id` instead.
    throw new UntranslatableRuleError(`${head}: compare a field of the relation, e.g. "${head}.id"`);
  }
  if (!toOne && negate) {
    throw new UntranslatableRuleError(`${head}: negation through a collection has no faithful SQL form`);
  }
  if (toOne && rest.length === 1 && target.primaryKeys.length === 1 && rest[0] === target.primaryKeys[0]) {
    // `unit.id` is the foreign key column itself: compare it without a join.
    const fk = { ...prop, kind: ReferenceKind.SCALAR, array: false } as EntityProperty;
    return fieldCondition(
      [head],
      value,
      { ...meta, properties: { ...meta.properties, [head]: fk } } as EntityMetadata,
      negate,
    );
  }
  const inner = fieldCondition(rest, value, target, negate);
  const through = { [head]: inner };
  // A NULL reference makes the dotted path undefined in CASL, which every negation matches.
  return negate && prop.nullable ? or([through, { [head]: null }]) : through;
}

function queryCondition(query: Query, meta: EntityMetadata, negate: boolean): Filter {
  const parts: Filter[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) {
      // CASL 7's matcher silently answers false for $and/$or/$nor/$not in conditions, so such a
      // rule would grant nothing in ability.can() while SQL would grant rows: write separate rules.
      throw new UntranslatableRuleError(
        `operator ${key} in conditions: CASL does not evaluate it; use one rule per branch`,
      );
    }
    parts.push(fieldCondition(key.split('.'), value, meta, negate));
  }
  if (parts.length === 0) throw new UntranslatableRuleError('empty condition');
  return join(parts, negate);
}

/**
 * The MikroORM filter that selects exactly the rows of `meta`'s entity on which `ability` allows
 * `action` (the same answer `ability.can(action, row)` gives, row by row), or `null` when no row
 * can be allowed. Throws UntranslatableRuleError rather than approximate.
 */
export function accessibleFilter<T extends object>(
  ability: AppAbility,
  action: Action,
  subjectType: SubjectType,
  meta: EntityMetadata<T>,
): FilterQuery<T> | null {
  const rules = ability.rulesFor(action, subjectType);
  return rulesToCondition(
    rules,
    (rule) => queryCondition(rule.conditions as Query, meta as EntityMetadata, rule.inverted),
    { and, or, empty: () => ({}) },
  ) as FilterQuery<T> | null;
}
