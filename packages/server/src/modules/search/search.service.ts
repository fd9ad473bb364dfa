import type { Context } from '../../context';
import { SEARCH_DEFINITIONS } from '../../modules';
import { checkPageSize, DEFAULT_PAGE_SIZE } from '../../sql/pagination';
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

function decodeOffset(cursor: string): number {
  const match = /^search:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(`"${cursor}" is not a search cursor`, 'after');
  return Number(match[1]) + 1;
}

/** Longer texts are not words to find; they only make the text-search parser work. */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/** What a search asks for, checked as the API reports bad input: the text, the page and the tables. */
export function searchRequest(args: { query: string; types?: SearchType[] | null; first?: number | null; after?: string | null }) {
  const query = args.query.trim();
  if (query.length === 0) throw new BadUserInputError('query must not be empty', 'query');
  if (query.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new BadUserInputError(`query is ${query.length} characters long; the limit is ${MAX_SEARCH_TEXT_LENGTH}`, 'query');
  }
  checkPageSize(args.first, 'first');
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const offset = args.after ? decodeOffset(args.after) : 0;
  // Each type is one branch of a UNION ALL: a type named twice would count its hits twice.
  const types = args.types?.length ? [...new Set(args.types)] : [...TABLES.keys()];
  const tables = types.map((type) => TABLES.get(type) as (typeof SEARCH_DEFINITIONS)[number]);
  return { query, first, offset, tables };
}

export async function search(
  ctx: Context,
  args: { query: string; types?: SearchType[] | null; first?: number | null; after?: string | null },
) {
  const { query, first, offset, tables } = searchRequest(args);
  const hits = first === 0 ? [] : await searchHits(ctx.db, tables, query, first + 1, offset);
  const kept = hits.slice(0, first);
  const nodes = await Promise.all(kept.map((hit) => ctx.loadNode(hit.type, hit.id)));
  const edges = kept
    .map((hit, index) => ({ cursor: encodeOffset(offset + index), rank: hit.rank, node: nodes[index] }))
    .filter((edge) => edge.node !== null);
  let count: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: hits.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      count ??= countHits(ctx.db, tables, query);
      return count;
    },
  };
}
