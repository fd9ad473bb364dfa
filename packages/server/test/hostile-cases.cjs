// The hostile-input corpus: requests an attacker (or a broken client) sends, each with the refusal
// it must get. Shared by test/hostile-input.int.test.ts (which checks every refusal) and by
// bench/hostile.mjs (which times them). CommonJS so that both jest and plain node load it as is.
'use strict';

const json = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const nest = (depth, leaf) => (depth === 0 ? leaf : `children { ${nest(depth - 1, leaf)} }`);
const cycle = (depth) => (depth === 0 ? 'name' : `name children { parent { ${cycle(depth - 1)} } }`);

/** @type {Array<{ name: string, request: { method: string, path?: string, headers: Record<string,string>, body?: string }, status: number, code: string, argument?: string }>} */
const HOSTILE_CASES = [
  {
    name: 'a cycle through parent and children lists',
    request: json({ query: `{ regions(first: 100) { nodes { ${cycle(4)} } } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a document nested deeper than the depth limit',
    request: json({ query: `{ region(slug: "kazakhstan") { ${nest(14, 'name')} } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a chain of 40 fragments, each spreading the next twice',
    request: json({
      query: `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F40 on Query { events(first: 1) { totalCount } }`,
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'thirty aliased copies of the whole schema (introspection)',
    request: json({
      query: `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name fields { name args { name } } } }`).join(' ')} }`,
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'an alias bomb (2,000 aliases)',
    request: json({ query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: event(slug: "x") { id }`).join(' ')} }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'aliases over the alias limit within the token limit',
    request: json({ query: `{ event(slug: "x") { ${Array.from({ length: 100 }, (_, i) => `a${i}: id`).join(' ')} } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a field bomb (the same field 20,000 times)',
    request: json({ query: `{ event(slug: "x") { ${'title '.repeat(20000)} } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a directive bomb',
    request: json({ query: `{ event(slug: "x") { ${Array.from({ length: 200 }, (_, i) => `f${i}: id @skip(if: false)`).join(' ')} } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'an introspection query nesting member lists (types { fields { type { fields … } } })',
    request: json({ query: `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a variable list of 5,000 IDs',
    request: json({
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: 5000 }, (_, i) => `id-${i}`) },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    argument: 'ids',
  },
  {
    name: 'an enum list of 20,000 items',
    request: json({
      query: 'query($types: [SearchType!]) { search(query: "kazakhstan", types: $types) { totalCount } }',
      variables: { types: Array.from({ length: 20000 }, () => 'EVENT') },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    argument: 'types',
  },
  {
    name: 'a search text of 100,000 characters',
    request: json({ query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: 'насилие '.repeat(12500) } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    argument: 'query',
  },
  {
    name: 'a search text of 1,000 characters',
    request: json({ query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: 'a'.repeat(1000) } }),
    status: 200,
    code: 'BAD_USER_INPUT',
    argument: 'query',
  },
  {
    name: 'a body over the size limit',
    request: json({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_000_000) } }),
    status: 413,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a batched array of operations',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a body that is not JSON',
    request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a body declared gzip that is not',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted query whose hash is not the query’s',
    request: json({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted query of an unknown protocol version',
    request: json({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'b'.repeat(64) } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a subscription (the API has none)',
    request: json({ query: 'subscription { __typename }' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a text/plain body (a cross-site form post)',
    request: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a mutation sent with GET',
    request: {
      method: 'GET',
      path: `?query=${encodeURIComponent('mutation { deleteSource(input: { id: "x", version: 1 }) { userErrors { code } } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    },
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unknown operation name',
    request: json({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an unknown persisted query',
    request: json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
  },
  {
    name: 'a tampered cursor',
    request: json({ query: '{ events(first: 2, after: "eyJrIjoxfQ") { nodes { id } } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    argument: 'after',
  },
  {
    name: 'an impossible date',
    request: json({ query: '{ events(filter: { dateRange: { from: "0000-01-01" } }) { totalCount } }' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    argument: 'filter.dateRange.from',
  },
  {
    name: 'a malformed global ID',
    request: json({ query: '{ node(id: "not an id") { id } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    argument: 'id',
  },
];

module.exports = { HOSTILE_CASES };
