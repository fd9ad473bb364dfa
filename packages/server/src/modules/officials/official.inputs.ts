import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { LocalizedTextInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { ConnectionArgs, DateScalar, DateTimeScalar, SortDirection } from '../../graphql/types';

export const OfficialOrderField = defineEnum('OfficialOrderField', 'What officials can be ordered by.', {
  FULL_NAME: 'The full name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the official was added.',
  UPDATED_AT: 'When the official last changed.',
});
export type OfficialOrderField = EnumValue<typeof OfficialOrderField>;

@InputType({ description: 'Narrows a list of officials; all given conditions must hold.' })
export class OfficialFilter {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only officials with a post in this organization.' }) organization?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only officials with a post in any of these organizations (by ID or slug).' })
  organizations?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only officials with a post known to be held today; false: only those without one.',
  })
  current?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Full-text search in names (English, Russian, Kazakh).' }) query?: string | null;
}

@InputType({ description: 'The order of a list of officials.' })
export class OfficialOrder {
  @Field(() => OfficialOrderField, { description: 'What to order by.' }) field!: OfficialOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class OfficialsArgs extends ConnectionArgs {
  @Field(() => OfficialFilter, { nullable: true, description: 'Narrows the list.' }) filter?: OfficialFilter | null;
  @Field(() => OfficialOrder, { nullable: true, description: 'The order; by full name ascending when omitted.' })
  orderBy?: OfficialOrder | null;
}

/** The records a OfficialFilter names, which must exist. */
export function officialFilterReferences(filter: OfficialFilter | null | undefined): Reference[] {
  return [
    ['filter.organization', 'Organization', filter?.organization],
    ...listReferences('filter.organizations', 'Organization', filter?.organizations),
  ];
}

@InputType({
  description: 'A new official (ADMIN only; an EDITOR adds the people of its organization with `appointOfficial` and `newOfficial`).',
})
export class CreateOfficialInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the name when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The full name.' }) fullName!: LocalizedTextInput;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({
  description: "Changes to an official's record (an ADMIN, or an EDITOR of an organization the official holds or held a post in).",
})
export class UpdateOfficialInput {
  @Field(() => ID, { description: 'The official, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The full name.' }) fullName?: LocalizedTextInput | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}

@InputType({ description: 'An official not yet in the registry, added with their first post.' })
export class NewOfficialInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the name when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The full name.' }) fullName!: LocalizedTextInput;
}

@InputType({ description: 'A post to give an official: an ADMIN, or an EDITOR of the organization of the post.' })
export class AppointOfficialInput {
  @Field(() => ID, { nullable: true, description: 'The official, by ID or slug; or give `newOfficial` instead.' }) official?: string | null;
  @Field(() => NewOfficialInput, { nullable: true, description: 'An official not yet in the registry; or give `official` instead.' })
  newOfficial?: NewOfficialInput | null;
  @Field(() => ID, { description: 'The organization of the post, by ID or slug.' }) organization!: string;
  @Field(() => LocalizedTextInput, { description: 'The title of the post.' }) title!: LocalizedTextInput;
  @Field(() => DateScalar, { nullable: true, description: 'The first day in the post.' }) startedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'A day a source shows the post held, when its start is not known.' })
  attestedOn?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({ description: 'Changes to a post (an ADMIN, or an EDITOR of its organization); omitted fields stay, null clears.' })
export class UpdatePostInput {
  @Field(() => ID, { description: 'The post.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The title.' }) title?: LocalizedTextInput | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day in the post.' }) startedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day in the post.' }) endedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'A day a source shows the post held.' }) attestedOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}

@InputType({ description: 'The end of a post (an ADMIN, or an EDITOR of its organization).' })
export class EndPostInput {
  @Field(() => ID, { description: 'The post.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => DateScalar, { description: 'The last day in the post.' }) endedOn!: string;
  @Field(() => [ID], { nullable: true, description: 'Documents this is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}
