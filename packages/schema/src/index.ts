// This is public API: everything exported here is part of @qorgau/schema's contract.
export { ErrorCode, ERROR_CODES, isErrorCode } from './error-codes';
export { Language, LANGUAGES, FALLBACK_ORDER } from './languages';
export { UserErrorCode, USER_ERROR_CODES } from './user-error-codes';
export { ENUM_LABELS, type EnumValueLabel } from './enum-labels';
