import type { ChangeRow } from '../../audit/audit.store';
import { changesPage, type ChangesFilterValues } from './change.store';
import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { decodeGlobalId, decodeTypedId, isIdType } from '../../graphql/global-id';
import { listReferences, recordKeys, requireReferences, type Reference } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import type { ChangeFilter, ChangesArgs } from './change.inputs';

/** The filter shared by the change feed and the audit log, checked: known types, well-formed IDs. */
export function changesFilterOf(filter: ChangeFilter | null | undefined): ChangesFilterValues {
  filter?.recordTypes?.forEach((type, index) => {
    if (!isIdType(type)) throw new BadUserInputError(`"${type}" is not a type of record of the registry`, `filter.recordTypes[${index}]`);
  });
  return {
    recordTypes: filter?.recordTypes,
    record: filter?.record ? decodeGlobalId(filter.record, 'filter.record') : null,
    records: (filter?.records ?? []).map((record, index) => decodeGlobalId(record, `filter.records[${index}]`)),
    organizationId: filter?.organization ? decodeTypedId(filter.organization, 'Organization', 'filter.organization') : null,
    organizations: recordKeys(filter?.organizations, 'Organization', 'filter.organizations'),
    since: filter?.since,
  };
}

/** The organizations a filter of writes names, which must exist. */
export function changesFilterReferences(filter: ChangeFilter | null | undefined): Reference[] {
  return [
    ['filter.organization', 'Organization', filter?.organization],
    ...listReferences('filter.organizations', 'Organization', filter?.organizations),
  ];
}

/** The public change feed: anyone may follow what changed, oldest first, page by page. */
export async function listChanges(ctx: Context, args: ChangesArgs): Promise<Page<ChangeRow>> {
  const filter = changesFilterOf(args.filter);
  await requireReferences(ctx, changesFilterReferences(args.filter));
  return changesPage(ctx.db, filter, args);
}
