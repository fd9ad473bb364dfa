import { Field, Float, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../common/enums';
import { Connection, Node, DateScalar } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, recordColumns, type RecordRow } from '../../common/record';

export const PilotStatus = defineEnum('PilotStatus', 'Where a pilot stands.', {
  PLANNED: 'Announced, not yet begun.',
  ACTIVE: 'Under way.',
  COMPLETED: 'Finished.',
  SUSPENDED: 'Halted.',
});
export type PilotStatus = EnumValue<typeof PilotStatus>;

export const DatePrecision = defineEnum('DatePrecision', 'How much of a date its source states.', {
  DAY: 'The exact day.',
  MONTH: 'The month only; the date is its first day.',
  YEAR: 'The year only; the date is its first day.',
});
export type DatePrecision = EnumValue<typeof DatePrecision>;

export const MeasureKind = defineEnum('MeasureKind', 'What kind of measure a pilot put in place.', {
  INSTITUTION_SET_UP: 'An institution set up.',
  SERVICE_OPENED: 'A service opened.',
  PROCEDURE: 'A procedure or algorithm of interaction.',
  INFORMATION_SYSTEM: 'An information system or database.',
  TRAINING: 'Training courses.',
  PRACTICE_CHANGE: 'A change in how state bodies work.',
});
export type MeasureKind = EnumValue<typeof MeasureKind>;

export const MeasureStatus = defineEnum('MeasureStatus', 'Where a measure stands.', {
  PLANNED: 'Planned.',
  DRAFTED: 'Drafted, not in force.',
  DEVELOPED: 'Developed.',
  ESTABLISHED: 'Set up or opened.',
  IN_FORCE: 'In force or in practice.',
  CONDUCTED: 'Carried out (trainings).',
});
export type MeasureStatus = EnumValue<typeof MeasureStatus>;

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

export interface ProgrammeRow extends RecordRow {
  name: LocalizedText;
  description: LocalizedText | null;
  leadOrganizationId: string | null;
}
export const PROGRAMME_COLUMNS = `${recordColumns('Programme')}, t.name, t.description, t.lead_organization_id::text AS "leadOrganizationId"`;

export interface PilotRegionRow extends RecordRow {
  name: LocalizedText;
  programmeId: string;
  regionId: string;
  startedOn: string | null;
  startedOnPrecision: DatePrecision;
  status: PilotStatus;
}
export const PILOT_REGION_COLUMNS = `${recordColumns('PilotRegion')}, t.name, t.programme_id::text AS "programmeId", t.region_id::text AS "regionId",
  t.started_on AS "startedOn", t.started_on_precision AS "startedOnPrecision", t.status`;

export interface PilotAreaRow {
  name: LocalizedText;
  regionId: string | null;
  unitCount: number | null;
}
export interface PilotMeasureRow {
  kind: MeasureKind;
  status: MeasureStatus;
  title: LocalizedText;
  description: LocalizedText | null;
  organizationId: string | null;
  audiences: LocalizedText[];
}
export interface IndicatorValueRow {
  indicator: IndicatorKind;
  kind: ValueKind;
  value: number;
  qualifier: ValueQualifier;
  regionId: string;
  periodStart: string;
  periodEnd: string;
  statedAs: LocalizedText | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description: 'A national programme, such as "Kazakhstan without Domestic Violence".',
})
export class Programme extends RecordType {}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description: "A programme's pilot in one region: where, since when, what it put in place and what it achieved.",
})
export class PilotRegion extends RecordType {
  @Field(() => DateScalar, { nullable: true, description: 'When the pilot started; see `startedOnPrecision`.' }) startedOn!: string | null;
  @Field(() => DatePrecision, { description: 'How much of `startedOn` the source states ("since June" is MONTH).' })
  startedOnPrecision!: DatePrecision;
  @Field(() => PilotStatus, { description: 'Where the pilot stands.' }) status!: PilotStatus;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An area a pilot covers: a region, or a number of units the source counts without naming them ("14 districts").',
})
export class PilotArea {
  @Field(() => Int, { nullable: true, description: 'How many units (districts) the area counts, when the source counts them.' })
  unitCount!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A measure a pilot put in place: an institution, a service, a procedure, an information system, trainings.',
})
export class PilotMeasure {
  @Field(() => MeasureKind, { description: 'What kind of measure.' }) kind!: MeasureKind;
  @Field(() => MeasureStatus, { description: 'Where it stands.' }) status!: MeasureStatus;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An aggregate figure of a pilot for one region and period, with its qualifier exactly as the source states it.',
})
export class IndicatorValue {
  @Field(() => IndicatorKind, { description: 'What is counted.' }) indicator!: IndicatorKind;
  @Field(() => ValueKind, { description: 'Achieved or target.' }) kind!: ValueKind;
  @Field(() => Float, { description: 'The number, without its qualifier.' }) value!: number;
  @Field(() => ValueQualifier, { description: 'How the source qualifies the number.' }) qualifier!: ValueQualifier;
  @Field(() => DateScalar, { description: 'The first day of the period counted.' }) periodStart!: string;
  @Field(() => DateScalar, { description: 'The last day of the period counted.' }) periodEnd!: string;
}

export const ProgrammeConnection = Connection(Programme, 'Programme', 'programmes');
export const PilotRegionConnection = Connection(PilotRegion, 'PilotRegion', 'pilot regions');

export interface IndicatorTotalRow {
  regionId: string;
  indicator: IndicatorKind;
  kind: ValueKind;
  total: number;
  valueCount: number;
  exact: boolean;
}

export interface StatusCountRow {
  status: string;
  count: number;
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
