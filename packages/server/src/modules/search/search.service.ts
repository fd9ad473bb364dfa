import type { Context } from '../../context';
import { SEARCH_DEFINITIONS } from '../../modules';
import { pageRequest } from '../../sql/pagination';
import { BadUserInputError } from '../../errors';
import { countHits, searchHits } from './search.store';
import type { SearchType } from './search.type';

/** The searchable tables, by `SearchType` value, from the registry. */
const TABLES = new Map(SEARCH_DEFINITIONS.map((d) => [d.searchType, d]));

// Search cursors are positions in the ranking: ranks change as records change, so a keyset over
// them would not be stable either, and a position is what a client expects of "next page of hits".
export function encodeOffset(offset: number): string {
  return Buffer.from(`search:${offset}`, 'utf8').toString('base64url');
}

/** The position in the ranking a cursor stands for. */
function decodeOffset(cursor: string, argument: 'after' | 'before'): number {
  const match = /^search:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(`"${cursor}" is not a search cursor`, argument);
  return Number(match[1]);
}

/** Longer texts are not words to find; they only make the text-search parser work. */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/** The arguments of `search`. */
export interface SearchArgs {
  query: string;
  types?: SearchType[] | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Which hits a page holds, by position in the ranking. Forward (`first`, `after`): `size` hits from
 * `start`, one more fetched to know whether others follow. Backward (`last`, `before`): the `size`
 * hits before the cursor's; with no cursor, the last `size` of them all (`start` is then counted
 * from the end: null until the hits are counted).
 */
export interface SearchWindow {
  backward: boolean;
  size: number;
  /** The first position of the page; null for the last page of a backward search without a cursor. */
  start: number | null;
  /** Backward with a cursor: the cursor's position (the page ends before it). */
  end: number | null;
}

/** What a search asks for, checked as the API reports bad input: the text, the page and the tables. */
export function searchRequest(args: SearchArgs) {
  const query = args.query.trim();
  if (query.length === 0) throw new BadUserInputError('query must not be empty', 'query');
  if (query.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new BadUserInputError(`query is ${query.length} characters long; the limit is ${MAX_SEARCH_TEXT_LENGTH}`, 'query');
  }
  const page = pageRequest(args);
  let window: SearchWindow;
  if (page.backward) {
    const end = page.cursor !== null ? decodeOffset(page.cursor, 'before') : null;
    window =
      end === null
        ? { backward: true, size: page.size, start: null, end }
        : { backward: true, size: Math.min(page.size, end), start: Math.max(0, end - page.size), end };
  } else {
    window = { backward: false, size: page.size, start: page.cursor !== null ? decodeOffset(page.cursor, 'after') + 1 : 0, end: null };
  }
  // Each type is one branch of a UNION ALL: a type named twice would count its hits twice.
  const types = args.types?.length ? [...new Set(args.types)] : [...TABLES.keys()];
  const tables = types.map((type) => TABLES.get(type) as (typeof SEARCH_DEFINITIONS)[number]);
  return { query, window, tables };
}

export async function search(ctx: Context, args: SearchArgs) {
  const { query, window, tables } = searchRequest(args);
  let count: Promise<number> | undefined;
  const totalCount = () => (count ??= countHits(ctx.db, tables, query));
  const start = window.start ?? Math.max(0, (await totalCount()) - window.size);
  // Forward, one hit more than the page tells whether others follow; backward, the page is exact.
  const fetched = window.backward ? window.size : window.size + 1;
  const hits = window.size === 0 ? [] : await searchHits(ctx.db, tables, query, fetched, start);
  const kept = hits.slice(0, window.size);
  const nodes = await Promise.all(kept.map((hit) => ctx.loadNode(hit.type, hit.id)));
  const edges = kept
    .map((hit, index) => ({ cursor: encodeOffset(start + index), rank: hit.rank, node: nodes[index] }))
    .filter((edge) => edge.node !== null);
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: window.backward ? window.end !== null : hits.length > window.size,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}
