import type { GraphQLRequest } from '@apollo/server';
import { Kind, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { coercedVariables, fragmentsOf, variablesKey } from '../graphql/operation-input';
import type { Logger } from '../logger';
import { RecentMap } from '../recent';
import { DatabaseUnavailableError, RequestTimeoutError } from '../sql/db';
import { pgErrorOf } from '../sql/errors';
import { TOO_MANY_BUCKETS } from '../sql/grouping';
import { CompiledSelections, NotCompilable, compileOperation, type CompiledStatement } from './compile';
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

/** What is known of one operation of one document: whether it compiles at all, and its recent statements. */
interface Plan {
  compilable: boolean;
  /**
   * Statements compiled for recent variable values and languages (compiling is a pure function of
   * them): a dashboard asking the same thing again does not build it again.
   */
  statements: RecentMap<string, CompiledStatement>;
  /** The document's selections that take no variable, compiled once: other values compile only what takes them. */
  selections: CompiledSelections;
}

/** An operation that Apollo parsed, validated and saw answered by one statement: the compiled lane may take its text. */
export interface KnownOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/**
 * What the lane may know: texts up to 16 KiB (an app's operations; a padded text is left to Apollo,
 * whose cache is bounded by size), 4 MiB of them in all (it forgets them all past this, and learns
 * them again from Apollo).
 */
const KNOWN_TEXT_MAX_LENGTH = 16 * 1024;
const KNOWN_TEXTS_MAX_LENGTH = 4 * 1024 * 1024;

const ANSWER = Symbol('compiled answer');

/**
 * Answers query operations with one SQL statement each (compile.ts). An operation the models do not
 * cover, or whose arguments the resolvers would refuse, or that names a missing record, is left to
 * the resolvers, which answer it as before. Used by Apollo's pipeline (compiled-reads.plugin.ts),
 * after validation, the cost check and the budgets, and by the compiled lane
 * (http/compiled-lane.ts) for operations Apollo has seen answered here.
 */
export class CompiledReads {
  // Apollo keeps one parsed DocumentNode per query text: plans live as long as it does.
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  /** Statement texts sent before: a text sent once (a client's one-off alias spelling) is not worth preparing. */
  private readonly sent = new RecentMap<string, true>(5_000);
  /** By operation name ('' for none), then query text: no key is built from a text per request. */
  private known = new Map<string, Map<string, KnownOperation>>();
  private knownLength = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly models: ReadonlyMap<string, TypeModel>,
    private readonly logger: Logger,
  ) {}

  /**
   * The operation's data as PostgreSQL's JSON text, or null when the resolvers are to answer it.
   * Tried once per request: a request the lane hands over is not compiled and run again.
   */
  answer(
    ctx: Context,
    request: { document: DocumentNode; operation: OperationDefinitionNode; operationName: string | null; request: GraphQLRequest },
  ): Promise<RawJson | null> {
    return ctx.once(ANSWER, () => this.run(ctx, request));
  }

  /** The operation of a query text that this process answered with one statement before, if any. */
  knownOperation(query: string, operationName: string | null): KnownOperation | undefined {
    return this.known.get(operationName ?? '')?.get(query);
  }

  /** Records that Apollo parsed and validated `query` and the operation compiled (the lane may take it from now on). */
  learn(query: string, operationName: string | null, known: KnownOperation): void {
    if (query.length > KNOWN_TEXT_MAX_LENGTH || operationName === '' || this.knownOperation(query, operationName)) return;
    if (this.knownLength + query.length > KNOWN_TEXTS_MAX_LENGTH) {
      this.known = new Map();
      this.knownLength = 0;
    }
    let texts = this.known.get(operationName ?? '');
    if (!texts) {
      texts = new Map();
      this.known.set(operationName ?? '', texts);
    }
    texts.set(query, known);
    this.knownLength += query.length;
  }

  /** Whether the operation is left to the resolvers for good (the lane then leaves it to Apollo at once). */
  givenUp(known: KnownOperation): boolean {
    const plan = this.plans.get(known.document)?.get(known.operation.name?.value ?? '');
    return plan !== undefined && !plan.compilable;
  }

  private planOf(document: DocumentNode, operationName: string | null): Plan {
    let byOperation = this.plans.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.plans.set(document, byOperation);
    }
    const key = operationName ?? '';
    let plan = byOperation.get(key);
    if (!plan) {
      // The most statements a plan keeps (it forgets them all past this).
      plan = { compilable: true, statements: new RecentMap(100), selections: new CompiledSelections() };
      byOperation.set(key, plan);
    }
    return plan;
  }

  /**
   * Leaves the operation to the resolvers from now on. Only when that does not depend on the
   * request: a document whose selection a variable switches (`@include(if: $x)`) may compile for
   * other values, and the document is shared by every client that sends the same text.
   */
  private giveUp(plan: Plan, document: DocumentNode): void {
    if (!switchedByVariables(document)) plan.compilable = false;
  }

  private async run(
    ctx: Context,
    {
      document,
      operation,
      operationName,
      request,
    }: { document: DocumentNode; operation: OperationDefinitionNode; operationName: string | null; request: GraphQLRequest },
  ): Promise<RawJson | null> {
    const { schema, models, logger } = this;
    if (operation.operation !== 'query') return null;
    const plan = this.planOf(document, operationName);
    if (!plan.compilable) return null;
    const variables = coercedVariables(schema, operation, request, ctx);
    if (!variables) return null;
    const statementKey = `${ctx.lang}:${variablesKey(schema, operation, request, ctx)}`;
    let statement = plan.statements.get(statementKey);
    if (!statement) {
      try {
        statement = compileOperation({
          schema,
          models,
          operation,
          fragments: fragmentsOf(document),
          variables,
          lang: ctx.lang,
          compiled: plan.selections,
        });
      } catch (error) {
        if (error instanceof NotCompilable) {
          if (error.structural) this.giveUp(plan, document);
          logger.debug({ reason: error.message, operationName }, 'operation served by resolvers');
        } else if (!(error instanceof DomainError)) {
          // Bad input is the resolvers' to report; anything else is a bug of the compiler.
          this.giveUp(plan, document);
          logger.error({ err: error, operationName, requestId: ctx.requestId }, 'compiling the operation failed');
        }
        return null;
      }
      plan.statements.set(statementKey, statement);
    }
    let rows: Array<{ data: string; ok: boolean }>;
    try {
      const sentBefore = this.sent.has(statement.sql);
      if (!sentBefore) this.sent.set(statement.sql, true);
      rows = sentBefore
        ? await ctx.db.queryPrepared<{ data: string; ok: boolean }>(statement.sql, statement.params)
        : await ctx.db.query<{ data: string; ok: boolean }>(statement.sql, statement.params);
    } catch (error) {
      // An outage, the request's own deadline, or an aggregate with more buckets than an answer
      // holds: the resolvers meet the same condition at once and report it as they do. A statement
      // that ran past the statement timeout would only do so again (the resolvers' smaller
      // statements may not), and any other failure is a bug of the compiler: in both cases the
      // operation is left to the resolvers from now on.
      const transient =
        error instanceof DatabaseUnavailableError ||
        (error instanceof RequestTimeoutError && error.stoppedBy === 'request') ||
        pgErrorOf(error)?.code === TOO_MANY_BUCKETS;
      if (!transient) {
        this.giveUp(plan, document);
        logger.error({ err: error, operationName, requestId: ctx.requestId }, 'compiled statement failed');
      }
      return null;
    }
    const row = rows[0];
    return row?.ok ? new RawJson(row.data) : null;
  }
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
