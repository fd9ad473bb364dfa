import type { Context } from '../../context';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import { pilotRegionFilterReferences, type PilotRegionsArgs } from './pilot-region.inputs';
import { pilotRegionsPage, recommendationCountsLoader, type PilotRegionRow, type StatusCountRow } from './pilot-region.store';

export async function listPilotRegions(ctx: Context, args: PilotRegionsArgs): Promise<Page<PilotRegionRow>> {
  await requireReferences(ctx, pilotRegionFilterReferences(args.filter));
  return pilotRegionsPage(ctx.db, args);
}

/** A pilot's recommendations per status, batched with the other pilots of the response. */
export function recommendationCountsOfPilot(ctx: Context, pilotRegionId: string): Promise<StatusCountRow[]> {
  return ctx.loaders.pages.get('PilotRegion.recommendationCounts', {}, () => recommendationCountsLoader(ctx.db)).load(pilotRegionId);
}
