import type { FieldCompiler, FieldSelection, TypeModel } from '../../compiler/model';
import { base64url } from '../../compiler/model';
import { NotCompilable } from '../../compiler/compile';
import { searchRequest, type SearchArgs } from './search.service';
import { HIT_RANKING, hitsSql } from './search.store';

/** `search`: the ranked hits of one page, each hit's record selected by its type, in one expression. */
const search: FieldCompiler = (scope) => {
  const { query, window, tables } = searchRequest(scope.args as unknown as SearchArgs);
  const q = scope.param(query);
  const hits = hitsSql(tables, q);
  const hit = scope.alias();
  const first = window.size;
  const page = `${hit}._n <= ${first}`;
  // The first position of the page. Bound, not written: every page of a search is the same
  // statement. The last page of a backward search without a cursor counts from the end.
  const skipped =
    window.start !== null ? `${scope.param(window.start)}::int` : `GREATEST(0, (SELECT count(*)::int FROM ${hits} counted) - ${first})`;
  // Forward, one hit more than the page tells whether others follow; backward, the page is exact.
  const fetched = window.backward ? first : first + 1;
  const cursor = base64url(`'search:' || (${skipped} + ${hit}._n - 1)`);
  /** The hit's record: one branch per searchable type. */
  const record = (selection: FieldSelection) => {
    const item = scope.alias();
    const branches = tables.map(
      ({ typeName }) =>
        `WHEN '${typeName}' THEN (SELECT ${selection.objectAs(typeName, item)} FROM ${scope.tableOf(typeName)} ${item} WHERE ${item}.id = ${hit}.id)`,
    );
    return `CASE ${hit}.type ${branches.join(' ')} END`;
  };
  // Fields that read the hits aggregate over them; the page is read only when one does.
  let readsHits = false;
  const overHits = (sql: string, empty: string) => {
    if (first === 0) return empty;
    readsHits = true;
    return sql;
  };
  const inPage = (json: string) =>
    overHits(`coalesce(json_agg(${json} ORDER BY ${hit}._n) FILTER (WHERE ${page}), '[]'::json)`, `'[]'::json`);
  const endCursor = (last: boolean) =>
    overHits(`(array_agg(${cursor} ORDER BY ${hit}._n ${last ? 'DESC' : 'ASC'}) FILTER (WHERE ${page}))[1]`, 'NULL::text');

  const pairs: Array<[string, string]> = scope.selection.fields().map(({ key, name, selection }) => {
    switch (name) {
      case '__typename':
        return [key, `'SearchConnection'::text`];
      case 'totalCount':
        return [key, `(SELECT count(*)::int FROM ${hits} counted)`];
      case 'nodes':
        return [key, inPage(record(selection))];
      case 'edges':
        return [
          key,
          inPage(
            selection.jsonObject(
              selection.fields().map(({ key: edgeKey, name: edgeField, selection: edgeSelection }) => {
                if (edgeField === '__typename') return [edgeKey, `'SearchEdge'::text`];
                if (edgeField === 'cursor') return [edgeKey, cursor];
                if (edgeField === 'rank') return [edgeKey, `${hit}.rank`];
                if (edgeField === 'node') return [edgeKey, record(edgeSelection)];
                throw new NotCompilable(`SearchEdge.${edgeField}`);
              }),
            ),
          ),
        ];
      case 'pageInfo':
        return [
          key,
          selection.jsonObject(
            selection.fields().map(({ key: infoKey, name: infoField }) => {
              if (infoField === '__typename') return [infoKey, `'PageInfo'::text`];
              if (infoField === 'hasNextPage') {
                return [infoKey, window.backward ? String(window.end !== null) : overHits(`count(*) > ${first}`, 'false')];
              }
              if (infoField === 'hasPreviousPage') return [infoKey, `${skipped} > 0`];
              if (infoField === 'startCursor') return [infoKey, endCursor(false)];
              if (infoField === 'endCursor') return [infoKey, endCursor(true)];
              throw new NotCompilable(`PageInfo.${infoField}`);
            }),
          ),
        ];
      default:
        throw new NotCompilable(`SearchConnection.${name}`);
    }
  });
  const json = scope.selection.jsonObject(pairs);
  if (!readsHits) return json;
  const ranking = `ORDER BY ${HIT_RANKING('found')}`;
  return `(SELECT ${json} FROM (
    SELECT found.*, row_number() OVER (${ranking}) AS _n
    FROM (SELECT found.* FROM ${hits} found ${ranking} LIMIT ${fetched} OFFSET ${skipped}) found) ${hit})`;
};

export const SEARCH_MODELS: TypeModel[] = [{ typename: 'Query', fields: { search } }];
