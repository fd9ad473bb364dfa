import type { Context } from '../../context';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import { organizationFilterReferences, type OrganizationsArgs } from './organization.inputs';
import { organizationsPage, type OrganizationRow } from './organization.store';

export async function listOrganizations(ctx: Context, args: OrganizationsArgs): Promise<Page<OrganizationRow>> {
  await requireReferences(ctx, organizationFilterReferences(args.filter));
  return organizationsPage(ctx.db, args);
}
