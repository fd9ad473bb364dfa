// This is public API: everything exported here is part of @qorgau/sdk's contract.
export { createClient, isUserErrorsOf } from './client.js';
export type {
  ClientHooks,
  ClientOptions,
  IncomingResponse,
  ItemOf,
  OutgoingRequest,
  PartialResult,
  Paginators,
  QorgauClient,
  RequestOptions,
  ResultOf,
  VariablesOf,
} from './client.js';
export { QorgauError, QorgauGraphQLError, QorgauNetworkError, QorgauUserErrors } from './errors.js';
export type { GraphQLErrorItem, UserError } from './errors.js';
export type { ErrorCode, UserErrorCode } from '@qorgau/schema';
export { operations } from './generated/operations.js';
export * from './generated/graphql.js';
