import { defineFeature } from '../../feature';
import { REGIONS, REGION_SUCCESSIONS, createRegionLoaders } from './region.store';
import { RegionResolver } from './region.resolver';
import { Region } from './region.type';

export const regionsFeature = defineFeature({
  name: 'regions',
  resolvers: [RegionResolver],
  types: [Region],
  createLoaders: createRegionLoaders,
  nodes: [{ typeName: 'Region', load: (loaders, id) => loaders.regionById.load(id) }],
  tables: [REGIONS, REGION_SUCCESSIONS],
});
