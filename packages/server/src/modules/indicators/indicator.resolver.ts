import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { LangArg, Period, periodOf } from '../../graphql/types';
import { MAX_BUCKETS } from '../../sql/grouping';
import type { RegionRow } from '../regions/region.store';
import { Region } from '../regions/region.type';
import type { IndicatorBucketRow, IndicatorTotalRow, IndicatorValueRow } from './indicator.store';
import { toGlobalId } from '../../graphql/global-id';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { recordKey, type SourceRow } from '../sources/source.store';
import { Source } from '../sources/source.type';
import type { PilotRegionRow } from '../pilot-regions/pilot-region.store';
import { PilotRegion } from '../pilot-regions/pilot-region.type';
import { IndicatorTotalsArgs, RecordIndicatorValuesInput } from './indicator.inputs';
import { deleteIndicatorValue, indicatorTotals, recordIndicatorValues } from './indicator.service';
import {
  DeleteIndicatorValuePayload,
  IndicatorTotal,
  IndicatorTotalBucket,
  IndicatorValue,
  RecordIndicatorValuesPayload,
} from './indicator.type';

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Region, { description: 'The region the figure counts.' })
  async region(@Root() row: IndicatorValueRow, @Ctx() ctx: Context): Promise<RegionRow> {
    return (await ctx.loaders.regionById.load(row.regionId)) as RegionRow;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The figure in the words of the source ("more than 3 thousand events").' })
  statedAs(@Root() row: IndicatorValueRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.statedAs, lang);
  }

  @FieldResolver(() => ID, { description: 'The opaque global ID of the figure.' })
  id(@Root() row: IndicatorValueRow): string {
    return toGlobalId('IndicatorValue', row.id);
  }

  @MaxItems(20)
  @FieldResolver(() => [Source], { description: 'The documents the figure was taken from.' })
  sources(@Root() row: IndicatorValueRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByRecord.load(recordKey('IndicatorValue', row.id));
  }

  @FieldResolver(() => PilotRegion, { description: 'The pilot the figure belongs to.' })
  async pilotRegion(@Root() row: IndicatorValueRow, @Ctx() ctx: Context): Promise<PilotRegionRow> {
    return (await ctx.loaders.pilotRegionById.load(row.pilotRegionId)) as PilotRegionRow;
  }

  @Authorized()
  @Mutation(() => RecordIndicatorValuesPayload, {
    nullable: true,
    description:
      "Records figures of a pilot: new ones are added, ones with a known key are overwritten given the version last read (an ADMIN, or an EDITOR of the organization leading the pilot's programme).",
  })
  recordIndicatorValues(
    @Arg('input', { description: 'The pilot and its figures.' }) input: RecordIndicatorValuesInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return recordIndicatorValues(ctx, input);
  }

  @Authorized()
  @Mutation(() => DeleteIndicatorValuePayload, {
    nullable: true,
    description: "Deletes a figure recorded by mistake (an ADMIN, or an EDITOR of the organization leading the pilot's programme).",
  })
  deleteIndicatorValue(
    @Arg('input', { description: 'The figure and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteIndicatorValue(ctx, input);
  }
}

@Resolver(() => IndicatorTotal)
export class IndicatorTotalResolver {
  @FieldResolver(() => Region, { description: 'The region the total counts.' })
  async region(@Root() row: IndicatorTotalRow, @Ctx() ctx: Context): Promise<RegionRow> {
    return (await ctx.loaders.regionById.load(row.regionId)) as RegionRow;
  }
}

@Resolver(() => IndicatorTotalBucket)
export class IndicatorTotalBucketResolver {
  @MaxItems(MAX_BUCKETS)
  @Query(() => [IndicatorTotalBucket], {
    description:
      "The pilots' figures summed across pilots, nationally or for a region, per region, period, indicator and kind, for dashboards; one bucket per combination that has figures, in the order of `groupBy`.",
  })
  indicatorTotals(@Args() args: IndicatorTotalsArgs, @Ctx() ctx: Context): Promise<IndicatorBucketRow[]> {
    return indicatorTotals(ctx, args);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region counted (split by REGION).' })
  region(@Root() row: IndicatorBucketRow, @Ctx() ctx: Context): Promise<RegionRow | null> | null {
    return row.regionId === null ? null : ctx.loaders.regionById.load(row.regionId);
  }

  @FieldResolver(() => Period, { nullable: true, description: 'The period counted (split by PERIOD).' })
  period(@Root() row: IndicatorBucketRow): Period | null {
    return periodOf(row);
  }
}
