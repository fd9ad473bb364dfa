// A GraphQL Code Generator plugin: the map from each operation document to the client method that
// runs it (its name in camelCase), its kind, and for connection queries where the page is found.
// The client builds its methods and paginators from this map, so adding an operation document is
// all it takes to add a typed method.
const { Kind } = require('graphql');

function camelCase(name) {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

module.exports = {
  plugin(_schema, documents) {
    const entries = [];
    const imports = [];
    for (const { document } of documents) {
      for (const definition of document?.definitions ?? []) {
        if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
        const name = definition.name.value;
        const roots = definition.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
        const variables = (definition.variableDefinitions ?? []).map((v) => v.variable.name.value);
        let connection = null;
        if (definition.operation === 'query' && roots.length === 1 && variables.includes('after')) {
          const root = roots[0];
          const fields = (root.selectionSet?.selections ?? []).filter((s) => s.kind === Kind.FIELD).map((s) => s.name.value);
          if (fields.includes('pageInfo')) {
            connection = { field: (root.alias ?? root.name).value, items: fields.includes('edges') ? 'edges' : 'nodes' };
          }
        }
        imports.push(`${name}Document`);
        const parts = [`document: ${name}Document`, `operationName: '${name}'`, `kind: '${definition.operation}'`];
        if (connection) parts.push(`connection: { field: '${connection.field}', items: '${connection.items}' }`);
        entries.push(`  ${camelCase(name)}: { ${parts.join(', ')} },`);
      }
    }
    return [
      `import { ${imports.sort().join(', ')} } from './graphql.js';`,
      '',
      '/** Every operation of the SDK, keyed by the name of the client method that runs it. */',
      'export const operations = {',
      ...entries,
      '} as const;',
      '',
    ].join('\n');
  },
};
