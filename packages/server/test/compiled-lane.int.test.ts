import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { parse, type OperationDefinitionNode } from 'graphql';
import { createSeededDatabase } from './databases';
import { awayFromWindowEnd, globalId, startTestServer, type TestServer } from './harness';

// The compiled lane (src/http/compiled-lane.ts) answers query texts that Apollo has seen compiled,
// without Express's router and Apollo's pipeline. Two servers over the same database, one with the
// lane and one without (COMPILED_LANE=false), are asked the same requests: the answers must be the
// same bytes (but for the request id, the date and the budget left), and the lane server's log
// tells which requests the lane answered, so that the comparison is known to exercise it.

const examples = fs.readFileSync(path.resolve(__dirname, '../examples.graphql'), 'utf8');
const queries = parse(examples)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query')
  .map((d) => d.name!.value);

const logLines: Array<Record<string, unknown>> = [];
let lane: TestServer;
let apollo: TestServer;

const BUDGETS = { RATE_LIMIT_IP_COST_PER_MINUTE: '1000000000', RATE_LIMIT_KEY_COST_PER_MINUTE: '1000000000' };

// The seeded registry in a database of its own: other test files write to the run's database
// while this one runs, and both servers must see the same data.
let database: Awaited<ReturnType<typeof createSeededDatabase>>;

beforeAll(async () => {
  database = await createSeededDatabase();
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
  lane = await startTestServer({ ...BUDGETS, DATABASE_URL: database.url }, { logger });
  apollo = await startTestServer({ ...BUDGETS, DATABASE_URL: database.url, COMPILED_LANE: 'false' });
}, 120_000);
afterAll(async () => {
  await lane?.stop();
  await apollo?.stop();
  await database?.drop();
});

interface Answer {
  status: number;
  /** The headers as written (names in their case, in their order), but those that differ between any two requests. */
  headers: Array<[string, string]>;
  /** The body as sent, with the budget left and its reset time blanked. */
  body: string;
  requestId: string;
  remaining: number;
}

