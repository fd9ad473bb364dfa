import { Ctx, Field, FieldResolver, ID, InterfaceType, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import { DateTimeScalar, Node } from './graphql';
import { toGlobalId, type NodeType } from './global-id';
import { RowShape, recordFields } from './row-shape';
import type { SourceRow } from '../modules/sources/source.type';
import { Source } from '../modules/sources/source.type';

/** Columns every registry record has; rows carry the database id, the API shows a global ID. */
export interface RecordRow {
  __typename: NodeType;
  id: string;
  slug: string;
  version: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  updatedAt: string;
}

/** The SELECT list of the common columns for a table aliased `t`. */
export function recordColumns(type: NodeType): string {
  return new RowShape(recordFields(type)).columns('t');
}

@InterfaceType('Record', {
  implements: Node,
  description: 'Fields every registry record has: a slug, a version for conflict-checked updates, timestamps and sources.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class RecordType extends Node {
  @Field(() => [Source], { description: 'The documents this record was taken from.' }) sources!: SourceRow[];
  @Field({ description: 'A stable, human-readable identifier, e.g. `general-prosecutors-office`.' }) slug!: string;
  @Field({
    description: 'Increases with every change; send it back with an update so that concurrent edits conflict instead of overwriting.',
  })
  version!: number;
  @Field(() => DateTimeScalar, { description: 'When the record was created in the registry.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When the record was last changed in the registry.' }) updatedAt!: string;
}

/** Field resolvers shared by every record type: its global ID and its sources. */
export function RecordResolver<T extends RecordType>(typeClass: ClassType<T>, type: NodeType) {
  @Resolver(() => typeClass)
  abstract class BaseRecordResolver {
    @FieldResolver(() => ID, { description: 'The opaque global ID of the record.' })
    id(@Root() row: RecordRow): string {
      return toGlobalId(type, row.id);
    }

    @FieldResolver(() => [Source], { description: 'The documents this record was taken from.' })
    sources(@Root() row: RecordRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
      return ctx.loaders.sourcesByRecord.load(`${type}:${row.id}`);
    }
  }
  return BaseRecordResolver;
}
