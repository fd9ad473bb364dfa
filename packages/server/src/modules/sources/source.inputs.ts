import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Language } from '@qorgau/schema';
import { LocalizedTextInput } from '../../graphql/inputs';
import { ConnectionArgs, DateScalar, SortDirection, URLScalar } from '../../graphql/types';
import { SourceKind } from './source.type';

@InputType({ description: 'A document records are taken from.' })
export class CreateSourceInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the title when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The title of the document.' }) title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Who published it.' }) publisher?: LocalizedTextInput | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it was published.' }) publishedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Where it can be read (http or https); the same as `link`, which is typed.' })
  url?: string | null;
  @Field(() => URLScalar, { nullable: true, description: 'Where it can be read.' }) link?: string | null;
  @Field(() => Language, { description: 'The language it is written in.' }) language!: Language;
  @Field(() => SourceKind, { description: 'What kind of document it is (not API_SUBMISSION: the API makes those itself).' })
  kind!: SourceKind;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'A note on the document.' }) note?: LocalizedTextInput | null;
}

@InputType({ description: 'Changes to a source; omitted fields are left as they are, null clears a field that may be empty.' })
export class UpdateSourceInput {
  @Field(() => ID, { description: 'The source, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The title.' }) title?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Who published it.' }) publisher?: LocalizedTextInput | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it was published.' }) publishedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Where it can be read; the same as `link`, which is typed.' }) url?: string | null;
  @Field(() => URLScalar, { nullable: true, description: 'Where it can be read (null clears it).' }) link?: string | null;
  @Field(() => Language, { nullable: true, description: 'The language.' }) language?: Language | null;
  @Field(() => SourceKind, { nullable: true, description: 'The kind of document.' }) kind?: SourceKind | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'A note.' }) note?: LocalizedTextInput | null;
}

export const CitingRecordOrderField = defineEnum('CitingRecordOrderField', 'What the records citing a source can be ordered by.', {
  RECORD_TYPE: 'Their GraphQL type, then their database order (the order records of a type were added in).',
});
export type CitingRecordOrderField = EnumValue<typeof CitingRecordOrderField>;

@InputType({ description: 'The order of the records citing a source.' })
export class CitingRecordOrder {
  @Field(() => CitingRecordOrderField, { description: 'What to order by.' }) field!: CitingRecordOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class CitingRecordsArgs extends ConnectionArgs {
  @Field(() => [String], { nullable: true, description: 'Only records of these GraphQL types (`Event`, `Organization`, …).' })
  recordTypes?: string[] | null;
  @Field(() => CitingRecordOrder, { nullable: true, description: 'The order; by type, then as added, when omitted.' })
  orderBy?: CitingRecordOrder | null;
}
