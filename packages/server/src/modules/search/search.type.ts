import { createUnionType, Field, Float, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { PageInfo } from '../../graphql/types';
import { SEARCH_DEFINITIONS } from '../../modules';

/** The kinds of records search covers: one value per table the registry's features declare searchable. */
export const SearchType = Object.fromEntries(SEARCH_DEFINITIONS.map((d) => [d.searchType, d.searchType])) as Record<string, string>;
export type SearchType = string;
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of record that search covers.',
  valuesConfig: Object.fromEntries(SEARCH_DEFINITIONS.map((d) => [d.searchType, { description: d.description }])),
});

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A record found by search.',
  types: (): ClassType[] => SEARCH_DEFINITIONS.map((d) => d.typeClass),
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ simpleResolvers: true, description: 'A search hit with its cursor and relevance.' })
export class SearchEdge {
  @Field({ description: 'An opaque cursor: pass it as `after`.' }) cursor!: string;
  @Field(() => Float, { description: 'The relevance of the hit (PostgreSQL ts_rank); higher is better.' }) rank!: number;
  @Field(() => SearchResult, { description: 'The record found.' }) node!: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'A page of search hits, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits of the page.' }) edges!: SearchEdge[];
  @Field(() => [SearchResult], { description: 'The records of the page, without cursors.' }) nodes!: unknown[];
  @Field(() => PageInfo, { description: 'Where the page stands.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many records match in all.' }) totalCount!: Promise<number>;
}
