import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { LangArg } from '../../common/graphql';
import { lookupByIdOrSlug } from '../../common/lookup';
import { nestedPage } from '../../common/nested';
import type { Page } from '../../common/pagination';
import { RecordResolver } from '../../common/record';
import { requireReferences } from '../node/node.service';
import { EventsArgs, eventFilterReferences } from '../events/event.inputs';
import { eventListSpec } from '../events/event.service';
import { EventConnection, type EventRow } from '../events/event.type';
import { Organization, type OrganizationRow } from '../organizations/organization.type';
import { OfficialsArgs, officialFilterReferences } from './official.inputs';
import { listOfficials } from './official.service';
import { Official, OfficialConnection, Post, type OfficialRow, type PostRow } from './official.type';

const OFFICIAL_EVENTS = `(SELECT DISTINCT event_id, official_id FROM event_participants WHERE official_id IS NOT NULL) link
  JOIN events t ON t.id = link.event_id`;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

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
  async officials(@Args() args: OfficialsArgs, @Ctx() ctx: Context): Promise<Page<OfficialRow>> {
    await requireReferences(ctx, officialFilterReferences(args.filter));
    return listOfficials(ctx.db, args);
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
  async events(
    @Root() row: OfficialRow,
    @Args() args: EventsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<EventRow>> {
    await requireReferences(ctx, eventFilterReferences(args.filter));
    return nestedPage(ctx, info, 'Official.events', args, row.id, () => eventListSpec(args, OFFICIAL_EVENTS), 'link.official_id');
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
    const now = today();
    if (row.endedOn && row.endedOn <= now) return false;
    if (!row.startedOn) return null;
    return row.startedOn <= now;
  }
}
