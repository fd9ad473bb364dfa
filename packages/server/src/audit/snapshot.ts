import { toGlobalId } from '../graphql/global-id';
import type { Column, Columns, Table } from '../sql/table';

/** A record as the audit log and the change feed describe it: its API field names and global IDs. */
export type Snapshot = Record<string, unknown>;

const NOT_SNAPSHOTTED = new Set(['__typename']);

/**
 * A row of `table` in API terms: references become global IDs under the field name the API uses
 * (`regionId` → `region`), the record's own id becomes its global ID, `omit` drops keys that the
 * parent already says (a child's `eventId`, its `position`).
 */
export function snapshotOf<C extends Columns>(table: Table<C>, row: Record<string, unknown>, omit: readonly string[] = []): Snapshot {
  const columns = table.columns as Record<string, Column<unknown>>;
  const typename = table.typename;
  const snapshot: Snapshot = {};
  for (const [key, value] of Object.entries(row)) {
    if (NOT_SNAPSHOTTED.has(key) || omit.includes(key)) continue;
    const column = columns[key];
    if (column?.references && key.endsWith('Id')) {
      snapshot[key.slice(0, -2)] = value === null || value === undefined ? null : toGlobalId(column.references, String(value));
    } else if (key === 'id' && typename) {
      snapshot.id = toGlobalId(typename, String(value));
    } else {
      snapshot[key] = value;
    }
  }
  return snapshot;
}

/** Fields that change with every write and say nothing about what the write changed. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** The top-level fields whose values differ between two snapshots (all set fields of a creation). */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  if (!after) return [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !BOOKKEEPING.has(key))
    .filter((key) => {
      if (!before)
        return after[key] !== null && after[key] !== undefined && !(Array.isArray(after[key]) && (after[key] as unknown[]).length === 0);
      return JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null);
    })
    .sort();
}
