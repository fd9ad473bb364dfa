import type { GraphQLResolveInfo } from 'graphql';
import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import { todayDate } from '../../dates';
import type { DeleteRecordInput } from '../../graphql/inputs';
import { nestedPage } from '../../graphql/nested';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import type { Page } from '../../sql/pagination';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertOwnedBy, assertOwnedOnlyBy } from '../../writes/policy';
import type { Principal } from '../../auth/principal';
import { ForbiddenError } from '../../errors';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import { assertBucketCount } from '../../sql/grouping';
import { subRecordIdsOf } from '../../sql/sub-records';
import { OFFICIALS } from '../officials/official.store';
import { ORGANIZATIONS } from '../organizations/organization.store';
import { REGIONS } from '../regions/region.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, idOf, type RecordOrId } from '../sources/record.service';
import { eventFilterReferences, type CreateEventInput, type EventStatsArgs, type EventsArgs, type UpdateEventInput } from './event.inputs';
import {
  EVENTS,
  EVENT_REFERENCES,
  PARTICIPANT_LIST,
  eventBuckets,
  eventParts,
  eventsPage,
  insertEvent,
  isPartOfEvent,
  officialEventsListSpec,
  organizationEventsListSpec,
  organizersOf,
  partsListSpec,
  regionEventsListSpec,
  replaceOrganizers,
  replaceParticipants,
  updateEventRow,
  type EventBucketRow,
  type EventRow,
  type OrganizerValues,
  type ParticipantValues,
} from './event.store';
import type { EventStatus } from './event.type';
import { EVENT_EDITOR_SCOPE, EVENT_OTHER_ORGANIZERS, eventRuleViolation } from './event.errors';

export async function listEvents(ctx: Context, args: EventsArgs): Promise<Page<EventRow>> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  return eventsPage(ctx.db, args);
}

/** `eventStats`: the buckets of the events a filter selects. */
export async function eventStats(ctx: Context, args: EventStatsArgs): Promise<EventBucketRow[]> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  const buckets = await eventBuckets(ctx.db, args);
  assertBucketCount(buckets);
  return buckets;
}

/** `Organization.events`: one organization's page, loaded with those of the other organizations of the response. */
export async function listEventsOfOrganization(
  ctx: Context,
  info: GraphQLResolveInfo,
  organizationId: string,
  args: EventsArgs,
): Promise<Page<EventRow>> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Organization.events', args, organizationId, () => organizationEventsListSpec(args));
}

/** `Region.events`: the events in a region and the regions below it, batched like `listEventsOfOrganization`. */
export async function listEventsOfRegion(
  ctx: Context,
  info: GraphQLResolveInfo,
  regionId: string,
  args: EventsArgs,
): Promise<Page<EventRow>> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Region.events', args, regionId, () => regionEventsListSpec(args));
}

/** `Event.parts`: the events of a campaign, batched like `listEventsOfOrganization`. */
export async function listPartsOfEvent(ctx: Context, info: GraphQLResolveInfo, eventId: string, args: EventsArgs): Promise<Page<EventRow>> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Event.parts', args, eventId, () => partsListSpec(args));
}

/** `Official.events`, batched like `listEventsOfOrganization`. */
export async function listEventsOfOfficial(
  ctx: Context,
  info: GraphQLResolveInfo,
  officialId: string,
  args: EventsArgs,
): Promise<Page<EventRow>> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Official.events', args, officialId, () => officialEventsListSpec(args));
}

type EventFields = { [K in keyof CreateEventInput]?: CreateEventInput[K] | null };

const MAX_ORGANIZERS = 50;
const MAX_PARTICIPANTS = 200;
const MAX_LIST_ITEMS = 50;

/** Where an event stands by its dates, when a write does not say: planned, under way or held. */
export function statusFromDates(startsOn: string | null | undefined, endsOn: string | null | undefined, today = todayDate()): EventStatus {
  if (!startsOn || startsOn > today) return 'PLANNED';
  return (endsOn ?? startsOn) < today ? 'HELD' : 'ONGOING';
}

