// `pnpm qorgau …`: operators' commands. Run against the same database as `pnpm start` given the
// same settings: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR, whether or not the server is
// running (it reuses a running server's PostgreSQL and starts its own only when none runs).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { allApiKeys, apiKeyById } from './auth/api-key.store';
import { createApiKey, revokeApiKey } from './auth/keys';
import { Role } from './auth/principal';
import type { WriteScope } from './audit/recorder';
import { ConfigError, describeDatabase, loadConfig } from './config/env';
import { openDatabase } from './db/database';
import { EmbeddedPostgresError } from './db/embedded-postgres';
import { parseGlobalId, registerIdTypes, toGlobalId } from './graphql/global-id';
import { createLogger } from './logger';
import { organizationIdBySlug } from './modules/organizations/organization.store';
import { requestDb, type Db } from './sql/db';
import { UserInputError } from './writes/validation';

const USAGE = `Usage: pnpm qorgau <command>

  migrate
      Applies pending migrations, then pending seeds (unless SEED_ON_START=false), and exits.
      For deployments whose servers run with MIGRATE_ON_START=false and connect as a role that
      may not change the schema: run this first, as the role that owns it.
  keys create --role ADMIN|EDITOR --name <text> [--organization <slug>] [--json]
      Creates an API key and prints it once (with --json: {"id": "...", "key": "..."}).
      An EDITOR key writes for one organization, named by its slug.
  keys list [--json]
      Lists the keys: id, name, role, organization, prefix, created, last used, revoked.
  keys revoke <id>
      Revokes a key (its ID as "keys list" shows it); its next request is refused.

Commands use the database that \`pnpm start\` uses with the same DATABASE_URL, DATA_DIR and
EMBEDDED_POSTGRES_PORT: pass the settings you gave the server. Which one is used goes to stderr.
`;

/** A mistake in the command line: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** A command that cannot be done as asked (an unknown organization or key): printed alone, exit code 1. */
class CommandError extends Error {}

function cliScope(operation: string): WriteScope {
  return { actor: { keyId: null, name: `cli:${os.userInfo().username}`, organizationId: null }, operation, requestId: null };
}

async function organizationIdOf(db: Db, slug: string): Promise<string> {
  const id = await organizationIdBySlug(db, slug);
  if (!id) throw new CommandError(`No organization has the slug "${slug}".`);
  return id;
}

