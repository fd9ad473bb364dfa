import { ID, ObjectType } from 'type-graphql';
import { Payload } from '../../graphql/payload';
import { Connection, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description: 'A national programme, such as "Kazakhstan without Domestic Violence".',
})
export class Programme extends RecordType {}

export const ProgrammeConnection = Connection(Programme, 'Programme', 'programmes');

export const CreateProgrammePayload = Payload('createProgramme', {
  programme: { type: () => Programme, description: 'The new programme.' },
});
export const UpdateProgrammePayload = Payload('updateProgramme', {
  programme: { type: () => Programme, description: 'The programme as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const DeleteProgrammePayload = Payload('deleteProgramme', {
  deletedProgrammeId: { type: () => ID, description: 'The ID the deleted programme had.' },
});
