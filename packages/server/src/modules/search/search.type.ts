import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/graphql';
import { Event } from '../events/event.type';
import { Official } from '../officials/official.type';
import { Organization } from '../organizations/organization.type';
import { Recommendation } from '../recommendations/recommendation.type';
import { defineEnum, type EnumValue } from '../../common/enums';

export const SearchType = defineEnum('SearchType', 'A kind of record that search covers.', {
  EVENT: 'Events.',
  ORGANIZATION: 'Organizations.',
  OFFICIAL: 'Officials.',
  RECOMMENDATION: 'Recommendations.',
});
export type SearchType = EnumValue<typeof SearchType>;

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A record found by search.',
  types: () => [Event, Organization, Official, Recommendation] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ simpleResolvers: true, description: 'A search hit with its cursor and relevance.' })
export class SearchEdge {
  @Field({ description: 'An opaque cursor: pass it as `after`.' }) cursor!: string;
  @Field(() => Float, { description: 'The relevance of the hit (PostgreSQL ts_rank); higher is better.' }) rank!: number;
  @Field(() => SearchResult, { description: 'The record found.' }) node!: typeof SearchResult;
}

@ObjectType({ simpleResolvers: true, description: 'A page of search hits, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits of the page.' }) edges!: SearchEdge[];
  @Field(() => [SearchResult], { description: 'The records of the page, without cursors.' }) nodes!: Array<typeof SearchResult>;
  @Field(() => PageInfo, { description: 'Where the page stands.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many records match in all.' }) totalCount!: Promise<number>;
}
