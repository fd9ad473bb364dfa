import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, Node, DateScalar } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, recordColumns, type RecordRow } from '../../common/record';
import { defineEnum, type EnumValue } from '../../common/enums';

export const RecommendationStatus = defineEnum('RecommendationStatus', 'Where a recommendation stands.', {
  PROPOSED: 'Proposed, not yet adopted.',
  ADOPTED: 'Adopted at its event.',
  IN_PROGRESS: 'Being implemented.',
  IMPLEMENTED: 'Implemented.',
  REJECTED: 'Rejected.',
});
export type RecommendationStatus = EnumValue<typeof RecommendationStatus>;

export const RecommendationTheme = defineEnum('RecommendationTheme', 'What a recommendation is about.', {
  HUMAN_RIGHTS: 'Human rights mechanisms.',
  PREVENTION: 'Prevention of domestic violence.',
  FAMILY: 'The family institution.',
  LEGISLATION: 'Legislation.',
  LAW_ENFORCEMENT: 'Law enforcement practice.',
  SUPPORT_SERVICES: 'Support services.',
  AWARENESS: 'Public awareness.',
  OTHER: 'Anything else.',
});
export type RecommendationTheme = EnumValue<typeof RecommendationTheme>;

export interface RecommendationRow extends RecordRow {
  eventId: string;
  text: LocalizedText;
  theme: RecommendationTheme;
  status: RecommendationStatus;
  dueOn: string | null;
}

export const RECOMMENDATION_COLUMNS = `${recordColumns('Recommendation')}, t.event_id::text AS "eventId", t.text, t.theme, t.status, t.due_on AS "dueOn"`;

export interface StatusChangeRow {
  fromStatus: RecommendationStatus | null;
  toStatus: RecommendationStatus;
  changedOn: string;
  changedBy: LocalizedText | null;
  note: LocalizedText | null;
}

@ObjectType({ simpleResolvers: true, description: "A change of a recommendation's status." })
export class RecommendationStatusChange {
  @Field(() => RecommendationStatus, { nullable: true, description: 'The status before; null for the first entry.' })
  fromStatus!: RecommendationStatus | null;
  @Field(() => RecommendationStatus, { description: 'The status after.' }) toStatus!: RecommendationStatus;
  @Field(() => DateScalar, { description: 'When the status changed.' }) changedOn!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description: 'A recommendation adopted at an event, with the organizations responsible for it and the history of its status.',
})
export class Recommendation extends RecordType {
  @Field(() => RecommendationTheme, { description: 'What it is about.' }) theme!: RecommendationTheme;
  @Field(() => RecommendationStatus, { description: 'Where it stands.' }) status!: RecommendationStatus;
  @Field(() => DateScalar, { nullable: true, description: 'When it is due; null when no date was set.' }) dueOn!: string | null;
}

export const RecommendationConnection = Connection(Recommendation, 'Recommendation', 'recommendations');

@ObjectType({ simpleResolvers: true, description: 'How many recommendations are in one status.' })
export class RecommendationStatusCount {
  @Field(() => RecommendationStatus, { description: 'The status.' }) status!: RecommendationStatus;
  @Field(() => Int, { description: 'How many recommendations are in it.' }) count!: number;
}
