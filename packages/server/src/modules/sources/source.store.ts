import type { Db } from '../../sql/db';
import { rowsById, rowsByKey } from '../../sql/loaders';
import { col, defineTable, type RowOf } from '../../sql/table';
import type { Language } from '@qorgau/schema';
import type { SourceKind } from './source.type';

/** The documents records were taken from. Sources have slugs and versions but are not `Record`s (they have no sources). */
export const SOURCES = defineTable(
  'sources',
  {
    __typename: col.typename('Source'),
    id: col.id(),
    slug: col.text('slug'),
    title: col.localized('title'),
    publisher: col.localized('publisher', { nullable: true }),
    publishedOn: col.date('published_on', { nullable: true }),
    url: col.text('url', { nullable: true }),
    language: col.enum<Language>('language'),
    kind: col.enum<SourceKind>('kind'),
    note: col.localized('note', { nullable: true }),
    version: col.int('version'),
    createdAt: col.timestamp('created_at'),
    updatedAt: col.timestamp('updated_at'),
  },
  { versioned: true },
);
export type SourceRow = RowOf<typeof SOURCES>;

/** Which documents each record was taken from; `recordType` names the record's GraphQL type. */
export const RECORD_SOURCES = defineTable('record_sources', {
  recordType: col.text('record_type'),
  recordId: col.ref('record_id'),
  sourceId: col.ref('source_id'),
});

/** The key of a record's sources: `Type:databaseId`. */
export function recordKey(typeName: string, id: string): string {
  return `${typeName}:${id}`;
}

// Created per request: loaders must not outlive the operation.
export function createSourceLoaders(db: Db) {
  return {
    sourceById: rowsById(db, 'sourcesByIds', SOURCES),
    /** Keyed by `recordKey(type, id)`. */
    sourcesByRecord: rowsByKey<SourceRow>(
      db,
      (keys) => `/* sourcesByRecords */
      SELECT rs.record_type || ':' || rs.record_id AS "__key", ${SOURCES.select('t')}
      FROM record_sources rs JOIN sources t ON t.id = rs.source_id
      WHERE (rs.record_type, rs.record_id) IN (SELECT split_part(k, ':', 1), split_part(k, ':', 2)::bigint FROM unnest(${keys}::text[]) k)
      ORDER BY t.published_on NULLS LAST, t.id`,
    ),
  };
}
export type SourceLoaders = ReturnType<typeof createSourceLoaders>;
