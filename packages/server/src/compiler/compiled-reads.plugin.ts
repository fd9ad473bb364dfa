import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { coercedVariables, fragmentsOf } from '../graphql/operation-input';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../context';
import type { Logger } from '../logger';
import { DatabaseUnavailableError, RequestTimeoutError } from '../sql/db';
import { NotCompilable, compileOperation } from './compile';
import type { TypeModel } from './model';

/**
 * A response's data as PostgreSQL wrote it: `stringifyResult` splices the text into the body
 * without parsing it; anything else that serializes the result gets the parsed value.
 */
export class RawJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Apollo Server's `stringifyResult`: compiled data goes out as PostgreSQL's text. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const data: unknown = result.data;
  if (data instanceof RawJson && result.errors === undefined) {
    const extensions = result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`;
    return `{"data":${data.text}${extensions}}\n`;
  }
  return `${JSON.stringify(result)}\n`;
}

/** What is known of one operation of one document: whether it compiles at all. */
interface Plan {
  compilable: boolean;
}

/**
 * Answers query operations with one SQL statement each (compiler/compile.ts) after validation,
 * the cost check and the rate limits have run (`responseForOperation` comes after them). An
 * operation the models do not cover, or whose arguments the resolvers would refuse, or that names
 * a missing record, goes on to the resolvers, which answer it as before.
 */
export function compiledReadsPlugin(options: {
  schema: GraphQLSchema;
  models: ReadonlyMap<string, TypeModel>;
  logger: Logger;
}): ApolloServerPlugin<Context> {
  const { schema, models, logger } = options;
  // Apollo keeps one parsed DocumentNode per query text: plans live as long as it does.
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();

  function planOf(document: DocumentNode, operationName: string | null): Plan {
    let byOperation = plans.get(document);
    if (!byOperation) {
      byOperation = new Map();
      plans.set(document, byOperation);
    }
    const key = operationName ?? '';
    let plan = byOperation.get(key);
    if (!plan) {
      plan = { compilable: true };
      byOperation.set(key, plan);
    }
    return plan;
  }

  async function respond(requestContext: GraphQLRequestContextResponseForOperation<Context>) {
    const { operation, document, contextValue: ctx } = requestContext;
    // Apollo asks before it reports an unknown operation name: the operation may be missing.
    if (operation?.operation !== 'query') return null;
    const plan = planOf(document, requestContext.operationName ?? null);
    if (!plan.compilable) return null;
    const variables = coercedVariables(schema, operation, requestContext.request);
    if (!variables) return null;
    let statement;
    try {
      statement = compileOperation({ schema, models, operation, fragments: fragmentsOf(document), variables, lang: ctx.lang });
    } catch (error) {
      if (error instanceof NotCompilable) {
        plan.compilable = false;
        logger.debug({ reason: error.message, operationName: requestContext.operationName }, 'operation served by resolvers');
      }
      return null;
    }
    let rows: Array<{ data: string; ok: boolean }>;
    try {
      rows = await ctx.db.queryPrepared<{ data: string; ok: boolean }>(statement.sql, statement.params);
    } catch (error) {
      // The resolvers meet the same condition (a timeout, an outage) and report it as they do; any
      // other failure of a compiled statement is a bug of the compiler, answered correctly meanwhile.
      if (!(error instanceof RequestTimeoutError || error instanceof DatabaseUnavailableError)) {
        logger.error({ err: error, operationName: requestContext.operationName, requestId: ctx.requestId }, 'compiled statement failed');
      }
      return null;
    }
    const row = rows[0];
    if (!row?.ok) return null;
    return {
      http: { headers: new HeaderMap() },
      body: { kind: 'single' as const, singleResult: { data: new RawJson(row.data) as never } },
    };
  }

  return {
    async requestDidStart() {
      return { responseForOperation: respond };
    },
  };
}
