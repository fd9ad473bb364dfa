import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of indicator values that an input can break. */
export type IndicatorRule =
  'NO_VALUES' | 'PERIOD_REVERSED' | 'REGION_OUTSIDE_PILOT' | 'KEY_REPEATED' | 'VALUE_EXISTS' | 'VALUE_CHANGED' | 'VALUE_GONE';

/** What a client is told when an input breaks a rule of indicator values. */
export function indicatorRuleViolation(rule: IndicatorRule, current?: number): RuleViolation {
  switch (rule) {
    case 'NO_VALUES':
      return { code: UserErrorCode.REQUIRED, message: 'give at least one figure' };
    case 'PERIOD_REVERSED':
      return { code: UserErrorCode.INVALID, message: 'must be on or after periodStart' };
    case 'REGION_OUTSIDE_PILOT':
      return { code: UserErrorCode.INVALID, message: "must be the pilot's region or a region below it" };
    case 'KEY_REPEATED':
      return { code: UserErrorCode.INVALID, message: 'repeats the region, indicator, kind and period of another figure of this input' };
    case 'VALUE_EXISTS':
      return {
        code: UserErrorCode.CONFLICT,
        message: `a figure for this region, indicator, kind and period exists (version ${current}); send that version to overwrite it`,
      };
    case 'VALUE_CHANGED':
      return { code: UserErrorCode.CONFLICT, message: `the figure changed since it was read: it is at version ${current}` };
    case 'VALUE_GONE':
      return { code: UserErrorCode.CONFLICT, message: 'there is no figure with this key any more: omit the version to record it anew' };
    default:
      return assertUnreachable(rule);
  }
}

/** What an EDITOR may do with indicator values (FORBIDDEN otherwise). */
export const INDICATOR_EDITOR_SCOPE = 'write the figures of pilots of programmes its organization leads';
