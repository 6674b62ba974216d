import type { Type } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
// What PickType itself reads: the compiled fields of an input class, with their types and options.
import { getFieldsAndDecoratorForType } from '@nestjs/graphql/dist/schema-builder/utils/get-fields-and-decorator.util.js';
import { inheritTransformationMetadata, inheritValidationMetadata } from '@nestjs/mapped-types';
import { Type as TransformTo } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { BadInputError } from '../domain-error';
import { PageArgs } from './connection';

/** The page arguments, `filter`, and the same criteria as deprecated flat arguments. */
export type FilteredPageArgs<F, B extends PageArgs = PageArgs> = B &
  Partial<F> & {
    filter?: F | null;
    /** The criteria asked for, from `filter` or from the flat arguments, copied onto the flat ones for the service. */
    withCriteria<T>(this: T): T;
  };

/**
 * One shape of filter on every connection: `filter: <Thing>Filter`. Lists that took their
 * criteria as flat arguments keep them (removing an argument would break integrators), each
 * generated from the filter's own field (same type, default and checks) and deprecated in its
 * favour. A request gives the criteria one way or the other: a mix is refused, since which
 * should win is a guess. `base`: the page arguments with the list's scope (its `clientId`).
 */
export function FilterPageArgs<F extends object, B extends PageArgs = PageArgs>(filter: Type<F>, base: Type<B> = PageArgs as Type<B>): Type<FilteredPageArgs<F, B>> {
  const { fields } = getFieldsAndDecoratorForType(filter);
  const names = fields.map((field) => field.name);
  const defaults = Object.fromEntries(fields.map((field) => [field.name, field.options.defaultValue]));

  @ArgsType()
  abstract class FilteredArgs extends (base as Type<PageArgs>) {
    @Field(() => filter, { nullable: true, description: 'Which rows to list' })
    @IsOptional()
    @ValidateNested()
    @TransformTo(() => filter)
    filter?: F | null;

    withCriteria<T>(this: T): T {
      const self = this as Record<string, unknown>;
      const given = self['filter'] as Record<string, unknown> | null | undefined;
      if (given) {
        const flat = names.filter((name) => self[name] !== undefined && self[name] !== null && self[name] !== defaults[name]);
        if (flat.length) {
          throw new BadInputError(
            `Give the criteria in filter or as the deprecated flat arguments, not both (${flat.join(', ')}).`,
            flat.map((name) => ({ field: name, message: `use filter.${name}` })),
          );
        }
        for (const name of names) self[name] = given[name] ?? defaults[name];
      }
      return this;
    }
  }

  inheritValidationMetadata(filter, FilteredArgs, (key) => names.includes(key));
  inheritTransformationMetadata(filter, FilteredArgs, (key) => names.includes(key));
  for (const field of fields) {
    // Run first, as PickType does: a lazy `() => [Type]` settles its list options only when called.
    field.typeFn();
    Field(field.typeFn, { ...field.options, description: field.description, deprecationReason: `Use filter.${field.name}` })(FilteredArgs.prototype, field.name);
  }
  return FilteredArgs as unknown as Type<FilteredPageArgs<F, B>>;
}
