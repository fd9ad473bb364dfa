import { Client } from 'pg';
import { createApiKey } from '../src/auth/keys';
import { createDataSource } from '../src/db/data-source';
import { createLogger } from '../src/logger';
import { requestDb } from '../src/sql/db';
import {
  postJson,
  startOwnPostgres,
  startServerProcess,
  stopServerProcess,
  type OwnPostgres,
  type ServerProcess,
} from './server-processes';

const QUERY = { query: '{ events(first: 5) { totalCount nodes { slug organizers { organization { name } } } } }' };

/** Short timeouts, so that the faults show within a test's patience. */
const FAULT_SETTINGS = {
  MIGRATE_ON_START: 'false',
  SEED_ON_START: 'false',
  STATEMENT_TIMEOUT_MS: '1000',
  DATABASE_CONNECT_TIMEOUT_MS: '1000',
  REQUEST_TIMEOUT_MS: '4000',
  HTTP_HEADERS_TIMEOUT_MS: '4000',
  RATE_LIMIT_IP_COST_PER_MINUTE: '0',
};

let postgres: OwnPostgres;
let server: ServerProcess;

beforeAll(async () => {
  postgres = await startOwnPostgres();
  server = await startServerProcess({ ...FAULT_SETTINGS, DATABASE_URL: postgres.url });
});
afterAll(async () => {
  postgres?.signal('SIGCONT');
  await stopServerProcess(server);
  await postgres?.stop();
});

async function untilAnswered(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await postJson(server.url, QUERY).catch(() => null);
    if (response?.status === 200 && !response.body.errors) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer again: ${server.output().slice(-2000)}`);
}

describe('database faults', () => {
  it('with PostgreSQL frozen: coded errors instead of a hang, /readyz 503, and service again once it thaws', async () => {
    expect((await postJson(server.url, QUERY)).body.errors).toBeUndefined();
    postgres.signal('SIGSTOP');
    try {
      const [answer, readiness] = await Promise.all([
        postJson(server.url, QUERY, {}, 15_000),
        // The readiness probe's own bound (3 s) is the assertion: a hung probe fails here.
        fetch(`http://127.0.0.1:${server.port}/readyz`, { signal: AbortSignal.timeout(3_000) }),
      ]);
      expect(readiness.status).toBe(503);
      expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 503 });
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.body.errors.map((e: any) => e.extensions.code)).toEqual(expect.arrayContaining(['SERVICE_UNAVAILABLE']));
    } finally {
      postgres.signal('SIGCONT');
    }
    await untilAnswered();
    expect((await fetch(`http://127.0.0.1:${server.port}/readyz`)).status).toBe(200);
  });

  it('with PostgreSQL restarted under load: only coded errors, then service again within 5 s, without restarting the API', async () => {
    const outcomes: Array<{ startedAt: number; ok: boolean; code: string }> = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const startedAt = Date.now();
        try {
          const response = await postJson(server.url, QUERY);
          const code = response.body.errors?.[0]?.extensions?.code;
          outcomes.push({ startedAt, ok: response.status === 200 && code === undefined, code: code ?? 'OK' });
        } catch (error) {
          outcomes.push({ startedAt, ok: false, code: `NETWORK ${(error as Error).message}` });
        }
      }
    };
    const workers = [worker(), worker(), worker()];
    await new Promise((resolve) => setTimeout(resolve, 500));
    await postgres.restart();
    const upAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    running = false;
    await Promise.all(workers);

    const failures = outcomes.filter((o) => !o.ok);
    expect(failures.length).toBeGreaterThan(0);
    expect([...new Set(failures.map((f) => f.code))].every((code) => ['SERVICE_UNAVAILABLE', 'TIMEOUT'].includes(code))).toBe(true);
    const afterRecovery = outcomes.filter((o) => o.startedAt >= upAt + 5_000);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((o) => !o.ok)).toEqual([]);
    expect(server.child.exitCode).toBeNull();
  });

  it('stops working on a request whose client went away, without waiting for PostgreSQL', async () => {
    const requestId = `gone-${Date.now()}`;
    postgres.signal('SIGSTOP');
    try {
      const client = new AbortController();
      const pending = fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify(QUERY),
        signal: client.signal,
      }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 300));
      client.abort();
      await pending;
      // Its log line appears while PostgreSQL is still frozen: the request ended, cancelled.
      let line: any;
      for (let attempt = 0; attempt < 50 && !line; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        line = server
          .output()
          .split('\n')
          .filter((text) => text.includes(requestId) && text.includes('graphql request'))
          .map((text) => JSON.parse(text))[0];
      }
      expect(line).toMatchObject({ requestId, codes: ['TIMEOUT'] });
    } finally {
      postgres.signal('SIGCONT');
    }
    await untilAnswered();
  });

  it('cuts a write short at the deadline: TIMEOUT, and nothing of it written', async () => {
    const strict = await startServerProcess({
      ...FAULT_SETTINGS,
      DATABASE_URL: postgres.url,
      STATEMENT_TIMEOUT_MS: '30000',
      REQUEST_TIMEOUT_MS: '1500',
      HTTP_HEADERS_TIMEOUT_MS: '1500',
    });
    const dataSource = createDataSource({ url: postgres.url, poolSize: 1, logger: createLogger({ logLevel: 'silent' }) });
    await dataSource.initialize();
    const locker = new Client({ connectionString: postgres.url });
    await locker.connect();
    try {
      const created = await requestDb(dataSource).transaction('test key', (tx) =>
        createApiKey(
          tx,
          { actor: { keyId: null, name: 'cli:test', organizationId: null }, operation: 'keys create', requestId: null },
          { name: 'deadline writer', role: 'ADMIN', organizationId: null },
          { name: ['name'], organization: ['organization'] },
        ),
      );
      // Another session holds the table: the write waits on its lock past the request's deadline.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE sources IN ACCESS EXCLUSIVE MODE');
      const answer = await postJson(
        strict.url,
        {
          query:
            'mutation { createSource(input: { slug: "deadline-write", title: { en: "Deadline" }, language: EN, kind: REPORT }) { source { slug } } }',
        },
        { authorization: `Bearer ${created.key}` },
      );
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      await locker.query('ROLLBACK');
      expect((await dataSource.query(`SELECT count(*)::int AS n FROM sources WHERE slug = 'deadline-write'`))[0].n).toBe(0);
      expect(
        (
          await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'createSource' AND request_id = $1`, [
            answer.headers.get('x-request-id'),
          ])
        )[0].n,
      ).toBe(0);
    } finally {
      await locker.end();
      await dataSource.destroy();
      await stopServerProcess(strict);
    }
  });

  it('on SIGTERM under load, completes every request in flight, then exits 0', async () => {
    const draining = await startServerProcess({ ...FAULT_SETTINGS, DATABASE_URL: postgres.url });
    // Requests held in flight: PostgreSQL is frozen while they arrive, so none can finish before the signal.
    postgres.signal('SIGSTOP');
    const inFlight = Array.from({ length: 12 }, () => postJson(draining.url, QUERY));
    await new Promise((resolve) => setTimeout(resolve, 300));
    draining.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    postgres.signal('SIGCONT');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => [a.status, a.body.errors?.[0]?.extensions?.code ?? 'OK'])).toEqual(answers.map(() => [200, 'OK']));
    expect(await draining.exited).toBe(0);
  });
});
