import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync, type BuildSchemaOptions, type MiddlewareFn } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { fieldsKeepingHandler, installDirectResolvers } from './graphql/direct-resolvers';
import { FEATURES } from './modules';
import { LocationResolver } from './graphql/location.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { SearchResolver } from './modules/search/search.resolver';

let schema: GraphQLSchema | undefined;

/** TypeGraphQL's build settings that the direct resolvers must know to stay equivalent. */
const BUILD_OPTIONS = { validate: false, globalMiddlewares: [] as MiddlewareFn[] };

/**
 * The executable schema, built once per process (TypeGraphQL metadata is global) from the
 * registry's features plus the readers of the registry (node lookup and search) and the shared Location.
 */
/** The fields that must be resolved by TypeGraphQL's handler (`@Authorized`, middleware, validation). */
export function guardedFields(): Set<string> {
  buildQorgauSchema();
  return fieldsKeepingHandler({ globalMiddlewares: BUILD_OPTIONS.globalMiddlewares.length, validate: BUILD_OPTIONS.validate });
}

export function buildQorgauSchema(): GraphQLSchema {
  if (schema) return schema;
  const resolvers = [NodeResolver, SearchResolver, LocationResolver, ...FEATURES.flatMap((feature) => feature.resolvers)];
  schema = buildSchemaSync({
    resolvers: resolvers as unknown as BuildSchemaOptions['resolvers'],
    orphanedTypes: FEATURES.flatMap((feature) => ('types' in feature ? [...(feature.types ?? [])] : [])),
    validate: BUILD_OPTIONS.validate,
    authChecker,
    globalMiddlewares: BUILD_OPTIONS.globalMiddlewares,
  });
  installDirectResolvers(schema, { globalMiddlewares: BUILD_OPTIONS.globalMiddlewares.length, validate: BUILD_OPTIONS.validate });
  const query = schema.getQueryType();
  if (query) {
    query.description =
      'The read API of the Qorgau registry: events, organizations, officials, regions, programmes, pilots, recommendations and search.';
  }
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'Writes, with an API key (`Authorization: Bearer <key>`). Each takes one `input` and returns a payload with the changed record and `userErrors`; updates and deletes carry the `version` last read and answer CONFLICT instead of overwriting.';
  }
  return schema;
}
