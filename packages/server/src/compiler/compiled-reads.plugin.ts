import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { coercedVariables, fragmentsOf } from '../graphql/operation-input';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../context';
import { DomainError } from '../errors';
import type { Logger } from '../logger';
import { DatabaseUnavailableError, RequestTimeoutError } from '../sql/db';
import { pgErrorOf } from '../sql/errors';
import { TOO_MANY_BUCKETS } from '../sql/grouping';
import { NotCompilable, compileOperation, type CompiledStatement } from './compile';
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

/** What is known of one operation of one document: whether it compiles at all, and its recent statements. */
interface Plan {
  compilable: boolean;
  /**
   * Statements compiled for recent variable values and languages (compiling is a pure function of
   * them): a dashboard asking the same thing again skips the 40–120 µs of building it.
   */
  statements: Map<string, CompiledStatement>;
}

/** The most statements a plan keeps (it forgets them all past this). */
const STATEMENTS_PER_PLAN = 100;

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
  const hot = hotTexts();

  function planOf(document: DocumentNode, operationName: string | null): Plan {
    let byOperation = plans.get(document);
    if (!byOperation) {
      byOperation = new Map();
      plans.set(document, byOperation);
    }
    const key = operationName ?? '';
    let plan = byOperation.get(key);
    if (!plan) {
      plan = { compilable: true, statements: new Map() };
      byOperation.set(key, plan);
    }
    return plan;
  }

  /**
   * Leaves the operation to the resolvers from now on. Only when that does not depend on the
   * request: a document whose selection a variable switches (`@include(if: $x)`) may compile for
   * other values, and the document is shared by every client that sends the same text.
   */
  function giveUp(plan: Plan, document: DocumentNode): void {
    if (!switchedByVariables(document)) plan.compilable = false;
  }

  async function respond(requestContext: GraphQLRequestContextResponseForOperation<Context>) {
    const { operation, document, contextValue: ctx, operationName } = requestContext;
    // Apollo asks before it reports an unknown operation name: the operation may be missing.
    if (operation?.operation !== 'query') return null;
    const plan = planOf(document, operationName ?? null);
    if (!plan.compilable) return null;
    const variables = coercedVariables(schema, operation, requestContext.request);
    if (!variables) return null;
    const statementKey = `${ctx.lang}:${JSON.stringify(variables)}`;
    let statement = plan.statements.get(statementKey);
    if (!statement) {
      try {
        statement = compileOperation({ schema, models, operation, fragments: fragmentsOf(document), variables, lang: ctx.lang });
      } catch (error) {
        if (error instanceof NotCompilable) {
          if (error.structural) giveUp(plan, document);
          logger.debug({ reason: error.message, operationName }, 'operation served by resolvers');
        } else if (!(error instanceof DomainError)) {
          // Bad input is the resolvers' to report; anything else is a bug of the compiler.
          giveUp(plan, document);
          logger.error({ err: error, operationName, requestId: ctx.requestId }, 'compiling the operation failed');
        }
        return null;
      }
      if (plan.statements.size >= STATEMENTS_PER_PLAN) plan.statements.clear();
      plan.statements.set(statementKey, statement);
    }
    let rows: Array<{ data: string; ok: boolean }>;
    try {
      // Texts sent once (a client's one-off alias spelling) are not worth a prepared statement.
      rows = hot(statement.sql)
        ? await ctx.db.queryPrepared<{ data: string; ok: boolean }>(statement.sql, statement.params)
        : await ctx.db.query<{ data: string; ok: boolean }>(statement.sql, statement.params);
    } catch (error) {
      // An outage, the request's own deadline, or an aggregate with more buckets than an answer
      // holds: the resolvers meet the same condition at once and report it as they do. A statement that ran past the statement timeout would only do so
      // again (the resolvers' smaller statements may not), and any other failure is a bug of the
      // compiler: in both cases the operation is left to the resolvers from now on.
      const transient =
        error instanceof DatabaseUnavailableError ||
        (error instanceof RequestTimeoutError && error.stoppedBy === 'request') ||
        pgErrorOf(error)?.code === TOO_MANY_BUCKETS;
      if (!transient) {
        giveUp(plan, document);
        logger.error({ err: error, operationName, requestId: ctx.requestId }, 'compiled statement failed');
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

/** Remembers recent statement texts: true for a text seen before (bounded: forgets all past 5,000). */
function hotTexts(): (sql: string) => boolean {
  let seen = new Set<string>();
  return (sql) => {
    if (seen.has(sql)) return true;
    if (seen.size >= 5_000) seen = new Set();
    seen.add(sql);
    return false;
  };
}

const switched = new WeakMap<DocumentNode, boolean>();

/** Whether an `@include`/`@skip` of the document takes a variable. */
function switchedByVariables(document: DocumentNode): boolean {
  let known = switched.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      Directive(directive) {
        if (directive.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE)) known = true;
      },
    });
    switched.set(document, known);
  }
  return known;
}
