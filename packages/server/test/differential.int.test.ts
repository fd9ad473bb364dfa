import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql';
import { NotCompilable, compileOperation } from '../src/compiler/compile';
import { readModels } from '../src/read-models';
import { buildQorgauSchema } from '../src/schema';
import { createBenchDatabase, createSeededDatabase, type BenchQuery } from './databases';
import { startTestServer, type TestServer } from './harness';
import { generateOperation, type GeneratorPools } from './operation-generator';

// The compiled read path (src/compiler) against the resolvers: two servers over the same database,
// one with COMPILED_READS=false, asked the same operations in the same languages. Their answers
// (data, errors, extensions) must be the same JSON, key order included; an answer without errors
// must have cost the compiled server one SQL statement. Run over the seeded registry and over the
// bench's data set (at 1%), with the IDE's examples, the SDK's operations, the bench queries and
// generated operations.

const EXAMPLES = path.resolve(__dirname, '../examples.graphql');
const SDK_OPERATIONS = path.resolve(__dirname, '../../sdk/src/operations');
const LANGUAGES = [undefined, 'ru', 'kk-KZ,ru;q=0.8'];
const GENERATED_PER_DATA_SET = 150;

interface Request {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  acceptLanguage?: string;
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<Record<string, unknown>>; extensions?: unknown };
  statements: number;
  requestId: string;
}

/**
 * A compiled server whose log is read: the requests its compiled lane answered (a text it has
 * answered before, in another language or with other variables) are compared as well.
 */
async function startCompiledServer(databaseUrl: string): Promise<{ server: TestServer; byLane: Set<string> }> {
  const byLane = new Set<string>();
  const logger = pino(
    { level: 'info' },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { lane?: string; requestId?: string };
        if (entry.lane === 'compiled' && entry.requestId) byLane.add(entry.requestId);
      },
    },
  );
  return { server: await startTestServer({ DATABASE_URL: databaseUrl }, { logger }), byLane };
}

async function ask(server: TestServer, request: Request): Promise<Answer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(request.acceptLanguage && { 'accept-language': request.acceptLanguage }) },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as Answer['body'];
  // Each request has its own id; stack traces name the code path, which is the point of difference.
  for (const error of body.errors ?? []) {
    const extensions = error.extensions as Record<string, unknown> | undefined;
    delete extensions?.requestId;
    delete extensions?.stacktrace;
  }
  return {
    status: response.status,
    body,
    statements: Number(response.headers.get('x-sql-statements')),
    requestId: response.headers.get('x-request-id') ?? '',
  };
}

/** Where two JSON values first differ: a path and both values, shortened. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.join() !== bKeys.join()) return `${at}: keys ${JSON.stringify(aKeys)} ≠ ${JSON.stringify(bKeys)}`;
    for (const key of aKeys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

const schema = buildQorgauSchema();
const models = readModels();

/** Root fields the compiler leaves to the resolvers on purpose: what depends on the caller's key (keys and the audit log are for admins). */
const RESOLVER_ONLY = /^NotCompilable: Query\.(viewer|apiKeys|auditLog) has no model$/;

/**
 * Why the compiled server left a request to the resolvers, compiled and run here; null when that is
 * as designed: a root field of RESOLVER_ONLY, an argument the resolvers refuse (or would have, had
 * the list had a parent), or a record a filter names that does not exist (the statement's `ok`).
 */
