import { ConfigError, parseConfig } from './env';

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
