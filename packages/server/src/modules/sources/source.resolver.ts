import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import { LangArg } from '../../graphql/types';
import type { SourceRow } from './source.store';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => ID, { description: 'The opaque global ID of the source.' })
  id(@Root() row: SourceRow): string {
    return toGlobalId('Source', row.id);
  }

  @FieldResolver(() => String, { description: 'The title of the document.' })
  title(@Root() row: SourceRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.title, lang) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who published the document.' })
  publisher(@Root() row: SourceRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.publisher, lang);
  }
}
