import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type ParamMetadata = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];

/**
 * Calls resolver methods directly instead of through TypeGraphQL's generic handler, which on every
 * call allocates resolver data, re-sorts the parameter list and converts arguments into class
 * instances: costs that only buy middlewares, validation and auth checks, none of which this
 * schema uses. Fields whose parameters are anything but root, context, info, arg or args keep
 * TypeGraphQL's resolver. Runs once, after the schema is built.
 */
export function installDirectResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const typeNameOf = new Map<Function, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<Function, Record<string, (...args: unknown[]) => unknown>>();
  const instanceOf = (target: Function) => {
    let instance = instances.get(target);
    if (!instance) {
      instance = new (target as new () => Record<string, (...args: unknown[]) => unknown>)();
      instances.set(target, instance);
    }
    return instance;
  };

  let installed = 0;
  const install = (typeName: string | undefined, fieldName: string, target: Function, methodName: string, params: ParamMetadata[] | undefined) => {
    if (!typeName) return;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return;
    const field = type.getFields()[fieldName];
    const ordered = [...(params ?? [])].sort((a, b) => a.index - b.index);
    if (!field || ordered.some((p) => !['root', 'context', 'info', 'arg', 'args'].includes(p.kind) || ('propertyName' in p && p.propertyName))) return;
    const instance = instanceOf(target);
    const method = instance[methodName];
    if (typeof method !== 'function') return;
    const pickers = ordered.map((p): ((root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown) => {
      switch (p.kind) {
        case 'root': return (root) => root;
        case 'context': return (_root, _args, context) => context;
        case 'info': return (_root, _args, _context, info) => info;
        case 'arg': {
          const name = p.name;
          return (_root, args) => args[name];
        }
        default: return (_root, args) => args;
      }
    });
    const resolver: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) =>
      method.apply(instance, pickers.map((pick) => pick(root, args, context, info)));
    field.resolve = resolver;
    installed += 1;
  };

  for (const resolver of storage.fieldResolvers) {
    const objectType = resolver.getObjectType?.();
    install(objectType ? typeNameOf.get(objectType) : undefined, resolver.schemaName, resolver.target, resolver.methodName, resolver.params);
  }
  const queryType = schema.getQueryType()?.name;
  for (const query of storage.queries) install(queryType, query.schemaName, query.target, query.methodName, query.params);
  return installed;
}
