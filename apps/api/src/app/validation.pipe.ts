import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError, type FieldProblem } from '@waymark/api/common';

/** class-validator on every input and args class; failures become BAD_USER_INPUT with each field named. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = errors.flatMap((error) => problems(error));
      return new BadInputError(fields.map((f) => f.message).join('; ') || 'The input is not valid.', fields);
    },
  });
}

function problems(error: ValidationError, prefix = ''): FieldProblem[] {
  const field = prefix + error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => problems(child, `${field}.`))];
}
