import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node, DateScalar } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, recordColumns, type RecordRow } from '../../common/record';

export const RecommendationStatus = { PROPOSED: 'PROPOSED', ADOPTED: 'ADOPTED', IN_PROGRESS: 'IN_PROGRESS', IMPLEMENTED: 'IMPLEMENTED', REJECTED: 'REJECTED' } as const;
export type RecommendationStatus = (typeof RecommendationStatus)[keyof typeof RecommendationStatus];
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Where a recommendation stands.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not yet adopted.' }, ADOPTED: { description: 'Adopted at its event.' },
    IN_PROGRESS: { description: 'Being implemented.' }, IMPLEMENTED: { description: 'Implemented.' }, REJECTED: { description: 'Rejected.' },
  },
});

export const RecommendationTheme = {
  HUMAN_RIGHTS: 'HUMAN_RIGHTS', PREVENTION: 'PREVENTION', FAMILY: 'FAMILY', LEGISLATION: 'LEGISLATION', LAW_ENFORCEMENT: 'LAW_ENFORCEMENT',
  SUPPORT_SERVICES: 'SUPPORT_SERVICES', AWARENESS: 'AWARENESS', OTHER: 'OTHER',
} as const;
export type RecommendationTheme = (typeof RecommendationTheme)[keyof typeof RecommendationTheme];
registerEnumType(RecommendationTheme, {
  name: 'RecommendationTheme',
  description: 'What a recommendation is about.',
  valuesConfig: {
    HUMAN_RIGHTS: { description: 'Human rights mechanisms.' }, PREVENTION: { description: 'Prevention of domestic violence.' },
    FAMILY: { description: 'The family institution.' }, LEGISLATION: { description: 'Legislation.' },
    LAW_ENFORCEMENT: { description: 'Law enforcement practice.' }, SUPPORT_SERVICES: { description: 'Support services.' },
    AWARENESS: { description: 'Public awareness.' }, OTHER: { description: 'Anything else.' },
  },
});

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

@ObjectType({ description: 'A change of a recommendation\'s status.' })
export class RecommendationStatusChange {
  @Field(() => RecommendationStatus, { nullable: true, description: 'The status before; null for the first entry.' }) fromStatus!: RecommendationStatus | null;
  @Field(() => RecommendationStatus, { description: 'The status after.' }) toStatus!: RecommendationStatus;
  @Field(() => DateScalar, { description: 'When the status changed.' }) changedOn!: string;
}

@ObjectType({ implements: [Node, RecordType], description: 'A recommendation adopted at an event, with the organizations responsible for it and the history of its status.' })
export class Recommendation extends RecordType {
  @Field(() => RecommendationTheme, { description: 'What it is about.' }) theme!: RecommendationTheme;
  @Field(() => RecommendationStatus, { description: 'Where it stands.' }) status!: RecommendationStatus;
  @Field(() => DateScalar, { nullable: true, description: 'When it is due; null when no date was set.' }) dueOn!: string | null;
}

export const RecommendationConnection = Connection(Recommendation, 'Recommendation', 'recommendations');
