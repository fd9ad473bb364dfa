import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { Connection, DateScalar, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A post an official holds or held in an organization.' })
export class Post extends Node {
  @Field(() => Int, {
    description: 'Increases with every change; send it back with an update so that concurrent edits conflict instead of overwriting.',
  })
  version!: number;
  @Field(() => DateScalar, { nullable: true, description: 'The first day in the post; null when the sources do not say.' }) startedOn!:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day in the post; null while held or when the sources do not say.' })
  endedOn!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'A day on which a source shows the post held, for posts whose start and end are not known.',
  })
  attestedOn!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description:
    'A person holding public posts. Officials are public figures: the registry keeps their names, posts and official contact points only.',
})
export class Official extends RecordType {}

export const OfficialConnection = Connection(Official, 'Official', 'officials');

export const CreateOfficialPayload = Payload('createOfficial', { official: { type: () => Official, description: 'The new official.' } });
export const UpdateOfficialPayload = Payload('updateOfficial', {
  official: { type: () => Official, description: 'The official as they are now (after a CONFLICT: as they stand, unchanged).' },
});
export const DeleteOfficialPayload = Payload('deleteOfficial', {
  deletedOfficialId: { type: () => ID, description: 'The ID the deleted official had.' },
});
export const AppointOfficialPayload = Payload('appointOfficial', {
  post: { type: () => Post, description: 'The new post.' },
  official: { type: () => Official, description: 'The official appointed (new when `newOfficial` was given).' },
});
export const UpdatePostPayload = Payload('updatePost', {
  post: { type: () => Post, description: 'The post as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const EndPostPayload = Payload('endPost', {
  post: { type: () => Post, description: 'The post, ended (after a CONFLICT: as it stands, unchanged).' },
});
export const DeletePostPayload = Payload('deletePost', { deletedPostId: { type: () => ID, description: 'The ID the deleted post had.' } });
