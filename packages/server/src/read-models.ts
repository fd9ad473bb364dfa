// The read compiler's models: every feature's (modules.ts), plus node lookup's and search's,
// which span features (as schema.ts adds their resolvers beside the features'), and the shared
// Period of aggregate buckets and Location of records.
import { LOCATION_MODEL, PERIOD_MODEL, type TypeModel } from './compiler/model';
import { READ_MODELS } from './modules';
import { NODE_MODELS } from './modules/node/node.model';
import { SEARCH_MODELS } from './modules/search/search.model';

/**
 * Refuses models that would answer a field its resolver guards (`@Authorized`, a middleware,
 * argument validation): the compiler must never skip what the resolver path checks. The server
 * checks at start; `compiler/read-models.test.ts` in CI.
 */
export function assertModelsUnguarded(models: ReadonlyMap<string, TypeModel>, guarded: ReadonlySet<string>): void {
  for (const model of models.values()) {
    for (const field of Object.keys(model.fields)) {
      if (guarded.has(`${model.typename}.${field}`)) {
        throw new Error(`${model.typename}.${field} has a read model, but its resolver is guarded (@Authorized, middleware or validation)`);
      }
    }
  }
}

export function readModels(): ReadonlyMap<string, TypeModel> {
  const models = new Map(READ_MODELS);
  for (const model of [...NODE_MODELS, ...SEARCH_MODELS, PERIOD_MODEL, LOCATION_MODEL]) {
    const known = models.get(model.typename);
    models.set(model.typename, known ? { ...known, fields: { ...known.fields, ...model.fields } } : model);
  }
  return models;
}
