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
  return `${DATA_PREFIX}${data.text}${compiledBodyTail(extensions)}`;
}

const DATA_PREFIX = '{"data":';

function compiledBodyTail(extensions: Record<string, unknown> | undefined): string {
  return `${extensions === undefined ? '' : `,"extensions":${JSON.stringify(extensions)}`}}\n`;
}

/**
 * Answers up to this many characters are sent as one string: Node writes a string body together
 * with the head in one write, where bytes cost a buffer of their own and a gathered write (for Q2's
 * 4 KB answer, ~10 µs of a bare server's ~70 µs per request).
 */
const STRING_BODY_MAX_CHARS = 16 * 1024;

/** The body of a compiled answer as the lane writes it to the socket: a string when small, else bytes. */
export function compiledBodyToSend(data: RawJson, extensions: Record<string, unknown> | undefined): string | Buffer {
  return data.text.length <= STRING_BODY_MAX_CHARS ? compiledBody(data, extensions) : compiledBodyBytes(data, extensions);
}

/**
 * `compiledBody` encoded: the data's text is written into the buffer as it is, so that a large
 * answer (Q1's 62 KB) is not also copied into a joined string first, which the garbage collector
 * would have to move while the answer waits for the socket.
 */
function compiledBodyBytes(data: RawJson, extensions: Record<string, unknown> | undefined): Buffer {
  const tail = compiledBodyTail(extensions);
  const dataBytes = Buffer.byteLength(data.text, 'utf8');
  const body = Buffer.allocUnsafe(DATA_PREFIX.length + dataBytes + Buffer.byteLength(tail, 'utf8'));
  body.write(DATA_PREFIX, 0, 'latin1');
  body.write(data.text, DATA_PREFIX.length, 'utf8');
  body.write(tail, DATA_PREFIX.length + dataBytes, 'utf8');
  return body;
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
