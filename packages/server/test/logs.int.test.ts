import { readHarnessDatabaseUrl } from '../src/config/env';
import { startServerProcess, stopServerProcess } from './server-processes';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadTestSettings } from '../src/config/env';
import { freePort } from './ports';

const SECRET = 'Zq7-secret-marker-4711';

describe('logs', () => {
  it('have one line per request with its id, at info for clients’ mistakes, and never a body or a variable', async () => {
    const server = await startServerProcess({
      DATABASE_URL: readHarnessDatabaseUrl(),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'debug',
    });
    try {
      const post = (body: string, headers: Record<string, string> = {}) =>
        fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const ids = [];
      for (const response of [
        await post(JSON.stringify({ query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: SECRET } })),
        await post(`{"query": "{ __typename }", "variables": {"x": "${SECRET}"`),
        await post(JSON.stringify({ query: `{ event(slug: "${SECRET}") { nope } }` })),
        await post(JSON.stringify({ query: '{ viewer { name } }' }), { authorization: `Bearer qgk_${SECRET}` }),
        await post(JSON.stringify({ query: '{ __typename }', variables: { padding: `${SECRET}${'x'.repeat(300_000)}` } })),
      ]) {
        ids.push(response.headers.get('x-request-id'));
        expect(response.status).toBeLessThan(500);
      }
      await stopServerProcess(server);
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      for (const id of ids) {
        const about = lines.filter((line) => line.requestId === id);
        expect(about.length).toBeGreaterThan(0);
        expect(about.every((line) => line.level === 30)).toBe(true);
      }
      expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
      expect(server.output()).not.toContain(SECRET);
    } finally {
      await stopServerProcess(server);
    }
  });

  it('never show the DATABASE_URL password, even when the database cannot be reached', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.resolve(__dirname, '../dist/main.js')], {
      env: {
        PATH: loadTestSettings().searchPath,
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        DATABASE_URL: `postgres://qorgau:${SECRET}@127.0.0.1:${port}/qorgau`,
        LOG_LEVEL: 'trace',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/cannot use the database/);
    expect(output).not.toContain(SECRET);
  });
});
