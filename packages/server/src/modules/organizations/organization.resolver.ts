import type { GraphQLResolveInfo } from 'graphql';
import { MaxItems } from '../../graphql/max-items';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { toGlobalId } from '../../graphql/global-id';
import { LangArg, Location, type LocatedRow } from '../../graphql/types';
import { locationOf } from '../../graphql/location.resolver';
import type { LocalizedText } from '../../sql/table';
import type { Page } from '../../sql/pagination';
import { EventsArgs } from '../events/event.inputs';
import { RecommendationsArgs } from '../recommendations/recommendation.inputs';
import { listRecommendationsOfOrganization } from '../recommendations/recommendation.service';
import type { RecommendationRow } from '../recommendations/recommendation.store';
import { RecommendationConnection } from '../recommendations/recommendation.type';
import { listEventsOfOrganization } from '../events/event.service';
import type { EventRow } from '../events/event.store';
import { EventConnection } from '../events/event.type';
import { OfficialsArgs } from '../officials/official.inputs';
import { listOfficialsOfOrganization } from '../officials/official.service';
import type { OfficialRow } from '../officials/official.store';
import { OfficialConnection } from '../officials/official.type';
import type { RegionRow } from '../regions/region.store';
import { Region } from '../regions/region.type';
import { RecordResolver } from '../sources/record.resolver';
import { Role } from '../../auth/principal';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './organization.inputs';
import { createOrganization, deleteOrganization, listOrganizations, updateOrganization } from './organization.service';
import type { ContactRow, OrganizationRow } from './organization.store';
import {
  Contact,
  CreateOrganizationPayload,
  DeleteOrganizationPayload,
  Organization,
  OrganizationConnection,
  ServiceProfile,
  UpdateOrganizationPayload,
} from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver extends RecordResolver(Organization, 'Organization') {
  @Query(() => Organization, { nullable: true, description: 'An organization by `id` or `slug` (exactly one); null when there is none.' })
  organization(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The slug, e.g. `general-prosecutors-office`.' }) slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<OrganizationRow | null> {
    return lookupByIdOrSlug('Organization', { id, slug }, { byId: ctx.loaders.organizationById, bySlug: ctx.loaders.organizationBySlug });
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations of the programme: state bodies, commissions, international organizations, NGOs, services.',
  })
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context): Promise<Page<OrganizationRow>> {
    return listOrganizations(ctx, args);
  }

  @FieldResolver(() => String, { description: 'The full official name.' })
  name(@Root() row: OrganizationRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.name, lang) ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The short name or acronym (UNFPA, National Commission), when there is one.',
  })
  shortName(@Root() row: OrganizationRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.shortName, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the sources say the organization is or does.' })
  description(@Root() row: OrganizationRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.description, lang);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one is part of.' })
  parent(@Root() row: OrganizationRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.parentId ? ctx.loaders.organizationById.load(row.parentId) : null;
  }

  @MaxItems(100)
  @FieldResolver(() => [Organization], { description: 'The organizations that are part of this one.' })
  subdivisions(@Root() row: OrganizationRow, @Ctx() ctx: Context): Promise<OrganizationRow[]> {
    return ctx.loaders.subdivisionsByOrganizationId.load(row.id);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The region the organization works in; null for international bodies without one.',
  })
  region(@Root() row: OrganizationRow, @Ctx() ctx: Context): Promise<RegionRow | null> | null {
    return row.regionId ? ctx.loaders.regionById.load(row.regionId) : null;
  }

  @MaxItems(20)
  @FieldResolver(() => [Contact], { description: 'Official contact points, such as the press service phones.' })
  contacts(@Root() row: OrganizationRow, @Ctx() ctx: Context): Promise<ContactRow[]> {
    return ctx.loaders.contactsByOrganizationId.load(row.id);
  }

  @FieldResolver(() => ServiceProfile, {
    nullable: true,
    description: 'For support services: what they offer. Null for other organizations.',
  })
  serviceProfile(@Root() row: OrganizationRow): ServiceProfileRow | null {
    const profile = row.serviceProfile;
    if (!profile) return null;
    return {
      freeOfCharge: profile.freeOfCharge ?? null,
      accessibleToRuralPopulation: profile.accessibleToRuralPopulation ?? null,
      hasCrisisBeds: profile.hasCrisisBeds ?? null,
      crisisBedCount: profile.crisisBedCount ?? null,
      hotline: profile.hotline ?? null,
      openingHours: profile.openingHours ?? null,
    };
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it is, where a source gives it.' })
  location(@Root() row: OrganizationRow): LocatedRow | null {
    return locationOf(row);
  }

  @FieldResolver(() => OfficialConnection, { description: 'Officials with a post in this organization.' })
  officials(
    @Root() row: OrganizationRow,
    @Args() args: OfficialsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<OfficialRow>> {
    return listOfficialsOfOrganization(ctx, info, row.id, args);
  }

  @FieldResolver(() => EventConnection, { description: 'Events this organization organized or took part in.' })
  events(
    @Root() row: OrganizationRow,
    @Args() args: EventsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<EventRow>> {
    return listEventsOfOrganization(ctx, info, row.id, args);
  }

  @FieldResolver(() => RecommendationConnection, {
    description: 'Recommendations this organization is responsible for; newest first unless ordered otherwise.',
  })
  recommendations(
    @Root() row: OrganizationRow,
    @Args() args: RecommendationsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<RecommendationRow>> {
    return listRecommendationsOfOrganization(ctx, info, row.id, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateOrganizationPayload, {
    nullable: true,
    description: 'Adds an organization with its contacts and service profile (ADMIN only).',
  })
  createOrganization(
    @Arg('input', { description: 'The organization.' }) input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return createOrganization(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateOrganizationPayload, {
    nullable: true,
    description: "Changes an organization's profile, contacts or service profile (an ADMIN, or an EDITOR of that organization).",
  })
  updateOrganization(
    @Arg('input', { description: 'The changes.' }) input: UpdateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return updateOrganization(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteOrganizationPayload, { nullable: true, description: 'Deletes an organization nothing refers to (ADMIN only).' })
  deleteOrganization(
    @Arg('input', { description: 'The organization and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteOrganization(ctx, input);
  }
}

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => ID, {
    description: 'The opaque ID of the contact point: an update that names it in `contacts` keeps it.',
  })
  id(@Root() row: ContactRow): string {
    return toGlobalId('Contact', row.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the contact point is for ("Press Service").' })
  label(@Root() row: ContactRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.label, lang);
  }
}

/** A service profile as its resolvers read it: the flags, and the opening hours in every language. */
type ServiceProfileRow = Omit<ServiceProfile, 'openingHours'> & { openingHours: LocalizedText | null };

@Resolver(() => ServiceProfile)
export class ServiceProfileResolver {
  @FieldResolver(() => String, { nullable: true, description: 'When it is open, as the source words it.' })
  openingHours(@Root() row: ServiceProfileRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.openingHours, lang);
  }
}
