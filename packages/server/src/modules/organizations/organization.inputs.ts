import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs, SortDirection } from '../../graphql/types';
import { OrganizationKind } from './organization.type';

export const OrganizationOrderField = defineEnum('OrganizationOrderField', 'What organizations can be ordered by.', {
  NAME: 'The name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the organization was added.',
});
export type OrganizationOrderField = EnumValue<typeof OrganizationOrderField>;

@InputType({ description: 'Narrows a list of organizations; all given conditions must hold.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only organizations of these kinds.' }) kinds?: OrganizationKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only organizations in this region or any region below it.' }) region?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the direct subdivisions of this organization.' }) parent?: string | null;
  @Field(() => String, { nullable: true, description: 'Full-text search in names and descriptions (English, Russian, Kazakh).' }) query?:
    string | null;
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
  ];
}
