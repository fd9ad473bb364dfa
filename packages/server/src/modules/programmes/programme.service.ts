import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import type { DeleteRecordInput } from '../../graphql/inputs';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import type { Page } from '../../sql/pagination';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertAdmin } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import { ORGANIZATIONS } from '../organizations/organization.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, type RecordOrId } from '../sources/record.service';
import { programmeFilterReferences, type CreateProgrammeInput, type ProgrammesArgs, type UpdateProgrammeInput } from './programme.inputs';
import {
  PROGRAMMES,
  PROGRAMME_REFERENCES,
  insertProgramme,
  programmesPage,
  updateProgrammeRow,
  type ProgrammeRow,
} from './programme.store';

export async function listProgrammes(ctx: Context, args: ProgrammesArgs): Promise<Page<ProgrammeRow>> {
  await requireReferences(ctx, programmeFilterReferences(args.filter));
  return programmesPage(ctx.db, args);
}

type ProgrammeFields = { [K in keyof CreateProgrammeInput]?: CreateProgrammeInput[K] | null };

function readProgrammeFields(v: Validator, refs: References, input: ProgrammeFields) {
  return {
    values: {
      name: v.localized(['input', 'name'], input.name, { max: MAX_LENGTH.name, required: true }) ?? undefined,
      description: v.localized(['input', 'description'], input.description, { max: MAX_LENGTH.text }),
    },
    lead: refs.optional(['input', 'leadOrganization'], ORGANIZATIONS, input.leadOrganization),
    sources: sourceRefs(refs, v, input.sourceIds),
  };
}

const programmeSnapshot = (tx: Queryable, programme: RecordOrId<typeof PROGRAMMES.columns>) => recordSnapshot(tx, PROGRAMMES, programme);

type ProgrammePayload = { programme: ProgrammeRow | null; userErrors: UserErrorData[] };

export async function createProgramme(ctx: Context, input: CreateProgrammeInput): Promise<ProgrammePayload> {
  const outcome = await runWrite(ctx, 'createProgramme', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'write programmes');
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readProgrammeFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const finalSlug = await newSlug(tx, v, PROGRAMMES, ['input', 'slug'], slug, fields.values.name);
    v.throwIfAny();
    const id = await insertProgramme(tx, { ...fields.values, slug: finalSlug, leadOrganizationId: fields.lead?.id ?? null });
    await citeSources(tx, scope, 'Programme', id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Programme',
      recordId: id,
      before: null,
      after: await programmeSnapshot(tx, id),
    });
    return id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.programmeById.load(id));
  return { programme: record, userErrors };
}

export async function updateProgramme(ctx: Context, input: UpdateProgrammeInput): Promise<ProgrammePayload> {
  const outcome = await runWrite(ctx, 'updateProgramme', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'write programmes');
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], PROGRAMMES, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readProgrammeFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, PROGRAMMES, target.id, ['input', 'id']);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    await assertSlugFree(tx, v, PROGRAMMES, slug, target.id);
    v.throwIfAny();
    const before = await programmeSnapshot(tx, current);
    await updateProgrammeRow(tx, target.id, {
      ...fields.values,
      slug: slug ?? undefined,
      leadOrganizationId: fields.lead === undefined ? undefined : (fields.lead?.id ?? null),
    });
    await citeSources(tx, scope, 'Programme', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Programme',
      recordId: target.id,
      before,
      after: await programmeSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.programmeById.load(id));
  return { programme: record, userErrors };
}

export async function deleteProgramme(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedProgrammeId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteProgramme', PROGRAMMES, input, {
    authorize: (principal) => assertAdmin(principal, 'write programmes'),
    references: PROGRAMME_REFERENCES,
    snapshot: programmeSnapshot,
  });
  return { deletedProgrammeId: id, userErrors };
}
