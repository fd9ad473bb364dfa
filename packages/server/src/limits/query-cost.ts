import {
  getNamedType,
  getNullableType,
  GraphQLInt,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_ITEMS_EXTENSION } from '../graphql/max-items';
import { DEFAULT_PAGE_SIZE } from '../sql/pagination';

/**
 * A request's cost is the number of records it could make the server fetch, counted before it
 * runs (GitHub's node limit, with Shopify's rule that every record counts):
 * - a connection costs its page size (`first`/`last`, or the default), and multiplies what is
 *   selected inside it: `events(first: 100) { nodes { recommendations(first: 10) … } }` costs
 *   100 + 100 × 10;
 * - a plain list (`Region.children`, `Event.participants`) costs the most it can hold, declared on
 *   the field with `@MaxItems` (0 for lists built without the database, such as `userErrors`), and
 *   multiplies the same way, so that cycles such as `children { parent { children … } }` grow with
 *   every level;
 * - a single record (`event(slug:)`, `Event.region`) costs 1, `totalCount` 1 (a count), and every
 *   item of a list argument (`nodes(ids:)`, `types:`) 1;
 * - scalars and objects embedded in their record (`title`, `pageInfo`) cost nothing.
 * Aliases repeat a field, so each alias costs again. The bounds are worst cases (a page of 50
 * events with participants and their officials costs about 36,000, with the officials' posts
 * 210,000, whatever the data holds); the limit stops what multiplies without end (connections
 * nested in connections, cycles), as GitHub's 500,000 nodes do, and budgets per minute
 * (rate-limiter.ts) are counted in the same unit.
 */
export const MAX_QUERY_COST = 250_000;

/** The most items a plain list of records holds, as declared with `@MaxItems`; undefined when none is. */
export function declaredMaxItems(field: GraphQLField<unknown, unknown>): number | undefined {
  const value = field.extensions?.[MAX_ITEMS_EXTENSION];
  return typeof value === 'number' ? value : undefined;
}

/**
 * What introspection costs: `__schema` answers with the whole schema (about 150 KB, as much work as
 * tens of thousands of records; a request may hold four), `__type` with one type.
 */
export const INTROSPECTION_SCHEMA_COST = 50_000;
export const INTROSPECTION_TYPE_COST = 50;

function isConnection(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection');
}

/** A type whose values are records fetched from the database (everything that is a Node). */
function isRecordType(type: GraphQLNamedType): boolean {
  if (isObjectType(type)) return type.getInterfaces().some((i) => i.name === 'Node');
  return isUnionType(type) || (isInterfaceType(type) && type.name === 'Node');
}

/** How many root fields `selectionSet` runs, fragments expanded (aliases of one field count apiece). */
export function rootFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): number {
  // Each fragment is counted once and reused: a chain of fragments each spreading the next twice
  // would otherwise take time doubling with every link.
  const counted = new Map<string, number>();
  const count = (set: SelectionSetNode, path: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') total += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment spread inside itself is a validation error; guard anyway.
        if (!fragment || path.has(name)) continue;
        if (!counted.has(name)) counted.set(name, count(fragment.selectionSet, new Set([...path, name])));
        total += counted.get(name)!;
      }
    }
    return total;
  };
  return count(selectionSet, new Set());
}

/** The field arguments of an operation given as bare variables, as [argument, variable] (its fragments' included). */
const variableArguments = new WeakMap<OperationDefinitionNode, ReadonlyArray<readonly [string, string]>>();

function variableArgumentsOf(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): ReadonlyArray<readonly [string, string]> {
  let found = variableArguments.get(operation);
  if (!found) {
    const pairs: Array<readonly [string, string]> = [];
    const seen = new Set<string>();
    const walk = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          for (const argument of selection.arguments ?? []) {
            if (argument.value.kind === Kind.VARIABLE) pairs.push([argument.name.value, argument.value.name.value]);
          }
          if (selection.selectionSet) walk(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet);
        } else {
          const fragment = fragments[selection.name.value];
          if (!fragment || seen.has(selection.name.value)) continue;
          seen.add(selection.name.value);
          walk(fragment.selectionSet);
        }
      }
    };
    walk(operation.selectionSet);
    found = pairs;
    // The operation node is its document's, and so are the fragments it spreads.
    variableArguments.set(operation, found);
  }
  return found;
}

