import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Page } from '../../sql/pagination';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import { LangArg, URLScalar } from '../../graphql/types';
import type { SourceRow } from './source.store';
import { Organization } from '../organizations/organization.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { CitingRecordsArgs, CreateSourceInput, UpdateSourceInput } from './source.inputs';
import { createSource, deleteSource, listRecordsCitingSource, updateSource } from './source.service';
import { CitingRecordConnection, CreateSourcePayload, DeleteSourcePayload, Source, UpdateSourcePayload } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => ID, { description: 'The opaque global ID of the source.' })
  id(@Root() row: SourceRow): string {
    return toGlobalId('Source', row.id);
  }

  @FieldResolver(() => URLScalar, { nullable: true, description: 'Where the document can be read, when it has a known address.' })
  link(@Root() row: SourceRow): string | null {
    return row.url;
  }

  @FieldResolver(() => CitingRecordConnection, {
    description: 'The records taken from this document (events, organizations, officials, figures, …); by type unless ordered otherwise.',
  })
  records(
    @Root() row: SourceRow,
    @Args() args: CitingRecordsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<unknown>> {
    return listRecordsCitingSource(ctx, info, row.id, args);
  }

  @FieldResolver(() => String, { description: 'The title of the document.' })
  title(@Root() row: SourceRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.title, lang) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who published the document.' })
  publisher(@Root() row: SourceRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.publisher, lang);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      "The organization whose key added the source through the API (for API_SUBMISSION sources, the key's organization); null for sources the registry was seeded with and for those added with a key of no organization.",
  })
  addedBy(@Root() row: SourceRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.addedById ? ctx.loaders.organizationById.load(row.addedById) : null;
  }

  @Authorized()
  @Mutation(() => CreateSourcePayload, { nullable: true, description: 'Adds a document that writes can cite in `sourceIds` (any key).' })
  createSource(@Arg('input', { description: 'The document.' }) input: CreateSourceInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return createSource(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateSourcePayload, { nullable: true, description: 'Changes a source (ADMIN only).' })
  updateSource(@Arg('input', { description: 'The changes.' }) input: UpdateSourceInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return updateSource(ctx, input);
  }

  @Authorized()
  @Mutation(() => DeleteSourcePayload, { nullable: true, description: 'Deletes a source that no record cites (ADMIN only).' })
  deleteSource(
    @Arg('input', { description: 'The source and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteSource(ctx, input);
  }
}
