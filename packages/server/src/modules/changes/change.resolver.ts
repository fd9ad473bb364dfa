import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ChangeRow } from '../../audit/audit.store';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { ChangesArgs } from './change.inputs';
import { listChanges } from './change.service';
import { Change, ChangeConnection } from './change.type';

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'What changed in the registry, in the order the changes were committed (oldest first): follow `pageInfo.endCursor` with `after` to sync, or filter by record, type, organization and time.',
  })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: Context): Promise<Page<ChangeRow>> {
    return listChanges(ctx, args);
  }

  @FieldResolver(() => ID, { description: 'The global ID of the record (kept after it is deleted).' })
  recordId(@Root() row: ChangeRow): string {
    return toGlobalId(row.recordType, row.recordId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record as it is now; null once it is deleted.' })
  record(@Root() row: ChangeRow, @Ctx() ctx: Context): Promise<unknown> {
    return ctx.loadNode(row.recordType, row.recordId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization whose key made the change; null for keys of no organization.',
  })
  organization(@Root() row: ChangeRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.organizationId ? ctx.loaders.organizationById.load(row.organizationId) : null;
  }
}
