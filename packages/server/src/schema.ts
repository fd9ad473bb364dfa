import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { installDirectResolvers } from './common/direct-resolvers';
import { EventOrganizerResolver, EventParticipantResolver, EventResolver } from './modules/events/event.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { OfficialResolver, PostResolver } from './modules/officials/official.resolver';
import { ContactResolver, OrganizationResolver } from './modules/organizations/organization.resolver';
import {
  IndicatorTotalResolver,
  IndicatorValueResolver,
  PilotAreaResolver,
  PilotMeasureResolver,
  PilotRegionResolver,
  ProgrammeResolver,
} from './modules/programmes/programme.resolver';
import { RecommendationResolver, RecommendationStatusChangeResolver } from './modules/recommendations/recommendation.resolver';
import { RegionResolver } from './modules/regions/region.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { SourceResolver } from './modules/sources/source.resolver';
import { Event } from './modules/events/event.type';
import { Official } from './modules/officials/official.type';
import { Organization } from './modules/organizations/organization.type';
import { PilotRegion, Programme } from './modules/programmes/programme.type';
import { Recommendation } from './modules/recommendations/recommendation.type';
import { Region } from './modules/regions/region.type';
import { Source } from './modules/sources/source.type';

let schema: GraphQLSchema | undefined;

/** The executable schema; built once per process (TypeGraphQL metadata is global). */
export function buildQorgauSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      SearchResolver,
      EventResolver,
      EventOrganizerResolver,
      EventParticipantResolver,
      OrganizationResolver,
      ContactResolver,
      OfficialResolver,
      PostResolver,
      RegionResolver,
      ProgrammeResolver,
      PilotRegionResolver,
      PilotAreaResolver,
      PilotMeasureResolver,
      IndicatorValueResolver,
      IndicatorTotalResolver,
      RecommendationResolver,
      RecommendationStatusChangeResolver,
      SourceResolver,
    ],
    orphanedTypes: [Event, Organization, Official, Region, Programme, PilotRegion, Recommendation, Source],
    validate: false,
  });
  installDirectResolvers(schema, { globalMiddlewares: 0, validate: false });
  const query = schema.getQueryType();
  if (query)
    query.description =
      'The read API of the Qorgau registry: events, organizations, officials, regions, programmes, pilots, recommendations and search.';
  return schema;
}
