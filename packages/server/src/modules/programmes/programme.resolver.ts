import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { LangArg } from '../../common/graphql';
import { lookupByIdOrSlug } from '../../common/lookup';
import type { Page } from '../../common/pagination';
import { RecordResolver } from '../../common/record';
import { requireReferences } from '../node/node.service';
import { Organization, type OrganizationRow } from '../organizations/organization.type';
import { RecommendationStatusCount } from '../recommendations/recommendation.type';
import { Region, type RegionRow } from '../regions/region.type';
import {
  IndicatorFilter,
  IndicatorTotalsFilter,
  PilotRegionsArgs,
  ProgrammesArgs,
  pilotRegionFilterReferences,
  programmeFilterReferences,
} from './programme.inputs';
import {
  indicatorTotalsLoader,
  listIndicatorValues,
  listPilotRegions,
  listProgrammes,
  recommendationCountsLoader,
} from './programme.service';
import {
  IndicatorTotal,
  IndicatorValue,
  PilotArea,
  PilotMeasure,
  PilotRegion,
  PilotRegionConnection,
  Programme,
  ProgrammeConnection,
  type IndicatorTotalRow,
  type IndicatorValueRow,
  type PilotAreaRow,
  type StatusCountRow,
  type PilotMeasureRow,
  type PilotRegionRow,
  type ProgrammeRow,
} from './programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver extends RecordResolver(Programme, 'Programme') {
  @Query(() => Programme, { nullable: true, description: 'A programme by `id` or `slug` (exactly one); null when there is none.' })
  programme(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The slug, e.g. `kazakhstan-without-domestic-violence`.' })
    slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProgrammeRow | null> {
    return lookupByIdOrSlug('Programme', { id, slug }, { byId: ctx.loaders.programmeById, bySlug: ctx.loaders.programmeBySlug });
  }

  @Query(() => ProgrammeConnection, { description: 'National programmes against domestic violence.' })
  async programmes(@Args() args: ProgrammesArgs, @Ctx() ctx: Context): Promise<Page<ProgrammeRow>> {
    await requireReferences(ctx, programmeFilterReferences(args.filter));
    return listProgrammes(ctx.db, args);
  }

  @FieldResolver(() => String, { description: 'The name of the programme.' })
  name(@Root() row: ProgrammeRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.name, lang) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the programme is.' })
  description(@Root() row: ProgrammeRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.description, lang);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization leading the programme.' })
  leadOrganization(@Root() row: ProgrammeRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.leadOrganizationId ? ctx.loaders.organizationById.load(row.leadOrganizationId) : null;
  }

  @FieldResolver(() => [PilotRegion], { description: 'The pilots of the programme, earliest first.' })
  pilotRegions(@Root() row: ProgrammeRow, @Ctx() ctx: Context): Promise<PilotRegionRow[]> {
    return ctx.loaders.pilotRegionsByProgrammeId.load(row.id);
  }
}

@Resolver(() => PilotRegion)
export class PilotRegionResolver extends RecordResolver(PilotRegion, 'PilotRegion') {
  @Query(() => PilotRegion, { nullable: true, description: 'A pilot region by `id` or `slug` (exactly one); null when there is none.' })
  pilotRegion(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The slug, e.g. `kazakhstan-without-domestic-violence-south-kazakhstan`.' })
    slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<PilotRegionRow | null> {
    return lookupByIdOrSlug('PilotRegion', { id, slug }, { byId: ctx.loaders.pilotRegionById, bySlug: ctx.loaders.pilotRegionBySlug });
  }

  @Query(() => PilotRegionConnection, { description: 'Pilots of programmes in regions, earliest first.' })
  async pilotRegions(@Args() args: PilotRegionsArgs, @Ctx() ctx: Context): Promise<Page<PilotRegionRow>> {
    await requireReferences(ctx, pilotRegionFilterReferences(args.filter));
    return listPilotRegions(ctx.db, args);
  }

  @FieldResolver(() => String, { description: 'The name of the pilot.' })
  name(@Root() row: PilotRegionRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.name, lang) ?? '';
  }

  @FieldResolver(() => Region, { description: 'The region of the pilot.' })
  async region(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<RegionRow> {
    return (await ctx.loaders.regionById.load(row.regionId)) as RegionRow;
  }

  @FieldResolver(() => Programme, { description: 'The programme piloted.' })
  async programme(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<ProgrammeRow> {
    return (await ctx.loaders.programmeById.load(row.programmeId)) as ProgrammeRow;
  }

  @FieldResolver(() => [PilotArea], { description: 'The areas the pilot covers.' })
  areas(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<PilotAreaRow[]> {
    return ctx.loaders.areasByPilotRegionId.load(row.id);
  }

  @FieldResolver(() => [PilotMeasure], { description: 'The measures the pilot put in place.' })
  measures(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<PilotMeasureRow[]> {
    return ctx.loaders.measuresByPilotRegionId.load(row.id);
  }

  @FieldResolver(() => [IndicatorTotal], {
    description: 'The figures of the pilot summed per covered region and indicator, for dashboards.',
  })
  indicatorTotals(
    @Root() row: PilotRegionRow,
    @Arg('filter', () => IndicatorTotalsFilter, { nullable: true, description: 'Which values to total.' })
    filter: IndicatorTotalsFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<IndicatorTotalRow[]> {
    return ctx.loaders.pages.get('PilotRegion.indicatorTotals', filter ?? {}, () => indicatorTotalsLoader(ctx.db, filter)).load(row.id);
  }

  @FieldResolver(() => [RecommendationStatusCount], {
    description:
      "How many recommendations of events in the pilot's region (and the regions below it) are in each status; statuses with none are left out.",
  })
  recommendationCounts(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<StatusCountRow[]> {
    return ctx.loaders.pages.get('PilotRegion.recommendationCounts', {}, () => recommendationCountsLoader(ctx.db)).load(row.id);
  }

  @FieldResolver(() => [IndicatorValue], { description: 'The outcome figures of the pilot, oldest period first.' })
  indicators(
    @Root() row: PilotRegionRow,
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Narrows the figures.' }) filter: IndicatorFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<IndicatorValueRow[]> {
    return listIndicatorValues(ctx.db, row.id, filter);
  }
}

@Resolver(() => PilotArea)
export class PilotAreaResolver {
  @FieldResolver(() => String, { description: 'The name of the area.' })
  name(@Root() row: PilotAreaRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.name, lang) ?? '';
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region of the area (for counted units, the region they lie in).' })
  region(@Root() row: PilotAreaRow, @Ctx() ctx: Context): Promise<RegionRow | null> | null {
    return row.regionId ? ctx.loaders.regionById.load(row.regionId) : null;
  }
}

@Resolver(() => PilotMeasure)
export class PilotMeasureResolver {
  @FieldResolver(() => String, { description: 'What was put in place.' })
  title(@Root() row: PilotMeasureRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.title, lang) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Details the source gives.' })
  description(@Root() row: PilotMeasureRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.description, lang);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The institution or service the measure created, when it is one.' })
  organization(@Root() row: PilotMeasureRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.organizationId ? ctx.loaders.organizationById.load(row.organizationId) : null;
  }

  @FieldResolver(() => [String], { description: 'Who the measure was for (for trainings: the employees trained).' })
  audiences(@Root() row: PilotMeasureRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string[] {
    return row.audiences.map((audience) => ctx.text(audience, lang) ?? '');
  }
}

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
