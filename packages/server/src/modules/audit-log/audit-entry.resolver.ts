import { Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AuditEntryRow } from '../../audit/audit.store';
import type { ApiKeyRow } from '../../auth/api-key.store';
import { Role } from '../../auth/principal';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import { ApiKey } from '../api-keys/api-key.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { AuditLogArgs } from './audit-entry.inputs';
import { listAuditEntries } from './audit-entry.service';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description: 'Every write with its author, before and after, newest first (ADMIN only: null, with an error, for others).',
  })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context): Promise<Page<AuditEntryRow>> {
    return listAuditEntries(ctx, args);
  }

  @FieldResolver(() => ID, { description: 'The global ID of the record written (kept after it is deleted).' })
  recordId(@Root() row: AuditEntryRow): string {
    return toGlobalId(row.recordType, row.recordId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record as it is now; null once deleted (and for API keys).' })
  record(@Root() row: AuditEntryRow, @Ctx() ctx: Context): Promise<unknown> {
    return ctx.loadNode(row.recordType, row.recordId);
  }

  @FieldResolver(() => ApiKey, { nullable: true, description: 'The key that wrote; null for an operator on the command line.' })
  apiKey(@Root() row: AuditEntryRow, @Ctx() ctx: Context): Promise<ApiKeyRow | null> | null {
    return row.apiKeyId ? ctx.loaders.apiKeyById.load(row.apiKeyId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The key's organization." })
  organization(@Root() row: AuditEntryRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.organizationId ? ctx.loaders.organizationById.load(row.organizationId) : null;
  }
}
