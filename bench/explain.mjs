// pnpm bench --explain: the plans PostgreSQL chooses for the statement the API compiles for each
// query (packages/server/src/compiler) and for the baseline's statement, with EXPLAIN (ANALYZE,
// BUFFERS): the top nodes of each, to compare where the time goes.
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

/** The statement the API's compiler builds for `graphql` with `variables` (English texts). */
function compiledStatement(serverDist, graphql, variables) {
  const { parse, getVariableValues, Kind } = require(require.resolve('graphql', { paths: [serverDist] }));
  require(path.join(serverDist, 'modules.js'));
  const { buildQorgauSchema } = require(path.join(serverDist, 'schema.js'));
  const { readModels } = require(path.join(serverDist, 'read-models.js'));
  const { compileOperation } = require(path.join(serverDist, 'compiler/compile.js'));
  const schema = buildQorgauSchema();
  const document = parse(graphql);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return compileOperation({ schema, models: readModels(), operation, fragments, variables: coerced, lang: 'EN' });
}

/** The plan's nodes down to `depth`, one line each: type, relation or index, time, rows, buffers. */
function planLines(node, depth, indent = '  ') {
  const buffers = `hit ${node['Shared Hit Blocks'] ?? 0} read ${node['Shared Read Blocks'] ?? 0}`;
  const on = node['Index Name'] ?? node['Relation Name'] ?? node['Subplan Name'] ?? node['CTE Name'] ?? '';
  const line = `${indent}${node['Node Type']}${on ? ` (${on})` : ''}: ${node['Actual Total Time']} ms, rows ${node['Actual Rows']} × ${node['Actual Loops']} (planned ${node['Plan Rows']}), ${buffers}`;
  if (depth === 0 || !node.Plans) return [line];
  return [line, ...node.Plans.flatMap((child) => planLines(child, depth - 1, `${indent}  `))];
}

async function explain(client, sql, params) {
  // Once before, untimed: the first statement to touch a page reads it in, and the plans would
  // otherwise compare the API's cold run with the baseline's warm one.
  await client.query(sql, params);
  const [row] = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params)).rows;
  const [result] = row['QUERY PLAN'];
  return result;
}

/** Prints, for each query, both plans' top nodes and their planning and execution times. */
export async function explainQueries({ serverDist, databaseUrl, queries, log, depth = 3 }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const query of queries) {
      const { sql, params } = compiledStatement(serverDist, query.graphql, query.variables[0]);
      for (const [who, statement, values] of [
        ['API (compiled)', sql, params],
        ['baseline', query.sql, query.params[0]],
      ]) {
        const result = await explain(client, statement, values);
        log(`${query.name} ${who}: planning ${result['Planning Time']} ms, execution ${result['Execution Time']} ms`);
        for (const line of planLines(result.Plan, depth)) log(line);
      }
    }
  } finally {
    await client.end();
  }
}
