import { ObjectType } from 'type-graphql';
import { Connection, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description: 'A national programme, such as "Kazakhstan without Domestic Violence".',
})
export class Programme extends RecordType {}

export const ProgrammeConnection = Connection(Programme, 'Programme', 'programmes');
