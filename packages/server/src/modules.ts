// The one registry of features: every feature folder's index.ts, listed once. The schema, the
// request's loaders, node lookup, global IDs and search read this list; nothing else lists features.
// Features declare TypeGraphQL classes, whose decorators need the metadata API loaded first.
import 'reflect-metadata';
import type { Feature, NodeDefinition, SearchDefinition } from './feature';
import type { TypeModel } from './compiler/model';
import { registerIdTypes, registerNodeTypes } from './graphql/global-id';
import { apiKeysFeature } from './modules/api-keys';
import { auditLogFeature } from './modules/audit-log';
import { changesFeature } from './modules/changes';
import { enumLabelsFeature } from './modules/enum-labels';
import { eventsFeature } from './modules/events';
import { indicatorsFeature } from './modules/indicators';
import { officialsFeature } from './modules/officials';
import { organizationsFeature } from './modules/organizations';
import { pilotRegionsFeature } from './modules/pilot-regions';
import { programmesFeature } from './modules/programmes';
import { recommendationsFeature } from './modules/recommendations';
import { regionsFeature } from './modules/regions';
import { sourcesFeature } from './modules/sources';

export const FEATURES = [
  sourcesFeature,
  regionsFeature,
  organizationsFeature,
  officialsFeature,
  eventsFeature,
  programmesFeature,
  pilotRegionsFeature,
  indicatorsFeature,
  recommendationsFeature,
  apiKeysFeature,
  changesFeature,
  auditLogFeature,
  enumLabelsFeature,
] as const;

type AnyFeature = Feature<object, object>;
const features = FEATURES as readonly AnyFeature[];

/** Every record type with global IDs, and how to load one by its database id. */
export const NODE_DEFINITIONS: ReadonlyMap<string, NodeDefinition<object>> = new Map(
  features.flatMap((feature) => feature.nodes ?? []).map((node) => [node.typeName, node]),
);

/** The tables `search` ranks, in registry order. */
export const SEARCH_DEFINITIONS: readonly SearchDefinition[] = features.flatMap((feature) => feature.search ?? []);

/** How the read compiler reads each GraphQL type: the features' models, `Query`'s fields gathered from all. */
export const READ_MODELS: ReadonlyMap<string, TypeModel> = (() => {
  const models = new Map<string, TypeModel>();
  for (const model of features.flatMap((feature) => feature.models ?? [])) {
    const known = models.get(model.typename);
    if (known && model.typename !== 'Query') throw new Error(`Two features describe ${model.typename}`);
    models.set(model.typename, known ? { ...known, fields: { ...known.fields, ...model.fields } } : model);
  }
  return models;
})();

registerIdTypes([...NODE_DEFINITIONS.keys(), ...features.flatMap((feature) => feature.otherIdTypes ?? [])]);
registerNodeTypes(NODE_DEFINITIONS.keys());
