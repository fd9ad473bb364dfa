import { ENUM_LABELS, type Language } from '@qorgau/schema';
import { BadUserInputError } from '../../errors';
import type { EnumLabelsRow } from './enum-label.store';

/**
 * The labels of the enums named in `types` (every enum that has labels when omitted), by enum name,
 * in `lang`. An enum without labels is bad input at its position.
 */
export function enumLabels(types: readonly string[] | null | undefined, lang: Language): EnumLabelsRow[] {
  types?.forEach((type, index) => {
    if (!Object.hasOwn(ENUM_LABELS, type)) throw new BadUserInputError(`${type} is not an enum with labels`, `types[${index}]`);
  });
  const wanted = types ? new Set(types) : null;
  const key = lang.toLowerCase() as 'en' | 'ru' | 'kk';
  return Object.keys(ENUM_LABELS)
    .filter((type) => wanted === null || wanted.has(type))
    .sort()
    .map((type) => ({
      type,
      values: Object.entries(ENUM_LABELS[type]!).map(([value, labels]) => ({ value, label: labels[key] })),
    }));
}
