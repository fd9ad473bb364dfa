import type { Context } from '../../context';
import type { IndicatorFilter, IndicatorTotalsFilter } from './indicator.inputs';
import { indicatorTotalsLoader, indicatorValuesLoader, type IndicatorTotalRow, type IndicatorValueRow } from './indicator.store';

/** A pilot's figures, batched with the other pilots of the response that ask with the same filter. */
export function indicatorValuesOfPilot(
  ctx: Context,
  pilotRegionId: string,
  filter: IndicatorFilter | null | undefined,
): Promise<IndicatorValueRow[]> {
  return ctx.loaders.pages.get('PilotRegion.indicators', filter ?? {}, () => indicatorValuesLoader(ctx.db, filter)).load(pilotRegionId);
}

/** A pilot's totals per covered region and indicator, batched like `indicatorValuesOfPilot`. */
export function indicatorTotalsOfPilot(
  ctx: Context,
  pilotRegionId: string,
  filter: IndicatorTotalsFilter | null | undefined,
): Promise<IndicatorTotalRow[]> {
  return ctx.loaders.pages
    .get('PilotRegion.indicatorTotals', filter ?? {}, () => indicatorTotalsLoader(ctx.db, filter))
    .load(pilotRegionId);
}
