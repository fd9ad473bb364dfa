import type { GraphQLRequest } from '@apollo/server';
import type { Context } from '../context';
import {
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const COERCED = Symbol('coerced variables');

/**
 * The variables of a request as its operation runs with them (defaults applied, coerced), coerced
 * once per request for every step that needs them (the limits, the compiler), whichever lane runs
 * it; undefined when they do not coerce: execution refuses them (BAD_USER_INPUT) before any
 * resolver runs. Kept in the request's context rather than a WeakMap of requests, whose entry per
 * request the garbage collector would have to trace on every collection.
 */
export function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  request: GraphQLRequest,
  context: Pick<Context, 'once'>,
): Record<string, unknown> | undefined {
  return coercedOnce(schema, operation, request, context).values;
}

/**
 * The coerced variables as JSON, the key of what depends on them alone (an operation's compiled
 * statements): written once per request.
 */
export function variablesKey(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  request: GraphQLRequest,
  context: Pick<Context, 'once'>,
): string | undefined {
  const coerced = coercedOnce(schema, operation, request, context);
  if (coerced.values === undefined) return undefined;
  coerced.key ??= JSON.stringify(coerced.values);
  return coerced.key;
}

interface Coerced {
  operation: OperationDefinitionNode;
  values: Record<string, unknown> | undefined;
  key?: string;
}

function coercedOnce(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  request: GraphQLRequest,
  context: Pick<Context, 'once'>,
): Coerced {
  const coerced = context.once<Coerced>(COERCED, () => ({ operation, values: coerce(schema, operation, request) }));
  return coerced.operation === operation ? coerced : { operation, values: coerce(schema, operation, request) };
}

function coerce(schema: GraphQLSchema, operation: OperationDefinitionNode, request: GraphQLRequest): Record<string, unknown> | undefined {
  const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  return coercion.errors ? undefined : coercion.coerced;
}

const fragmentsByDocument = new WeakMap<DocumentNode, Record<string, FragmentDefinitionNode>>();

/** A document's fragments by name (Apollo keeps one DocumentNode per query text: computed once per text). */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  let fragments = fragmentsByDocument.get(document);
  if (!fragments) {
    fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    fragmentsByDocument.set(document, fragments);
  }
  return fragments;
}
