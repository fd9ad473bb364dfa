import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs, DateTimeScalar } from '../../graphql/types';

@InputType({ description: 'Narrows a list of changes; all given conditions must hold.' })
export class ChangeFilter {
  @Field(() => [String], { nullable: true, description: 'Only changes of records of these GraphQL types (`Event`, `Recommendation`, …).' })
  recordTypes?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Only changes of this record (its global ID; deleted records keep theirs).' }) record?:
    string | null;
  @Field(() => [ID], { nullable: true, description: 'Only changes of any of these records (by global ID, which deleted records keep).' })
  records?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Only changes made by this organization (by global ID).' }) organization?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only changes made by any of these organizations (by ID or slug).' })
  organizations?: string[] | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes made at or after this time.' }) since?: string | null;
}

@ArgsType()
export class ChangesArgs extends ConnectionArgs {
  @Field(() => ChangeFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ChangeFilter | null;
}
