import { Arg, ArgsType, Field, Float, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Language } from '@qorgau/schema';
import { DateScalar, URLScalar } from './scalars';
import type { Page } from '../sql/pagination';
import type { LocalizedText } from '../sql/table';
import { defineEnum, type EnumValue } from './enums';

registerEnumType(Language, {
  name: 'Language',
  description: "A language of the registry's texts.",
  valuesConfig: {
    EN: { description: 'English.' },
    RU: { description: 'Russian.' },
    KK: { description: 'Kazakh.' },
  },
});

export const SortDirection = defineEnum('SortDirection', 'The direction of an ordering.', {
  ASC: 'Smallest, earliest or alphabetically first first.',
  DESC: 'Largest, latest or alphabetically last first.',
});
export type SortDirection = EnumValue<typeof SortDirection>;

export { DateScalar, URLScalar, GraphQLDateTime as DateTimeScalar };

/** The `lang` argument every localized field takes. */
export function LangArg(): ReturnType<typeof Arg> {
  return Arg('lang', () => Language, {
    nullable: true,
    description:
      'The language of the text. Defaults to the `Accept-Language` header, then English; a missing translation falls back to another language.',
  });
}

@InterfaceType({
  description: 'An object with a global ID, fetchable with `node(id:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'The opaque global ID of the record.' })
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether there are more items after this page.' }) hasNextPage!: boolean;
  @Field({ description: 'Whether there are items before this page (known when paging with `after` or `last`).' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the first item of the page.' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@InputType({ description: 'A range of calendar dates; either end may be left open. Both ends are included.' })
export class DateRangeInput {
  @Field(() => DateScalar, { nullable: true, description: 'The first day of the range.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day of the range.' }) to?: string | null;
}

@ObjectType({
  description: 'Where something is, as far as a source gives it: coordinates (WGS 84), an address, or both.',
})
export class Location {
  @Field(() => Float, { nullable: true, description: 'Degrees north (negative: south).' }) latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'Degrees east (negative: west).' }) longitude!: number | null;
}

/** A row's location columns, as `Location` shows them (null when it has none). */
export interface LocatedRow {
  latitude: number | null;
  longitude: number | null;
  address: LocalizedText | null;
}

@ObjectType({ simpleResolvers: true, description: 'A span of calendar days; both ends are included.' })
export class Period {
  @Field(() => DateScalar, { description: 'The first day.' }) start!: string;
  @Field(() => DateScalar, { description: 'The last day.' }) end!: string;
}

/** The period of a bucket row (`periodStart`, `periodEnd`); null when it has none. */
export function periodOf(row: { periodStart: string | null; periodEnd: string | null }): Period | null {
  return row.periodStart === null || row.periodEnd === null ? null : { start: row.periodStart, end: row.periodEnd };
}

/** Builds `<Name>Edge` and `<Name>Connection` for a node type. */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge in a list of ${plural}.` })
  class EdgeType {
    @Field({ description: 'An opaque keyset cursor: pass it as `after` or `before`.' }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name.charAt(0).toLowerCase()}${name.slice(1)} at the end of the edge.` }) node!: TNode;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural}.` })
  class ConnectionType implements Page<TNode> {
    @Field(() => [EdgeType], { description: 'The edges of the page, each with its cursor.' }) edges!: Array<{
      cursor: string;
      node: TNode;
    }>;
    @Field(() => [nodeType], { description: 'The nodes of the page, without cursors.' }) nodes!: TNode[];
    @Field(() => PageInfo, { description: 'Where the page stands in the list.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list has under the given filter.' }) totalCount!: Promise<number>;
  }
  return ConnectionType;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Returns the first n items after `after` (default 20, at most 100).' }) first?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Returns the items after this cursor.' }) after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Returns the last n items before `before` (at most 100).' }) last?: number | null;
  @Field(() => String, { nullable: true, description: 'Returns the items before this cursor.' }) before?: string | null;
}
