import { defineRelation } from '../../sql/relation';
import { snapshotOf, type Snapshot } from '../../audit/snapshot';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams } from '../../sql/fragments';
import { BadUserInputError } from '../../errors';
import type { NestedListSpec } from '../../sql/pagination';
import type { CitingRecordsArgs } from './source.inputs';
import { groupByKey, rowsById, rowsByKey } from '../../sql/loaders';
import { col, defineTable, insertRow, selectById, type RowOf, type WritableRow } from '../../sql/table';
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
    /** For a source of kind API_SUBMISSION: the key whose writes it stands for. */
    apiKeyId: col.ref('api_key_id', 'ApiKey', { nullable: true }),
    /** The organization whose key added the source through the API. */
    addedById: col.ref('added_by_organization_id', 'Organization', { nullable: true }),
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
  /** The record's database id; its type is in recordType. */
  recordId: col.id('record_id'),
  sourceId: col.ref('source_id', 'Source'),
});

/** The order of a record's sources (oldest publication first), for the sources aliased `t`. */
export const SOURCE_ORDER = (t: string) => `${t}.published_on NULLS LAST, ${t}.id`;

/** The sources the records of one GraphQL type cite (through their citations, `${item}_l`). */
export function sourcesCitedBy(typename: string) {
  return defineRelation({
    from: (t) => `record_sources ${t}_l JOIN sources ${t} ON ${t}.id = ${t}_l.source_id AND ${t}_l.record_type = '${typename}'`,
    parentKey: (t) => `${t}_l.record_id`,
    order: SOURCE_ORDER,
  });
}

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
      ORDER BY ${SOURCE_ORDER('t')}`,
    ),
  };
}
export type SourceLoaders = ReturnType<typeof createSourceLoaders>;

/** The ids of the sources each of `recordIds` cites, oldest citation first (records citing none are absent). */
export async function citedSourceIds(tx: Queryable, recordType: string, recordIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await tx.query<{ recordId: string; id: string }>(
    `/* citedSources */ SELECT record_id::text AS "recordId", source_id::text AS id FROM record_sources
     WHERE record_type = $1 AND record_id = ANY($2::bigint[]) ORDER BY record_id, source_id`,
    [recordType, recordIds],
  );
  const groups = groupByKey(recordIds, rows, (row) => row.recordId);
  return new Map(
    recordIds.flatMap((recordId, index) => (groups[index]!.length > 0 ? [[recordId, groups[index]!.map((row) => row.id)]] : [])),
  );
}

/** Adds citations (ones the record has already are kept once). */
export async function insertCitations(tx: Queryable, recordType: string, recordId: string, sourceIds: readonly string[]): Promise<void> {
  if (sourceIds.length === 0) return;
  await tx.query(
    `/* insertCitations */ INSERT INTO record_sources (record_type, record_id, source_id)
     SELECT $1, $2::bigint, unnest($3::bigint[]) ON CONFLICT DO NOTHING`,
    [recordType, recordId, sourceIds],
  );
}

/** Removes deleted records' citations (record_sources has no foreign key to the record). */
export async function deleteCitations(tx: Queryable, recordType: string, recordIds: readonly string[]): Promise<void> {
  await tx.query(`/* deleteCitations */ DELETE FROM record_sources WHERE record_type = $1 AND record_id = ANY($2::bigint[])`, [
    recordType,
    recordIds,
  ]);
}

/** The API_SUBMISSION source of a key, if its writes have cited it already. */
export async function submissionSourceId(tx: Queryable, apiKeyId: string): Promise<string | null> {
  const rows = await tx.query<{ id: string }>(`/* submissionSource */ SELECT id::text AS id FROM sources WHERE api_key_id = $1::bigint`, [
    apiKeyId,
  ]);
  return rows[0]?.id ?? null;
}

/** Sources whose slugs start so are the API's own (API_SUBMISSION); nobody else may take such a slug. */
export const SUBMISSION_SLUG_PREFIX = 'api-submission-';

/**
 * Creates the API_SUBMISSION source of a key, titled with the key's name and published by its
 * organization; returns its id, and whether this call made it (concurrent first writes of one key
 * meet on the unique key and share one source, made once).
 */
export async function insertSubmissionSource(tx: Queryable, apiKeyId: string): Promise<{ id: string; inserted: boolean }> {
  const rows = await tx.query<{ id: string; inserted: boolean }>(
    `/* insertSubmissionSource */ INSERT INTO sources (slug, title, publisher, language, kind, api_key_id, added_by_organization_id)
     SELECT '${SUBMISSION_SLUG_PREFIX}key-' || k.id, jsonb_build_object(
         'en', 'Submitted through the Qorgau API with the key "' || k.name || '"',
         'ru', 'Передано через API Qorgau с ключом «' || k.name || '»',
         'kk', 'Qorgau API арқылы «' || k.name || '» кілтімен жіберілді'),
       o.name, 'EN', 'API_SUBMISSION', k.id, k.organization_id
     FROM api_keys k LEFT JOIN organizations o ON o.id = k.organization_id WHERE k.id = $1::bigint
     ON CONFLICT (api_key_id) DO UPDATE SET api_key_id = EXCLUDED.api_key_id
     RETURNING id::text AS id, (xmax = 0) AS inserted`,
    [apiKeyId],
  );
  return rows[0] as { id: string; inserted: boolean };
}

export function insertSource(tx: Queryable, values: WritableRow<typeof SOURCES>): Promise<string> {
  return insertRow(tx, 'insertSource', SOURCES, values);
}

export function sourceRow(tx: Queryable, id: string): Promise<SourceRow | null> {
  return selectById(tx, 'sourceById', SOURCES, id);
}

/** How many records cite a source (a cited source is not deleted). */
export const SOURCE_REFERENCES = [{ sql: 'SELECT 1 FROM record_sources WHERE source_id = $1::bigint', what: 'citing records' }];

/** A source as the audit log and the change feed see it. */
export function sourceSnapshot(row: SourceRow): Snapshot {
  return snapshotOf(SOURCES, row);
}

/** A record citing a source, as a page of `Source.records` lists it: its type and id. */
export interface CitingRecordRow {
  __typename: string;
  id: string;
}

/**
 * The records (node types only) citing sources, for pages of many sources at once: rows named by
 * `__typename` and `id`, which the read compiler and the node loaders turn into records.
 */
export function citingRecordsListSpec(args: CitingRecordsArgs, types: readonly string[]): NestedListSpec {
  args.recordTypes?.forEach((type, index) => {
    if (!types.includes(type)) throw new BadUserInputError(`"${type}" is not a type of record that cites sources`, `recordTypes[${index}]`);
  });
  const params = new SqlParams();
  const wanted = args.recordTypes?.length ? types.filter((type) => args.recordTypes!.includes(type)) : types;
  return {
    spec: {
      select: `t."__typename", t.id::text AS id`,
      from: `(SELECT c.record_type AS "__typename", c.record_id AS id, c.source_id FROM record_sources c) t`,
      where: [`t."__typename" = ANY(${params.add(wanted)}::text[])`],
      params,
      orderKey: `t."__typename"`,
      orderKeyType: 'text',
      direction: args.orderBy?.direction ?? 'ASC',
    },
    parentKey: 't.source_id',
  };
}
