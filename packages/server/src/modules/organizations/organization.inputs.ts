import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { LocalizedTextInput, LocationInput, NearInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { FOLLOW_SUCCESSIONS_DESCRIPTION } from '../regions/region.inputs';
import { ConnectionArgs, DateTimeScalar, SortDirection } from '../../graphql/types';
import { ContactKind, OrganizationKind } from './organization.type';

export const OrganizationOrderField = defineEnum('OrganizationOrderField', 'What organizations can be ordered by.', {
  NAME: 'The name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the organization was added.',
  UPDATED_AT: 'When the organization last changed.',
  DISTANCE: 'The distance from the point of `filter.near` (nearest first in ascending order); needs `filter.near`.',
});
export type OrganizationOrderField = EnumValue<typeof OrganizationOrderField>;

@InputType({
  description:
    'Narrows organizations by what their service profile states: true, only those whose profile says so; false, only those whose profile says not (a profile silent on it matches neither).',
})
export class ServiceProfileFilter {
  @Field(() => Boolean, { nullable: true, description: 'Services free of charge.' }) freeOfCharge?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Services reachable for the rural population.' }) accessibleToRuralPopulation?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Services with crisis beds.' }) hasCrisisBeds?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Services that run a hotline.' }) hotline?: boolean | null;
}

@InputType({ description: 'Narrows a list of organizations; all given conditions must hold.' })
export class OrganizationFilter {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only organizations of these kinds.' }) kinds?: OrganizationKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only organizations in this region or any region below it.' }) region?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Only organizations in any of these regions (by ID or slug) or a region below one of them.',
  })
  regions?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: FOLLOW_SUCCESSIONS_DESCRIPTION }) followSuccessions?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only the direct subdivisions of this organization.' }) parent?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only the direct subdivisions of any of these organizations (by ID or slug).' })
  parents?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Full-text search in names and descriptions (English, Russian, Kazakh).' }) query?:
    string | null;
  @Field(() => ServiceProfileFilter, { nullable: true, description: 'Only support services whose profile states these.' })
  serviceProfile?: ServiceProfileFilter | null;
  @Field(() => NearInput, {
    nullable: true,
    description: 'Only organizations with coordinates within this circle (order by DISTANCE for the nearest first).',
  })
  near?: NearInput | null;
}

@InputType({ description: 'The order of a list of organizations.' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { description: 'What to order by.' }) field!: OrganizationOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Narrows the list.' }) filter?: OrganizationFilter | null;
  @Field(() => OrganizationOrder, { nullable: true, description: 'The order; by name ascending when omitted.' })
  orderBy?: OrganizationOrder | null;
}

/** The records a OrganizationFilter names, which must exist. */
export function organizationFilterReferences(filter: OrganizationFilter | null | undefined): Reference[] {
  return [
    ['filter.region', 'Region', filter?.region],
    ['filter.parent', 'Organization', filter?.parent],
    ...listReferences('filter.regions', 'Region', filter?.regions),
    ...listReferences('filter.parents', 'Organization', filter?.parents),
  ];
}

@InputType({ description: 'An official contact point (never a personal one).' })
export class ContactInput {
  @Field(() => ID, {
    nullable: true,
    description: 'In an update: the contact point this item keeps (its ID stays, its fields are replaced); omit for a new one.',
  })
  id?: string | null;
  @Field(() => ContactKind, { description: 'The kind of contact point.' }) kind!: ContactKind;
  @Field({ description: 'The number, address or URL, as published (at most 500 characters).' }) value!: string;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it is for ("Press Service").' }) label?: LocalizedTextInput | null;
}

@InputType({ description: 'What a support service offers; leave a flag out (null) where the sources are silent.' })
export class ServiceProfileInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether its services are free of charge.' }) freeOfCharge?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is reachable for the rural population.' }) accessibleToRuralPopulation?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it has crisis beds.' }) hasCrisisBeds?: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description: 'How many crisis beds it has (0 to 10,000; more than 0 needs hasCrisisBeds not false).',
  })
  crisisBedCount?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it runs a hotline.' }) hotline?: boolean | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'When it is open, as the source words it.' })
  openingHours?: LocalizedTextInput | null;
}

@InputType({ description: 'A new organization (ADMIN only).' })
export class CreateOrganizationInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the name when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The full official name.' }) name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The short name or acronym.' }) shortName?: LocalizedTextInput | null;
  @Field(() => OrganizationKind, { description: 'What kind of body it is.' }) kind!: OrganizationKind;
  @Field(() => ID, { nullable: true, description: 'The organization it is part of, by ID or slug.' }) parent?: string | null;
  @Field(() => ID, { nullable: true, description: 'The region it works in, by ID or slug.' }) region?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it is or does.' }) description?: LocalizedTextInput | null;
  @Field(() => [ContactInput], { nullable: true, description: 'Official contact points, in order (at most 20).' }) contacts?:
    ContactInput[] | null;
  @Field(() => ServiceProfileInput, { nullable: true, description: 'For support services: what they offer.' })
  serviceProfile?: ServiceProfileInput | null;
  @Field(() => LocationInput, { nullable: true, description: 'Where it is, where a source gives it.' }) location?: LocationInput | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({
  description:
    'Changes to an organization (an ADMIN, or an EDITOR of the organization itself); omitted fields stay, null clears, a list replaces the list.',
})
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organization, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The full official name.' }) name?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The short name or acronym.' }) shortName?: LocalizedTextInput | null;
  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of body it is.' }) kind?: OrganizationKind | null;
  @Field(() => ID, { nullable: true, description: 'The organization it is part of.' }) parent?: string | null;
  @Field(() => ID, { nullable: true, description: 'The region it works in.' }) region?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it is or does.' }) description?: LocalizedTextInput | null;
  @Field(() => [ContactInput], { nullable: true, description: 'Official contact points (replaces the list).' }) contacts?:
    ContactInput[] | null;
  @Field(() => ServiceProfileInput, { nullable: true, description: 'What the service offers (replaces it; null removes it).' })
  serviceProfile?: ServiceProfileInput | null;
  @Field(() => LocationInput, { nullable: true, description: 'Where it is (replaces it; null removes it).' })
  location?: LocationInput | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}
