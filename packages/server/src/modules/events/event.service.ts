import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { nestedPage } from '../../graphql/nested';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import { eventFilterReferences, type EventsArgs } from './event.inputs';
import { eventsPage, officialEventsListSpec, organizationEventsListSpec, type EventRow } from './event.store';

export async function listEvents(ctx: Context, args: EventsArgs): Promise<Page<EventRow>> {
  await requireReferences(ctx, eventFilterReferences(args.filter));
  return eventsPage(ctx.db, args);
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
