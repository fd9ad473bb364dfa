import type { Language } from '@qorgau/schema';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { LangArg, Location, type LocatedRow } from './types';

/** The address of a Location (organizations' and events'), in the language asked. */
@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The address as the source gives it.' })
  address(@Root() row: LocatedRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.address, lang);
  }
}

/** A record's Location (its row, whose columns Location reads); null when it has none. */
export function locationOf(row: LocatedRow): LocatedRow | null {
  return row.latitude === null && row.address === null ? null : row;
}
