import { Field, Int, InterfaceType } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import { DateTimeScalar, Node } from '../../graphql/types';
import type { SourceRow } from './source.store';
import { Source } from './source.type';

/** What every registry record's row carries; the API shows the database id inside a global ID. */
export interface RecordRow {
  __typename: string;
  id: string;
  slug: string;
  version: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  updatedAt: string;
}

@InterfaceType('Record', {
  implements: Node,
  description: 'Fields every registry record has: a slug, a version for conflict-checked updates, timestamps and sources.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class RecordType extends Node {
  @MaxItems(20)
  @Field(() => [Source], { description: 'The documents this record was taken from.' })
  sources!: SourceRow[];
  @Field({ description: 'A stable, human-readable identifier, e.g. `general-prosecutors-office`.' }) slug!: string;
  @Field(() => Int, {
    description: 'Increases with every change; send it back with an update so that concurrent edits conflict instead of overwriting.',
  })
  version!: number;
  @Field(() => DateTimeScalar, { description: 'When the record was created in the registry.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the record was last changed in the registry.' }) updatedAt!: string;
}
