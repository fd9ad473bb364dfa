import type { GraphQLResolveInfo } from 'graphql';
import { MaxItems } from '../../graphql/max-items';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { toGlobalId } from '../../graphql/global-id';
import { LangArg, Location, Period, periodOf, type LocatedRow } from '../../graphql/types';
import { locationOf } from '../../graphql/location.resolver';
import { MAX_BUCKETS } from '../../sql/grouping';
import type { Page } from '../../sql/pagination';
import type { OfficialRow } from '../officials/official.store';
import { Official } from '../officials/official.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { RecommendationsArgs } from '../recommendations/recommendation.inputs';
import { listRecommendationsOfEvent } from '../recommendations/recommendation.service';
import type { RecommendationRow } from '../recommendations/recommendation.store';
import { RecommendationConnection } from '../recommendations/recommendation.type';
import type { RegionRow } from '../regions/region.store';
import { Region } from '../regions/region.type';
import { RecordResolver } from '../sources/record.resolver';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { CreateEventInput, EventStatsArgs, EventsArgs, UpdateEventInput } from './event.inputs';
import { createEvent, deleteEvent, eventStats, listEvents, listPartsOfEvent, updateEvent } from './event.service';
import type { EventBucketRow, EventRow, OrganizerRow, ParticipantRow } from './event.store';
import {
  CreateEventPayload,
  DeleteEventPayload,
  Event,
  EventBucket,
  EventConnection,
  EventOrganizer,
  EventParticipant,
  UpdateEventPayload,
} from './event.type';

@Resolver(() => Event)
export class EventResolver extends RecordResolver(Event, 'Event') {
  @Query(() => Event, { nullable: true, description: 'An event by `id` or `slug` (exactly one); null when there is none.' })
  event(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, {
      nullable: true,
      description: 'The slug, e.g. `astana-conference-prevention-of-domestic-violence-2017-12-08`.',
    })
    slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<EventRow | null> {
    return lookupByIdOrSlug('Event', { id, slug }, { byId: ctx.loaders.eventById, bySlug: ctx.loaders.eventBySlug });
  }

  @Query(() => EventConnection, {
    description: 'Conferences, trainings, outreach actions and campaigns; most recent first unless ordered otherwise.',
  })
  events(@Args() args: EventsArgs, @Ctx() ctx: Context): Promise<Page<EventRow>> {
    return listEvents(ctx, args);
  }

