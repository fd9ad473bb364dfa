import { ConfigError, describeDatabase, parseConfig } from './env';

describe('parseConfig', () => {
  it('has defaults that serve on port 4000 with an embedded database', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      nodeEnv: 'development',
      isProduction: false,
      migrateOnStart: true,
      seedOnStart: true,
      exposeSqlStats: true,
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('reads every setting', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://u:p@db:5432/qorgau',
      DATABASE_POOL_SIZE: '25',
      SEED_ON_START: 'false',
      MIGRATE_ON_START: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: '/srv/qorgau',
    });
    expect(config).toMatchObject({
      isProduction: true,
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://u:p@db:5432/qorgau',
      databasePoolSize: 25,
      seedOnStart: false,
      migrateOnStart: false,
      logLevel: 'warn',
      dataDir: '/srv/qorgau',
      exposeSqlStats: false,
    });
  });

  it('tells a default embedded port from one the operator chose (only the default may move to a free port)', () => {
    expect(parseConfig({})).toMatchObject({ embeddedPostgresPort: 54329, embeddedPostgresPortIsDefault: true });
    expect(parseConfig({ EMBEDDED_POSTGRES_PORT: '54329' })).toMatchObject({
      embeddedPostgresPort: 54329,
      embeddedPostgresPortIsDefault: false,
    });
  });

  it('refuses production without DATABASE_URL: no embedded database in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(
      new ConfigError(
        'Invalid configuration: NODE_ENV=production needs DATABASE_URL (the embedded PostgreSQL is for development and tests only): set DATABASE_URL to your PostgreSQL',
      ),
    );
  });

  it('resolves a relative DATA_DIR from where the command was typed (INIT_CWD), not from the package pnpm runs it in', () => {
    expect(parseConfig({ DATA_DIR: 'var/qorgau', INIT_CWD: '/home/op/qorgau' }).dataDir).toBe('/home/op/qorgau/var/qorgau');
    expect(parseConfig({ DATA_DIR: '/srv/qorgau', INIT_CWD: '/home/op/qorgau' }).dataDir).toBe('/srv/qorgau');
  });

  it('describes the database without its password', () => {
    expect(describeDatabase(parseConfig({ DATA_DIR: '/srv/qorgau' }))).toBe(
      'the embedded PostgreSQL in /srv/qorgau (DATA_DIR), port 54329 or a free one',
    );
    expect(describeDatabase(parseConfig({ DATA_DIR: '/srv/qorgau', EMBEDDED_POSTGRES_PORT: '6000' }))).toBe(
      'the embedded PostgreSQL in /srv/qorgau (DATA_DIR), port 6000',
    );
    expect(describeDatabase(parseConfig({ DATABASE_URL: 'postgres://u:secret@db:6432/qorgau' }))).toBe(
      'the PostgreSQL at db:6432/qorgau (DATABASE_URL)',
    );
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ PORT: '70000' }, /PORT="70000"/],
    [{ DATABASE_URL: 'localhost:5432' }, /DATABASE_URL="localhost:5432": must be a postgres/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV="staging"/],
    [{ SEED_ON_START: 'yes' }, /SEED_ON_START="yes"/],
  ])('rejects %p with a message naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });
});
