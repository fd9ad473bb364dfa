import { defineFeature } from '../../feature';
import { REGION_MODELS } from './region.model';
import { REGIONS, REGION_SUCCESSIONS, createRegionLoaders } from './region.store';
import { RegionResolver } from './region.resolver';
import { Region } from './region.type';

export const regionsFeature = defineFeature({
  name: 'regions',
  resolvers: [RegionResolver],
  types: [Region],
  createLoaders: createRegionLoaders,
  nodes: [
    {
      typeName: 'Region',
      load: (loaders, id) => loaders.regionById.load(id),
      loadBySlug: (loaders, slug) => loaders.regionBySlug.load(slug),
    },
  ],
  models: REGION_MODELS,
  tables: [REGIONS, REGION_SUCCESSIONS],
});
