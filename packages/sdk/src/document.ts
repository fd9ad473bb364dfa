/** What a GraphQL operation does: only queries are safe to send twice. */
export type OperationKind = 'query' | 'mutation' | 'subscription';

/** An operation definition of a document: its kind and name (none for `{ … }` or an anonymous one). */
export interface OperationDefinition {
  kind: OperationKind;
  name: string | undefined;
}

const OPERATION_KEYWORDS = new Set(['query', 'mutation', 'subscription']);
const NAME_START = /[_A-Za-z]/;
const NAME_PART = /[_0-9A-Za-z]/;

/**
 * The operations a document defines, read from its text the way a GraphQL parser tokenizes it:
 * comments, strings and block strings are skipped, and only top-level definitions count, so a
 * fragment before the operation, the word "mutation" in a comment or a `{` inside a string or a
 * default value does not mislead it. Kept small instead of bundling graphql-js into every app.
 */
export function operationDefinitions(text: string): OperationDefinition[] {
  const definitions: OperationDefinition[] = [];
  let depth = 0;
  // The definition whose header is being read at the top level ('fragment' for a fragment); null between definitions.
  let current: OperationDefinition | 'fragment' | null = null;
  let expectName = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '#') {
      while (i < text.length && text.charAt(i) !== '\n' && text.charAt(i) !== '\r') i += 1;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        i += 3;
        while (i < text.length && !text.startsWith('"""', i)) i += text.startsWith('\\"""', i) ? 4 : 1;
        i += 3;
      } else {
        i += 1;
        while (i < text.length && text.charAt(i) !== '"' && text.charAt(i) !== '\n') i += text.charAt(i) === '\\' ? 2 : 1;
        i += 1;
      }
      continue;
    } else if (c === '{' || c === '(' || c === '[') {
      if (c === '{' && depth === 0 && current === null) {
        current = { kind: 'query', name: undefined };
        definitions.push(current);
      }
      expectName = false;
      depth += 1;
    } else if (c === '}' || c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
      if (c === '}' && depth === 0) current = null;
    } else if (NAME_START.test(c)) {
      let end = i + 1;
      while (end < text.length && NAME_PART.test(text.charAt(end))) end += 1;
      const word = text.slice(i, end);
      if (depth === 0) {
        if (current === null && OPERATION_KEYWORDS.has(word)) {
          current = { kind: word as OperationKind, name: undefined };
          definitions.push(current);
          expectName = true;
        } else if (current === null && word === 'fragment') {
          current = 'fragment';
        } else if (expectName && current !== null && current !== 'fragment') {
          current.name = word;
          expectName = false;
        }
      }
      i = end;
      continue;
    } else if (c === '@' || c === '$') {
      expectName = false;
    }
    i += 1;
  }
  return definitions;
}

/**
 * The kind of the operation a request runs: the one named `operationName`, or the document's only
 * operation. Null when that is not clear (several operations and no name, or none): callers must
 * then treat the request as unsafe to repeat.
 */
export function operationOf(text: string, operationName?: string): OperationDefinition | null {
  const operations = operationDefinitions(text);
  if (operationName !== undefined) return operations.find((operation) => operation.name === operationName) ?? null;
  return operations.length === 1 ? (operations[0] ?? null) : null;
}
