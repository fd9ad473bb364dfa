import { UserErrorCode } from '@qorgau/schema';
import { lockName, type Queryable } from '../sql/db';
import { countRows, isSlugTaken, selectForUpdate, slugsLike, type Columns, type LocalizedText, type RowOf, type Table } from '../sql/table';
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
    if (await isSlugTaken(tx, table, given))
      v.add(path, UserErrorCode.TAKEN, `"${given}" is the slug of another ${table.typename ?? 'record'}`);
    return given;
  }
  const base = slugify(name?.en ?? name?.ru ?? name?.kk ?? '') || (table.typename ?? 'record').toLowerCase();
  // Two writes making a slug from one title would both find the same one free; the lock (held to
  // commit) makes the second wait and then see the first's slug.
  await lockName(tx, `qorgau.slug:${table.name}:${base}`);
  const taken = await slugsLike(tx, table, base);
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
  if (slug && (await isSlugTaken(tx, table, slug, recordId)))
    v.add(['input', 'slug'], UserErrorCode.TAKEN, `"${slug}" is the slug of another ${table.typename}`);
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
  const counts = await countRows(
    tx,
    id,
    checks.map((check) => check.sql),
  );
  const problems = checks.flatMap((check, index) => (counts[index] ? [`${counts[index]} ${check.what}`] : []));
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
