import type { Context } from '../../context';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import { programmeFilterReferences, type ProgrammesArgs } from './programme.inputs';
import { programmesPage, type ProgrammeRow } from './programme.store';

export async function listProgrammes(ctx: Context, args: ProgrammesArgs): Promise<Page<ProgrammeRow>> {
  await requireReferences(ctx, programmeFilterReferences(args.filter));
  return programmesPage(ctx.db, args);
}
