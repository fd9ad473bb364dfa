import type { Context } from '../../context';
import type { Page } from '../../sql/pagination';
import { requireReferences } from '../../graphql/references';
import { regionFilterReferences, type RegionsArgs } from './region.inputs';
import { regionsPage, type RegionRow } from './region.store';

export async function listRegions(ctx: Context, args: RegionsArgs): Promise<Page<RegionRow>> {
  await requireReferences(ctx, regionFilterReferences(args.filter));
  return regionsPage(ctx.db, args);
}
