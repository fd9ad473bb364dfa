import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of regions that an input can break. */
export type RegionRule = 'VALIDITY_REVERSED' | 'PARENT_CYCLE' | 'PREDECESSOR_ITSELF' | 'PREDECESSOR_TWICE';

/** What a client is told when an input breaks a rule of regions. */
export function regionRuleViolation(rule: RegionRule): RuleViolation {
  switch (rule) {
    case 'VALIDITY_REVERSED':
      return { code: UserErrorCode.INVALID, message: 'must be after validFrom' };
    case 'PARENT_CYCLE':
      return { code: UserErrorCode.INVALID, message: 'is this region or lies below it: regions cannot form a cycle' };
    case 'PREDECESSOR_ITSELF':
      return { code: UserErrorCode.INVALID, message: 'a region cannot come from itself' };
    case 'PREDECESSOR_TWICE':
      return { code: UserErrorCode.INVALID, message: 'is listed twice' };
    default:
      return assertUnreachable(rule);
  }
}
