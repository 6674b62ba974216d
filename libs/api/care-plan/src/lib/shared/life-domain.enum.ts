import { registerEnumType } from '@nestjs/graphql';
import { LifeDomain } from '@waymark/shared/types';

/** Registered once for the whole context: assessments' needs and plans' goals both speak of life domains. */
registerEnumType(LifeDomain, { name: 'LifeDomain', description: 'An area of a life an assessment question speaks to and a goal is set in' });

export { LifeDomain };
