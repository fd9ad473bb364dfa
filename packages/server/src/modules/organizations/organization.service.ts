import type { GraphQLResolveInfo } from 'graphql';
import { nestedPage } from '../../graphql/nested';
import { subRecordIdsOf } from '../../sql/sub-records';
import { UserErrorCode } from '@qorgau/schema';
import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import type { DeleteRecordInput } from '../../graphql/inputs';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import type { Page } from '../../sql/pagination';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertAdmin, assertAdminFields, assertOwnedBy } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import { REGIONS } from '../regions/region.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, idOf, type RecordOrId } from '../sources/record.service';
import {
  organizationFilterReferences,
  type CreateOrganizationInput,
  type OrganizationsArgs,
  type ServiceProfileInput,
  type UpdateOrganizationInput,
} from './organization.inputs';
import {
  ORGANIZATIONS,
  ORGANIZATION_REFERENCES,
  insertOrganization,
  isPartOf,
  organizationParts,
  organizationsPage,
  regionOrganizationsListSpec,
  CONTACT_LIST,
  replaceContacts,
  updateOrganizationRow,
  type ContactValues,
  type OrganizationRow,
  type ServiceProfileData,
} from './organization.store';
import { ORGANIZATION_ADMIN_FIELDS, ORGANIZATION_EDITOR_SCOPE, organizationRuleViolation } from './organization.errors';

export async function listOrganizations(ctx: Context, args: OrganizationsArgs): Promise<Page<OrganizationRow>> {
  await requireReferences(ctx, organizationFilterReferences(args.filter));
  return organizationsPage(ctx.db, args);
}

/** `Region.organizations`: those in a region and the regions below it, loaded with those of the other regions of the response. */
export async function listOrganizationsOfRegion(
  ctx: Context,
  info: GraphQLResolveInfo,
  regionId: string,
  args: OrganizationsArgs,
): Promise<Page<OrganizationRow>> {
  await requireReferences(ctx, organizationFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Region.organizations', args, regionId, () => regionOrganizationsListSpec(args));
}

type OrganizationFields = { [K in keyof CreateOrganizationInput]?: CreateOrganizationInput[K] | null };

const MAX_CONTACTS = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The most crisis beds a service states (a national hospital network is not a service). */
const MAX_CRISIS_BEDS = 10_000;

/** A service profile keeps only what the sources state; nothing at all is no profile. */
function serviceProfileOf(v: Validator, input: ServiceProfileInput | null | undefined): ServiceProfileData | null | undefined {
  if (input === undefined) return undefined;
  if (input === null) return null;
  const path = ['input', 'serviceProfile'];
  const profile: ServiceProfileData = {};
  if (input.freeOfCharge != null) profile.freeOfCharge = input.freeOfCharge;
  if (input.accessibleToRuralPopulation != null) profile.accessibleToRuralPopulation = input.accessibleToRuralPopulation;
  if (input.hasCrisisBeds != null) profile.hasCrisisBeds = input.hasCrisisBeds;
  if (input.hotline != null) profile.hotline = input.hotline;
  if (input.crisisBedCount != null) {
    if (input.crisisBedCount < 0 || input.crisisBedCount > MAX_CRISIS_BEDS) {
      v.add([...path, 'crisisBedCount'], UserErrorCode.INVALID, `must be from 0 to ${MAX_CRISIS_BEDS}`);
    } else if (input.crisisBedCount > 0 && input.hasCrisisBeds === false) {
      v.reject([...path, 'crisisBedCount'], organizationRuleViolation('BEDS_WITHOUT_CRISIS_BEDS'));
    }
    profile.crisisBedCount = input.crisisBedCount;
  }
  const openingHours = v.localized([...path, 'openingHours'], input.openingHours, { max: MAX_LENGTH.name });
  if (openingHours) profile.openingHours = openingHours;
  return Object.keys(profile).length > 0 ? profile : null;
}

/** The contact points to write, with the IDs they name (checked by `keptContacts`). */
function readContacts(
  v: Validator,
  input: OrganizationFields,
): Array<Omit<ContactValues, 'id'> & { idInput: string | null | undefined }> | undefined {
  if (input.contacts === undefined) return undefined;
  v.maxItems(['input', 'contacts'], input.contacts, MAX_CONTACTS);
  const contacts = (input.contacts ?? []).map((contact, index) => {
    const path = ['input', 'contacts', index];
    const value = v.text([...path, 'value'], contact.value, { max: MAX_LENGTH.contact, required: true }) ?? '';
    if (contact.kind === 'EMAIL' && value && !EMAIL.test(value))
      v.reject([...path, 'value'], organizationRuleViolation('CONTACT_NOT_AN_EMAIL'));
    if (contact.kind === 'WEBSITE' && value) v.url([...path, 'value'], value);
    return {
      idInput: contact.id,
      kind: contact.kind,
      value,
      label: v.localized([...path, 'label'], contact.label, { max: MAX_LENGTH.name }) ?? null,
    };
  });
  v.unique(
    contacts,
    (contact) => (contact.value ? `${contact.kind}:${contact.value}` : undefined),
    (index) => ['input', 'contacts', index, 'value'],
    organizationRuleViolation('CONTACT_TWICE'),
  );
  return contacts;
}

/** The contact points to write; those naming one of the organization's (`existing`) keep it. */
function keptContacts(v: Validator, contacts: ReturnType<typeof readContacts>, existing: ReadonlySet<string>): ContactValues[] | undefined {
  if (!contacts) return undefined;
  const ids = v.subRecordIds(
    contacts.map((contact) => contact.idInput),
    'Contact',
    existing,
    (index) => ['input', 'contacts', index, 'id'],
  );
  return contacts.map(({ idInput: _idInput, ...contact }, index) => ({ ...contact, id: ids[index] ?? null }));
}

function readOrganizationFields(v: Validator, refs: References, input: OrganizationFields) {
  v.notNull(['input', 'kind'], input.kind);
  return {
    values: {
      name: v.localized(['input', 'name'], input.name, { max: MAX_LENGTH.name, required: true }) ?? undefined,
      shortName: v.localized(['input', 'shortName'], input.shortName, { max: MAX_LENGTH.shortName }),
      kind: input.kind ?? undefined,
      description: v.localized(['input', 'description'], input.description, { max: MAX_LENGTH.text }),
      serviceProfile: serviceProfileOf(v, input.serviceProfile),
      ...v.location(['input', 'location'], input.location),
    },
    parent: refs.optional(['input', 'parent'], ORGANIZATIONS, input.parent),
    region: refs.optional(['input', 'region'], REGIONS, input.region),
    contacts: readContacts(v, input),
    sources: sourceRefs(refs, v, input.sourceIds),
  };
}

async function organizationSnapshot(tx: Queryable, organization: RecordOrId<typeof ORGANIZATIONS.columns>) {
  return recordSnapshot(tx, ORGANIZATIONS, organization, await organizationParts(tx, idOf(organization)));
}

type OrganizationPayload = { organization: OrganizationRow | null; userErrors: UserErrorData[] };

export async function createOrganization(ctx: Context, input: CreateOrganizationInput): Promise<OrganizationPayload> {
  const outcome = await runWrite(ctx, 'createOrganization', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'add organizations');
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readOrganizationFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const finalSlug = await newSlug(tx, v, ORGANIZATIONS, ['input', 'slug'], slug, fields.values.name);
    const contacts = keptContacts(v, fields.contacts, new Set()) ?? [];
    v.throwIfAny();
    const id = await insertOrganization(tx, {
      ...fields.values,
      slug: finalSlug,
      parentId: fields.parent?.id ?? null,
      regionId: fields.region?.id ?? null,
    });
    await replaceContacts(tx, id, contacts);
    await citeSources(tx, scope, 'Organization', id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Organization',
      recordId: id,
      before: null,
      after: await organizationSnapshot(tx, id),
    });
    return id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.organizationById.load(id));
  return { organization: record, userErrors };
}

