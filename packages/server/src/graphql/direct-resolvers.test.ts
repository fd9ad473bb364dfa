import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { Arg, Authorized, buildSchemaSync, Field, ObjectType, Query, Resolver, UseMiddleware } from 'type-graphql';
import { assertNoUnguardedSimpleFields, installDirectResolvers } from './direct-resolvers';

// A schema of its own (jest gives each test file its own TypeGraphQL metadata): a plain query, a
// query behind @Authorized and one behind a middleware. Calling resolvers directly is a speed-up
// that must never let a request past a role check or a middleware.

const calls: string[] = [];

@ObjectType({ simpleResolvers: true, description: 'A greeting.' })
class Greeting {
  @Field({ description: 'The words.' }) words!: string;
}

@Resolver()
class GreetingResolver {
  @Query(() => Greeting, { description: 'Open to all.' })
  hello(@Arg('name', { description: 'Who.' }) name: string): Greeting {
    return { words: `hello ${name}` };
  }

  @Authorized('ADMIN')
  @Query(() => Greeting, { description: 'Admins only.' })
  secret(): Greeting {
    calls.push('secret');
    return { words: 'the secret' };
  }

  @UseMiddleware(async (_data, next) => {
    calls.push('middleware');
    return next();
  })
  @Query(() => Greeting, { description: 'Behind a middleware.' })
  watched(): Greeting {
    return { words: 'watched' };
  }
}

const schema = buildSchemaSync({
  resolvers: [GreetingResolver],
  authChecker: ({ context }) => (context as { admin: boolean }).admin,
  validate: false,
});
const installed = installDirectResolvers(schema, { globalMiddlewares: 0, validate: false });

async function run(query: string, admin: boolean) {
  return execute({ schema, document: parse(query), contextValue: { admin } });
}

describe('direct resolvers', () => {
  it('replace plain resolvers only', () => {
    expect(installed).toEqual(['Query.hello']);
  });

  it('still answer plain fields', async () => {
    expect((await run('{ hello(name: "Astana") { words } }', false)).data).toEqual({ hello: { words: 'hello Astana' } });
  });

  it('never let a request without the role reach an @Authorized resolver', async () => {
    const refused = await run('{ secret { words } }', false);
    expect(refused.errors?.[0]?.message).toMatch(/Access denied/);
    expect(calls).not.toContain('secret');
    expect((await run('{ secret { words } }', true)).data).toEqual({ secret: { words: 'the secret' } });
  });

  it('never skip a middleware', async () => {
    await run('{ watched { words } }', false);
    expect(calls).toContain('middleware');
  });

  it('refuse to start when a simple field carries @Authorized, which simple resolvers would skip', () => {
    @ObjectType({ simpleResolvers: true, description: 'Unsafe.' })
    class Unsafe {
      @Authorized('ADMIN')
      @Field({ description: 'A guarded field on a simple type.' })
      code!: string;
    }
    @Resolver()
    class UnsafeResolver {
      @Query(() => Unsafe, { description: 'x' })
      unsafe(): Unsafe {
        return { code: 'x' };
      }
    }
    buildSchemaSync({ resolvers: [UnsafeResolver], authChecker: () => true, validate: false });
    expect(() => assertNoUnguardedSimpleFields()).toThrow(/Unsafe\.code has @Authorized/);
  });
});
