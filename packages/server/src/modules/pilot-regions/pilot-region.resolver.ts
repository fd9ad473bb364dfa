import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { LangArg } from '../../graphql/types';
import { toGlobalId } from '../../graphql/global-id';
import type { Page } from '../../sql/pagination';
import { IndicatorFilter, IndicatorTotalsFilter } from '../indicators/indicator.inputs';
import { indicatorTotalsOfPilot, indicatorValuesOfPilot } from '../indicators/indicator.service';
import type { IndicatorTotalRow, IndicatorValueRow } from '../indicators/indicator.store';
import { IndicatorTotal, IndicatorValue } from '../indicators/indicator.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import type { ProgrammeRow } from '../programmes/programme.store';
import { Programme } from '../programmes/programme.type';
import { RecommendationStatusCount } from '../recommendations/recommendation.type';
import type { RegionRow } from '../regions/region.store';
import { Region } from '../regions/region.type';
import { RecordResolver } from '../sources/record.resolver';
import { Role } from '../../auth/principal';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { CreatePilotRegionInput, PilotRegionsArgs, UpdatePilotRegionInput } from './pilot-region.inputs';
import {
  createPilotRegion,
  deletePilotRegion,
  listPilotRegions,
  recommendationCountsOfPilot,
  updatePilotRegion,
} from './pilot-region.service';
import type { PilotAreaRow, PilotMeasureRow, PilotRegionRow, StatusCountRow } from './pilot-region.store';
import {
  CreatePilotRegionPayload,
  DeletePilotRegionPayload,
  PilotArea,
  PilotMeasure,
  PilotRegion,
  PilotRegionConnection,
  UpdatePilotRegionPayload,
} from './pilot-region.type';

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
  pilotRegions(@Args() args: PilotRegionsArgs, @Ctx() ctx: Context): Promise<Page<PilotRegionRow>> {
    return listPilotRegions(ctx, args);
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

  @MaxItems(100)
  @FieldResolver(() => [PilotArea], { description: 'The areas the pilot covers.' })
  areas(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<PilotAreaRow[]> {
    return ctx.loaders.areasByPilotRegionId.load(row.id);
  }

  @MaxItems(100)
  @FieldResolver(() => [PilotMeasure], { description: 'The measures the pilot put in place.' })
  measures(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<PilotMeasureRow[]> {
    return ctx.loaders.measuresByPilotRegionId.load(row.id);
  }

  @MaxItems(500)
  @FieldResolver(() => [IndicatorTotal], {
    description: 'The figures of the pilot summed per covered region and indicator, for dashboards.',
  })
  indicatorTotals(
    @Root() row: PilotRegionRow,
    @Arg('filter', () => IndicatorTotalsFilter, { nullable: true, description: 'Which values to total.' })
    filter: IndicatorTotalsFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<IndicatorTotalRow[]> {
    return indicatorTotalsOfPilot(ctx, row.id, filter);
  }

  @MaxItems(10)
  @FieldResolver(() => [RecommendationStatusCount], {
    description:
      "How many recommendations of events in the pilot's region (and the regions below it) are in each status; statuses with none are left out.",
  })
  recommendationCounts(@Root() row: PilotRegionRow, @Ctx() ctx: Context): Promise<StatusCountRow[]> {
    return recommendationCountsOfPilot(ctx, row.id);
  }

  @MaxItems(1000)
  @FieldResolver(() => [IndicatorValue], { description: 'The outcome figures of the pilot, oldest period first.' })
  indicators(
    @Root() row: PilotRegionRow,
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Narrows the figures.' }) filter: IndicatorFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<IndicatorValueRow[]> {
    return indicatorValuesOfPilot(ctx, row.id, filter);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatePilotRegionPayload, {
    nullable: true,
    description: 'Adds a pilot of a programme in a region, with its areas and measures (ADMIN only).',
  })
  createPilotRegion(@Arg('input', { description: 'The pilot.' }) input: CreatePilotRegionInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return createPilotRegion(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdatePilotRegionPayload, { nullable: true, description: 'Changes a pilot (ADMIN only).' })
  updatePilotRegion(
    @Arg('input', { description: 'The changes.' }) input: UpdatePilotRegionInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return updatePilotRegion(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePilotRegionPayload, {
    nullable: true,
    description: 'Deletes a pilot with its areas, measures and figures (ADMIN only).',
  })
  deletePilotRegion(
    @Arg('input', { description: 'The pilot and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deletePilotRegion(ctx, input);
  }
}

@Resolver(() => PilotArea)
export class PilotAreaResolver {
  @FieldResolver(() => ID, {
    description: 'The opaque ID of the area: an update that names it in `areas` keeps it, so that others may cite it.',
  })
  id(@Root() row: PilotAreaRow): string {
    return toGlobalId('PilotArea', row.id);
  }

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
  @FieldResolver(() => ID, {
    description: 'The opaque ID of the measure: an update that names it in `measures` keeps it, so that others may cite it.',
  })
  id(@Root() row: PilotMeasureRow): string {
    return toGlobalId('PilotMeasure', row.id);
  }

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
