import type { AuditEntryRow } from '../../audit/audit.store';
import { auditLogPage } from './audit-entry.store';
import type { Context } from '../../context';
import { decodeTypedId } from '../../graphql/global-id';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import { changesFilterOf, changesFilterReferences } from '../changes/change.service';
import type { AuditLogArgs } from './audit-entry.inputs';

/** The audit log, newest first (the resolver lets ADMIN keys only). */
export async function listAuditEntries(ctx: Context, args: AuditLogArgs): Promise<Page<AuditEntryRow>> {
  const filter = args.filter;
  const values = {
    ...changesFilterOf(filter),
    apiKeyId: filter?.apiKey ? decodeTypedId(filter.apiKey, 'ApiKey', 'filter.apiKey') : null,
    apiKeyIds: (filter?.apiKeys ?? []).map((key, index) => decodeTypedId(key, 'ApiKey', `filter.apiKeys[${index}]`)),
    operation: filter?.operation,
  };
  await requireReferences(ctx, changesFilterReferences(filter));
  return auditLogPage(ctx.db, values, args);
}
