import type { GraphQLRequest } from '@apollo/server';
import {
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** The variables of a request as its operation runs with them (defaults applied, coerced); undefined when they do not coerce. */
const coercedByRequest = new WeakMap<GraphQLRequest, Record<string, unknown> | undefined>();

/**
 * Coerces a request's variables once for every plugin that needs them (the limits, the compiler);
 * execution refuses variables that do not coerce (BAD_USER_INPUT) before any resolver runs.
 */
export function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  request: GraphQLRequest,
): Record<string, unknown> | undefined {
  if (coercedByRequest.has(request)) return coercedByRequest.get(request);
  const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  const coerced = coercion.errors ? undefined : coercion.coerced;
  coercedByRequest.set(request, coerced);
  return coerced;
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
