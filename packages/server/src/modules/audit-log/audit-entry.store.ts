import type { SortDirection } from '../../graphql/types';
import { AUDIT_LOG, type AuditEntryRow } from '../../audit/audit.store';
import type { Db } from '../../sql/db';
import { SqlParams } from '../../sql/fragments';
import { paginate, type Page, type PageArgs } from '../../sql/pagination';
import { writeFilterConditions, type ChangesFilterValues } from '../changes/change.store';

export interface AuditFilterValues extends ChangesFilterValues {
  apiKeyId?: string | null;
  /** Any of these keys (none given: no condition). */
  apiKeyIds?: readonly string[];
  operation?: string | null;
}

/** The audit log, newest first. */
export function auditLogPage(
  db: Db,
  filter: AuditFilterValues,
  args: PageArgs & { orderBy?: { direction: SortDirection } | null },
): Promise<Page<AuditEntryRow>> {
  const params = new SqlParams();
  const where = writeFilterConditions(filter, params, 't.occurred_at');
  if (filter.apiKeyId) where.push(`t.api_key_id = ${params.add(filter.apiKeyId)}::bigint`);
  if (filter.apiKeyIds?.length) where.push(`t.api_key_id = ANY(${params.add(filter.apiKeyIds)}::bigint[])`);
  if (filter.operation) where.push(`t.operation = ${params.add(filter.operation)}`);
  return paginate<AuditEntryRow>(
    db,
    {
      select: AUDIT_LOG.select('t'),
      from: 'audit_log t',
      where,
      params,
      orderKey: 't.id',
      orderKeyType: 'bigint',
      direction: args.orderBy?.direction ?? 'DESC',
    },
    args,
  );
}
