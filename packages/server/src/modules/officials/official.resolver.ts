import type { GraphQLResolveInfo } from 'graphql';
import { MaxItems } from '../../graphql/max-items';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { LangArg } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import { EventsArgs } from '../events/event.inputs';
import { listEventsOfOfficial } from '../events/event.service';
import type { EventRow } from '../events/event.store';
import { EventConnection } from '../events/event.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { RecordResolver } from '../sources/record.resolver';
import { toGlobalId } from '../../graphql/global-id';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { recordKey, type SourceRow } from '../sources/source.store';
import { Source } from '../sources/source.type';
import {
  AppointOfficialInput,
  CreateOfficialInput,
  EndPostInput,
  OfficialsArgs,
  UpdateOfficialInput,
  UpdatePostInput,
} from './official.inputs';
import {
  appointOfficial,
  createOfficial,
  deleteOfficial,
  deletePost,
  endPost,
  isPostCurrent,
  listOfficials,
  updateOfficial,
  updatePost,
} from './official.service';
import type { OfficialRow, PostRow } from './official.store';
import {
  AppointOfficialPayload,
  CreateOfficialPayload,
  DeleteOfficialPayload,
  DeletePostPayload,
  EndPostPayload,
  Official,
  OfficialConnection,
  Post,
  UpdateOfficialPayload,
  UpdatePostPayload,
} from './official.type';

@Resolver(() => Official)
export class OfficialResolver extends RecordResolver(Official, 'Official') {
  @Query(() => Official, { nullable: true, description: 'An official by `id` or `slug` (exactly one); null when there is none.' })
  official(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The slug, e.g. `andrei-lukin`.' }) slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<OfficialRow | null> {
    return lookupByIdOrSlug('Official', { id, slug }, { byId: ctx.loaders.officialById, bySlug: ctx.loaders.officialBySlug });
  }

  @Query(() => OfficialConnection, { description: 'Officials holding or having held public posts in the programme.' })
  officials(@Args() args: OfficialsArgs, @Ctx() ctx: Context): Promise<Page<OfficialRow>> {
    return listOfficials(ctx, args);
  }

  @FieldResolver(() => String, { description: 'The full name.' })
  fullName(@Root() row: OfficialRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.fullName, lang) ?? '';
  }

  @MaxItems(10)
  @FieldResolver(() => [Post], { description: 'Every post the official holds or held, latest first.' })
  posts(@Root() row: OfficialRow, @Ctx() ctx: Context): Promise<PostRow[]> {
    return ctx.loaders.postsByOfficialId.load(row.id);
  }

  @FieldResolver(() => EventConnection, { description: 'Events the official took part in.' })
  events(
    @Root() row: OfficialRow,
    @Args() args: EventsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<EventRow>> {
    return listEventsOfOfficial(ctx, info, row.id, args);
  }

  @Authorized()
  @Mutation(() => CreateOfficialPayload, {
    nullable: true,
    description: 'Adds an official (ADMIN only; an EDITOR uses `appointOfficial` with `newOfficial`).',
  })
  createOfficial(@Arg('input', { description: 'The official.' }) input: CreateOfficialInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return createOfficial(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateOfficialPayload, {
    nullable: true,
    description: "Changes an official's record (an ADMIN, or an EDITOR of an organization they hold or held a post in).",
  })
  updateOfficial(@Arg('input', { description: 'The changes.' }) input: UpdateOfficialInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return updateOfficial(ctx, input);
  }

  @Authorized()
  @Mutation(() => DeleteOfficialPayload, {
    nullable: true,
    description: 'Deletes an official who took part in no event, with their posts (ADMIN only).',
  })
  deleteOfficial(
    @Arg('input', { description: 'The official and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteOfficial(ctx, input);
  }

  @Authorized()
  @Mutation(() => AppointOfficialPayload, {
    nullable: true,
    description: 'Gives an official, existing or new, a post in an organization (an ADMIN, or an EDITOR of that organization).',
  })
  appointOfficial(
    @Arg('input', { description: 'The post and who holds it.' }) input: AppointOfficialInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return appointOfficial(ctx, input);
  }
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => String, { description: 'The title of the post.' })
  title(@Root() row: PostRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.title, lang) ?? '';
  }

  @FieldResolver(() => Organization, { description: 'The organization of the post.' })
  async organization(@Root() row: PostRow, @Ctx() ctx: Context): Promise<OrganizationRow> {
    return (await ctx.loaders.organizationById.load(row.organizationId)) as OrganizationRow;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the post is held today, derived from its dates: null when the sources give no start date (only a day it was held on).',
  })
  isCurrent(@Root() row: PostRow): boolean | null {
    return isPostCurrent(row);
  }

  @FieldResolver(() => ID, { description: 'The opaque global ID of the post.' })
  id(@Root() row: PostRow): string {
    return toGlobalId('Post', row.id);
  }

  @FieldResolver(() => Official, { description: 'The official who holds or held the post.' })
  async official(@Root() row: PostRow, @Ctx() ctx: Context): Promise<OfficialRow> {
    return (await ctx.loaders.officialById.load(row.officialId)) as OfficialRow;
  }

  @MaxItems(20)
  @FieldResolver(() => [Source], { description: 'The documents the post was taken from.' })
  sources(@Root() row: PostRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByRecord.load(recordKey('Post', row.id));
  }

  @Authorized()
  @Mutation(() => UpdatePostPayload, { nullable: true, description: 'Changes a post (an ADMIN, or an EDITOR of its organization).' })
  updatePost(@Arg('input', { description: 'The changes.' }) input: UpdatePostInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return updatePost(ctx, input);
  }

  @Authorized()
  @Mutation(() => EndPostPayload, { nullable: true, description: 'Ends a post on a day (an ADMIN, or an EDITOR of its organization).' })
  endPost(@Arg('input', { description: 'The post and its last day.' }) input: EndPostInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return endPost(ctx, input);
  }

  @Authorized()
  @Mutation(() => DeletePostPayload, {
    nullable: true,
    description: 'Deletes a post recorded by mistake (an ADMIN, or an EDITOR of its organization).',
  })
  deletePost(
    @Arg('input', { description: 'The post and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deletePost(ctx, input);
  }
}
