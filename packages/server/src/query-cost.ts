import {
  getNamedType,
  GraphQLError,
  GraphQLInt,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@qorgau/schema';
import { DEFAULT_PAGE_SIZE } from './sql/pagination';

/**
 * The most nodes one request may ask for. As in GitHub's API, a request's cost is the number of
 * nodes its connections could return: each connection's page size times the page sizes of the
 * connections around it (`events(first: 100) { nodes { recommendations(first: 100) } }` costs
 * 100 + 100 × 100). Plain lists (participants, posts) are bounded by the data, not counted.
 */
export const MAX_QUERY_NODES = 20_000;

/**
 * The most mutations one request may run. Each runs in its own transaction, one after another, so
 * a request with hundreds of aliased mutations would hold a connection and the writers' locks for
 * as long as it liked; batches larger than this are sent as several requests.
 */
export const MAX_MUTATIONS_PER_REQUEST = 20;

/** How many root fields `selectionSet` runs, fragments expanded (aliases of one field count apiece). */
export function rootFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): number {
  const visited = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') total += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        total += count(fragment.selectionSet);
        visited.delete(fragment.name.value);
      }
    }
    return total;
  };
  return count(selectionSet);
}

function isPaged(type: GraphQLNamedType, fieldName: string): boolean {
  return type.name.endsWith('Connection') || (fieldName === 'nodes' && type.name === 'Node');
}

/** The nodes `operation` could return at most, with its variables applied. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const visited = new Set<string>();
  const cost = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType, multiplier: number): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        let inner = multiplier;
        if (isPaged(type, selection.name.value)) {
          const sizeArgument = (name: string) => {
            const node = selection.arguments?.find((argument) => argument.name.value === name);
            return node ? (valueFromAST(node.value, GraphQLInt, variables) as number | null | undefined) : undefined;
          };
          const ids = selection.arguments?.find((argument) => argument.name.value === 'ids');
          const size =
            ids?.value.kind === Kind.LIST ? ids.value.values.length : (sizeArgument('first') ?? sizeArgument('last') ?? DEFAULT_PAGE_SIZE);
          inner = multiplier * Math.max(1, size);
          total += inner;
        }
        if (selection.selectionSet) total += cost(selection.selectionSet, type, inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) total += cost(selection.selectionSet, type, multiplier);
      } else {
        const fragment = fragments[selection.name.value];
        // A fragment spread inside itself is a validation error; guard anyway.
        if (!fragment || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type) total += cost(fragment.selectionSet, type, multiplier);
        visited.delete(fragment.name.value);
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
  return root ? cost(operation.selectionSet, root, 1) : 0;
}

/**
 * Refuses, before execution, a request that could return more than MAX_QUERY_NODES nodes or that
 * runs more than MAX_MUTATIONS_PER_REQUEST mutations.
 */
export function queryCostPlugin(maximum = MAX_QUERY_NODES, maxMutations = MAX_MUTATIONS_PER_REQUEST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          if (operation.operation === 'mutation') {
            const mutations = rootFieldCount(operation.selectionSet, fragments);
            if (mutations > maxMutations) {
              throw new GraphQLError(
                `This request runs ${mutations} mutations; the limit is ${maxMutations} per request. Send larger batches as several requests.`,
                { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, mutations, maximum: maxMutations, http: { status: 400 } } },
              );
            }
          }
          const nodes = operationCost(schema, operation, fragments, request.variables ?? {});
          if (nodes > maximum) {
            throw new GraphQLError(
              `This request could return ${nodes} nodes; the limit is ${maximum}. Ask for smaller pages (first/last) in nested connections.`,
              {
                extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: nodes, maximum, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
