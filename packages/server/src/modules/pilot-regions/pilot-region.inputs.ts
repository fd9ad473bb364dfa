import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs } from '../../graphql/types';
import { PilotStatus } from './pilot-region.type';

@InputType({ description: 'Narrows a list of pilot regions; all given conditions must hold.' })
export class PilotRegionFilter {
  @Field(() => ID, { nullable: true, description: 'Only pilots of this programme.' }) programme?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only pilots in this region or a region below it.' }) region?: string | null;
  @Field(() => [PilotStatus], { nullable: true, description: 'Only pilots in these statuses.' }) statuses?: PilotStatus[] | null;
}

@ArgsType()
export class PilotRegionsArgs extends ConnectionArgs {
  @Field(() => PilotRegionFilter, { nullable: true, description: 'Narrows the list (ordered by start, earliest first).' })
  filter?: PilotRegionFilter | null;
}

/** The records a PilotRegionFilter names, which must exist. */
export function pilotRegionFilterReferences(filter: PilotRegionFilter | null | undefined): Reference[] {
  return [
    ['filter.programme', 'Programme', filter?.programme],
    ['filter.region', 'Region', filter?.region],
  ];
}
