import { RECORD_CHANGES, type ChangeRow } from '../../audit/audit.store';
import type { Db } from '../../sql/db';
import { SqlParams, recordIdsSql, type RecordKey } from '../../sql/fragments';
import { paginate, type ListSpec, type Page, type PageArgs } from '../../sql/pagination';

/** SQL over the change row aliased `row`: the changed record's GraphQL type and database id. */
export const CHANGED_RECORD = {
  type: (row: string) => `${row}.record_type`,
  id: (row: string) => `${row}.record_id`,
};

export interface ChangesFilterValues {
  recordTypes?: readonly string[] | null;
  record?: { type: string; id: string } | null;
  /** Any of these records (none given: no condition). */
  records?: ReadonlyArray<{ type: string; id: string }>;
  organizationId?: string | null;
  /** Any of these organizations, by id or slug (none given: no condition). */
  organizations?: readonly RecordKey[];
  since?: string | null;
}

/** The conditions of a filter of writes, shared by the change feed and the audit log (`t` is the table). */
export function writeFilterConditions(filter: ChangesFilterValues, params: SqlParams, timeColumn: string): string[] {
  const where: string[] = [];
  if (filter.recordTypes?.length) where.push(`t.record_type = ANY(${params.add(filter.recordTypes)}::text[])`);
  if (filter.record)
    where.push(`t.record_type = ${params.add(filter.record.type)} AND t.record_id = ${params.add(filter.record.id)}::bigint`);
  if (filter.records?.length) {
    const types = params.add(filter.records.map((r) => r.type));
    const ids = params.add(filter.records.map((r) => r.id));
    where.push(`(t.record_type, t.record_id) IN (SELECT * FROM unnest(${types}::text[], ${ids}::bigint[]))`);
  }
  if (filter.organizationId) where.push(`t.organization_id = ${params.add(filter.organizationId)}::bigint`);
  if (filter.organizations?.length) where.push(`t.organization_id IN ${recordIdsSql('organizations', filter.organizations, params)}`);
  if (filter.since) where.push(`${timeColumn} >= ${params.add(filter.since)}::timestamptz`);
  return where;
}

/**
 * The public change feed, in the order the writes committed. Rows are ordered by their writing
 * transaction's id and shown only once every older transaction has ended (its id is below the
 * oldest one still running): a change committed late cannot appear behind a cursor a client has
 * already passed, so following `after` never misses a change.
 */
export function changeListSpec(filter: ChangesFilterValues): ListSpec {
  const params = new SqlParams();
  const where = [
    't.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint',
    ...writeFilterConditions(filter, params, 't.changed_at'),
  ];
  return {
    select: RECORD_CHANGES.select('t'),
    from: 'record_changes t',
    where,
    params,
    orderKey: 't.txid',
    orderKeyType: 'bigint',
    direction: 'ASC',
  };
}

export function changesPage(db: Db, filter: ChangesFilterValues, args: PageArgs): Promise<Page<ChangeRow>> {
  return paginate<ChangeRow>(db, changeListSpec(filter), args);
}
