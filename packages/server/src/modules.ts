// The one registry of features: every feature folder's index.ts, listed once. The schema, the
// request's loaders, node lookup, global IDs and search read this list; nothing else lists features.
// Features declare TypeGraphQL classes, whose decorators need the metadata API loaded first.
import 'reflect-metadata';
import type { Feature, NodeDefinition, SearchDefinition } from './feature';
import { registerIdTypes } from './graphql/global-id';
import { apiKeysFeature } from './modules/api-keys';
import { auditLogFeature } from './modules/audit-log';
import { changesFeature } from './modules/changes';
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
] as const;

type AnyFeature = Feature<object, object>;
const features = FEATURES as readonly AnyFeature[];

/** Every record type with global IDs, and how to load one by its database id. */
export const NODE_DEFINITIONS: ReadonlyMap<string, NodeDefinition<object>> = new Map(
  features.flatMap((feature) => feature.nodes ?? []).map((node) => [node.typeName, node]),
);

/** The tables `search` ranks, in registry order. */
export const SEARCH_DEFINITIONS: readonly SearchDefinition[] = features.flatMap((feature) => feature.search ?? []);

registerIdTypes([...NODE_DEFINITIONS.keys(), ...features.flatMap((feature) => feature.otherIdTypes ?? [])]);
