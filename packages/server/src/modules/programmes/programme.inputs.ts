import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { ConnectionArgs, DateTimeScalar, SortDirection } from '../../graphql/types';

export const ProgrammeOrderField = defineEnum('ProgrammeOrderField', 'What programmes can be ordered by.', {
  NAME: 'The name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the programme was added.',
  UPDATED_AT: 'When the programme last changed.',
});
export type ProgrammeOrderField = EnumValue<typeof ProgrammeOrderField>;

@InputType({ description: 'Narrows a list of programmes.' })
export class ProgrammeFilter {
  @Field(() => ID, { nullable: true, description: 'Only programmes led by this organization.' }) leadOrganization?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only programmes led by any of these organizations (by ID or slug).' })
  leadOrganizations?: string[] | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
}

@InputType({ description: 'The order of a list of programmes.' })
export class ProgrammeOrder {
  @Field(() => ProgrammeOrderField, { description: 'What to order by.' }) field!: ProgrammeOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {
  @Field(() => ProgrammeFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ProgrammeFilter | null;
  @Field(() => ProgrammeOrder, { nullable: true, description: 'The order; by name ascending when omitted.' })
  orderBy?: ProgrammeOrder | null;
}

/** The records a ProgrammeFilter names, which must exist. */
export function programmeFilterReferences(filter: ProgrammeFilter | null | undefined): Reference[] {
  return [
    ['filter.leadOrganization', 'Organization', filter?.leadOrganization],
    ...listReferences('filter.leadOrganizations', 'Organization', filter?.leadOrganizations),
  ];
}

@InputType({ description: 'A new programme (ADMIN only).' })
export class CreateProgrammeInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the name when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The name.' }) name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What the programme is.' }) description?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The organization leading it, by ID or slug.' }) leadOrganization?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({ description: 'Changes to a programme (ADMIN only); omitted fields stay, null clears.' })
export class UpdateProgrammeInput {
  @Field(() => ID, { description: 'The programme, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The name.' }) name?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What the programme is.' }) description?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The organization leading it.' }) leadOrganization?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}
