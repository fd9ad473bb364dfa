import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { DateScalar, Node } from '../../graphql/types';
import { PilotRegion } from '../pilot-regions/pilot-region.type';

export const IndicatorKind = defineEnum('Indicator', 'An aggregate outcome figure of a pilot (never data on individuals).', {
  EVENTS_HELD: 'Events held.',
  PEOPLE_REACHED: 'People covered by the events.',
  CITIZENS_HELPED: 'Citizens helped.',
  TRAINING_COURSES: 'Training courses conducted.',
  SERVICES_OPENED: 'Services opened.',
  PEOPLE_TRAINED: 'People trained.',
});
export type IndicatorKind = EnumValue<typeof IndicatorKind>;

export const ValueQualifier = defineEnum('ValueQualifier', 'How the source qualifies a figure.', {
  EXACT: 'Exactly the value.',
  MORE_THAN: 'More than the value ("more than 3 thousand").',
  AT_LEAST: 'At least the value.',
  APPROXIMATELY: 'About the value ("about 1 million").',
  LESS_THAN: 'Less than the value.',
  AT_MOST: 'At most the value.',
});
export type ValueQualifier = EnumValue<typeof ValueQualifier>;

export const ValueKind = defineEnum('IndicatorValueKind', 'Whether a figure is achieved or aimed at.', {
  ACTUAL: 'An achieved figure.',
  TARGET: 'A target.',
});
export type ValueKind = EnumValue<typeof ValueKind>;

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'An aggregate figure of a pilot for one region and period, with its qualifier exactly as the source states it.',
})
export class IndicatorValue extends Node {
  @Field(() => Int, {
    description: 'Increases with every change; send it back to overwrite the figure, so that concurrent edits conflict.',
  })
  version!: number;
  @Field(() => IndicatorKind, { description: 'What is counted.' }) indicator!: IndicatorKind;
  @Field(() => ValueKind, { description: 'Achieved or target.' }) kind!: ValueKind;
  @Field(() => Float, { description: 'The number, without its qualifier.' }) value!: number;
  @Field(() => ValueQualifier, { description: 'How the source qualifies the number.' }) qualifier!: ValueQualifier;
  @Field(() => DateScalar, { description: 'The first day of the period counted.' }) periodStart!: string;
  @Field(() => DateScalar, { description: 'The last day of the period counted.' }) periodEnd!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The sum of one indicator for one region over a period.' })
export class IndicatorTotal {
  @Field(() => IndicatorKind, { description: 'What is counted.' }) indicator!: IndicatorKind;
  @Field(() => ValueKind, { description: 'Achieved or target figures.' }) kind!: ValueKind;
  @Field(() => Float, { description: 'The sum of the values.' }) total!: number;
  @Field(() => Int, { description: 'How many values were summed.' }) valueCount!: number;
  @Field({
    description: 'Whether every value summed was exact; when not, the total carries the qualifiers of its parts ("more than", "about").',
  })
  exact!: boolean;
}

export const IndicatorDimension = defineEnum('IndicatorDimension', 'What `indicatorTotals` splits figures by.', {
  REGION:
    "The region counted: the regions just below the filter's `region` (below the country without one), each with the regions below it; figures of that region itself count under it.",
  PERIOD: 'The period a figure counts (its first and last day), as the source states it.',
  INDICATOR: 'What is counted.',
  KIND: 'Achieved or target figures, side by side.',
});
export type IndicatorDimension = EnumValue<typeof IndicatorDimension>;

@ObjectType({
  description:
    'A bucket of `indicatorTotals`: the sum of the figures that share its keys, across pilots. A dimension it does not split by is null (see `groupedBy`).',
})
export class IndicatorTotalBucket {
  @Field(() => IndicatorKind, { nullable: true, description: 'What is counted (split by INDICATOR).' }) indicator!: IndicatorKind | null;
  @Field(() => ValueKind, { nullable: true, description: 'Achieved or target figures (split by KIND).' }) kind!: ValueKind | null;
  @Field(() => Float, { description: 'The sum of the values.' }) total!: number;
  @Field(() => Int, { description: 'How many values were summed.' }) valueCount!: number;
  @Field({ description: 'Whether every value summed was exact.' }) exact!: boolean;
  @Field(() => ValueQualifier, {
    description:
      'How the sum is qualified: EXACT when every value is; else MORE_THAN or AT_LEAST (lower bounds summed), LESS_THAN or AT_MOST (upper bounds), APPROXIMATELY for anything approximate or bounds both ways.',
  })
  qualifier!: ValueQualifier;
  @Field(() => [IndicatorDimension], { description: 'The dimensions this bucket splits by; fewer than asked for a subtotal.' })
  groupedBy!: IndicatorDimension[];
}

export const DeleteIndicatorValuePayload = Payload('deleteIndicatorValue', {
  deletedIndicatorValueId: { type: () => ID, description: 'The ID the deleted figure had.' },
});

export const RecordIndicatorValuesPayload = Payload('recordIndicatorValues', {
  pilotRegion: { type: () => PilotRegion, description: 'The pilot.' },
  indicatorValues: {
    type: () => [IndicatorValue],
    description: 'The figures of the input as they are now, in the order given.',
    maxItems: 100,
  },
});
