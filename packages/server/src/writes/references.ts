import { UserErrorCode } from '@qorgau/schema';
import { looksLikeGlobalId, parseGlobalId } from '../graphql/global-id';
import type { Queryable } from '../sql/db';
import { existingRows, type Columns, type Table } from '../sql/table';
import type { FieldPath, Validator } from './validation';

/** A record an input names, resolved to its database id by `References.resolve`. */
export interface Ref {
  readonly id: string;
}

interface Wanted {
  path: FieldPath;
  table: Table<Columns>;
  value: string;
  ref: { id: string };
}

/**
 * The records a mutation's input names, each by global ID or slug: collected first, then looked up
 * with one statement per table inside the write's transaction. Unknown records, malformed IDs and
 * IDs of another type become user errors at their field's path.
 */
export class References {
  private readonly wanted: Wanted[] = [];

  constructor(
    private readonly tx: Queryable,
    private readonly validator: Validator,
  ) {}

  /** A record of `table`'s type that `value` (a global ID or a slug) must name. */
  need(path: FieldPath, table: Table<Columns>, value: string): Ref {
    const ref = { id: '' };
    this.wanted.push({ path, table, value: value.trim(), ref });
    return ref;
  }

  /** Like `need`, passing null (clear the reference) and undefined (leave it) through. */
  optional(path: FieldPath, table: Table<Columns>, value: string | null | undefined): Ref | null | undefined {
    return value === null || value === undefined ? value : this.need(path, table, value);
  }

  async resolve(): Promise<void> {
    const byTable = new Map<Table<Columns>, Wanted[]>();
    for (const wanted of this.wanted) {
      if (wanted.ref.id !== '') continue;
      const list = byTable.get(wanted.table) ?? [];
      list.push(wanted);
      byTable.set(wanted.table, list);
    }
    for (const [table, wanted] of byTable) {
      const ids = new Set<string>();
      const slugs = new Set<string>();
      for (const item of wanted) {
        const id = this.idOf(item);
        if (id) ids.add(id);
        else if (id === null) slugs.add(item.value);
      }
      const rows = await existingRows(this.tx, table, [...ids], [...slugs]);
      const byId = new Set(rows.map((row) => row.id));
      const bySlug = new Map(rows.filter((row) => row.slug !== null).map((row) => [row.slug as string, row.id]));
      for (const item of wanted) {
        const id = this.idOf(item, false);
        if (id === undefined) continue;
        const found = id !== null ? (byId.has(id) ? id : undefined) : bySlug.get(item.value);
        if (found) item.ref.id = found;
        else
          this.validator.add(
            item.path,
            UserErrorCode.NOT_FOUND,
            `No ${table.typename ?? table.name} has the ${id !== null ? 'ID' : 'slug'} "${item.value}"`,
          );
      }
    }
  }

  /**
   * The database id inside a global ID; null for a slug; undefined (with a user error, once) for a
   * malformed ID or one of another type.
   */
  private idOf(item: Wanted, report = true): string | null | undefined {
    if (item.value === '') {
      if (report) this.validator.add(item.path, UserErrorCode.REQUIRED, 'must name a record by its ID or slug');
      return undefined;
    }
    if (item.value.includes('\u0000')) {
      if (report) this.validator.add(item.path, UserErrorCode.INVALID, 'must not contain NUL characters');
      return undefined;
    }
    if (!looksLikeGlobalId(item.value)) return null;
    const decoded = parseGlobalId(item.value);
    const expected = item.table.typename;
    if (!decoded) {
      if (report) this.validator.add(item.path, UserErrorCode.INVALID, `"${item.value}" is neither a Qorgau ID nor a slug`);
      return undefined;
    }
    if (decoded.type !== expected) {
      if (report)
        this.validator.add(item.path, UserErrorCode.INVALID, `"${item.value}" is the ID of a ${decoded.type}, not of a ${expected}`);
      return undefined;
    }
    return decoded.id;
  }
}
