import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of an event that an input can break. */
export type EventRule = 'NO_ORGANIZER' | 'ORGANIZER_TWICE' | 'ENDS_BEFORE_START' | 'PART_OF_ITSELF' | 'PARTICIPANT_WITHOUT_ANYONE';

/** What a client is told when an input breaks a rule of events. */
export function eventRuleViolation(rule: EventRule): RuleViolation {
  switch (rule) {
    case 'NO_ORGANIZER':
      return { code: UserErrorCode.REQUIRED, message: 'an event has at least one organizer' };
    case 'ORGANIZER_TWICE':
      return { code: UserErrorCode.INVALID, message: 'is listed twice' };
    case 'ENDS_BEFORE_START':
      return { code: UserErrorCode.INVALID, message: 'must be on or after startsOn' };
    case 'PART_OF_ITSELF':
      return { code: UserErrorCode.INVALID, message: 'is this event or part of it: events cannot form a cycle' };
    case 'PARTICIPANT_WITHOUT_ANYONE':
      return { code: UserErrorCode.REQUIRED, message: 'name an official, an organization or a title' };
    default:
      return assertUnreachable(rule);
  }
}

/** What an EDITOR may do with events (FORBIDDEN otherwise). */
export const EVENT_EDITOR_SCOPE = 'write events its organization organizes or co-organizes';

/** Why an EDITOR may not drop or change another organization's entry among an event's organizers. */
export const EVENT_OTHER_ORGANIZERS =
  "An EDITOR key may not remove or change another organization's entry among an event's organizers; ask an ADMIN or that organization.";
