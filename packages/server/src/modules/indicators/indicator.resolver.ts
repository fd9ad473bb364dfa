import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { LangArg } from '../../graphql/types';
import type { RegionRow } from '../regions/region.store';
import { Region } from '../regions/region.type';
import type { IndicatorTotalRow, IndicatorValueRow } from './indicator.store';
import { IndicatorTotal, IndicatorValue } from './indicator.type';

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
}

@Resolver(() => IndicatorTotal)
export class IndicatorTotalResolver {
  @FieldResolver(() => Region, { description: 'The region the total counts.' })
  async region(@Root() row: IndicatorTotalRow, @Ctx() ctx: Context): Promise<RegionRow> {
    return (await ctx.loaders.regionById.load(row.regionId)) as RegionRow;
  }
}
