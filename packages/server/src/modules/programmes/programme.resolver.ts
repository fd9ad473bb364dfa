import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { LangArg } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import type { PilotRegionRow } from '../pilot-regions/pilot-region.store';
import { PilotRegion } from '../pilot-regions/pilot-region.type';
import { RecordResolver } from '../sources/record.resolver';
import { Role } from '../../auth/principal';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { CreateProgrammeInput, ProgrammesArgs, UpdateProgrammeInput } from './programme.inputs';
import { createProgramme, deleteProgramme, listProgrammes, updateProgramme } from './programme.service';
import type { ProgrammeRow } from './programme.store';
import { CreateProgrammePayload, DeleteProgrammePayload, Programme, ProgrammeConnection, UpdateProgrammePayload } from './programme.type';

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
  programmes(@Args() args: ProgrammesArgs, @Ctx() ctx: Context): Promise<Page<ProgrammeRow>> {
    return listProgrammes(ctx, args);
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

  @MaxItems(50)
  @FieldResolver(() => [PilotRegion], { description: 'The pilots of the programme, earliest first.' })
  pilotRegions(@Root() row: ProgrammeRow, @Ctx() ctx: Context): Promise<PilotRegionRow[]> {
    return ctx.loaders.pilotRegionsByProgrammeId.load(row.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateProgrammePayload, { nullable: true, description: 'Adds a programme (ADMIN only).' })
  createProgramme(@Arg('input', { description: 'The programme.' }) input: CreateProgrammeInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return createProgramme(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateProgrammePayload, { nullable: true, description: 'Changes a programme (ADMIN only).' })
  updateProgramme(@Arg('input', { description: 'The changes.' }) input: UpdateProgrammeInput, @Ctx() ctx: Context): Promise<PayloadData> {
    return updateProgramme(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteProgrammePayload, { nullable: true, description: 'Deletes a programme without pilots (ADMIN only).' })
  deleteProgramme(
    @Arg('input', { description: 'The programme and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteProgramme(ctx, input);
  }
}
