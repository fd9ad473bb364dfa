import type { Queryable } from './db';

/** How a list of sub-records of one parent is stored: the table, the parent's column, the columns written. */
export interface SubRecordList {
  readonly table: string;
  readonly parentColumn: string;
  /** The columns an item writes (besides its id, parent and position), each with its array type for unnest. */
  readonly columns: ReadonlyArray<readonly [column: string, arrayType: string]>;
}

/** One item of a list as written: the id of the sub-record it keeps (null for a new one), and its values in `columns` order. */
export interface SubRecordItem {
  readonly id: string | null;
  readonly values: readonly unknown[];
}

/**
 * Replaces a parent's list with `items`, in their order, so that sub-records keep their IDs: an item
 * naming an existing sub-record of this parent updates it in place, an item without one adds a
 * sub-record, and the sub-records the list no longer names are deleted. Two statements whatever the
 * length. The caller has checked that every id belongs to this parent (`subRecordIdsOf`).
 */
export async function replaceSubRecords(
  tx: Queryable,
  statement: string,
  list: SubRecordList,
  parentId: string,
  items: readonly SubRecordItem[],
): Promise<void> {
  const kept = items.flatMap((item) => (item.id === null ? [] : [item.id]));
  await tx.query(`/* delete${statement} */ DELETE FROM ${list.table} WHERE ${list.parentColumn} = $1::bigint AND id <> ALL($2::bigint[])`, [
    parentId,
    kept,
  ]);
  if (items.length === 0) return;
  const names = list.columns.map(([column]) => column);
  const arrays = list.columns.map(([, type], index) => `$${index + 3}::${type}`);
  await tx.query(
    `/* upsert${statement} */ INSERT INTO ${list.table} (id, ${list.parentColumn}, ${names.join(', ')}, position)
     SELECT coalesce(x.id, nextval(pg_get_serial_sequence('${list.table}', 'id'))), $1::bigint, ${names.map((n) => `x.${n}`).join(', ')}, x.ordinality - 1
     FROM unnest($2::bigint[], ${arrays.join(', ')}) WITH ORDINALITY AS x(id, ${names.join(', ')}, ordinality)
     ON CONFLICT (id) DO UPDATE SET ${[...names, 'position'].map((n) => `${n} = EXCLUDED.${n}`).join(', ')}
     WHERE ${list.table}.${list.parentColumn} = EXCLUDED.${list.parentColumn}`,
    [parentId, items.map((item) => item.id), ...list.columns.map((_, index) => items.map((item) => item.values[index]))],
  );
}

/** The ids of a parent's sub-records, to check the ids an update names. */
export async function subRecordIdsOf(tx: Queryable, list: SubRecordList, parentId: string): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    `/* subRecordIdsOf */ SELECT id::text AS id FROM ${list.table} WHERE ${list.parentColumn} = $1::bigint`,
    [parentId],
  );
  return new Set(rows.map((row) => row.id));
}
