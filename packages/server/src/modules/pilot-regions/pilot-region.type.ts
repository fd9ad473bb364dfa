import { Field, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { Connection, DateScalar, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

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

export const PilotRegionConnection = Connection(PilotRegion, 'PilotRegion', 'pilot regions');

export const CreatePilotRegionPayload = Payload('createPilotRegion', {
  pilotRegion: { type: () => PilotRegion, description: 'The new pilot.' },
});
export const UpdatePilotRegionPayload = Payload('updatePilotRegion', {
  pilotRegion: { type: () => PilotRegion, description: 'The pilot as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const DeletePilotRegionPayload = Payload('deletePilotRegion', {
  deletedPilotRegionId: { type: () => ID, description: 'The ID the deleted pilot had.' },
});
