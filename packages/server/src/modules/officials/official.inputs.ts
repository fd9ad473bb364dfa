import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs, SortDirection } from '../../graphql/types';

export const OfficialOrderField = defineEnum('OfficialOrderField', 'What officials can be ordered by.', {
  FULL_NAME: 'The full name (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the official was added.',
});
export type OfficialOrderField = EnumValue<typeof OfficialOrderField>;

@InputType({ description: 'Narrows a list of officials; all given conditions must hold.' })
export class OfficialFilter {
  @Field(() => ID, { nullable: true, description: 'Only officials with a post in this organization.' }) organization?: string | null;
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
  return [['filter.organization', 'Organization', filter?.organization]];
}
