import { listField, nestedConnectionField, tableFields, value, type FieldCompiler, type TypeModel } from '../../compiler/model';
import { nodeTypes } from '../../graphql/global-id';
import type { CitingRecordsArgs } from './source.inputs';
import { SOURCES, citingRecordsListSpec, sourcesCitedBy } from './source.store';

/** The documents a record (of GraphQL type `typename`) cites, in the order sourcesByRecord loads them. */
export function citedSourcesField(typename: string): FieldCompiler {
  return listField(sourcesCitedBy(typename));
}

/** The fields every registry record has beside its table's: its sources. */
export function recordFields(typename: string): Record<string, FieldCompiler> {
  return { sources: citedSourcesField(typename) };
}

export const SOURCE_MODELS: TypeModel[] = [
  {
    typename: 'Source',
    table: 'sources',
    fields: {
      ...tableFields(SOURCES),
      link: value((row) => `${row}.url`),
      records: nestedConnectionField((args: CitingRecordsArgs) => citingRecordsListSpec(args, nodeTypes())),
    },
  },
];
