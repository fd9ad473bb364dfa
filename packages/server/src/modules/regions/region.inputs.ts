import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { LocalizedTextInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { ConnectionArgs, DateScalar, DateTimeScalar, SortDirection } from '../../graphql/types';
import { RegionKind } from './region.type';

/** The meaning of `followSuccessions` beside a region filter, the same in every filter. */
export const FOLLOW_SUCCESSIONS_DESCRIPTION =
  "With `region`: count the region's territory over time as one, its predecessors and successors (and theirs) included, so that South-Kazakhstan region before 2018 and Turkestan region with Shymkent since are the same territory.";

export const RegionOrderField = defineEnum('RegionOrderField', 'What regions can be ordered by.', {
  NAME: 'The name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the region was added.',
  UPDATED_AT: 'When the region last changed.',
});
export type RegionOrderField = EnumValue<typeof RegionOrderField>;

@InputType({ description: 'Narrows a list of regions; all given conditions must hold.' })
export class RegionFilter {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
  @Field(() => [RegionKind], { nullable: true, description: 'Only regions of these kinds.' }) kinds?: RegionKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this region.' }) parent?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only the direct children of any of these regions (by ID or slug).' }) parents?:
    string[] | null;
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
  return [['filter.parent', 'Region', filter?.parent], ...listReferences('filter.parents', 'Region', filter?.parents)];
}

@InputType({ description: 'A region this one came from (renamed or split), and from when.' })
export class RegionSuccessionInput {
  @Field(() => ID, { description: 'The earlier region, by ID or slug.' }) region!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The day the change took effect.' }) effectiveOn?: string | null;
}

@InputType({ description: 'A new region of the administrative hierarchy.' })
export class CreateRegionInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the name when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The name.' }) name!: LocalizedTextInput;
  @Field(() => RegionKind, { description: 'The level of the unit.' }) kind!: RegionKind;
  @Field(() => ID, { nullable: true, description: 'The region it lies in, by ID or slug.' }) parent?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day it existed under this name and shape.' }) validFrom?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it stopped existing under this name and shape (exclusive).' })
  validUntil?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: "A note on the region's history." }) note?: LocalizedTextInput | null;
  @Field(() => [RegionSuccessionInput], { nullable: true, description: 'The regions it came from (South-Kazakhstan for Shymkent).' })
  predecessors?: RegionSuccessionInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({
  description: 'Changes to a region; omitted fields stay as they are, null clears a field that may be empty, a list replaces the list.',
})
export class UpdateRegionInput {
  @Field(() => ID, { description: 'The region, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The name.' }) name?: LocalizedTextInput | null;
  @Field(() => RegionKind, { nullable: true, description: 'The level of the unit.' }) kind?: RegionKind | null;
  @Field(() => ID, { nullable: true, description: 'The region it lies in.' }) parent?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day it existed under this name and shape.' }) validFrom?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it stopped existing under this name and shape.' }) validUntil?:
    string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: "A note on the region's history." }) note?: LocalizedTextInput | null;
  @Field(() => [RegionSuccessionInput], { nullable: true, description: 'The regions it came from (replaces the list).' })
  predecessors?: RegionSuccessionInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}
