import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EventsArgs } from '../events/event.inputs';
import { listEventsOfRegion } from '../events/event.service';
import type { EventRow } from '../events/event.store';
import { EventConnection } from '../events/event.type';
import { OrganizationsArgs } from '../organizations/organization.inputs';
import { listOrganizationsOfRegion } from '../organizations/organization.service';
import type { OrganizationRow } from '../organizations/organization.store';
import { OrganizationConnection } from '../organizations/organization.type';
import { MaxItems } from '../../graphql/max-items';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { LangArg } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import { RecordResolver } from '../sources/record.resolver';
import { Role } from '../../auth/principal';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { CreateRegionInput, RegionsArgs, UpdateRegionInput } from './region.inputs';
import { createRegion, deleteRegion, listRegions, updateRegion } from './region.service';
import type { RegionRow } from './region.store';
import { CreateRegionPayload, DeleteRegionPayload, Region, RegionConnection, UpdateRegionPayload } from './region.type';

@Resolver(() => Region)
export class RegionResolver extends RecordResolver(Region, 'Region') {
  @Query(() => Region, { nullable: true, description: 'A region by `id` or `slug` (exactly one); null when there is none.' })
  region(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The slug, e.g. `south-kazakhstan-region`.' }) slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<RegionRow | null> {
    return lookupByIdOrSlug('Region', { id, slug }, { byId: ctx.loaders.regionById, bySlug: ctx.loaders.regionBySlug });
  }

  @Query(() => RegionConnection, { description: 'Regions of the administrative hierarchy, past and present.' })
  regions(@Args() args: RegionsArgs, @Ctx() ctx: Context): Promise<Page<RegionRow>> {
    return listRegions(ctx, args);
  }

  @FieldResolver(() => String, { description: 'The name of the region.' })
  name(@Root() row: RegionRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.name, lang) ?? '';
  }

  @FieldResolver(() => EventConnection, {
    description: 'Events in this region or a region below it; most recent first unless ordered otherwise.',
  })
  events(@Root() row: RegionRow, @Args() args: EventsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Page<EventRow>> {
    return listEventsOfRegion(ctx, info, row.id, args);
  }

  @FieldResolver(() => OrganizationConnection, {
    description: 'Organizations in this region or a region below it; by name unless ordered otherwise.',
  })
  organizations(
    @Root() row: RegionRow,
    @Args() args: OrganizationsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<OrganizationRow>> {
    return listOrganizationsOfRegion(ctx, info, row.id, args);
  }

  @FieldResolver(() => String, { nullable: true, description: "A note on the region's history, when there is one." })
  note(@Root() row: RegionRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.note, lang);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region this one lies in; null for the country.' })
  parent(@Root() row: RegionRow, @Ctx() ctx: Context): Promise<RegionRow | null> | null {
    return row.parentId ? ctx.loaders.regionById.load(row.parentId) : null;
  }

  @MaxItems(50)
  @FieldResolver(() => [Region], { description: 'The regions directly below this one, ordered by name.' })
  children(@Root() row: RegionRow, @Ctx() ctx: Context): Promise<RegionRow[]> {
    return ctx.loaders.childrenByRegionId.load(row.id);
  }

  @MaxItems(10)
  @FieldResolver(() => [Region], { description: 'The regions this one became when it was renamed or split.' })
  successors(@Root() row: RegionRow, @Ctx() ctx: Context): Promise<RegionRow[]> {
    return ctx.loaders.successorsByRegionId.load(row.id);
  }

  @MaxItems(10)
  @FieldResolver(() => [Region], { description: 'The regions this one came from.' })
  predecessors(@Root() row: RegionRow, @Ctx() ctx: Context): Promise<RegionRow[]> {
    return ctx.loaders.predecessorsByRegionId.load(row.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateRegionPayload, {
    nullable: true,
    description: 'Adds a region, with its validity and the regions it came from (ADMIN only).',
  })
  createRegion(@Arg('input', { description: 'The region.' }) input: CreateRegionInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return createRegion(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateRegionPayload, { nullable: true, description: 'Changes a region: renamed, split, ended (ADMIN only).' })
  updateRegion(@Arg('input', { description: 'The changes.' }) input: UpdateRegionInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return updateRegion(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteRegionPayload, { nullable: true, description: 'Deletes a region nothing refers to (ADMIN only).' })
  deleteRegion(
    @Arg('input', { description: 'The region and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteRegion(ctx, input);
  }
}
