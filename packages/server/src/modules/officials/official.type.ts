import { Field, ObjectType } from 'type-graphql';
import { Connection, DateScalar, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

@ObjectType({ simpleResolvers: true, description: 'A post an official holds or held in an organization.' })
export class Post {
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
