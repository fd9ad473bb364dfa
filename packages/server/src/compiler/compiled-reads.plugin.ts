import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../context';
import { RawJson, type CompiledReads } from './compiled-reads';

/** Apollo Server's `stringifyResult`: compiled data goes out as PostgreSQL's text. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const data: unknown = result.data;
  if (data instanceof RawJson && result.errors === undefined) return compiledBody(data, result.extensions);
  return `${JSON.stringify(result)}\n`;
}

/** The body of an answer whose data PostgreSQL wrote (the same bytes from either lane). */
export function compiledBody(data: RawJson, extensions: Record<string, unknown> | undefined): string {
  const tail = extensions === undefined ? '' : `,"extensions":${JSON.stringify(extensions)}`;
  return `{"data":${data.text}${tail}}\n`;
}

/**
 * Answers query operations with one SQL statement each (compiled-reads.ts) after validation, the
 * cost check and the rate limits have run (`responseForOperation` comes after them). An operation
 * answered so is learnt by the compiled lane, which takes the same text from then on.
 */
export function compiledReadsPlugin(compiled: CompiledReads): ApolloServerPlugin<Context> {
  async function respond(requestContext: GraphQLRequestContextResponseForOperation<Context>) {
    const { operation, document, contextValue, operationName, request, source } = requestContext;
    // Apollo asks before it reports an unknown operation name: the operation may be missing.
    if (!operation) return null;
    const data = await compiled.answer(contextValue, { document, operation, operationName: operationName ?? null, request });
    if (!data) return null;
    // Only texts Apollo parsed from the request itself (not persisted-query hashes) are learnt.
    if (request.query === source && request.extensions?.persistedQuery === undefined)
      compiled.learn(source, request.operationName ?? null, { document, operation });
    return {
      http: { headers: new HeaderMap() },
      body: { kind: 'single' as const, singleResult: { data: data as never } },
    };
  }

  return {
    async requestDidStart() {
      return { responseForOperation: respond };
    },
  };
}
