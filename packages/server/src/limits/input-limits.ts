import {
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { BadUserInputError } from '../errors';

/** The most items an input list may hold (IDs to fetch, participants to add, statuses to filter by). */
export const MAX_INPUT_LIST_ITEMS = 100;

/** The longest text an input may carry (a recommendation's full text is a few thousand characters). */
export const MAX_INPUT_TEXT_LENGTH = 20_000;

function checkValue(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > MAX_INPUT_LIST_ITEMS) {
      throw new BadUserInputError(`${path} holds ${items.length} items; the limit is ${MAX_INPUT_LIST_ITEMS}`, path);
    }
    for (const item of items) checkValue(item, nullable.ofType as GraphQLInputType, path);
    return;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(fieldValue, field.type, `${path}.${name}`);
    }
    return;
  }
  if (typeof value === 'string' && value.length > MAX_INPUT_TEXT_LENGTH) {
    throw new BadUserInputError(`${path} is ${value.length} characters long; the limit is ${MAX_INPUT_TEXT_LENGTH}`, path);
  }
}

/** The arguments an operation can run with (its own and its fragments'), each with its declared type. */
interface ArgumentSite {
  node: ArgumentNode;
  type: GraphQLInputType;
}

// Found once per operation: Apollo keeps one parsed document per query text.
const argumentSites = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function argumentSitesOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  let sites = argumentSites.get(operation);
  if (sites) return sites;
  const found: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (argument) found.push({ node, type: argument.type });
    },
  });
  // The operation and the fragments it may spread (a fragment of another operation is not checked
  // against this one's variables, so only definitions this request could run are visited).
  for (const definition of document.definitions) {
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  }
  sites = found;
  argumentSites.set(operation, sites);
  return sites;
}

/**
 * Refuses, before anything runs, an argument holding a list longer than MAX_INPUT_LIST_ITEMS or a
 * text longer than MAX_INPUT_TEXT_LENGTH, naming the argument (`filter.statuses`, `input.participants`).
 */
export function checkInputLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  for (const { node, type } of argumentSitesOf(schema, document, operation)) {
    checkValue(valueFromAST(node.value, type, variables), type, node.name.value);
  }
}
