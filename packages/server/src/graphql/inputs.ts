import { Field, ID, InputType, Int } from 'type-graphql';

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
