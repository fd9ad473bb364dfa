import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { FOLLOW_SUCCESSIONS_DESCRIPTION } from '../regions/region.inputs';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { ConnectionArgs, DateScalar, DateTimeScalar, SortDirection } from '../../graphql/types';
import { DatePrecision, MeasureKind, MeasureStatus, PilotStatus } from './pilot-region.type';

export const PilotRegionOrderField = defineEnum('PilotRegionOrderField', 'What pilot regions can be ordered by.', {
  STARTED_ON: 'When the pilot started (pilots without a start come first in ascending order).',
  CREATED_AT: 'When the pilot was added.',
  UPDATED_AT: 'When the pilot last changed.',
});
export type PilotRegionOrderField = EnumValue<typeof PilotRegionOrderField>;

@InputType({ description: 'The order of a list of pilot regions.' })
export class PilotRegionOrder {
  @Field(() => PilotRegionOrderField, { description: 'What to order by.' }) field!: PilotRegionOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Narrows a list of pilot regions; all given conditions must hold.' })
export class PilotRegionFilter {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only pilots of this programme.' }) programme?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only pilots in this region or a region below it.' }) region?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only pilots in any of these regions (by ID or slug) or a region below one of them.' })
  regions?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Only pilots of any of these programmes (by ID or slug).' }) programmes?:
    string[] | null;
  @Field(() => Boolean, { nullable: true, description: FOLLOW_SUCCESSIONS_DESCRIPTION }) followSuccessions?: boolean | null;
  @Field(() => [PilotStatus], { nullable: true, description: 'Only pilots in these statuses.' }) statuses?: PilotStatus[] | null;
}

@ArgsType()
export class PilotRegionsArgs extends ConnectionArgs {
  @Field(() => PilotRegionFilter, { nullable: true, description: 'Narrows the list.' })
  filter?: PilotRegionFilter | null;
  @Field(() => PilotRegionOrder, { nullable: true, description: 'The order; by start, earliest first, when omitted.' })
  orderBy?: PilotRegionOrder | null;
}

/** The records a PilotRegionFilter names, which must exist. */
export function pilotRegionFilterReferences(filter: PilotRegionFilter | null | undefined): Reference[] {
  return [
    ['filter.programme', 'Programme', filter?.programme],
    ['filter.region', 'Region', filter?.region],
    ...listReferences('filter.regions', 'Region', filter?.regions),
    ...listReferences('filter.programmes', 'Programme', filter?.programmes),
  ];
}

@InputType({ description: 'An area a pilot covers: a region, or a number of units the source counts without naming them.' })
export class PilotAreaInput {
  @Field(() => ID, {
    nullable: true,
    description: 'In an update: the area this item keeps (its ID stays, its fields are replaced); omit for a new one.',
  })
  id?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The name of the area ("14 districts").' }) name!: LocalizedTextInput;
  @Field(() => ID, { nullable: true, description: 'The region of the area, by ID or slug.' }) region?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many units the area counts (1 or more), when the source counts them.' })
  unitCount?: number | null;
}

@InputType({ description: 'A measure a pilot put in place.' })
export class PilotMeasureInput {
  @Field(() => ID, {
    nullable: true,
    description: 'In an update: the measure this item keeps (its ID stays, its fields are replaced); omit for a new one.',
  })
  id?: string | null;
  @Field(() => MeasureKind, { description: 'What kind of measure.' }) kind!: MeasureKind;
  @Field(() => MeasureStatus, { description: 'Where it stands.' }) status!: MeasureStatus;
  @Field(() => LocalizedTextInput, { description: 'What was put in place.' }) title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Details the source gives.' }) description?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The institution or service it created, by ID or slug.' }) organization?: string | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Who it was for (at most 50).' }) audiences?:
    LocalizedTextInput[] | null;
}

@InputType({ description: "A programme's pilot in a region (ADMIN only)." })
export class CreatePilotRegionInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the name when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The name of the pilot.' }) name!: LocalizedTextInput;
  @Field(() => ID, { description: 'The programme piloted, by ID or slug.' }) programme!: string;
  @Field(() => ID, { description: 'The region of the pilot, by ID or slug (one pilot per programme and region).' }) region!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When it started (see startedOnPrecision).' }) startedOn?: string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How much of startedOn the source states; DAY when omitted.' })
  startedOnPrecision?: DatePrecision | null;
  @Field(() => PilotStatus, { nullable: true, description: 'Where it stands; when omitted, ACTIVE once started and PLANNED before.' })
  status?: PilotStatus | null;
  @Field(() => [PilotAreaInput], { nullable: true, description: 'The areas it covers, in order (at most 100).' }) areas?:
    PilotAreaInput[] | null;
  @Field(() => [PilotMeasureInput], { nullable: true, description: 'The measures it put in place, in order (at most 100).' })
  measures?: PilotMeasureInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({ description: 'Changes to a pilot (ADMIN only); omitted fields stay, null clears, a list replaces the list.' })
export class UpdatePilotRegionInput {
  @Field(() => ID, { description: 'The pilot region, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The name.' }) name?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The programme piloted.' }) programme?: string | null;
  @Field(() => ID, { nullable: true, description: 'The region of the pilot.' }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it started.' }) startedOn?: string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How much of startedOn the source states.' })
  startedOnPrecision?: DatePrecision | null;
  @Field(() => PilotStatus, { nullable: true, description: 'Where it stands.' }) status?: PilotStatus | null;
  @Field(() => [PilotAreaInput], { nullable: true, description: 'The areas it covers (replaces the list).' }) areas?:
    PilotAreaInput[] | null;
  @Field(() => [PilotMeasureInput], { nullable: true, description: 'The measures it put in place (replaces the list).' })
  measures?: PilotMeasureInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}