/** Checks an event's fields and collects the records they name, for `refs.resolve()`. */
function readEventFields(v: Validator, refs: References, input: EventFields) {
  v.notNull(['input', 'kind'], input.kind);
  v.notNull(['input', 'status'], input.status);
  const values = {
    title: v.localized(['input', 'title'], input.title, { max: MAX_LENGTH.name, required: true }) ?? undefined,
    kind: input.kind ?? undefined,
    status: input.status ?? undefined,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    city: v.localized(['input', 'city'], input.city, { max: MAX_LENGTH.shortName }),
    summary: v.localized(['input', 'summary'], input.summary, { max: MAX_LENGTH.text }),
    occasion: v.localized(['input', 'occasion'], input.occasion, { max: MAX_LENGTH.name }),
    topics: v.localizedList(['input', 'topics'], input.topics, { max: MAX_LENGTH.name, maxItems: MAX_LIST_ITEMS }),
    conclusions: v.localizedList(['input', 'conclusions'], input.conclusions, { max: MAX_LENGTH.text, maxItems: MAX_LIST_ITEMS }),
    ...v.location(['input', 'location'], input.location),
  };
  if (input.organizers === null || input.organizers?.length === 0) v.reject(['input', 'organizers'], eventRuleViolation('NO_ORGANIZER'));
  v.maxItems(['input', 'organizers'], input.organizers, MAX_ORGANIZERS);
  const organizers = input.organizers?.map((organizer, index) => ({
    ref: refs.need(['input', 'organizers', index, 'organization'], ORGANIZATIONS, organizer.organization),
    role: organizer.role,
  }));
  v.maxItems(['input', 'participants'], input.participants, MAX_PARTICIPANTS);
  const participants =
    input.participants === undefined
      ? undefined
      : (input.participants ?? []).map((participant, index) => {
          const path = ['input', 'participants', index];
          const title = v.localized([...path, 'title'], participant.title, { max: MAX_LENGTH.name });
          if (participant.official == null && participant.organization == null && !title) {
            v.reject(path, eventRuleViolation('PARTICIPANT_WITHOUT_ANYONE'));
          }
          return {
            idInput: participant.id,
            role: participant.role,
            official: refs.optional([...path, 'official'], OFFICIALS, participant.official),
            organization: refs.optional([...path, 'organization'], ORGANIZATIONS, participant.organization),
            title: title ?? null,
            note: v.localized([...path, 'note'], participant.note, { max: MAX_LENGTH.text }) ?? null,
          };
        });
  return {
    values,
    region: refs.optional(['input', 'region'], REGIONS, input.region),
    partOf: refs.optional(['input', 'partOf'], EVENTS, input.partOf),
    organizers,
    participants,
    sources: sourceRefs(refs, v, input.sourceIds),
  };
}

type EventInputFields = ReturnType<typeof readEventFields>;

/** Rules over the resolved references: one organizer once, a campaign that is not the event itself. */
async function checkEvent(
  tx: Queryable,
  v: Validator,
  eventId: string | null,
  fields: EventInputFields,
  dates: { startsOn?: string | null; endsOn?: string | null },
) {
  if (dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn)
    v.reject(['input', 'endsOn'], eventRuleViolation('ENDS_BEFORE_START'));
  v.unique(
    fields.organizers,
    ({ ref }) => ref.id,
    (index) => ['input', 'organizers', index, 'organization'],
    eventRuleViolation('ORGANIZER_TWICE'),
  );
  if (eventId && fields.partOf && (await isPartOfEvent(tx, eventId, fields.partOf.id))) {
    v.reject(['input', 'partOf'], eventRuleViolation('PART_OF_ITSELF'));
  }
}

function organizerValues(fields: EventInputFields): OrganizerValues[] | undefined {
  return fields.organizers?.map((o) => ({ organizationId: o.ref.id, role: o.role }));
}

/** The participants to write; those naming a participant of the event (`existing`) keep it. */
function participantValues(v: Validator, fields: EventInputFields, existing: ReadonlySet<string>): ParticipantValues[] | undefined {
  const participants = fields.participants;
  if (!participants) return undefined;
  const ids = v.subRecordIds(
    participants.map((p) => p.idInput),
    'EventParticipant',
    existing,
    (index) => ['input', 'participants', index, 'id'],
  );
  return participants.map((p, index) => ({
    id: ids[index] ?? null,
    role: p.role,
    officialId: p.official?.id ?? null,
    organizationId: p.organization?.id ?? null,
    title: p.title,
    note: p.note,
  }));
}

async function eventSnapshot(tx: Queryable, event: RecordOrId<typeof EVENTS.columns>) {
  return recordSnapshot(tx, EVENTS, event, await eventParts(tx, idOf(event)));
}

type EventPayload = { event: EventRow | null; userErrors: UserErrorData[] };

