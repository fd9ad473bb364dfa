import { isDeepStrictEqual } from 'node:util';
import { UserErrorCode } from '@qorgau/schema';
import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import type { DeleteRecordInput } from '../../graphql/inputs';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import { runWrite } from '../../writes/mutation';
import { assertOwnedBy } from '../../writes/policy';
import { References } from '../../writes/references';
import { MAX_LENGTH, UserInputError, Validator } from '../../writes/validation';
import { PILOT_REGIONS, pilotOwnership, type PilotRegionRow } from '../pilot-regions/pilot-region.store';
import { REGIONS, regionsOutside } from '../regions/region.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, type RecordOrId } from '../sources/record.service';
import {
  indicatorStatsFilterReferences,
  type IndicatorFilter,
  type IndicatorTotalsArgs,
  type IndicatorTotalsFilter,
  type RecordIndicatorValuesInput,
} from './indicator.inputs';
import { requireReferences } from '../../graphql/references';
import { assertBucketCount } from '../../sql/grouping';
import {
  INDICATOR_VALUES,
  indicatorBuckets,
  indicatorKeyOf,
  indicatorTotalsLoader,
  indicatorValuesLoader,
  insertIndicatorValue,
  lockIndicatorValues,
  updateIndicatorValueRow,
  type IndicatorBucketRow,
  type IndicatorTotalRow,
  type IndicatorValueRow,
} from './indicator.store';
import { INDICATOR_EDITOR_SCOPE, indicatorRuleViolation } from './indicator.errors';

/** A pilot's figures, batched with the other pilots of the response that ask with the same filter. */
export function indicatorValuesOfPilot(
  ctx: Context,
  pilotRegionId: string,
  filter: IndicatorFilter | null | undefined,
): Promise<IndicatorValueRow[]> {
  return ctx.loaders.pages.get('PilotRegion.indicators', filter ?? {}, () => indicatorValuesLoader(ctx.db, filter)).load(pilotRegionId);
}

/** A pilot's totals per covered region and indicator, batched like `indicatorValuesOfPilot`. */
export function indicatorTotalsOfPilot(
  ctx: Context,
  pilotRegionId: string,
  filter: IndicatorTotalsFilter | null | undefined,
): Promise<IndicatorTotalRow[]> {
  return ctx.loaders.pages
    .get('PilotRegion.indicatorTotals', filter ?? {}, () => indicatorTotalsLoader(ctx.db, filter))
    .load(pilotRegionId);
}

/** `indicatorTotals`: the figures a filter selects, summed per bucket across pilots. */
export async function indicatorTotals(ctx: Context, args: IndicatorTotalsArgs): Promise<IndicatorBucketRow[]> {
  await requireReferences(ctx, indicatorStatsFilterReferences(args.filter));
  const buckets = await indicatorBuckets(ctx.db, args);
  assertBucketCount(buckets);
  return buckets;
}

const MAX_VALUES = 500;

const indicatorSnapshot = (tx: Queryable, value: RecordOrId<typeof INDICATOR_VALUES.columns>) =>
  recordSnapshot(tx, INDICATOR_VALUES, value);

/**
 * Records a pilot's figures, each under its key (region, indicator, kind, period): a new key adds a
 * figure; a known key overwrites it only with the version last read (CONFLICT otherwise), so two
 * people recording the same quarter do not overwrite each other. A figure sent again unchanged is
 * left alone. An ADMIN, or an EDITOR of the organization leading the pilot's programme.
 */
