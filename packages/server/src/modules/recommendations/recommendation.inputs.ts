import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { LocalizedTextInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { FOLLOW_SUCCESSIONS_DESCRIPTION } from '../regions/region.inputs';
import { ConnectionArgs, DateRangeInput, DateScalar, DateTimeScalar, SortDirection } from '../../graphql/types';
import { RecommendationDimension, RecommendationStatus, RecommendationTheme } from './recommendation.type';

export const RecommendationOrderField = defineEnum('RecommendationOrderField', 'What recommendations can be ordered by.', {
  POSITION: 'The order in which they were adopted at their event.',
  DUE_ON: 'The due date (recommendations without one come last in ascending order).',
  CREATED_AT: 'When the recommendation was added.',
  UPDATED_AT: 'When the recommendation last changed.',
  STATUS_CHANGED_AT: 'The day its status last changed (recommendations whose status never changed come first in ascending order).',
});
export type RecommendationOrderField = EnumValue<typeof RecommendationOrderField>;

@InputType({ description: 'Narrows a list of recommendations; all given conditions must hold.' })
export class RecommendationFilter {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
  @Field(() => [RecommendationStatus], { nullable: true, description: 'Only recommendations in these statuses.' }) statuses?:
    RecommendationStatus[] | null;
  @Field(() => [RecommendationTheme], { nullable: true, description: 'Only recommendations on these themes.' }) themes?:
    RecommendationTheme[] | null;
  @Field(() => ID, { nullable: true, description: 'Only recommendations adopted at this event.' }) event?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only recommendations this organization is responsible for.' }) responsibleOrganization?:
    string | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only recommendations due within these dates.' }) due?: DateRangeInput | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only overdue recommendations (due before today, neither implemented nor rejected); false: only those that are not overdue.',
  })
  overdue?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only recommendations whose status changed on or after this day.' })
  statusChangedSince?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only recommendations adopted at events in this region or any region below it.' })
  region?: string | null;
  @Field(() => Boolean, { nullable: true, description: FOLLOW_SUCCESSIONS_DESCRIPTION }) followSuccessions?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Only recommendations adopted at any of these events (by ID or slug).' })
  events?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Only recommendations any of these organizations (by ID or slug) is responsible for.' })
  responsibleOrganizations?: string[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Only recommendations adopted at events in any of these regions (by ID or slug) or a region below one of them.',
  })
  regions?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Full-text search in the texts (English, Russian, Kazakh).' }) query?: string | null;
}

@InputType({ description: 'The order of a list of recommendations.' })
export class RecommendationOrder {
  @Field(() => RecommendationOrderField, { description: 'What to order by.' }) field!: RecommendationOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class RecommendationsArgs extends ConnectionArgs {
  @Field(() => RecommendationFilter, { nullable: true, description: 'Narrows the list.' }) filter?: RecommendationFilter | null;
  @Field(() => RecommendationOrder, {
    nullable: true,
    description: 'The order; newest first when omitted (adoption order within an event).',
  })
  orderBy?: RecommendationOrder | null;
}

@ArgsType()
export class RecommendationStatsArgs {
  @Field(() => RecommendationFilter, { nullable: true, description: 'Which recommendations to count.' })
  filter?: RecommendationFilter | null;
  @Field(() => [RecommendationDimension], {
    description: 'The dimensions to split by, in the order buckets are sorted; none: one bucket, the total.',
  })
  groupBy!: RecommendationDimension[];
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also the subtotals: a bucket for every coarser split down to the grand total, each telling its dimensions in `groupedBy`.',
  })
  subtotals!: boolean;
}

/** The records a RecommendationFilter names, which must exist. */
export function recommendationFilterReferences(filter: RecommendationFilter | null | undefined): Reference[] {
  return [
    ['filter.event', 'Event', filter?.event],
    ['filter.responsibleOrganization', 'Organization', filter?.responsibleOrganization],
    ['filter.region', 'Region', filter?.region],
    ...listReferences('filter.events', 'Event', filter?.events),
    ...listReferences('filter.responsibleOrganizations', 'Organization', filter?.responsibleOrganizations),
    ...listReferences('filter.regions', 'Region', filter?.regions),
  ];
}

@InputType({ description: 'A recommendation adopted at an event (ADMIN only).' })
export class CreateRecommendationInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the text when omitted.' }) slug?: string | null;
  @Field(() => ID, { description: 'The event that adopted it, by ID or slug.' }) event!: string;
  @Field(() => LocalizedTextInput, { description: 'The text.' }) text!: LocalizedTextInput;
  @Field(() => RecommendationTheme, { description: 'What it is about.' }) theme!: RecommendationTheme;
  @Field(() => RecommendationStatus, { nullable: true, description: 'Where it stands; ADOPTED when omitted. Starts its history.' })
  status?: RecommendationStatus | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it is due.' }) dueOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The organizations responsible for carrying it out, by ID or slug (at most 50).' })
  responsibleOrganizations?: string[] | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the recommendations of its event (0 first); after the others when omitted.',
  })
  position?: number | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({
  description:
    'Changes to a recommendation (ADMIN only); its status changes with `updateRecommendationStatus`. Omitted fields stay, null clears.',
})
export class UpdateRecommendationInput {
  @Field(() => ID, { description: 'The recommendation, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event that adopted it.' }) event?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The text.' }) text?: LocalizedTextInput | null;
  @Field(() => RecommendationTheme, { nullable: true, description: 'What it is about.' }) theme?: RecommendationTheme | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it is due.' }) dueOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The organizations responsible (replaces the list).' }) responsibleOrganizations?:
    string[] | null;
  @Field(() => Int, { nullable: true, description: 'Its place among the recommendations of its event.' }) position?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}

@InputType({
  description: 'A new status of a recommendation (an ADMIN, or an EDITOR of an organization responsible for it); appended to its history.',
})
export class UpdateRecommendationStatusInput {
  @Field(() => ID, { description: 'The recommendation, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => RecommendationStatus, { description: 'The new status.' }) status!: RecommendationStatus;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'A note on the change (what was done, by whom).' })
  note?: LocalizedTextInput | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day the status changed; today when omitted (not in the future).' })
  changedOn?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents that show the change (its evidence), by ID or slug; none: the key is cited.',
  })
  sourceIds?: string[] | null;
}
