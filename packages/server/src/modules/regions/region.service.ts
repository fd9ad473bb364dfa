import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import type { DeleteRecordInput } from '../../graphql/inputs';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Page } from '../../sql/pagination';
import type { Queryable } from '../../sql/db';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertAdmin } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References, type Ref } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, idOf, type RecordOrId } from '../sources/record.service';
import { regionFilterReferences, type CreateRegionInput, type RegionsArgs, type UpdateRegionInput } from './region.inputs';
import {
  REGIONS,
  REGION_REFERENCES,
  insertRegion,
  isInSubtree,
  regionParts,
  regionsPage,
  replacePredecessors,
  updateRegionRow,
  type RegionRow,
} from './region.store';
import { regionRuleViolation } from './region.errors';

export async function listRegions(ctx: Context, args: RegionsArgs): Promise<Page<RegionRow>> {
  await requireReferences(ctx, regionFilterReferences(args.filter));
  return regionsPage(ctx.db, args);
}

/** The fields of a region in an input: all on create; on update, omitted ones stay and null clears. */
type RegionFields = { [K in keyof CreateRegionInput]?: CreateRegionInput[K] | null };

/** Checks a region's fields and collects the records they name, for `refs.resolve()`. */
function readRegionFields(v: Validator, refs: References, input: RegionFields) {
  const values = {
    name: v.localized(['input', 'name'], input.name, { max: MAX_LENGTH.name, required: true }) ?? undefined,
    kind: input.kind ?? undefined,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    note: v.localized(['input', 'note'], input.note, { max: MAX_LENGTH.text }),
  };
  v.notNull(['input', 'kind'], input.kind);
  const parent = refs.optional(['input', 'parent'], REGIONS, input.parent);
  v.maxItems(['input', 'predecessors'], input.predecessors, 20);
  const predecessors = input.predecessors?.map((p, index) => ({
    ref: refs.need(['input', 'predecessors', index, 'region'], REGIONS, p.region),
    effectiveOn: p.effectiveOn ?? null,
  }));
  return { values, parent, predecessors, sources: sourceRefs(refs, v, input.sourceIds) };
}

/** The rules that need the resolved references and, on update, the region itself. */
async function checkRegion(
  tx: Queryable,
  v: Validator,
  regionId: string | null,
  fields: { validFrom: string | null | undefined; validUntil: string | null | undefined },
  parent: Ref | null | undefined,
  predecessors: ReadonlyArray<{ ref: Ref }> | undefined,
): Promise<void> {
  if (fields.validFrom && fields.validUntil && fields.validUntil <= fields.validFrom) {
    v.reject(['input', 'validUntil'], regionRuleViolation('VALIDITY_REVERSED'));
  }
  if (regionId && parent && (await isInSubtree(tx, regionId, parent.id))) {
    v.reject(['input', 'parent'], regionRuleViolation('PARENT_CYCLE'));
  }
  predecessors?.forEach(({ ref }, index) => {
    if (ref.id === regionId) v.reject(['input', 'predecessors', index, 'region'], regionRuleViolation('PREDECESSOR_ITSELF'));
  });
  v.unique(
    predecessors,
    ({ ref }) => (ref.id === regionId ? undefined : ref.id),
    (index) => ['input', 'predecessors', index, 'region'],
    regionRuleViolation('PREDECESSOR_TWICE'),
  );
}

async function regionSnapshot(tx: Queryable, region: RecordOrId<typeof REGIONS.columns>) {
  return recordSnapshot(tx, REGIONS, region, await regionParts(tx, idOf(region)));
}

type RegionPayload = { region: RegionRow | null; userErrors: UserErrorData[] };

export async function createRegion(ctx: Context, input: CreateRegionInput): Promise<RegionPayload> {
  const outcome = await runWrite(ctx, 'createRegion', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'write regions');
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readRegionFields(v, refs, input);
    await refs.resolve();
    await checkRegion(tx, v, null, fields.values, fields.parent, fields.predecessors);
    v.throwIfAny();
    const finalSlug = await newSlug(tx, v, REGIONS, ['input', 'slug'], slug, fields.values.name);
    v.throwIfAny();
    const id = await insertRegion(tx, { ...fields.values, slug: finalSlug, parentId: fields.parent?.id ?? null });
    await replacePredecessors(
      tx,
      id,
      (fields.predecessors ?? []).map((p) => ({ regionId: p.ref.id, effectiveOn: p.effectiveOn })),
    );
    await citeSources(tx, scope, 'Region', id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Region',
      recordId: id,
      before: null,
      after: await regionSnapshot(tx, id),
    });
    return id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.regionById.load(id));
  return { region: record, userErrors };
}

export async function updateRegion(ctx: Context, input: UpdateRegionInput): Promise<RegionPayload> {
  const outcome = await runWrite(ctx, 'updateRegion', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'write regions');
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], REGIONS, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readRegionFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, REGIONS, target.id, ['input', 'id']);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    const validFrom = fields.values.validFrom === undefined ? current.validFrom : fields.values.validFrom;
    const validUntil = fields.values.validUntil === undefined ? current.validUntil : fields.values.validUntil;
    await checkRegion(tx, v, target.id, { validFrom, validUntil }, fields.parent, fields.predecessors);
    await assertSlugFree(tx, v, REGIONS, slug, target.id);
    v.throwIfAny();
    const before = await regionSnapshot(tx, current);
    await updateRegionRow(tx, target.id, {
      ...fields.values,
      slug: slug ?? undefined,
      parentId: fields.parent === undefined ? undefined : (fields.parent?.id ?? null),
    });
    if (fields.predecessors) {
      await replacePredecessors(
        tx,
        target.id,
        fields.predecessors.map((p) => ({ regionId: p.ref.id, effectiveOn: p.effectiveOn })),
      );
    }
    await citeSources(tx, scope, 'Region', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Region',
      recordId: target.id,
      before,
      after: await regionSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.regionById.load(id));
  return { region: record, userErrors };
}

export async function deleteRegion(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedRegionId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteRegion', REGIONS, input, {
    authorize: (principal) => assertAdmin(principal, 'write regions'),
    references: REGION_REFERENCES,
    snapshot: regionSnapshot,
  });
  return { deletedRegionId: id, userErrors };
}
