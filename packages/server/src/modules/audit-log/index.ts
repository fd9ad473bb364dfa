import { AUDIT_LOG } from '../../audit/audit.store';
import { defineFeature } from '../../feature';
import { AuditEntryResolver } from './audit-entry.resolver';

export const auditLogFeature = defineFeature({
  name: 'audit-log',
  resolvers: [AuditEntryResolver],
  tables: [AUDIT_LOG],
});
