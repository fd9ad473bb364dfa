import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of sources that an input can break. */
export type SourceRule = 'SUBMISSION_KIND' | 'SUBMISSION_NOT_EDITABLE';

/** What a client is told when an input breaks a rule of sources. */
export function sourceRuleViolation(rule: SourceRule): RuleViolation {
  switch (rule) {
    case 'SUBMISSION_KIND':
      return { code: UserErrorCode.INVALID, message: 'API_SUBMISSION sources are made by the API itself for writes that cite no document' };
    case 'SUBMISSION_NOT_EDITABLE':
      return { code: UserErrorCode.INVALID, message: 'API_SUBMISSION sources are kept by the API and not edited' };
    default:
      return assertUnreachable(rule);
  }
}
