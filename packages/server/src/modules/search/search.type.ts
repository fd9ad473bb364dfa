import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/graphql';
import { Event } from '../events/event.type';
import { Official } from '../officials/official.type';
import { Organization } from '../organizations/organization.type';
import { Recommendation } from '../recommendations/recommendation.type';

export const SearchType = { EVENT: 'EVENT', ORGANIZATION: 'ORGANIZATION', OFFICIAL: 'OFFICIAL', RECOMMENDATION: 'RECOMMENDATION' } as const;
export type SearchType = (typeof SearchType)[keyof typeof SearchType];
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of record that search covers.',
  valuesConfig: {
    EVENT: { description: 'Events.' }, ORGANIZATION: { description: 'Organizations.' },
    OFFICIAL: { description: 'Officials.' }, RECOMMENDATION: { description: 'Recommendations.' },
  },
});

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A record found by search.',
  types: () => [Event, Organization, Official, Recommendation] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ description: 'A search hit with its cursor and relevance.' })
export class SearchEdge {
  @Field({ description: 'An opaque cursor: pass it as `after`.' }) cursor!: string;
  @Field(() => Float, { description: 'The relevance of the hit (PostgreSQL ts_rank); higher is better.' }) rank!: number;
  @Field(() => SearchResult, { description: 'The record found.' }) node!: typeof SearchResult;
}

@ObjectType({ description: 'A page of search hits, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits of the page.' }) edges!: SearchEdge[];
  @Field(() => [SearchResult], { description: 'The records of the page, without cursors.' }) nodes!: Array<typeof SearchResult>;
  @Field(() => PageInfo, { description: 'Where the page stands.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many records match in all.' }) totalCount!: Promise<number>;
}