/** An ADMIN, or an EDITOR whose organization is among the organizers. */
export async function createEvent(ctx: Context, input: CreateEventInput): Promise<EventPayload> {
  const outcome = await runWrite(ctx, 'createEvent', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readEventFields(v, refs, input);
    await refs.resolve();
    await checkEvent(tx, v, null, fields, fields.values);
    const participants = participantValues(v, fields, new Set()) ?? [];
    v.throwIfAny();
    const organizers = organizerValues(fields) ?? [];
    assertOwnedBy(
      ctx.principal!,
      organizers.map((o) => o.organizationId),
      EVENT_EDITOR_SCOPE,
    );
    const finalSlug = await newSlug(tx, v, EVENTS, ['input', 'slug'], slug, fields.values.title);
    v.throwIfAny();
    const id = await insertEvent(tx, {
      ...fields.values,
      status: fields.values.status ?? statusFromDates(fields.values.startsOn, fields.values.endsOn),
      slug: finalSlug,
      regionId: fields.region?.id ?? null,
      partOfId: fields.partOf?.id ?? null,
    });
    await replaceOrganizers(tx, id, organizers);
    await replaceParticipants(tx, id, participants);
    await citeSources(tx, scope, 'Event', id, fields.sources);
    await recordWrite(tx, scope, { action: 'CREATE', recordType: 'Event', recordId: id, before: null, after: await eventSnapshot(tx, id) });
    return id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.eventById.load(id));
  return { event: record, userErrors };
}

/**
 * An EDITOR of an organizer may change its own entry among the organizers and add others, but not
 * remove or change another organization's entry (which would take the event over), nor leave.
 */
function assertKeepsOtherOrganizers(principal: Principal, current: readonly OrganizerValues[], next: readonly OrganizerValues[]): void {
  if (principal.role === 'ADMIN') return;
  assertOwnedBy(
    principal,
    next.map((o) => o.organizationId),
    `${EVENT_EDITOR_SCOPE} (and stay among its organizers)`,
  );
  const kept = new Set(next.map((o) => `${o.organizationId}:${o.role}`));
  const dropped = current.filter((o) => o.organizationId !== principal.organizationId && !kept.has(`${o.organizationId}:${o.role}`));
  if (dropped.length > 0) throw new ForbiddenError(EVENT_OTHER_ORGANIZERS);
}

/** An ADMIN, or an EDITOR of an organizer; see `assertKeepsOtherOrganizers` for what it may do to the organizers. */
export async function updateEvent(ctx: Context, input: UpdateEventInput): Promise<EventPayload> {
  const outcome = await runWrite(ctx, 'updateEvent', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], EVENTS, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readEventFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, EVENTS, target.id, ['input', 'id']);
    const currentOrganizers = await organizersOf(tx, target.id);
    assertOwnedBy(
      ctx.principal!,
      currentOrganizers.map((o) => o.organizationId),
      EVENT_EDITOR_SCOPE,
    );
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    const organizers = organizerValues(fields);
    if (organizers) assertKeepsOtherOrganizers(ctx.principal!, currentOrganizers, organizers);
    await checkEvent(tx, v, target.id, fields, {
      startsOn: fields.values.startsOn === undefined ? current.startsOn : fields.values.startsOn,
      endsOn: fields.values.endsOn === undefined ? current.endsOn : fields.values.endsOn,
    });
    await assertSlugFree(tx, v, EVENTS, slug, target.id);
    const participants = participantValues(
      v,
      fields,
      fields.participants ? await subRecordIdsOf(tx, PARTICIPANT_LIST, target.id) : new Set(),
    );
    v.throwIfAny();
    const before = await eventSnapshot(tx, current);
    await updateEventRow(tx, target.id, {
      ...fields.values,
      slug: slug ?? undefined,
      regionId: fields.region === undefined ? undefined : (fields.region?.id ?? null),
      partOfId: fields.partOf === undefined ? undefined : (fields.partOf?.id ?? null),
    });
    if (organizers) await replaceOrganizers(tx, target.id, organizers);
    if (participants) await replaceParticipants(tx, target.id, participants);
    await citeSources(tx, scope, 'Event', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Event',
      recordId: target.id,
      before,
      after: await eventSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.eventById.load(id));
  return { event: record, userErrors };
}

/** Deletes an event without recommendations or events part of it (an ADMIN, or an EDITOR of its only organizer). */
export async function deleteEvent(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedEventId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteEvent', EVENTS, input, {
    // A shared event is not one co-organizer's to delete.
    authorize: async (principal, event, tx) =>
      assertOwnedOnlyBy(
        principal,
        (await organizersOf(tx, event.id)).map((o) => o.organizationId),
        'delete events its organization alone organizes',
      ),
    references: EVENT_REFERENCES,
    snapshot: eventSnapshot,
  });
  return { deletedEventId: id, userErrors };
}