async function unexplainedFallback(server: TestServer, request: Request): Promise<string | null> {
  const document = parse(request.query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return 'no operation';
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (errors) return errors.map((error) => error.message).join('; ');
  let statement;
  try {
    statement = compileOperation({ schema, models, operation, fragments, variables: coerced ?? {}, lang: 'EN' });
  } catch (error) {
    const reason = error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
    return error instanceof NotCompilable && !RESOLVER_ONLY.test(reason) ? reason : null;
  }
  try {
    const [row] = await server.sql<{ ok: boolean }>(statement.sql, statement.params);
    return row?.ok === false ? null : 'the compiled statement answered ok, yet the resolvers answered';
  } catch (error) {
    return `the compiled statement fails: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Both servers' answers to every request; collects each disagreement with the operation that caused
 * it. An answer with errors comes from the resolvers on both servers (the compiled path never
 * reports errors itself), and the resolvers order concurrent errors as their statements return:
 * such an answer must be one the reference server also gives, in up to five tries of each.
 */
async function compare(
  compiled: { server: TestServer; byLane: Set<string> },
  resolvers: TestServer,
  requests: readonly Request[],
  options: { askTwice?: boolean } = {},
) {
  const failures: string[] = [];
  let compiledCount = 0;
  let withoutErrors = 0;
  let byLane = 0;
  for (const request of requests) {
    let fast = await ask(compiled.server, request);
    let reference = await ask(resolvers, request);
    const differenceOf = (a: Answer, b: Answer) =>
      a.status !== b.status ? `status ${a.status} ≠ ${b.status}` : firstDifference(a.body, b.body);
    let difference = differenceOf(fast, reference);
    // Which errors a response with several carries depends on which fields fail first (graphql-js
    // stops collecting once a non-null root field's error empties `data`): both servers are asked
    // again, and some answer of one must be an answer of the other.
    const fastAnswers = [fast];
    const referenceAnswers = [reference];
    for (let retry = 0; difference && fast.body.errors && reference.body.errors && retry < 4; retry += 1) {
      fastAnswers.push(await ask(compiled.server, request));
      referenceAnswers.push(await ask(resolvers, request));
      const match = fastAnswers.flatMap((a) => referenceAnswers.map((b) => [a, b] as const)).find(([a, b]) => !differenceOf(a, b));
      if (match) [fast, reference, difference] = [match[0], match[1], null];
    }
    const context = `${request.label} (Accept-Language: ${request.acceptLanguage ?? '-'})\n${request.query}\nvariables: ${JSON.stringify(request.variables ?? {})}`;
    if (difference) failures.push(`${context}\ncompiled ≠ resolvers at ${difference}`);
    if (compiled.byLane.has(fast.requestId)) byLane += 1;
    if (options.askTwice && !difference && !fast.body.errors) {
      // The same text again: the compiled lane answers it if Apollo's pipeline answered it compiled.
      const again = await ask(compiled.server, request);
      const differenceAgain = differenceOf(again, reference);
      if (differenceAgain) failures.push(`${context}\nasked again, compiled ≠ resolvers at ${differenceAgain}`);
      if (compiled.byLane.has(again.requestId)) byLane += 1;
    }
    if (!reference.body.errors) {
      withoutErrors += 1;
      if (fast.statements === 1) compiledCount += 1;
      else {
        const unexplained = await unexplainedFallback(compiled.server, request);
        if (unexplained) failures.push(`${context}\nanswered by the resolvers (${fast.statements} SQL statements): ${unexplained}`);
      }
    }
  }
  return { failures, compiledCount, withoutErrors, byLane };
}

/** Every query operation of a set of documents, each with the fragments it uses. */
function operationsOf(files: readonly string[]): Array<{ name: string; query: string }> {
  const definitions: DefinitionNode[] = files.flatMap((file) => parse(fs.readFileSync(file, 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const used = (node: DefinitionNode, seen = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (seen.has(name)) return;
        seen.add(name);
        used(fragments.get(name) as FragmentDefinitionNode, seen);
      },
    });
    return seen;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query')
    .map((operation) => ({
      name: operation.name?.value ?? 'anonymous',
      query: [operation, ...[...used(operation)].map((name) => fragments.get(name) as FragmentDefinitionNode)]
        .map((d) => print(d))
        .join('\n'),
    }));
}

/** IDs, slugs and cursors of what a data set holds, read through the resolvers, for the generator. */
async function poolsOf(server: TestServer): Promise<GeneratorPools> {
  const lists: Record<string, string> = {
    Event: 'events',
    Organization: 'organizations',
    Official: 'officials',
    Region: 'regions',
    Recommendation: 'recommendations',
    PilotRegion: 'pilotRegions',
    Programme: 'programmes',
  };
  const pools: GeneratorPools = {
    ids: {},
    slugs: {},
    cursors: {},
    words: ['violence', 'domestic', 'prosecutor', 'conference', 'prevention', 'насилие', 'women', 'support', 'training', 'law'],
  };
  const fields = Object.entries(lists)
    .map(([type, field]) => `${type}: ${field}(first: 8) { edges { cursor node { id slug } } }`)
    .join('\n');
  const response = await server.gql<Record<string, { edges: Array<{ cursor: string; node: { id: string; slug: string } }> }>>(
    `{ ${fields} }`,
  );
  for (const [type, connection] of Object.entries(response.data ?? {})) {
    pools.ids[type] = connection.edges.map((edge) => edge.node.id);
    pools.slugs[type] = connection.edges.map((edge) => edge.node.slug);
    pools.cursors[`${type}Connection`] = connection.edges.map((edge) => edge.cursor);
  }
  return pools;
}

/** The SDK's operations with variables that find something: by slug and ID for one record, pages both ways for lists. */
function sdkRequests(pools: GeneratorPools): Request[] {
  const requests: Request[] = [];
  for (const { name, query } of operationsOf(fs.readdirSync(SDK_OPERATIONS).map((file) => path.join(SDK_OPERATIONS, file)))) {
    const type = name === 'PilotDashboard' ? 'PilotRegion' : name;
    const variableSets: Array<Record<string, unknown>> = [];
    if (pools.slugs[type]) {
      variableSets.push({ slug: pools.slugs[type]![0] }, { id: pools.ids[type]![1] ?? pools.ids[type]![0], lang: 'RU' });
    } else if (name === 'Search') {
      variableSets.push({ query: 'violence' }, { query: 'prevention', first: 2, lang: 'KK' });
    } else {
      variableSets.push({}, { first: 2, lang: 'KK' }, { last: 3 });
    }
    for (const variables of variableSets)
      for (const acceptLanguage of LANGUAGES) requests.push({ label: `SDK ${name}`, query, variables, acceptLanguage });
  }
  return requests;
}

function generatedRequests(pools: GeneratorPools, firstSeed: number): Request[] {
  return Array.from({ length: GENERATED_PER_DATA_SET }, (_, index) => {
    const seed = firstSeed + index;
    const generated = generateOperation(schema, seed, pools);
    return {
      label: `generated #${seed}`,
      query: generated.query,
      variables: generated.variables,
      acceptLanguage: generated.acceptLanguage,
    };
  });
}

