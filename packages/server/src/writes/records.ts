import { UserErrorCode } from '@qorgau/schema';
import type { Queryable } from '../sql/db';
import { selectForUpdate, type Columns, type LocalizedText, type RowOf, type Table } from '../sql/table';
import { UserInputError, type FieldPath, type Validator } from './validation';

// Cyrillic letters of Russian and Kazakh in Latin (the official Kazakh Latin alphabet of 2021 where it differs).
const TRANSLITERATION: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** A slug from a text: `Regional Crisis Centre "Umit"` → `regional-crisis-centre-umit`. */
export function slugify(text: string, maxLength = 80): string {
  const latin = [...text.toLowerCase().normalize('NFKC')].map((c) => TRANSLITERATION[c] ?? c).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}

/**
 * The slug a new record gets: the one given, which must be free (TAKEN otherwise), or one made
 * from its name (English first), with `-2`, `-3`… when that is taken.
 */
export async function newSlug(
  tx: Queryable,
  v: Validator,
  table: Table<Columns>,
  path: FieldPath,
  given: string | null | undefined,
  name: LocalizedText | null | undefined,
): Promise<string> {
  if (given) {
    if (await slugTaken(tx, table, given))
      v.add(path, UserErrorCode.TAKEN, `"${given}" is the slug of another ${table.typename ?? 'record'}`);
    return given;
  }
  const base = slugify(name?.en ?? name?.ru ?? name?.kk ?? '') || (table.typename ?? 'record').toLowerCase();
  // Two writes making a slug from one title would both find the same one free; the lock (held to
  // commit) makes the second wait and then see the first's slug.
  await tx.query(`/* lockSlug */ SELECT pg_advisory_xact_lock(hashtext($1))`, [`qorgau.slug:${table.name}:${base}`]);
  const rows = await tx.query<{ slug: string }>(`/* takenSlugs */ SELECT slug FROM ${table.name} WHERE slug = $1 OR slug LIKE $2`, [
    base,
    `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`,
  ]);
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new slug for a record must not be another record's: TAKEN otherwise. */
export async function assertSlugFree(
  tx: Queryable,
  v: Validator,
  table: Table<Columns>,
  slug: string | null | undefined,
  recordId: string,
): Promise<void> {
  if (slug && (await slugTaken(tx, table, slug, recordId)))
    v.add(['input', 'slug'], UserErrorCode.TAKEN, `"${slug}" is the slug of another ${table.typename}`);
}

/** Whether another record of `table` has `slug` (a record keeps its own). */
export async function slugTaken(tx: Queryable, table: Table<Columns>, slug: string, exceptId?: string): Promise<boolean> {
  const rows = await tx.query(`/* slugTaken */ SELECT 1 FROM ${table.name} WHERE slug = $1 AND id <> $2::bigint`, [slug, exceptId ?? '0']);
  return rows.length > 0;
}

/**
 * The record an update or delete names, locked until the transaction ends so that the version
 * check and the write see the same row. A missing record ends the write with NOT_FOUND.
 */
export async function lockRecord<C extends Columns>(
  tx: Queryable,
  table: Table<C>,
  id: string,
  path: FieldPath,
  lock: 'update' | 'delete' = 'update',
): Promise<RowOf<Table<C>>> {
  const row = await selectForUpdate(tx, `lock${table.typename ?? table.name}`, table, id, lock);
  if (!row)
    throw new UserInputError([
      { field: path.map(String), message: `No ${table.typename ?? 'record'} has this ID`, code: UserErrorCode.NOT_FOUND },
    ]);
  return row;
}

/**
 * Ends the write with CONFLICT when the client's version is not the record's: someone changed it
 * since the client read it. The payload then shows the record as it stands.
 */
export function checkVersion(recordId: string, current: number, given: number, path: FieldPath): void {
  if (current !== given) {
    throw new UserInputError(
      [
        {
          field: path.map(String),
          message:
            given < current
              ? `The record changed since version ${given}: it is at version ${current}. Read it again and retry with that version.`
              : `The record is at version ${current}, not ${given}: send the version you last read.`,
          code: UserErrorCode.CONFLICT,
          currentVersion: current,
        },
      ],
      recordId,
    );
  }
}

/**
 * Refuses to delete a record that others still refer to (events of a region, recommendations of an
 * event): each check counts the references of one kind; the error names them.
 */
export async function assertUnreferenced(
  tx: Queryable,
  id: string,
  path: FieldPath,
  checks: ReadonlyArray<{ sql: string; what: string }>,
): Promise<void> {
  if (checks.length === 0) return;
  // One statement for every kind of reference, each counted in its own subquery.
  const [counts] = await tx.query<Record<string, number>>(
    `/* countReferences */ SELECT ${checks.map((check, index) => `(SELECT count(*)::int FROM (${check.sql}) refs) AS c${index}`).join(', ')}`,
    [id],
  );
  const problems = checks.flatMap((check, index) => (counts?.[`c${index}`] ? [`${counts[`c${index}`]} ${check.what}`] : []));
  if (problems.length > 0) {
    throw new UserInputError([
      {
        field: path.map(String),
        message: `is still referred to by ${problems.join(', ')}; change or delete those first`,
        code: UserErrorCode.INVALID,
      },
    ]);
  }
}
