import { Field, ObjectType } from 'type-graphql';
import { Language } from '@qorgau/schema';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { DateScalar, DateTimeScalar, Node } from '../../graphql/types';

export const SourceKind = defineEnum('SourceKind', 'What kind of document a source is.', {
  PRESS_RELEASE: 'A press release of a state body or organization.',
  LEGAL_ACT: 'A law, decree or other legal act.',
  OFFICIAL_WEBSITE: 'An official website or register.',
  REPORT: 'A report or study.',
  OTHER: 'Any other document.',
});
export type SourceKind = EnumValue<typeof SourceKind>;

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A document that records of the registry were taken from.' })
export class Source extends Node {
  @Field({ description: 'A stable, human-readable identifier.' }) slug!: string;
  @Field(() => String, { description: 'The title of the document.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Who published the document.' }) publisher!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the document was published.' }) publishedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the document can be read, when it has a known address.' }) url!: string | null;
  @Field(() => Language, { description: 'The language the document is written in.' }) language!: Language;
  @Field(() => SourceKind, { description: 'What kind of document it is.' }) kind!: SourceKind;
  @Field(() => DateTimeScalar, { description: 'When the source was added to the registry.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the source was last changed in the registry.' }) updatedAt!: string;
}