async function keysCreate(db: Db, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { role: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' }, json: { type: 'boolean' } },
  });
  const role = values.role?.toUpperCase();
  if (role !== Role.ADMIN && role !== Role.EDITOR) throw new UsageError('--role must be ADMIN or EDITOR.');
  if (!values.name) throw new UsageError('--name is required: say what the key is for.');
  const organizationId = values.organization ? await organizationIdOf(db, values.organization) : null;
  const created = await db.transaction('keys create', (tx) =>
    createApiKey(
      tx,
      cliScope('keys create'),
      { name: values.name, role, organizationId },
      { name: ['--name'], organization: ['--organization'] },
    ),
  );
  const id = toGlobalId('ApiKey', created.row.id);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ id, key: created.key })}\n`);
    return;
  }
  const scope = values.organization ? `, ${values.organization}` : '';
  process.stdout.write(
    `Created API key ${id} "${created.row.name}" (${created.row.role}${scope}).\n\n  ${created.key}\n\n` +
      'Keep it now: it is shown this once. Send it as "Authorization: Bearer <key>".\n',
  );
}

async function keysList(db: Db, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const keys = (await allApiKeys(db)).map((row) => ({
    id: toGlobalId('ApiKey', row.id),
    name: row.name,
    role: row.role,
    organization: row.organizationSlug,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(keys)}\n`);
    return;
  }
  if (keys.length === 0) {
    process.stdout.write('No API keys yet. Create one with: pnpm qorgau keys create --role ADMIN --name <text>\n');
    return;
  }
  const header = ['ID', 'NAME', 'ROLE', 'ORGANIZATION', 'PREFIX', 'CREATED', 'LAST USED', 'REVOKED'];
  const rows = keys.map((k) => [
    k.id,
    k.name,
    k.role,
    k.organization ?? '-',
    `${k.prefix}…`,
    k.createdAt,
    k.lastUsedAt ?? '-',
    k.revokedAt ?? '-',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  for (const row of [header, ...rows])
    process.stdout.write(`${row.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join('  ')}\n`);
}

/** A key's database id from its global ID (as `keys list` shows it) or the plain number. */
function apiKeyIdOf(given: string): string {
  if (/^[1-9][0-9]{0,17}$/.test(given)) return given;
  const decoded = parseGlobalId(given);
  if (decoded?.type === 'ApiKey') return decoded.id;
  throw new UsageError(`"${given}" is not an API key ID (see pnpm qorgau keys list).`);
}

async function keysRevoke(db: Db, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const given = positionals[0];
  if (!given || positionals.length > 1) throw new UsageError('Name one key to revoke: pnpm qorgau keys revoke <id>');
  const id = apiKeyIdOf(given);
  const existing = await apiKeyById(db, id);
  if (!existing) throw new CommandError(`No API key has the ID "${given}".`);
  if (existing.revokedAt) {
    process.stdout.write(`API key ${toGlobalId('ApiKey', id)} "${existing.name}" was already revoked on ${existing.revokedAt}.\n`);
    return;
  }
  const revoked = await db.transaction('keys revoke', (tx) => revokeApiKey(tx, cliScope('keys revoke'), id));
  process.stdout.write(`Revoked API key ${toGlobalId('ApiKey', id)} "${revoked?.name}": its next request is refused.\n`);
}

/** `migrate`: what a server would apply at start, without serving; under the same advisory lock. */
async function migrate(args: string[]): Promise<void> {
  if (args.length > 0) throw new UsageError(`"migrate" takes no arguments.`);
  const config = loadConfig();
  const logger = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }, 2);
  process.stderr.write(`qorgau: using ${describeDatabase(config)}\n`);
  const database = await openDatabase({ ...config, migrateOnStart: true }, logger, { reuseRunningEmbedded: true });
  try {
    const { migrations, seeds } = database.applied;
    process.stdout.write(
      migrations.length + seeds.length === 0
        ? 'The database is up to date: no migration or seed to apply.\n'
        : `Applied ${migrations.length} migration(s)${migrations.length ? ` (${migrations.join(', ')})` : ''} and ${seeds.length} seed(s)${seeds.length ? ` (${seeds.join(', ')})` : ''}.\n`,
    );
  } finally {
    await database.close();
  }
}

async function run(argv: string[]): Promise<void> {
  const [group, command, ...rest] = argv;
  if (group === undefined || group === 'help' || group === '--help' || group === '-h') {
    process.stdout.write(USAGE);
    return;
  }
  if (group === 'migrate') return migrate(argv.slice(1));
  const commands: Record<string, (db: Db, args: string[]) => Promise<void>> = { create: keysCreate, list: keysList, revoke: keysRevoke };
  const handler = group === 'keys' && command ? commands[command] : undefined;
  if (!handler) throw new UsageError(`Unknown command "${argv.join(' ')}".`);
  registerIdTypes(['ApiKey']);
  const config = loadConfig();
  // Commands print their own results: the log says only what went wrong, on stderr, so that a
  // warning (a slow statement) never breaks --json output.
  const logger = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }, 2);
  // On stderr, so that --json output stays one line: a key made in another database than the
  // server's would otherwise be refused as unknown with nothing to say why.
  process.stderr.write(`qorgau: using ${describeDatabase(config)}\n`);
  const database = await openDatabase(config, logger, { reuseRunningEmbedded: true });
  try {
    await handler(requestDb(database.dataSource), rest);
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`qorgau: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof UserInputError) {
      const problems = error.errors.map((e) => `${e.field?.join('.') ?? 'input'}: ${e.message}`);
      process.stderr.write(`qorgau: ${problems.join('; ')}\n`);
      process.exit(2);
    }
    if (error instanceof CommandError || error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
      process.stderr.write(`qorgau: ${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`qorgau: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
