/**
 * Every `code` of a mutation's `userErrors`: what was wrong with the input, field by field. The
 * write was refused and nothing was changed. Shared by the server (which raises them) and the SDK.
 */
export const UserErrorCode = {
  /** A required field is missing or empty. */
  REQUIRED: 'REQUIRED',
  /** A field's value is malformed, out of range or inconsistent with another field. */
  INVALID: 'INVALID',
  /** A field refers to a record (by ID or slug) that does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** A value that must be unique (a slug) is taken. */
  TAKEN: 'TAKEN',
  /** The record changed since the client read it: `version` is not current. Nothing was overwritten. */
  CONFLICT: 'CONFLICT',
} as const;

export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

export const USER_ERROR_CODES: readonly UserErrorCode[] = Object.values(UserErrorCode);
