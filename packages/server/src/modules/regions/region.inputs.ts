import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs, DateScalar, SortDirection } from '../../graphql/types';
import { RegionKind } from './region.type';

export const RegionOrderField = defineEnum('RegionOrderField', 'What regions can be ordered by.', {
  NAME: 'The name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the region was added.',
});
export type RegionOrderField = EnumValue<typeof RegionOrderField>;

@InputType({ description: 'Narrows a list of regions; all given conditions must hold.' })
export class RegionFilter {
  @Field(() => [RegionKind], { nullable: true, description: 'Only regions of these kinds.' }) kinds?: RegionKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this region.' }) parent?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only regions that existed on this day.' }) validOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Only regions whose name contains this text (any language, case-insensitive).' })
  query?: string | null;
}

@InputType({ description: 'The order of a list of regions.' })
export class RegionOrder {
  @Field(() => RegionOrderField, { description: 'What to order by.' }) field!: RegionOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class RegionsArgs extends ConnectionArgs {
  @Field(() => RegionFilter, { nullable: true, description: 'Narrows the list.' }) filter?: RegionFilter | null;
  @Field(() => RegionOrder, { nullable: true, description: 'The order; by name ascending when omitted.' }) orderBy?: RegionOrder | null;
}

/** The records a RegionFilter names, which must exist. */
export function regionFilterReferences(filter: RegionFilter | null | undefined): Reference[] {
  return [['filter.parent', 'Region', filter?.parent]];
}
