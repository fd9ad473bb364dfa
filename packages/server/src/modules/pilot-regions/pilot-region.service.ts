import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import { todayDate } from '../../dates';
import type { DeleteRecordInput } from '../../graphql/inputs';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import type { Page } from '../../sql/pagination';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertAdmin } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References, type Ref } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import { subRecordIdsOf } from '../../sql/sub-records';
import { INDICATOR_VALUES } from '../indicators/indicator.store';
import { ORGANIZATIONS } from '../organizations/organization.store';
import { PROGRAMMES } from '../programmes/programme.store';
import { REGIONS } from '../regions/region.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, idOf, type RecordOrId, deletePartRecords } from '../sources/record.service';
import {
  pilotRegionFilterReferences,
  type CreatePilotRegionInput,
  type PilotRegionsArgs,
  type UpdatePilotRegionInput,
} from './pilot-region.inputs';
import {
  PILOT_REGIONS,
  insertPilotRegion,
  pilotExists,
  pilotRegionParts,
  pilotRegionsPage,
  recommendationCountsLoader,
  AREA_LIST,
  MEASURE_LIST,
  replaceAreas,
  replaceMeasures,
  updatePilotRegionRow,
  type AreaValues,
  type MeasureValues,
  type PilotRegionRow,
  type StatusCountRow,
} from './pilot-region.store';
import type { PilotStatus } from './pilot-region.type';
import { pilotRegionRuleViolation } from './pilot-region.errors';

export async function listPilotRegions(ctx: Context, args: PilotRegionsArgs): Promise<Page<PilotRegionRow>> {
  await requireReferences(ctx, pilotRegionFilterReferences(args.filter));
  return pilotRegionsPage(ctx.db, args);
}

/** A pilot's recommendations per status, batched with the other pilots of the response. */
export function recommendationCountsOfPilot(ctx: Context, pilotRegionId: string): Promise<StatusCountRow[]> {
  return ctx.loaders.pages.get('PilotRegion.recommendationCounts', {}, () => recommendationCountsLoader(ctx.db)).load(pilotRegionId);
}

type PilotFields = { [K in keyof CreatePilotRegionInput]?: CreatePilotRegionInput[K] | null };

const MAX_PARTS = 100;

function readPilotFields(v: Validator, refs: References, input: PilotFields) {
  for (const field of ['programme', 'region', 'startedOnPrecision', 'status'] as const) v.notNull(['input', field], input[field]);
  v.maxItems(['input', 'areas'], input.areas, MAX_PARTS);
  v.maxItems(['input', 'measures'], input.measures, MAX_PARTS);
  const areas =
    input.areas === undefined
      ? undefined
      : (input.areas ?? []).map((area, index) => {
          const path = ['input', 'areas', index];
          if (area.unitCount != null && area.unitCount < 1)
            v.reject([...path, 'unitCount'], pilotRegionRuleViolation('UNIT_COUNT_BELOW_ONE'));
          return {
            idInput: area.id,
            name: v.localized([...path, 'name'], area.name, { max: MAX_LENGTH.name, required: true }) ?? {},
            region: refs.optional([...path, 'region'], REGIONS, area.region),
            unitCount: area.unitCount ?? null,
          };
        });
  const measures =
    input.measures === undefined
      ? undefined
      : (input.measures ?? []).map((measure, index) => {
          const path = ['input', 'measures', index];
          return {
            idInput: measure.id,
            kind: measure.kind,
            status: measure.status,
            title: v.localized([...path, 'title'], measure.title, { max: MAX_LENGTH.name, required: true }) ?? {},
            description: v.localized([...path, 'description'], measure.description, { max: MAX_LENGTH.text }) ?? null,
            organization: refs.optional([...path, 'organization'], ORGANIZATIONS, measure.organization),
            audiences: v.localizedList([...path, 'audiences'], measure.audiences, { max: MAX_LENGTH.name, maxItems: 50 }) ?? [],
          };
        });
  return {
    values: {
      name: v.localized(['input', 'name'], input.name, { max: MAX_LENGTH.name, required: true }) ?? undefined,
      startedOn: input.startedOn,
      startedOnPrecision: input.startedOnPrecision ?? undefined,
      status: input.status ?? undefined,
    },
    programme: input.programme == null ? undefined : refs.need(['input', 'programme'], PROGRAMMES, input.programme),
    region: input.region == null ? undefined : refs.need(['input', 'region'], REGIONS, input.region),
    areas,
    measures,
    sources: sourceRefs(refs, v, input.sourceIds),
  };
}

type PilotInputFields = ReturnType<typeof readPilotFields>;

/** The ids of a pilot's areas and measures, which the items of an update may keep (none for a new pilot). */
interface KeptParts {
  areas: ReadonlySet<string>;
  measures: ReadonlySet<string>;
}

function areaValues(v: Validator, fields: PilotInputFields, existing: ReadonlySet<string>): AreaValues[] | undefined {
  if (!fields.areas) return undefined;
  const ids = v.subRecordIds(
    fields.areas.map((a) => a.idInput),
    'PilotArea',
    existing,
    (index) => ['input', 'areas', index, 'id'],
  );
  return fields.areas.map((a, index) => ({ id: ids[index] ?? null, name: a.name, regionId: a.region?.id ?? null, unitCount: a.unitCount }));
}

