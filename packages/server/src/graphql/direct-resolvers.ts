import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
/** What a query and a field resolver share: target, method, params, roles and middlewares. */
type ResolverMetadata = Storage['queries'][number] | Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<ResolverMetadata['params']>[number];
type Method = (...args: unknown[]) => unknown;
type ResolverInstance = Record<string, Method | undefined>;

/** The parameter kinds a direct call can supply exactly as TypeGraphQL would (minus argument class conversion). */
const DIRECT_PARAM_KINDS = new Set(['root', 'context', 'info', 'arg', 'args']);

/**
 * Why a resolver must keep TypeGraphQL's handler, or null when calling it directly changes nothing
 * but speed. TypeGraphQL's handler runs the auth checker (`@Authorized`), middlewares (the field's,
 * its resolver class's and global ones) and argument validation; a field that has any of them keeps
 * the handler, so a speed-up never skips authorization, middleware or validation.
 */
export function reasonToKeepHandler(resolver: ResolverMetadata, options: { globalMiddlewares: number; validate: boolean }): string | null {
  if (resolver.roles !== undefined) return '@Authorized';
  if ((resolver.middlewares?.length ?? 0) > 0 || options.globalMiddlewares > 0) return 'middleware';
  const params = resolver.params ?? [];
  const validated = params.some(
    (p) => (p.kind === 'arg' || p.kind === 'args') && (options.validate || p.validateSettings !== undefined || p.validateFn !== undefined),
  );
  if (validated) return 'argument validation';
  if (params.some((p) => !DIRECT_PARAM_KINDS.has(p.kind) || ('propertyName' in p && p.propertyName))) return 'parameter kind';
  return null;
}

/**
 * The fields ("Type.field") whose resolution TypeGraphQL must do itself: `@Authorized`, a
 * middleware or argument validation on the field or on its resolver. Whatever answers such a field
 * without its resolver (the read compiler) would skip them.
 */
export function fieldsKeepingHandler(
  options: { globalMiddlewares: number; validate: boolean },
  storage: Storage = getMetadataStorage(),
): Set<string> {
  const typeNameOf = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const kept = new Set<string>();
  for (const type of storage.objectTypes) {
    for (const field of type.fields ?? []) {
      if (field.roles !== undefined || (field.middlewares?.length ?? 0) > 0) kept.add(`${type.name}.${field.name}`);
    }
  }
  for (const resolver of storage.fieldResolvers) {
    const typeName = typeNameOf.get(resolver.getObjectType?.());
    if (typeName && reasonToKeepHandler(resolver, options) !== null) kept.add(`${typeName}.${resolver.schemaName}`);
  }
  for (const query of storage.queries) {
    if (reasonToKeepHandler(query, options) !== null) kept.add(`Query.${query.schemaName}`);
  }
  return kept;
}

/**
 * `simpleResolvers` types resolve their plain fields without TypeGraphQL's handler, so an
 * `@Authorized` or middleware on such a field would silently do nothing: refuse to start instead.
 */
export function assertNoUnguardedSimpleFields(storage: Storage = getMetadataStorage()): void {
  const simpleTypes = new Set(storage.objectTypes.filter((type) => type.simpleResolvers).map((type) => type.target));
  const resolved = new Set(storage.fieldResolvers.map((resolver) => `${resolver.getObjectType?.()?.name}.${resolver.methodName}`));
  for (const type of storage.objectTypes) {
    for (const field of type.fields ?? []) {
      const simple = field.simple ?? simpleTypes.has(type.target);
      const guarded = field.roles !== undefined || (field.middlewares?.length ?? 0) > 0;
      if (simple && guarded && !resolved.has(`${type.target.name}.${field.name}`)) {
        throw new Error(
          `${type.name}.${field.name} has @Authorized or middleware, but its type resolves fields simply (simpleResolvers), which would skip them`,
        );
      }
    }
  }
}

/**
 * Calls the methods of read resolvers directly instead of through TypeGraphQL's generic handler,
 * which on every call allocates resolver data, re-sorts the parameter list and converts arguments
 * into class instances. Only resolvers that `reasonToKeepHandler` clears are replaced; mutations
 * always keep the handler. Runs once, after the schema is built; returns the fields replaced.
 */
export function installDirectResolvers(schema: GraphQLSchema, options: { globalMiddlewares: number; validate: boolean }): string[] {
  const storage = getMetadataStorage();
  assertNoUnguardedSimpleFields(storage);
  const typeNameOf = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<unknown, ResolverInstance>();
  const instanceOf = (target: ResolverMetadata['target']) => {
    let instance = instances.get(target);
    if (!instance) {
      instance = new (target as unknown as new () => ResolverInstance)();
      instances.set(target, instance);
    }
    return instance;
  };
  const installed: string[] = [];
  const install = (typeName: string | undefined, resolver: ResolverMetadata) => {
    if (!typeName || reasonToKeepHandler(resolver, options) !== null) return;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return;
    const field = type.getFields()[resolver.schemaName];
    if (!field) return;
    const instance = instanceOf(resolver.target);
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') return;
    const ordered = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const pickers = ordered.map(
      (p: ParamMetadata): ((root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown) => {
        switch (p.kind) {
          case 'root':
            return (root) => root;
          case 'context':
            return (_root, _args, context) => context;
          case 'info':
            return (_root, _args, _context, info) => info;
          case 'arg': {
            const name = p.name;
            return (_root, args) => args[name];
          }
          default:
            return (_root, args) => args;
        }
      },
    );
    const direct: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) =>
      method.apply(
        instance,
        pickers.map((pick) => pick(root, args, context, info)),
      );
    field.resolve = direct;
    installed.push(`${typeName}.${resolver.schemaName}`);
  };
  for (const resolver of storage.fieldResolvers) {
    const objectType = resolver.getObjectType?.();
    install(objectType ? typeNameOf.get(objectType) : undefined, resolver);
  }
  const queryType = schema.getQueryType()?.name;
  for (const query of storage.queries) install(queryType, query);
  return installed;
}
