import type { Reference } from '../node/node.service';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs, DateRangeInput } from '../../common/graphql';
import { IndicatorKind, PilotStatus, ValueKind } from './programme.type';

@InputType({ description: 'Narrows a list of programmes.' })
export class ProgrammeFilter {
  @Field(() => ID, { nullable: true, description: 'Only programmes led by this organization.' }) leadOrganization?: string | null;
}

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {
  @Field(() => ProgrammeFilter, { nullable: true, description: 'Narrows the list (ordered by name).' }) filter?: ProgrammeFilter | null;
}

@InputType({ description: 'Narrows a list of pilot regions; all given conditions must hold.' })
export class PilotRegionFilter {
  @Field(() => ID, { nullable: true, description: 'Only pilots of this programme.' }) programme?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only pilots in this region or a region below it.' }) region?: string | null;
  @Field(() => [PilotStatus], { nullable: true, description: 'Only pilots in these statuses.' }) statuses?: PilotStatus[] | null;
}

@ArgsType()
export class PilotRegionsArgs extends ConnectionArgs {
  @Field(() => PilotRegionFilter, { nullable: true, description: 'Narrows the list (ordered by start, earliest first).' })
  filter?: PilotRegionFilter | null;
}

@InputType({ description: 'Narrows the indicator values of a pilot.' })
export class IndicatorFilter {
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only values whose period overlaps these dates.' })
  period?: DateRangeInput | null;
}

@InputType({ description: 'Which indicator values to total.' })
export class IndicatorTotalsFilter {
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only values whose period lies within these dates.' })
  period?: DateRangeInput | null;
  @Field(() => ValueKind, { nullable: true, description: 'Achieved (the default) or target figures.' }) kind?: ValueKind | null;
}

/** The records a ProgrammeFilter names, which must exist. */
export function programmeFilterReferences(filter: ProgrammeFilter | null | undefined): Reference[] {
  return [['filter.leadOrganization', 'Organization', filter?.leadOrganization]];
}

/** The records a PilotRegionFilter names, which must exist. */
export function pilotRegionFilterReferences(filter: PilotRegionFilter | null | undefined): Reference[] {
  return [
    ['filter.programme', 'Programme', filter?.programme],
    ['filter.region', 'Region', filter?.region],
  ];
}
