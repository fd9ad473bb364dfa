import { Field, ID, Int, ObjectType, type ClassType } from 'type-graphql';
import { Language } from '@qorgau/schema';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { Connection, DateScalar, URLScalar, DateTimeScalar, Node } from '../../graphql/types';

export const SourceKind = defineEnum('SourceKind', 'What kind of document a source is.', {
  PRESS_RELEASE: 'A press release of a state body or organization.',
  LEGAL_ACT: 'A law, decree or other legal act.',
  OFFICIAL_WEBSITE: 'An official website or register.',
  REPORT: 'A report or study.',
  OTHER: 'Any other document.',
  API_SUBMISSION: 'Written through the API with a key, where the writer cited no document: the key and its organization are the source.',
});
export type SourceKind = EnumValue<typeof SourceKind>;

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A document that records of the registry were taken from.' })
export class Source extends Node {
  @Field({ description: 'A stable, human-readable identifier.' }) slug!: string;
  @Field(() => Int, {
    description: 'Increases with every change; send it back with an update so that concurrent edits conflict instead of overwriting.',
  })
  version!: number;
  @Field(() => String, { description: 'The title of the document.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Who published the document.' }) publisher!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the document was published.' }) publishedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the document can be read, when it has a known address.',
    deprecationReason: 'Use `link`, the same address typed as URL.',
  })
  url!: string | null;
  @Field(() => URLScalar, { nullable: true, description: 'Where the document can be read, when it has a known address.' })
  link!: string | null;
  @Field(() => Language, { description: 'The language the document is written in.' }) language!: Language;
  @Field(() => SourceKind, { description: 'What kind of document it is.' }) kind!: SourceKind;
  @Field(() => DateTimeScalar, { description: 'When the source was added to the registry.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the source was last changed in the registry.' }) updatedAt!: string;
}

export const CreateSourcePayload = Payload('createSource', { source: { type: () => Source, description: 'The new source.' } });
export const UpdateSourcePayload = Payload('updateSource', {
  source: { type: () => Source, description: 'The source as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const DeleteSourcePayload = Payload('deleteSource', {
  deletedSourceId: { type: () => ID, description: 'The ID the deleted source had.' },
});

/** A page of the records citing a source (any record type: events, organizations, figures, …). */
export const CitingRecordConnection = Connection(Node as unknown as ClassType<Node>, 'CitingRecord', 'records citing a source');
