import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs, DateRangeInput, SortDirection } from '../../graphql/types';
import { RecommendationStatus, RecommendationTheme } from './recommendation.type';

export const RecommendationOrderField = defineEnum('RecommendationOrderField', 'What recommendations can be ordered by.', {
  POSITION: 'The order in which they were adopted at their event.',
  DUE_ON: 'The due date (recommendations without one come last in ascending order).',
  CREATED_AT: 'When the recommendation was added.',
});
export type RecommendationOrderField = EnumValue<typeof RecommendationOrderField>;

@InputType({ description: 'Narrows a list of recommendations; all given conditions must hold.' })
export class RecommendationFilter {
  @Field(() => [RecommendationStatus], { nullable: true, description: 'Only recommendations in these statuses.' }) statuses?:
    RecommendationStatus[] | null;
  @Field(() => [RecommendationTheme], { nullable: true, description: 'Only recommendations on these themes.' }) themes?:
    RecommendationTheme[] | null;
  @Field(() => ID, { nullable: true, description: 'Only recommendations adopted at this event.' }) event?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only recommendations this organization is responsible for.' }) responsibleOrganization?:
    string | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only recommendations due within these dates.' }) due?: DateRangeInput | null;
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

/** The records a RecommendationFilter names, which must exist. */
export function recommendationFilterReferences(filter: RecommendationFilter | null | undefined): Reference[] {
  return [
    ['filter.event', 'Event', filter?.event],
    ['filter.responsibleOrganization', 'Organization', filter?.responsibleOrganization],
  ];
}