export async function recordIndicatorValues(
  ctx: Context,
  input: RecordIndicatorValuesInput,
): Promise<{ pilotRegion: PilotRegionRow | null; indicatorValues: IndicatorValueRow[] | null; userErrors: UserErrorData[] }> {
  const outcome = await runWrite(ctx, 'recordIndicatorValues', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const pilot = refs.need(['input', 'pilotRegion'], PILOT_REGIONS, input.pilotRegion);
    if (input.values.length === 0) v.reject(['input', 'values'], indicatorRuleViolation('NO_VALUES'));
    v.maxItems(['input', 'values'], input.values, MAX_VALUES);
    const values = input.values.map((value, index) => {
      const path = ['input', 'values', index];
      v.nonNegative([...path, 'value'], value.value);
      if (value.periodEnd < value.periodStart) v.reject([...path, 'periodEnd'], indicatorRuleViolation('PERIOD_REVERSED'));
      return {
        path,
        region: refs.need([...path, 'region'], REGIONS, value.region),
        indicator: value.indicator,
        kind: value.kind ?? 'ACTUAL',
        periodStart: value.periodStart,
        periodEnd: value.periodEnd,
        value: value.value,
        qualifier: value.qualifier ?? 'EXACT',
        statedAs: v.localized([...path, 'statedAs'], value.statedAs, { max: MAX_LENGTH.name }) ?? null,
        version: value.version ?? null,
      };
    });
    const sources = sourceRefs(refs, v, input.sourceIds);
    await refs.resolve();
    if (pilot.id === '') v.throwIfAny();
    const ownership = await pilotOwnership(tx, pilot.id);
    if (!ownership)
      throw new UserInputError([{ field: ['input', 'pilotRegion'], message: 'No PilotRegion has this ID', code: UserErrorCode.NOT_FOUND }]);
    const resolved = values.filter((value) => value.region.id !== '');
    const outside = await regionsOutside(
      tx,
      ownership.regionId,
      resolved.map((value) => value.region.id),
    );
    for (const value of resolved) {
      if (outside.has(value.region.id)) v.reject([...value.path, 'region'], indicatorRuleViolation('REGION_OUTSIDE_PILOT'));
    }
    v.unique(
      values,
      (value) => (value.region.id ? indicatorKeyOf({ ...value, regionId: value.region.id }) : undefined),
      (index) => ['input', 'values', index],
      indicatorRuleViolation('KEY_REPEATED'),
    );
    v.throwIfAny();
    assertOwnedBy(ctx.principal!, [ownership.leadOrganizationId], INDICATOR_EDITOR_SCOPE);
    const existing = new Map(
      (
        await lockIndicatorValues(
          tx,
          pilot.id,
          values.map((value) => ({ ...value, regionId: value.region.id })),
        )
      ).map((row) => [indicatorKeyOf(row), row]),
    );
    for (const value of values) {
      const current = existing.get(indicatorKeyOf({ ...value, regionId: value.region.id }));
      if (current && value.version !== current.version) {
        v.reject(
          [...value.path, 'version'],
          indicatorRuleViolation(value.version === null ? 'VALUE_EXISTS' : 'VALUE_CHANGED', current.version),
          current.version,
        );
      } else if (!current && value.version !== null) {
        v.reject([...value.path, 'version'], indicatorRuleViolation('VALUE_GONE'));
      }
    }
    v.throwIfAny();
    const written: string[] = [];
    for (const value of values) {
      const current = existing.get(indicatorKeyOf({ ...value, regionId: value.region.id }));
      const fields = { value: value.value, qualifier: value.qualifier, statedAs: value.statedAs };
      if (current) {
        const unchanged =
          current.value === fields.value &&
          current.qualifier === fields.qualifier &&
          // jsonb keeps its own key order (en, kk, ru): compared as values, not as text.
          isDeepStrictEqual(current.statedAs, fields.statedAs);
        written.push(current.id);
        if (unchanged && input.sourceIds == null) continue;
        const before = await indicatorSnapshot(tx, current);
        await updateIndicatorValueRow(tx, current.id, fields);
        await citeSources(tx, scope, 'IndicatorValue', current.id, sources);
        await recordWrite(tx, scope, {
          action: 'UPDATE',
          recordType: 'IndicatorValue',
          recordId: current.id,
          before,
          after: await indicatorSnapshot(tx, current.id),
        });
      } else {
        const id = await insertIndicatorValue(tx, {
          ...fields,
          pilotRegionId: pilot.id,
          regionId: value.region.id,
          indicator: value.indicator,
          kind: value.kind,
          periodStart: value.periodStart,
          periodEnd: value.periodEnd,
        });
        written.push(id);
        await citeSources(tx, scope, 'IndicatorValue', id, sources);
        await recordWrite(tx, scope, {
          action: 'CREATE',
          recordType: 'IndicatorValue',
          recordId: id,
          before: null,
          after: await indicatorSnapshot(tx, id),
        });
      }
    }
    return { pilotId: pilot.id, written };
  });
  if (!outcome.ok) return { pilotRegion: null, indicatorValues: null, userErrors: outcome.userErrors };
  const [pilotRegion, values] = await Promise.all([
    ctx.loaders.pilotRegionById.load(outcome.value.pilotId),
    ctx.loaders.indicatorValueById.loadMany(outcome.value.written),
  ]);
  return {
    pilotRegion,
    indicatorValues: values.filter((row): row is IndicatorValueRow => row !== null && !(row instanceof Error)),
    userErrors: [],
  };
}

export async function deleteIndicatorValue(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedIndicatorValueId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteIndicatorValue', INDICATOR_VALUES, input, {
    authorize: async (principal, value, tx) =>
      assertOwnedBy(principal, [(await pilotOwnership(tx, value.pilotRegionId))?.leadOrganizationId], INDICATOR_EDITOR_SCOPE),
    snapshot: indicatorSnapshot,
  });
  return { deletedIndicatorValueId: id, userErrors };
}
