import { Field, ObjectType } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';

@ObjectType({ simpleResolvers: true, description: 'What an app shows for one value of an enum.' })
export class EnumValueLabel {
  @Field({ description: 'The value, as the API spells it (`CONFERENCE`).' }) value!: string;
  @Field({ description: 'Its label in the language asked ("Конференция").' }) label!: string;
}

@ObjectType({ simpleResolvers: true, description: "The labels of one enum's values." })
export class EnumLabels {
  @Field({ description: 'The enum, as the schema names it (`EventKind`).' }) type!: string;
  @MaxItems(0)
  @Field(() => [EnumValueLabel], { description: 'Every value, in the order the schema declares them.' })
  values!: EnumValueLabel[];
}
