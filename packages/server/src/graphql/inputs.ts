import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A text in up to three languages; at least one must be given. Empty strings count as missing.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: 'English.' }) en?: string | null;
  @Field(() => String, { nullable: true, description: 'Russian.' }) ru?: string | null;
  @Field(() => String, { nullable: true, description: 'Kazakh.' }) kk?: string | null;
}

@InputType({ description: 'A record to delete: its ID (or slug) and the version last read.' })
export class DeleteRecordInput {
  @Field(() => ID, { description: 'The record, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing is deleted.' }) version!: number;
}

@InputType({
  description: 'Where something is: coordinates (WGS 84, both or neither), an address, or both; null clears the location.',
})
export class LocationInput {
  @Field(() => Float, { nullable: true, description: 'Degrees north, from -90 to 90.' }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: 'Degrees east, from -180 to 180.' }) longitude?: number | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The address as the source gives it.' })
  address?: LocalizedTextInput | null;
}

@InputType({ description: 'A circle on the earth: a point (WGS 84) and a radius.' })
export class NearInput {
  @Field(() => Float, { description: 'Degrees north, from -90 to 90.' }) latitude!: number;
  @Field(() => Float, { description: 'Degrees east, from -180 to 180.' }) longitude!: number;
  @Field(() => Float, { description: 'The radius in kilometres, more than 0 and at most 2,000.' }) radiusKm!: number;
}
