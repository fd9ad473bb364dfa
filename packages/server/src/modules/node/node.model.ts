import type { FieldCompiler, FieldScope, TypeModel } from '../../compiler/model';
import { decodeGlobalId, nodeTypes } from '../../graphql/global-id';
import { MAX_PAGE_SIZE } from '../../sql/pagination';
import { BadUserInputError } from '../../errors';

/** The selection over the record a global ID names, as `loadNode` finds it: null for none, or for a type `node` does not return. */
function nodeById(scope: FieldScope, globalId: string, argument: string): string {
  const { type, id } = decodeGlobalId(globalId, argument);
  if (!nodeTypes().includes(type)) return 'NULL::json';
  const item = scope.alias();
  return `(SELECT ${scope.objectAs(type, item)} FROM ${scope.tableOf(type)} ${item} WHERE ${item}.id = ${scope.param(id)}::bigint)`;
}

const node: FieldCompiler = (scope) => nodeById(scope, scope.args.id as string, 'id');

const nodes: FieldCompiler = (scope) => {
  const ids = scope.args.ids as string[];
  if (ids.length > MAX_PAGE_SIZE) throw new BadUserInputError(`ids takes at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`, 'ids');
  return `json_build_array(${ids.map((id, index) => nodeById(scope, id, `ids[${index}]`)).join(', ')})`;
};

export const NODE_MODELS: TypeModel[] = [{ typename: 'Query', fields: { node, nodes } }];
