import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { nestedPage } from '../../graphql/nested';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import { officialFilterReferences, type OfficialsArgs } from './official.inputs';
import { officialsPage, organizationOfficialsListSpec, type OfficialRow, type PostRow } from './official.store';

export async function listOfficials(ctx: Context, args: OfficialsArgs): Promise<Page<OfficialRow>> {
  await requireReferences(ctx, officialFilterReferences(args.filter));
  return officialsPage(ctx.db, args);
}

/** `Organization.officials`: one organization's page, loaded with those of the other organizations of the response. */
export async function listOfficialsOfOrganization(
  ctx: Context,
  info: GraphQLResolveInfo,
  organizationId: string,
  args: OfficialsArgs,
): Promise<Page<OfficialRow>> {
  await requireReferences(ctx, officialFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Organization.officials', args, organizationId, () => organizationOfficialsListSpec(args));
}

/**
 * Whether a post is held today, from its dates (the same rule as the `current` filter's SQL): null
 * when no start date is known.
 */
export function isPostCurrent(post: Pick<PostRow, 'startedOn' | 'endedOn'>, today = new Date().toISOString().slice(0, 10)): boolean | null {
  if (post.endedOn && post.endedOn <= today) return false;
  if (!post.startedOn) return null;
  return post.startedOn <= today;
}
