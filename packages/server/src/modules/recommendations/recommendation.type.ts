import { Field, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { Connection, DateScalar, DateTimeScalar, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

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

export const RecommendationDimension = defineEnum('RecommendationDimension', 'What `recommendationStats` splits recommendations by.', {
  STATUS: 'Their status.',
  THEME: 'Their theme.',
  RESPONSIBLE_ORGANIZATION:
    'The organizations responsible for them: one with several counts in each of theirs, one with none in a bucket without an organization.',
  EVENT: 'The event that adopted them (most recent first).',
});
export type RecommendationDimension = EnumValue<typeof RecommendationDimension>;

@ObjectType({
  description:
    'A bucket of `recommendationStats`: how many recommendations share its keys, and how many of them are overdue. A dimension it does not split by is null (see `groupedBy`); buckets without recommendations are left out.',
})
export class RecommendationBucket {
  @Field(() => Int, { description: 'How many recommendations.' }) count!: number;
  @Field(() => Int, { description: 'How many of them are overdue: due before today, neither implemented nor rejected.' }) overdue!: number;
  @Field(() => RecommendationStatus, { nullable: true, description: 'Their status (split by STATUS).' })
  status!: RecommendationStatus | null;
  @Field(() => RecommendationTheme, { nullable: true, description: 'Their theme (split by THEME).' }) theme!: RecommendationTheme | null;
  @Field(() => [RecommendationDimension], { description: 'The dimensions this bucket splits by; fewer than asked for a subtotal.' })
  groupedBy!: RecommendationDimension[];
}

@ObjectType({ simpleResolvers: true, description: "A change of a recommendation's status." })
export class RecommendationStatusChange {
  @Field(() => RecommendationStatus, { nullable: true, description: 'The status before; null for the first entry.' })
  fromStatus!: RecommendationStatus | null;
  @Field(() => RecommendationStatus, { description: 'The status after.' }) toStatus!: RecommendationStatus;
  @Field(() => DateScalar, { description: 'When the status changed.' }) changedOn!: string;
  @Field(() => DateTimeScalar, { description: 'When the change was recorded in the registry.' }) createdAt!: string;
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

export const CreateRecommendationPayload = Payload('createRecommendation', {
  recommendation: { type: () => Recommendation, description: 'The new recommendation.' },
});
export const UpdateRecommendationPayload = Payload('updateRecommendation', {
  recommendation: {
    type: () => Recommendation,
    description: 'The recommendation as it is now (after a CONFLICT: as it stands, unchanged).',
  },
});
export const UpdateRecommendationStatusPayload = Payload('updateRecommendationStatus', {
  recommendation: {
    type: () => Recommendation,
    description: 'The recommendation with its new status and history (after a CONFLICT: as it stands).',
  },
});
export const DeleteRecommendationPayload = Payload('deleteRecommendation', {
  deletedRecommendationId: { type: () => ID, description: 'The ID the deleted recommendation had.' },
});