function measureValues(v: Validator, fields: PilotInputFields, existing: ReadonlySet<string>): MeasureValues[] | undefined {
  if (!fields.measures) return undefined;
  const ids = v.subRecordIds(
    fields.measures.map((m) => m.idInput),
    'PilotMeasure',
    existing,
    (index) => ['input', 'measures', index, 'id'],
  );
  return fields.measures.map(({ organization, idInput: _idInput, ...m }, index) => ({
    ...m,
    id: ids[index] ?? null,
    organizationId: organization?.id ?? null,
  }));
}

async function keptParts(tx: Queryable, fields: PilotInputFields, pilotRegionId: string | null): Promise<KeptParts> {
  return {
    areas: pilotRegionId && fields.areas ? await subRecordIdsOf(tx, AREA_LIST, pilotRegionId) : new Set(),
    measures: pilotRegionId && fields.measures ? await subRecordIdsOf(tx, MEASURE_LIST, pilotRegionId) : new Set(),
  };
}

async function pilotSnapshot(tx: Queryable, pilot: RecordOrId<typeof PILOT_REGIONS.columns>) {
  return recordSnapshot(tx, PILOT_REGIONS, pilot, await pilotRegionParts(tx, idOf(pilot)));
}

/** Where a pilot stands when a write does not say: ACTIVE once started, PLANNED before (or without a start). */
function pilotStatusFromStart(startedOn: string | null | undefined, today = todayDate()): PilotStatus {
  return startedOn && startedOn <= today ? 'ACTIVE' : 'PLANNED';
}

type PilotPayload = { pilotRegion: PilotRegionRow | null; userErrors: UserErrorData[] };

export async function createPilotRegion(ctx: Context, input: CreatePilotRegionInput): Promise<PilotPayload> {
  const outcome = await runWrite(ctx, 'createPilotRegion', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'write pilot regions');
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readPilotFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const programmeId = (fields.programme as Ref).id;
    const regionId = (fields.region as Ref).id;
    if (await pilotExists(tx, programmeId, regionId, null))
      v.reject(['input', 'region'], pilotRegionRuleViolation('PILOT_IN_REGION_EXISTS'));
    const finalSlug = await newSlug(tx, v, PILOT_REGIONS, ['input', 'slug'], slug, fields.values.name);
    const kept = await keptParts(tx, fields, null);
    const areas = areaValues(v, fields, kept.areas) ?? [];
    const measures = measureValues(v, fields, kept.measures) ?? [];
    v.throwIfAny();
    const id = await insertPilotRegion(tx, {
      ...fields.values,
      status: fields.values.status ?? pilotStatusFromStart(fields.values.startedOn),
      slug: finalSlug,
      programmeId,
      regionId,
    });
    await replaceAreas(tx, id, areas);
    await replaceMeasures(tx, id, measures);
    await citeSources(tx, scope, 'PilotRegion', id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'PilotRegion',
      recordId: id,
      before: null,
      after: await pilotSnapshot(tx, id),
    });
    return id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.pilotRegionById.load(id));
  return { pilotRegion: record, userErrors };
}

export async function updatePilotRegion(ctx: Context, input: UpdatePilotRegionInput): Promise<PilotPayload> {
  const outcome = await runWrite(ctx, 'updatePilotRegion', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'write pilot regions');
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], PILOT_REGIONS, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readPilotFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, PILOT_REGIONS, target.id, ['input', 'id']);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    const programmeId = fields.programme?.id ?? current.programmeId;
    const regionId = fields.region?.id ?? current.regionId;
    if ((fields.programme || fields.region) && (await pilotExists(tx, programmeId, regionId, target.id))) {
      v.reject(['input', fields.region ? 'region' : 'programme'], pilotRegionRuleViolation('PILOT_IN_REGION_EXISTS'));
    }
    await assertSlugFree(tx, v, PILOT_REGIONS, slug, target.id);
    const kept = await keptParts(tx, fields, target.id);
    const areas = areaValues(v, fields, kept.areas);
    const measures = measureValues(v, fields, kept.measures);
    v.throwIfAny();
    const before = await pilotSnapshot(tx, current);
    await updatePilotRegionRow(tx, target.id, { ...fields.values, slug: slug ?? undefined, programmeId, regionId });
    if (areas) await replaceAreas(tx, target.id, areas);
    if (measures) await replaceMeasures(tx, target.id, measures);
    await citeSources(tx, scope, 'PilotRegion', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'PilotRegion',
      recordId: target.id,
      before,
      after: await pilotSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.pilotRegionById.load(id));
  return { pilotRegion: record, userErrors };
}

/** Deletes a pilot with its areas, measures and figures (each figure recorded as deleted). ADMIN only. */
export async function deletePilotRegion(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedPilotRegionId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deletePilotRegion', PILOT_REGIONS, input, {
    authorize: (principal) => assertAdmin(principal, 'write pilot regions'),
    snapshot: pilotSnapshot,
    removeParts: (tx, scope, pilotId) => deletePartRecords(tx, scope, INDICATOR_VALUES, 'pilotRegionId', pilotId),
  });
  return { deletedPilotRegionId: id, userErrors };
}
