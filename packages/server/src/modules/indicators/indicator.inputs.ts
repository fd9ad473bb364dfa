import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { listReferences, type Reference } from '../../graphql/references';
import { FOLLOW_SUCCESSIONS_DESCRIPTION } from '../regions/region.inputs';
import { LocalizedTextInput } from '../../graphql/inputs';
import { DateRangeInput, DateScalar } from '../../graphql/types';
import { IndicatorDimension, IndicatorKind, ValueKind, ValueQualifier } from './indicator.type';

@InputType({ description: 'Narrows the indicator values of a pilot.' })
export class IndicatorFilter {
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only values whose period overlaps these dates.' })
  period?: DateRangeInput | null;
}

@InputType({ description: 'Which indicator values to total.' })
export class IndicatorTotalsFilter {
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, {
    nullable: true,
    description: 'Only values whose period overlaps these dates (as every date range selects; a longer period counts whole).',
  })
  period?: DateRangeInput | null;
  @Field(() => ValueKind, { nullable: true, description: 'Achieved (the default) or target figures.' }) kind?: ValueKind | null;
}

@InputType({ description: 'Which figures `indicatorTotals` sums, across all pilots; all given conditions must hold.' })
export class IndicatorStatsFilter {
  @Field(() => ID, { nullable: true, description: 'Only figures of the pilots of this programme.' }) programme?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only figures counting this region or a region below it.' }) region?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only figures of the pilots of any of these programmes (by ID or slug).' })
  programmes?: string[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Only figures counting any of these regions (by ID or slug) or a region below one of them.',
  })
  regions?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: FOLLOW_SUCCESSIONS_DESCRIPTION }) followSuccessions?: boolean | null;
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, {
    nullable: true,
    description: 'Only figures whose period overlaps these dates (as every date range selects; a longer period counts whole).',
  })
  period?: DateRangeInput | null;
  @Field(() => [ValueKind], {
    nullable: true,
    description:
      'Only figures of these kinds: ACTUAL when omitted, both when split by KIND. Targets and actuals are never summed together: without KIND in `groupBy`, one kind.',
  })
  kinds?: ValueKind[] | null;
}

@ArgsType()
export class IndicatorTotalsArgs {
  @Field(() => IndicatorStatsFilter, { nullable: true, description: 'Which figures to sum.' }) filter?: IndicatorStatsFilter | null;
  @Field(() => [IndicatorDimension], {
    description: 'The dimensions to split by, in the order buckets are sorted; none: one bucket, the national total.',
  })
  groupBy!: IndicatorDimension[];
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also the subtotals: a bucket for every coarser split down to the grand total, each telling its dimensions in `groupedBy`.',
  })
  subtotals!: boolean;
}

/** The records an IndicatorStatsFilter names, which must exist. */
export function indicatorStatsFilterReferences(filter: IndicatorStatsFilter | null | undefined): Reference[] {
  return [
    ['filter.programme', 'Programme', filter?.programme],
    ['filter.region', 'Region', filter?.region],
    ...listReferences('filter.programmes', 'Programme', filter?.programmes),
    ...listReferences('filter.regions', 'Region', filter?.regions),
  ];
}

@InputType({ description: 'One figure of a pilot, as the source states it.' })
export class IndicatorValueInput {
  @Field(() => ID, { description: "The region the figure counts, by ID or slug: the pilot's region or one below it." }) region!: string;
  @Field(() => IndicatorKind, { description: 'What is counted.' }) indicator!: IndicatorKind;
  @Field(() => ValueKind, { nullable: true, description: 'Achieved (the default) or target.' }) kind?: ValueKind | null;
  @Field(() => DateScalar, { description: 'The first day of the period counted.' }) periodStart!: string;
  @Field(() => DateScalar, { description: 'The last day of the period counted (on or after periodStart).' }) periodEnd!: string;
  @Field(() => Float, { description: 'The number, without its qualifier (zero or more).' }) value!: number;
  @Field(() => ValueQualifier, { nullable: true, description: 'How the source qualifies the number; EXACT when omitted.' })
  qualifier?: ValueQualifier | null;
  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'The figure in the words of the source ("more than 3 thousand events").',
  })
  statedAs?: LocalizedTextInput | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'To overwrite a figure recorded before (same region, indicator, kind and period): the version last read. Omit for a new figure.',
  })
  version?: number | null;
}

@InputType({ description: "Figures of a pilot to record (an ADMIN, or an EDITOR of the organization leading the pilot's programme)." })
export class RecordIndicatorValuesInput {
  @Field(() => ID, { description: 'The pilot region, by ID or slug.' }) pilotRegion!: string;
  @Field(() => [IndicatorValueInput], { description: 'The figures (1 to 500), each new or overwriting the figure with the same key.' })
  values!: IndicatorValueInput[];
  @Field(() => [ID], { nullable: true, description: 'The documents the figures are taken from, by ID or slug; none: the key is cited.' })
  sourceIds?: string[] | null;
}
