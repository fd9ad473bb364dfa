import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of recommendations that an input can break. */
export type RecommendationRule = 'POSITION_OUT_OF_RANGE' | 'RESPONSIBLE_TWICE' | 'CHANGED_IN_FUTURE' | 'SAME_STATUS';

/** The last place a recommendation may take among those of its event. */
export const MAX_POSITION = 10_000;

/** What a client is told when an input breaks a rule of recommendations. */
export function recommendationRuleViolation(rule: RecommendationRule): RuleViolation {
  switch (rule) {
    case 'POSITION_OUT_OF_RANGE':
      return { code: UserErrorCode.INVALID, message: `must be from 0 to ${MAX_POSITION}` };
    case 'RESPONSIBLE_TWICE':
      return { code: UserErrorCode.INVALID, message: 'is listed twice' };
    case 'CHANGED_IN_FUTURE':
      return { code: UserErrorCode.INVALID, message: 'must not be in the future' };
    case 'SAME_STATUS':
      return { code: UserErrorCode.INVALID, message: 'is the status the recommendation has already' };
    default:
      return assertUnreachable(rule);
  }
}

/** What an EDITOR may do with recommendations (FORBIDDEN otherwise). */
export const RECOMMENDATION_EDITOR_SCOPE = 'change the status of recommendations its organization is responsible for';
