import { defineFeature } from '../../feature';
import { INDICATOR_VALUES } from './indicator.store';
import { IndicatorTotalResolver, IndicatorValueResolver } from './indicator.resolver';

export const indicatorsFeature = defineFeature({
  name: 'indicators',
  resolvers: [IndicatorValueResolver, IndicatorTotalResolver],
  tables: [INDICATOR_VALUES],
});