/**
 * What of the variables `operationCost` depends on: page sizes given as variables, and the length
 * of each list given as a variable (the other values, an event's id, cost the same). Requests whose
 * keys are equal cost the same, so the cost is walked once per key.
 */
export function costVariablesKey(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): string {
  let key = '';
  for (const [argument, variable] of variableArgumentsOf(operation, fragments)) {
    const value = variables[variable];
    if (argument === 'first' || argument === 'last') key += `${argument}:${String(value)};`;
    else if (Array.isArray(value)) key += `${variable}#${value.length};`;
  }
  return key;
}

/** The items of the list arguments of `selection`, variables applied (each is work for the server). */
function listArgumentItems(selection: FieldNode, variables: Record<string, unknown>): number {
  let items = 0;
  for (const argument of selection.arguments ?? []) {
    const value = argument.value;
    if (value.kind === Kind.LIST) items += value.values.length;
    else if (value.kind === Kind.VARIABLE) {
      const bound = variables[value.name.value];
      if (Array.isArray(bound)) items += bound.length;
    }
  }
  return items;
}

function pageSize(selection: FieldNode, variables: Record<string, unknown>): number {
  const sizeArgument = (name: string) => {
    const node = selection.arguments?.find((argument) => argument.name.value === name);
    if (!node) return undefined;
    const value = valueFromAST(node.value, GraphQLInt, variables) as number | null | undefined;
    return value ?? undefined;
  };
  return sizeArgument('first') ?? sizeArgument('last') ?? DEFAULT_PAGE_SIZE;
}

/** The records `operation` could make the server fetch at most, with its variables applied. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  // The cost is linear in `multiplier` and `instances` (cost = perRecord × multiplier + perInstance ×
  // instances), so each fragment is walked once per type and its spreads reuse the two figures: a
  // chain of fragments each spreading the next twice would otherwise take time doubling per link.
  const fragmentCosts = new Map<string, { perRecord: number; perInstance: number }>();
  const path = new Set<string>();
  // `multiplier`: how many times the selection set runs for records (a connection's nodes);
  // `instances`: how many of the parent object there are (a connection itself, for totalCount).
  const cost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType, multiplier: number, instances: number): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) {
          // Introspection is not among the fields: see INTROSPECTION_SCHEMA_COST.
          if (selection.name.value === '__schema') total += multiplier * INTROSPECTION_SCHEMA_COST;
          else if (selection.name.value === '__type') total += multiplier * INTROSPECTION_TYPE_COST;
          continue;
        }
        const type = getNamedType(field.type);
        total += instances * listArgumentItems(selection, variables);
        let inner = multiplier;
        let innerInstances = multiplier;
        if (isConnection(parentType) || parentType.name.endsWith('Edge')) {
          // `nodes`, `edges { node }`: the records the connection's page size already counted.
          if (field.name === 'totalCount') total += instances;
        } else if (isConnection(type)) {
          inner = multiplier * Math.max(1, pageSize(selection, variables));
          total += inner;
        } else if (isListType(getNullableType(field.type)) && (isObjectType(type) || isRecordType(type))) {
          const ids = selection.arguments?.find((argument) => argument.name.value === 'ids');
          // `nodes(ids:)` holds as many records as it is given ids (already counted as list items).
          const items = ids ? listArgumentItems({ ...selection, arguments: [ids] }, variables) : (declaredMaxItems(field) ?? 1);
          inner = multiplier * Math.max(1, items);
          if (!ids) total += multiplier * items;
        } else if (isRecordType(type)) {
          total += multiplier;
        }
        if (!isConnection(type)) innerInstances = inner;
        if (selection.selectionSet) total += cost(selection.selectionSet, type, inner, innerInstances);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) total += cost(selection.selectionSet, type, multiplier, instances);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment spread inside itself is a validation error; guard anyway.
        if (!fragment || path.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (!type) continue;
        let figures = fragmentCosts.get(name);
        if (!figures) {
          path.add(name);
          figures = { perRecord: cost(fragment.selectionSet, type, 1, 0), perInstance: cost(fragment.selectionSet, type, 0, 1) };
          path.delete(name);
          fragmentCosts.set(name, figures);
        }
        total += figures.perRecord * multiplier + figures.perInstance * instances;
      }
    }
    return total;
  };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? cost(operation.selectionSet, root, 1, 1) : 0;
}
