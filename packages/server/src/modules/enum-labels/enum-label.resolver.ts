import type { Language } from '@qorgau/schema';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { MaxItems } from '../../graphql/max-items';
import { LangArg } from '../../graphql/types';
import { enumLabels } from './enum-label.service';
import type { EnumLabelsRow } from './enum-label.store';
import { EnumLabels } from './enum-label.type';

@Resolver(() => EnumLabels)
export class EnumLabelsResolver {
  @MaxItems(0)
  @Query(() => [EnumLabels], {
    description:
      "Labels for the values of the registry's enums (kinds, statuses, roles, themes, qualifiers, …) in English, Russian or Kazakh, so that apps show what the API shows; also in @qorgau/schema as ENUM_LABELS.",
  })
  enumLabels(
    @Arg('types', () => [String], { nullable: true, description: 'The enums, by name (`EventKind`); all of them when omitted.' })
    types: string[] | undefined,
    @LangArg() lang: Language | undefined,
    @Ctx() ctx: Context,
  ): EnumLabelsRow[] {
    return enumLabels(types, lang ?? ctx.lang);
  }
}
