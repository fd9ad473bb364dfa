import { Field, InputType } from 'type-graphql';
import { DateRangeInput } from '../../graphql/types';
import { IndicatorKind, ValueKind } from './indicator.type';

@InputType({ description: 'Narrows the indicator values of a pilot.' })
export class IndicatorFilter {
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only values whose period overlaps these dates.' })
  period?: DateRangeInput | null;
}

@InputType({ description: 'Which indicator values to total.' })
export class IndicatorTotalsFilter {
  @Field(() => [IndicatorKind], { nullable: true, description: 'Only these indicators.' }) indicators?: IndicatorKind[] | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only values whose period lies within these dates.' })
  period?: DateRangeInput | null;
  @Field(() => ValueKind, { nullable: true, description: 'Achieved (the default) or target figures.' }) kind?: ValueKind | null;
}
