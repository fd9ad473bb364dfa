import { defineFeature } from '../../feature';
import { PILOT_REGION_MODELS } from './pilot-region.model';
import { PILOT_AREAS, PILOT_MEASURES, PILOT_REGIONS, createPilotRegionLoaders } from './pilot-region.store';
import { PilotAreaResolver, PilotMeasureResolver, PilotRegionResolver } from './pilot-region.resolver';
import { PilotRegion } from './pilot-region.type';

export const pilotRegionsFeature = defineFeature({
  name: 'pilot-regions',
  resolvers: [PilotRegionResolver, PilotAreaResolver, PilotMeasureResolver],
  types: [PilotRegion],
  createLoaders: createPilotRegionLoaders,
  otherIdTypes: ['PilotArea', 'PilotMeasure'],
  nodes: [
    {
      typeName: 'PilotRegion',
      load: (loaders, id) => loaders.pilotRegionById.load(id),
      loadBySlug: (loaders, slug) => loaders.pilotRegionBySlug.load(slug),
    },
  ],
  models: PILOT_REGION_MODELS,
  tables: [PILOT_REGIONS, PILOT_AREAS, PILOT_MEASURES],
});
