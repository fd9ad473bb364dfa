import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of pilot regions that an input can break. */
export type PilotRegionRule = 'UNIT_COUNT_BELOW_ONE' | 'PILOT_IN_REGION_EXISTS';

/** What a client is told when an input breaks a rule of pilot regions. */
export function pilotRegionRuleViolation(rule: PilotRegionRule): RuleViolation {
  switch (rule) {
    case 'UNIT_COUNT_BELOW_ONE':
      return { code: UserErrorCode.INVALID, message: 'must be 1 or more' };
    case 'PILOT_IN_REGION_EXISTS':
      return { code: UserErrorCode.TAKEN, message: 'the programme has a pilot in this region already' };
    default:
      return assertUnreachable(rule);
  }
}
