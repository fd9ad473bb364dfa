import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs } from '../../graphql/types';

@InputType({ description: 'Narrows a list of programmes.' })
export class ProgrammeFilter {
  @Field(() => ID, { nullable: true, description: 'Only programmes led by this organization.' }) leadOrganization?: string | null;
}

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {
  @Field(() => ProgrammeFilter, { nullable: true, description: 'Narrows the list (ordered by name).' }) filter?: ProgrammeFilter | null;
}

/** The records a ProgrammeFilter names, which must exist. */
export function programmeFilterReferences(filter: ProgrammeFilter | null | undefined): Reference[] {
  return [['filter.leadOrganization', 'Organization', filter?.leadOrganization]];
}
