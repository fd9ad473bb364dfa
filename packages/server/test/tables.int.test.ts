import type { Feature } from '../src/feature';
import { FEATURES } from '../src/modules';
import type { Column, Columns, Table } from '../src/sql/table';
import { startTestServer, type TestServer } from './harness';

// Each feature's store declares its tables once (sql/table.ts): the row shapes of every read and
// the columns of every write. The migrations alone change the database; this test holds the two
// together, so a migration that renames, retypes or adds a column fails here until the store says so.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

interface DatabaseColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
  is_generated: 'ALWAYS' | 'NEVER';
}

/**
 * Columns the API never reads or writes, only searches by: full-text vectors generated from the
 * texts, and organizations' points on the earth generated from their coordinates (sql/geo.ts).
 */
const INTERNAL_COLUMNS = new Set(['search_vector', 'geo']);

const tables = (FEATURES as readonly Feature<object, object>[]).flatMap((feature) =>
  feature.tables.map((table) => ({ feature: feature.name, table: table as Table<Columns> })),
);

describe('table declarations', () => {
  it('cover every table of the migrated schema that features own, each once', () => {
    const names = tables.map(({ table }) => table.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(19);
  });

  it.each(tables.map(({ feature, table }) => [`${feature}: ${table.name}`, table] as const))(
    '%s matches the database',
    async (_name, table) => {
      const rows = await server.sql<DatabaseColumn>(
        `SELECT table_name, column_name, data_type, is_nullable, is_generated FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1`,
        [table.name],
      );
      expect(rows.length).toBeGreaterThan(0);
      const inDatabase = new Map(rows.map((row) => [row.column_name, row]));
      const declared = Object.entries(table.columns as Record<string, Column<unknown>>).filter(([, c]) => c.name !== null);
      for (const [key, column] of declared) {
        const actual = inDatabase.get(column.name as string);
        expect({ key, column: column.name, exists: actual !== undefined }).toEqual({ key, column: column.name, exists: true });
        expect({ key, dataType: actual?.data_type, nullable: actual?.is_nullable === 'YES' }).toEqual({
          key,
          dataType: column.dataType,
          nullable: column.nullable,
        });
      }
      const declaredNames = new Set(declared.map(([, c]) => c.name));
      const undeclared = rows.filter((row) => !declaredNames.has(row.column_name) && !INTERNAL_COLUMNS.has(row.column_name));
      expect(undeclared.map((row) => row.column_name)).toEqual([]);
    },
  );
});
