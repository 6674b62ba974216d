import { applyDecorators, type Type } from '@nestjs/common';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '@waymark/shared/types';
import { Type as TransformTo } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';

registerEnumType(SortDirection, { name: 'SortDirection', description: 'ASC: smallest, earliest or A first; DESC: the reverse' });

/** How a connection is ordered: one field of its own enum and a direction. */
export interface Order<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * One shape of sort on every connection that can be ordered more than one way:
 * `orderBy: <Thing>Order { field: <its enum>!, direction: SortDirection! }`.
 */
export function OrderInput<F extends string>(fieldEnum: Record<string, F>, name: string, description: string): Type<Order<F>> {
  @InputType(name, { description })
  class OrderType implements Order<F> {
    @Field(() => fieldEnum)
    @IsEnum(fieldEnum, { message: `field must be one of ${Object.values(fieldEnum).join(', ')}` })
    field: F;

    @Field(() => SortDirection)
    @IsEnum(SortDirection, { message: 'direction must be ASC or DESC' })
    direction: SortDirection;
  }
  return OrderType;
}

/** The `orderBy` argument of a connection, validated as its input. */
export function OrderByField(order: Type<Order<string>>, description: string): PropertyDecorator {
  return applyDecorators(Field(() => order, { nullable: true, description }), IsOptional(), ValidateNested(), TransformTo(() => order));
}
