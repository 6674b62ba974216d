import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE_MAX } from '@waymark/shared/types';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadInputError } from '../domain-error';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** The Relay connection shape every list shares: `edges { cursor node }` and `pageInfo`. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

/** Opaque cursors carry the keyset values of the last row of a page; each is checked before use. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, checks: readonly ((value: unknown) => boolean)[]): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === checks.length && values.every((value, i) => checks[i](value))) {
      return values;
    }
  } catch {
    // fall through to the error a caller can act on
  }
  throw new BadInputError('The cursor is not valid; start again from the first page.', [{ field: 'after', message: 'invalid cursor' }]);
}

/**
 * Builds a page from `first + 1` rows fetched in keyset order: the extra row only tells
 * whether there is a next page.
 */
export function toConnection<R, T>(rows: R[], first: number, map: (row: R) => T, cursorOf: (row: R) => (string | number)[]) {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: map(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
