import { defineFeature } from '../../feature';
import { INDICATOR_MODELS } from './indicator.model';
import { INDICATOR_VALUES, createIndicatorLoaders } from './indicator.store';
import { IndicatorTotalBucketResolver, IndicatorTotalResolver, IndicatorValueResolver } from './indicator.resolver';
import { IndicatorValue } from './indicator.type';

export const indicatorsFeature = defineFeature({
  name: 'indicators',
  resolvers: [IndicatorValueResolver, IndicatorTotalResolver, IndicatorTotalBucketResolver],
  types: [IndicatorValue],
  createLoaders: createIndicatorLoaders,
  nodes: [{ typeName: 'IndicatorValue', load: (loaders, id) => loaders.indicatorValueById.load(id) }],
  models: INDICATOR_MODELS,
  tables: [INDICATOR_VALUES],
});
