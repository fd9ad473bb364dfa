import { Ctx, FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import { recordKey, type SourceRow } from './source.store';
import type { RecordRow, RecordType } from './record.type';
import { Source } from './source.type';

/** Field resolvers shared by every record type: its global ID and its sources. */
export function RecordResolver<T extends RecordType>(typeClass: ClassType<T>, typeName: string) {
  @Resolver(() => typeClass)
  abstract class BaseRecordResolver {
    @FieldResolver(() => ID, { description: 'The opaque global ID of the record.' })
    id(@Root() row: RecordRow): string {
      return toGlobalId(typeName, row.id);
    }

    @MaxItems(20)
    @FieldResolver(() => [Source], { description: 'The documents this record was taken from.' })
    sources(@Root() row: RecordRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
      return ctx.loaders.sourcesByRecord.load(recordKey(typeName, row.id));
    }
  }
  return BaseRecordResolver;
}
