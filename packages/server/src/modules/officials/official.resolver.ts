import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
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
import { OfficialsArgs } from './official.inputs';
import { isPostCurrent, listOfficials } from './official.service';
import type { OfficialRow, PostRow } from './official.store';
import { Official, OfficialConnection, Post } from './official.type';

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
}
