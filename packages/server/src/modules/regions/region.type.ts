import { Field, ID, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { Connection, DateScalar, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

export const RegionKind = defineEnum('RegionKind', 'A level of the administrative hierarchy.', {
  COUNTRY: 'The Republic of Kazakhstan.',
  REGION: 'An oblast (region).',
  CITY_OF_REPUBLICAN_SIGNIFICANCE: 'A city of republican significance, on the level of an oblast (Astana, Almaty, Shymkent).',
  DISTRICT: 'A district of an oblast or a city.',
  CITY: 'A city within an oblast.',
});
export type RegionKind = EnumValue<typeof RegionKind>;

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description:
    'A unit of the administrative hierarchy: the country, an oblast or city of republican significance, a district or city. Regions are renamed and split over time; validity and successors keep the history.',
})
export class Region extends RecordType {
  @Field(() => RegionKind, { description: 'The level of the unit.' }) kind!: RegionKind;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The first day the unit existed under this name and shape; null when it predates the registry's sources.",
  })
  validFrom!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the unit stopped existing under this name and shape (exclusive); null while it exists.',
  })
  validUntil!: string | null;
}

export const RegionConnection = Connection(Region, 'Region', 'regions');

export const CreateRegionPayload = Payload('createRegion', { region: { type: () => Region, description: 'The new region.' } });
export const UpdateRegionPayload = Payload('updateRegion', {
  region: { type: () => Region, description: 'The region as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const DeleteRegionPayload = Payload('deleteRegion', {
  deletedRegionId: { type: () => ID, description: 'The ID the deleted region had.' },
});