function report(what: string, result: Awaited<ReturnType<typeof compare>>): void {
  process.stdout.write(
    `${what}: ${result.compiledCount} of ${result.withoutErrors} answers without errors were compiled (one statement), ${result.byLane} of them by the compiled lane\n`,
  );
  if (result.failures.length === 0) return;
  const file = path.join(os.tmpdir(), `qorgau-differential-${what.replace(/\W+/g, '-')}.txt`);
  fs.writeFileSync(file, `${result.failures.join('\n=====\n')}\n`);
  const reasons = result.failures.map((failure) => failure.split('\n').at(-1));
  throw new Error(
    `${result.failures.length} failures (all in ${file}):\n${[...new Set(reasons)].slice(0, 15).join('\n')}\n\nthe first in full:\n${result.failures[0]}`,
  );
}

describe('compiled reads answer as the resolvers do', () => {
  // The seeded registry in a database of its own: other test files write to the run's database
  // while this one runs, and the two servers must see the same data.
  describe('on the seeded registry', () => {
    let database: Awaited<ReturnType<typeof createSeededDatabase>>;
    let compiled: { server: TestServer; byLane: Set<string> };
    let resolvers: TestServer;
    let pools: GeneratorPools;
    beforeAll(async () => {
      database = await createSeededDatabase();
      compiled = await startCompiledServer(database.url);
      resolvers = await startTestServer({ DATABASE_URL: database.url, COMPILED_READS: 'false' });
      pools = await poolsOf(resolvers);
    }, 120_000);
    afterAll(async () => {
      await compiled?.server.stop();
      await resolvers?.stop();
      await database?.drop();
    });

    it("the IDE's examples, in every language", async () => {
      const requests = operationsOf([EXAMPLES]).flatMap(({ name, query }) =>
        LANGUAGES.map((acceptLanguage) => ({ label: `example ${name}`, query, acceptLanguage })),
      );
      const result = await compare(compiled, resolvers, requests);
      report('examples', result);
      // Each example compiled in its first language is answered by the lane in the other two.
      expect(result.byLane).toBe((result.compiledCount / LANGUAGES.length) * (LANGUAGES.length - 1));
    });

    it("the SDK's operations", async () => {
      report('SDK operations', await compare(compiled, resolvers, sdkRequests(pools)));
    });

    it(`${GENERATED_PER_DATA_SET} generated operations`, async () => {
      const result = await compare(compiled, resolvers, generatedRequests(pools, 1), { askTwice: true });
      report('generated (seed)', result);
      // Asked twice, nearly every compiled operation is answered by the lane the second time (not
      // one longer than the 16 KiB the lane learns).
      expect(result.byLane).toBeGreaterThanOrEqual(result.compiledCount * 0.9);
    }, 240_000);
  });

  describe("on the bench's data set (1%)", () => {
    let database: Awaited<ReturnType<typeof createBenchDatabase>>;
    let compiled: { server: TestServer; byLane: Set<string> };
    let resolvers: TestServer;
    let pools: GeneratorPools;
    beforeAll(async () => {
      database = await createBenchDatabase(0.01);
      compiled = await startCompiledServer(database.url);
      resolvers = await startTestServer({ DATABASE_URL: database.url, COMPILED_READS: 'false' });
      pools = await poolsOf(resolvers);
    }, 120_000);
    afterAll(async () => {
      await compiled?.server.stop();
      await resolvers?.stop();
      await database?.drop();
    });

    it('the bench queries Q1–Q6, each in one statement', async () => {
      const requests = database.queries.flatMap((query: BenchQuery) =>
        query.variables.slice(0, 5).map((variables) => ({ label: `bench ${query.name}`, query: query.graphql, variables })),
      );
      const result = await compare(compiled, resolvers, requests);
      report('bench queries', result);
      expect(result.withoutErrors).toBe(requests.length);
      // The first asking of each query goes through Apollo, the other four through the lane.
      expect(result.byLane).toBe(requests.length - database.queries.length);
    });

    it(`${GENERATED_PER_DATA_SET} generated operations`, async () => {
      const result = await compare(compiled, resolvers, generatedRequests(pools, 10_001), { askTwice: true });
      report('generated (bench)', result);
      expect(result.byLane).toBeGreaterThanOrEqual(result.compiledCount * 0.9);
    }, 240_000);
  });
});