const VARYING_HEADERS = new Set(['date', 'x-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'connection', 'keep-alive']);

/** One POST over a socket of its own, read as written (fetch would lower-case the header names). */
function ask(server: TestServer, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      server.url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = response.rawHeaders;
          const pairs: Array<[string, string]> = [];
          for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: pairs.filter(([name]) => !VARYING_HEADERS.has(name.toLowerCase())),
            body: text
              .replace(/"remaining":\d+,"resetAt":"[^"]*"/g, '"remaining":0,"resetAt":""')
              .replace(/"requestId":"[^"]*"/g, '"requestId":""'),
            requestId: String(response.headers['x-request-id'] ?? ''),
            remaining: Number(response.headers['x-ratelimit-remaining']),
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Asks both servers twice (the first asking teaches the lane the text); returns the second answers. */
async function askBoth(body: string, headers: Record<string, string> = {}): Promise<{ lane: Answer; apollo: Answer }> {
  await ask(lane, body, headers);
  await ask(apollo, body, headers);
  return { lane: await ask(lane, body, headers), apollo: await ask(apollo, body, headers) };
}

function answeredByLane(requestId: string): boolean {
  return logLines.some((line) => line.requestId === requestId && line.lane === 'compiled');
}

describe('the compiled lane', () => {
  const variants: Array<[string, Record<string, string>]> = [
    ['no Accept', {}],
    ['Accept: application/graphql-response+json', { accept: 'application/graphql-response+json' }],
    ['Accept: application/json; callbackSpec=1.0', { accept: 'application/json; callbackSpec=1.0' }],
    ['a browser-like Accept', { accept: 'application/json, text/plain, */*' }],
    ['Accept-Language: ru', { 'accept-language': 'ru' }],
  ];

  it.each(queries.flatMap((name) => variants.map(([label, headers]) => [name, label, headers] as const)))(
    'answers %s (%s) with the bytes Apollo writes',
    async (operationName, _label, headers) => {
      const both = await askBoth(JSON.stringify({ query: examples, operationName }), headers);
      expect(both.lane.status).toBe(200);
      expect(both.lane.headers).toEqual(both.apollo.headers);
      expect(both.lane.body).toEqual(both.apollo.body);
      expect(answeredByLane(both.lane.requestId)).toBe(true);
      expect(answeredByLane(both.apollo.requestId)).toBe(false);
    },
  );

  it('answers with a key as Apollo does, and learns nothing from the first asking of a text', async () => {
    const { key } = await lane.key('ADMIN');
    const body = JSON.stringify({ query: 'query KeyedRegions { regions(first: 3) { nodes { name } } }' });
    const first = await ask(lane, body, { authorization: `Bearer ${key}` });
    const second = await ask(lane, body, { authorization: `Bearer ${key}` });
    expect(answeredByLane(first.requestId)).toBe(false);
    expect(answeredByLane(second.requestId)).toBe(true);
    expect(second.body).toEqual(first.body);
    expect(second.headers).toEqual(first.headers);
    expect(second.headers).toContainEqual(['x-sql-statements', '2']); // the key's lookup and the compiled statement
  });

  it('charges each request once, whether it answers it or hands it over', async () => {
    // A filter naming a missing region: the statement leaves NOT_FOUND to the resolvers.
    const query = 'query Charged($region: ID!) { events(first: 2, filter: { region: $region }) { nodes { title } } }';
    const found = JSON.stringify({ query, variables: { region: globalId('Region', 1) } });
    const missing = JSON.stringify({ query, variables: { region: globalId('Region', 999_999) } });
    await awayFromWindowEnd();
    await ask(lane, found);
    const before = await ask(lane, found);
    const handedOver = await ask(lane, missing);
    const after = await ask(lane, found);
    const cost = (JSON.parse(after.body) as { extensions: { cost: { requested: number } } }).extensions.cost.requested;
    expect(answeredByLane(before.requestId)).toBe(true);
    expect(answeredByLane(handedOver.requestId)).toBe(false);
    expect(answeredByLane(after.requestId)).toBe(true);
    expect(before.remaining - handedOver.remaining).toBe(cost);
    expect(handedOver.remaining - after.remaining).toBe(cost);
  });

  it('hands over what the statement leaves to the resolvers, counting the statement it ran once', async () => {
    const query = 'query Missing($region: ID!) { events(first: 2, filter: { region: $region }) { totalCount } }';
    await askBoth(JSON.stringify({ query, variables: { region: globalId('Region', 1) } }));
    const both = await askBoth(JSON.stringify({ query, variables: { region: globalId('Region', 999_999) } }));
    expect(JSON.parse(both.lane.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect(both.lane.body).toEqual(both.apollo.body);
    expect(both.lane.headers).toEqual(both.apollo.headers);
    expect(answeredByLane(both.lane.requestId)).toBe(false);
  });

  it.each([
    ['variables that do not coerce', JSON.stringify({ query: examples, operationName: 'EventsInRegion', variables: { after: 5 } })],
    ['an unknown operation name', JSON.stringify({ query: examples, operationName: 'Nope' })],
    ['variables as a string', JSON.stringify({ query: examples, operationName: 'Conference', variables: '{}' })],
    [
      'a persisted-query extension',
      JSON.stringify({ query: examples, operationName: 'Conference', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }),
    ],
    ['a body that is not JSON', `{"query": ${JSON.stringify(examples)}, "operationName": "Conference"`],
    ['a JSON string', JSON.stringify('{ __typename }')],
    ['an empty body', ''],
    ['a batch', JSON.stringify([{ query: examples, operationName: 'Conference' }])],
    ['a byte-order mark before the JSON', `\ufeff${JSON.stringify({ query: examples, operationName: 'Conference' })}`],
    ['an empty operation name', JSON.stringify({ query: 'query { regions(first: 2) { nodes { name } } }', operationName: '' })],
  ])('hands over %s and answers as Apollo does', async (_label, body) => {
    await askBoth(JSON.stringify({ query: examples, operationName: 'Conference' }));
    const both = await askBoth(body);
    expect(both.lane.status).toBe(both.apollo.status);
    expect(both.lane.headers).toEqual(both.apollo.headers);
    expect(both.lane.body).toEqual(both.apollo.body);
  });

  it.each([
    ['a space inside the media type', 'application/ json'],
    ['a space inside the charset', 'application/json;charset=utf -8'],
    ['another charset', 'application/json; charset=latin1'],
    ['text/plain', 'text/plain'],
  ])('leaves a Content-Type with %s to Express and Apollo', async (_label, contentType) => {
    const body = JSON.stringify({ query: examples, operationName: 'Conference' });
    await askBoth(body);
    const both = await askBoth(body, { 'content-type': contentType });
    expect(both.lane.status).toBeGreaterThanOrEqual(400);
    expect(both.lane.status).toBe(both.apollo.status);
    expect(both.lane.body).toEqual(both.apollo.body);
    expect(answeredByLane(both.lane.requestId)).toBe(false);
  });

  it('logs a client that leaves mid-body as Express does, at info', async () => {
    const port = Number(new URL(lane.url).port);
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(logLines.filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(logLines).toContainEqual(expect.objectContaining({ problem: 'request.aborted', msg: 'request refused' }));
  });

  it('refuses an Accept it cannot answer as Apollo does', async () => {
    const both = await askBoth(JSON.stringify({ query: examples, operationName: 'Conference' }), { accept: 'text/html' });
    expect(both.lane.status).toBe(406);
    expect(both.lane.body).toEqual(both.apollo.body);
    expect(answeredByLane(both.lane.requestId)).toBe(false);
  });

  it('counts a refused key once when it hands the request over', async () => {
    const body = JSON.stringify({ query: 'query RefusedKeys { regions(first: 1) { totalCount } }' });
    await ask(lane, body);
    await ask(lane, body);
    await awayFromWindowEnd();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await ask(lane, body, { authorization: 'Bearer qgk_not-a-key' })).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses[30]).toBe(429);
  });
});
