// The read compiler's models: every feature's (modules.ts), plus node lookup's and search's,
// which span features (as schema.ts adds their resolvers beside the features').
import type { TypeModel } from './compiler/model';
import { READ_MODELS } from './modules';
import { NODE_MODELS } from './modules/node/node.model';
import { SEARCH_MODELS } from './modules/search/search.model';

export function readModels(): ReadonlyMap<string, TypeModel> {
  const models = new Map(READ_MODELS);
  for (const model of [...NODE_MODELS, ...SEARCH_MODELS]) {
    const known = models.get(model.typename);
    models.set(model.typename, known ? { ...known, fields: { ...known.fields, ...model.fields } } : model);
  }
  return models;
}