  @MaxItems(MAX_BUCKETS)
  @Query(() => [EventBucket], {
    description:
      'Events counted per region, kind, status and period, for dashboards: one bucket per combination that has events, in the order of `groupBy`.',
  })
  eventStats(@Args() args: EventStatsArgs, @Ctx() ctx: Context): Promise<EventBucketRow[]> {
    return eventStats(ctx, args);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it took place, where a source gives it.' })
  location(@Root() row: EventRow): LocatedRow | null {
    return locationOf(row);
  }

  @FieldResolver(() => EventConnection, {
    description: "The events that are part of this one (a campaign's events); most recent first unless ordered otherwise.",
  })
  parts(@Root() row: EventRow, @Args() args: EventsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Page<EventRow>> {
    return listPartsOfEvent(ctx, info, row.id, args);
  }

  @FieldResolver(() => String, { description: 'The title.' })
  title(@Root() row: EventRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.title, lang) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'The city where it took place.' })
  city(@Root() row: EventRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.city, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A summary of the event.' })
  summary(@Root() row: EventRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.summary, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The occasion, e.g. "On the eve of the International Human Rights Day".' })
  occasion(@Root() row: EventRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.occasion, lang);
  }

  @FieldResolver(() => [String], { description: 'The issues discussed.' })
  topics(@Root() row: EventRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string[] {
    return row.topics.map((topic) => ctx.text(topic, lang) ?? '');
  }

  @FieldResolver(() => [String], { description: 'What the participants concluded.' })
  conclusions(@Root() row: EventRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string[] {
    return row.conclusions.map((conclusion) => ctx.text(conclusion, lang) ?? '');
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region where it took place.' })
  region(@Root() row: EventRow, @Ctx() ctx: Context): Promise<RegionRow | null> | null {
    return row.regionId ? ctx.loaders.regionById.load(row.regionId) : null;
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The campaign this event is part of, such as the annual "16 days without violence" action.',
  })
  partOf(@Root() row: EventRow, @Ctx() ctx: Context): Promise<EventRow | null> | null {
    return row.partOfId ? ctx.loaders.eventById.load(row.partOfId) : null;
  }

  @MaxItems(50)
  @FieldResolver(() => [EventOrganizer], { description: 'The organizers and co-organizers, in the order the source names them.' })
  organizers(@Root() row: EventRow, @Ctx() ctx: Context): Promise<OrganizerRow[]> {
    return ctx.loaders.organizersByEventId.load(row.id);
  }

  @MaxItems(200)
  @FieldResolver(() => [EventParticipant], { description: 'Moderators, speakers and participants, in the order the source names them.' })
  participants(@Root() row: EventRow, @Ctx() ctx: Context): Promise<ParticipantRow[]> {
    return ctx.loaders.participantsByEventId.load(row.id);
  }

  @FieldResolver(() => RecommendationConnection, {
    description: 'The recommendations adopted at the event, in adoption order unless ordered otherwise.',
  })
  recommendations(
    @Root() row: EventRow,
    @Args() args: RecommendationsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RecommendationRow>> {
    return listRecommendationsOfEvent(ctx, info, row.id, args);
  }

  @Authorized()
  @Mutation(() => CreateEventPayload, {
    nullable: true,
    description: 'Adds an event with its organizers and participants (an ADMIN, or an EDITOR whose organization is among the organizers).',
  })
  createEvent(@Arg('input', { description: 'The event.' }) input: CreateEventInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return createEvent(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateEventPayload, {
    nullable: true,
    description: 'Changes an event (an ADMIN, or an EDITOR of one of its organizers).',
  })
  updateEvent(@Arg('input', { description: 'The changes.' }) input: UpdateEventInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return updateEvent(ctx, input);
  }

  @Authorized()
  @Mutation(() => DeleteEventPayload, {
    nullable: true,
    description: 'Deletes an event without recommendations or events part of it (an ADMIN, or an EDITOR of one of its organizers).',
  })
  deleteEvent(
    @Arg('input', { description: 'The event and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteEvent(ctx, input);
  }
}

@Resolver(() => EventOrganizer)
export class EventOrganizerResolver {
  @FieldResolver(() => Organization, { description: 'The organizing organization.' })
  async organization(@Root() row: OrganizerRow, @Ctx() ctx: Context): Promise<OrganizationRow> {
    return (await ctx.loaders.organizationById.load(row.organizationId)) as OrganizationRow;
  }
}

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => ID, {
    description: 'The opaque ID of the participant: an update that names it in `participants` keeps it, so that others may cite it.',
  })
  id(@Root() row: ParticipantRow): string {
    return toGlobalId('EventParticipant', row.id);
  }

  @FieldResolver(() => Official, { nullable: true, description: 'The official, when the source names a person.' })
  official(@Root() row: ParticipantRow, @Ctx() ctx: Context): Promise<OfficialRow | null> | null {
    return row.officialId ? ctx.loaders.officialById.load(row.officialId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization they represented, when the source names one.' })
  organization(@Root() row: ParticipantRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.organizationId ? ctx.loaders.organizationById.load(row.organizationId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Their title as the source gives it ("Vice minister of public health", "International experts").',
  })
  title(@Root() row: ParticipantRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.title, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the source says they said or did at the event.' })
  note(@Root() row: ParticipantRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.note, lang);
  }
}

@Resolver(() => EventBucket)
export class EventBucketResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'The region (split by REGION); null for events without one.' })
  region(@Root() row: EventBucketRow, @Ctx() ctx: Context): Promise<RegionRow | null> | null {
    return row.regionId === null ? null : ctx.loaders.regionById.load(row.regionId);
  }

  @FieldResolver(() => Period, { nullable: true, description: 'The month, quarter or year the events start in (split by one of them).' })
  period(@Root() row: EventBucketRow): Period | null {
    return periodOf(row);
  }
}
