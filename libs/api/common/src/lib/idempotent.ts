import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';

export const IDEMPOTENT_KEY = 'waymark:idempotent';

/**
 * Marks a create mutation that honours an `Idempotency-Key` header: a retry with the same key
 * and the same body returns the first result instead of creating a second record. The metadata
 * drives the API's idempotency interceptor; the schema extension lets the contract test check
 * that every create mutation carries it.
 */
export const Idempotent = () => applyDecorators(SetMetadata(IDEMPOTENT_KEY, true), Extensions({ idempotent: true }));