/**
 * An ADMIN, or an EDITOR of this very organization: its profile (names, description, region),
 * contacts and service profile; its kind, parent and slug are an ADMIN's.
 */
export async function updateOrganization(ctx: Context, input: UpdateOrganizationInput): Promise<OrganizationPayload> {
  const outcome = await runWrite(ctx, 'updateOrganization', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], ORGANIZATIONS, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readOrganizationFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, ORGANIZATIONS, target.id, ['input', 'id']);
    assertOwnedBy(ctx.principal!, [current.id], ORGANIZATION_EDITOR_SCOPE);
    assertAdminFields(ctx.principal!, input, ORGANIZATION_ADMIN_FIELDS, "an organization's identity and place");
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    if (fields.parent && (await isPartOf(tx, target.id, fields.parent.id))) {
      v.reject(['input', 'parent'], organizationRuleViolation('PARENT_CYCLE'));
    }
    await assertSlugFree(tx, v, ORGANIZATIONS, slug, target.id);
    const contacts = keptContacts(v, fields.contacts, fields.contacts ? await subRecordIdsOf(tx, CONTACT_LIST, target.id) : new Set());
    v.throwIfAny();
    const before = await organizationSnapshot(tx, current);
    await updateOrganizationRow(tx, target.id, {
      ...fields.values,
      slug: slug ?? undefined,
      parentId: fields.parent === undefined ? undefined : (fields.parent?.id ?? null),
      regionId: fields.region === undefined ? undefined : (fields.region?.id ?? null),
    });
    if (contacts) await replaceContacts(tx, target.id, contacts);
    await citeSources(tx, scope, 'Organization', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Organization',
      recordId: target.id,
      before,
      after: await organizationSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.organizationById.load(id));
  return { organization: record, userErrors };
}

export async function deleteOrganization(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedOrganizationId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteOrganization', ORGANIZATIONS, input, {
    authorize: (principal) => assertAdmin(principal, 'delete organizations'),
    references: ORGANIZATION_REFERENCES,
    snapshot: organizationSnapshot,
  });
  return { deletedOrganizationId: id, userErrors };
}
