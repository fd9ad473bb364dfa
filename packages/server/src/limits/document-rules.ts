import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '@qorgau/schema';
import { DomainError } from '../errors';
import type { Config } from '../config/env';

/** A document or request over one of the limits: refused before anything runs. */
export class QueryTooComplexError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown>) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, extensions);
  }
}

/**
 * graphql-armor's rejection, reported as a validation error whose code is QUERY_TOO_COMPLEX and
 * which names the limit (armor's own would throw out of validation and read "Syntax Error").
 */
function reportAs(limit: string, maximum: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, '');
        context?.reportError(new GraphQLError(message, { originalError: new QueryTooComplexError(message, { limit, maximum }) }));
      },
    ],
  };
}

/** Depth, alias and directive limits, checked while the document is validated (kept libraries, not ours). */
export function documentLimitRules(limits: Config['limits']): ValidationRule[] {
  return [
    // Fragments do not add a level: a document's depth is what it would be with them written inline.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...reportAs('depth', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs('aliases', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs('directives', limits.maxDirectives) }),
  ] as unknown as ValidationRule[];
}
