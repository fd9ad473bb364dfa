import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadTestSettings } from '../src/config/env';
import { freePort } from './ports';

// These tests run the built server (dist/main.js) the way `pnpm start` does, and its command line
// (dist/cli.js) the way `pnpm qorgau` does.
const MAIN = path.resolve(__dirname, '../dist/main.js');
const CLI = path.resolve(__dirname, '../dist/cli.js');
const DEFAULT_EMBEDDED_PORT = 54329;

interface Started {
  child: ChildProcess;
  /** stdout and stderr as they came. */
  output: () => string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>, script = MAIN, args: string[] = []): Started {
  const child = spawn(process.execPath, [script, ...args], {
    // A minimal environment on purpose: the server must not depend on anything else being set.
    env: { PATH: loadTestSettings().searchPath, HOME: os.tmpdir(), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => ((output += chunk), (stdout += chunk)));
  child.stderr?.on('data', (chunk) => ((output += chunk), (stderr += chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, stdout: () => stdout, stderr: () => stderr, exited };
}

async function waitForReady(url: string, started: Started): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`server exited: ${started.output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server not ready: ${started.output()}`);
}

async function countEvents(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ events { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { events: { totalCount: number } } };
  return body.data.events.totalCount;
}

describe('the server process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-start-'));
  fs.chmodSync(dataDir, 0o755);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('with no DATABASE_URL starts an embedded PostgreSQL, seeds it, serves, stops on SIGTERM and keeps the data', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };

    const first = run(env);
    await waitForReady(`http://127.0.0.1:${port}/readyz`, first);
    expect(await countEvents(port)).toBe(2);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const lines = first
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.some((line) => line.msg === 'seeds applied')).toBe(true);
    expect(lines.find((line) => line.msg === 'graphql request')).toMatchObject({ status: 200, errors: 0 });
    expect(lines.at(-1)?.msg).toBe('stopped');

    const second = run(env);
    await waitForReady(`http://127.0.0.1:${port}/readyz`, second);
    expect(await countEvents(port)).toBe(2);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toContain('seeds applied');
    expect(second.output()).not.toContain('initialising embedded PostgreSQL');
  });

  it('recovers when an earlier run was killed and left its PostgreSQL running', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    const killed = run(env);
    await waitForReady(`http://127.0.0.1:${port}/readyz`, killed);
    killed.child.kill('SIGKILL');
    await killed.exited;
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(() => process.kill(postmaster, 0)).not.toThrow();

    const next = run(env);
    await waitForReady(`http://127.0.0.1:${port}/readyz`, next);
    expect(next.output()).toContain('stopping an embedded PostgreSQL left running by an earlier run');
    expect(await countEvents(port)).toBe(2);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
  });

  it.each([
    [{ PORT: 'eighty' }, /^qorgau: Invalid configuration: PORT="eighty": /],
    [
      { DATABASE_URL: 'mysql://localhost/qorgau' },
      /^qorgau: Invalid configuration: DATABASE_URL="mysql:\/\/localhost\/qorgau": must be a postgres/,
    ],
    // No silent embedded database in production: its data would live and die with the container.
    [
      { NODE_ENV: 'production' },
      /^qorgau: Invalid configuration: NODE_ENV=production needs DATABASE_URL .*: set DATABASE_URL to your PostgreSQL$/,
    ],
  ])('refuses a bad setting with one line and a non-zero exit (%o)', async (env, message) => {
    const started = run({ ...env, DATA_DIR: dataDir });
    expect(await started.exited).toBe(1);
    const output = started.output().trim();
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(message);
  });

  it('says clearly when the database cannot be reached', async () => {
    const started = run({ DATABASE_URL: `postgres://nobody@127.0.0.1:${await freePort()}/qorgau`, PORT: String(await freePort()) });
    expect(await started.exited).toBe(1);
    expect(started.output().trim()).toMatch(/^qorgau: cannot use the database: .*ECONNREFUSED/);
  });

  it('lets an operator manage keys with the server running (sharing its PostgreSQL) and without it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-cli-'));
    fs.chmodSync(dir, 0o755);
    try {
      const port = await freePort();
      const env = { PORT: String(port), DATA_DIR: dir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
      const cli = async (...args: string[]) => {
        const started = run(env, CLI, args);
        return { code: await started.exited, output: started.stdout(), errors: started.stderr() };
      };
      const server = run(env);
      await waitForReady(`http://127.0.0.1:${port}/readyz`, server);

      const created = await cli(
        'keys',
        'create',
        '--role',
        'EDITOR',
        '--organization',
        'general-prosecutors-office',
        '--name',
        'desk',
        '--json',
      );
      expect(created.code).toBe(0);
      // Which database the key went to, so a key made for the wrong one is easy to tell.
      expect(created.errors).toBe(`qorgau: using the embedded PostgreSQL in ${dir} (DATA_DIR), port ${env.EMBEDDED_POSTGRES_PORT}\n`);
      const lines = created.output.trim().split('\n');
      expect(lines).toHaveLength(1);
      const { id, key } = JSON.parse(lines[0]!) as { id: string; key: string };
      const viewer = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ viewer { name role organization { slug } } }' }),
        });
        return { status: response.status, body: (await response.json()) as { data?: { viewer: unknown } } };
      };
      expect(await viewer()).toMatchObject({
        status: 200,
        body: { data: { viewer: { name: 'desk', role: 'EDITOR', organization: { slug: 'general-prosecutors-office' } } } },
      });

      // A second server on the same data folder would stop the first one's PostgreSQL: it refuses instead.
      const second = run({ ...env, PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/in use by process/);

      const refused = await cli('keys', 'create', '--role', 'EDITOR', '--name', 'nobody');
      expect(refused).toMatchObject({
        code: 2,
        errors: expect.stringMatching(/--organization: an EDITOR key writes for one organization/),
      });

      expect((await cli('keys', 'revoke', id)).code).toBe(0);
      expect((await viewer()).status).toBe(401);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);

      // With no server running, the command starts the embedded PostgreSQL itself and stops it after.
      const listed = await cli('keys', 'list', '--json');
      expect(listed.code).toBe(0);
      const keys = JSON.parse(listed.output) as Array<{ id: string; name: string; revokedAt: string | null }>;
      expect(keys).toEqual([expect.objectContaining({ id, name: 'desk', revokedAt: expect.any(String) })]);
      expect(fs.existsSync(path.join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a free port for its embedded PostgreSQL when the default one is busy, and `pnpm qorgau` finds it', async () => {
    // Another checkout's PostgreSQL on the default port, as far as this one can tell.
    const holder = net.createServer();
    const held = await new Promise<boolean>((resolve) => {
      holder.once('error', () => resolve(false)); // already busy: just as good
      holder.listen(DEFAULT_EMBEDDED_PORT, '127.0.0.1', () => resolve(true));
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-port-'));
    fs.chmodSync(dir, 0o755);
    try {
      const port = await freePort();
      const env = { PORT: String(port), DATA_DIR: dir };
      const server = run(env);
      await waitForReady(`http://127.0.0.1:${port}/readyz`, server);
      expect(await countEvents(port)).toBe(2);
      const lines = server
        .stdout()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      const moved = lines.find((line) => line.msg?.startsWith('the default embedded PostgreSQL port is taken'));
      expect(moved).toMatchObject({ defaultPort: DEFAULT_EMBEDDED_PORT, port: expect.any(Number) });
      expect(moved.port).not.toBe(DEFAULT_EMBEDDED_PORT);
      // The port is recorded where other processes look: postmaster.pid.
      expect(fs.readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]).toBe(String(moved.port));

      // The operator's command uses the running server's PostgreSQL on that port.
      const cli = run(env, CLI, ['keys', 'create', '--role', 'ADMIN', '--name', 'ops', '--json']);
      expect(await cli.exited).toBe(0);
      const { key } = JSON.parse(cli.stdout()) as { key: string };
      const viewer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ viewer { name role } }' }),
      });
      expect(await viewer.json()).toMatchObject({ data: { viewer: { name: 'ops', role: 'ADMIN' } } });

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);

      // A port the operator chose is not moved: refused with one line saying what to do.
      const fixed = run({ ...env, EMBEDDED_POSTGRES_PORT: String(DEFAULT_EMBEDDED_PORT) });
      expect(await fixed.exited).toBe(1);
      expect(fixed.stderr().trim().split('\n')).toEqual([
        expect.stringMatching(/^qorgau: Port 54329 \(EMBEDDED_POSTGRES_PORT\) is taken, so the embedded PostgreSQL cannot start\. /),
      ]);
    } finally {
      if (held) await new Promise((resolve) => holder.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Root in a folder only root can enter (a checkout under /root, as in many containers and CI
  // runners): PostgreSQL refuses root, and the postgres user it runs as cannot enter the folder.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)(
    `${asRoot ? '' : '[skipped: needs root] '}as root with DATA_DIR in a folder only root can enter, serves from an embedded PostgreSQL the postgres user can reach`,
    async () => {
      const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-private-'));
      fs.chmodSync(privateDir, 0o700);
      const dataDir = path.join(privateDir, 'data');
      let clusterDir: string | undefined;
      try {
        const port = await freePort();
        const env = { PORT: String(port), DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
        const server = run(env);
        await waitForReady(`http://127.0.0.1:${port}/readyz`, server);
        expect(await countEvents(port)).toBe(2);
        // DATA_DIR/postgres links to where the postgres user keeps the files.
        clusterDir = fs.readlinkSync(path.join(dataDir, 'postgres'));
        expect(clusterDir.startsWith('/var/lib/qorgau/data/')).toBe(true);
        expect(fs.statSync(clusterDir).uid).not.toBe(0);
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);

        // Data kept between runs: the next start finds the same cluster through the link.
        const again = run(env);
        await waitForReady(`http://127.0.0.1:${port}/readyz`, again);
        expect(again.output()).not.toContain('initialising embedded PostgreSQL');
        expect(await countEvents(port)).toBe(2);
        again.child.kill('SIGTERM');
        expect(await again.exited).toBe(0);
      } finally {
        fs.rmSync(privateDir, { recursive: true, force: true });
        if (clusterDir) fs.rmSync(clusterDir, { recursive: true, force: true });
      }
    },
  );
});
