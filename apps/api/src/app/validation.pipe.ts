import { ValidationPipe } from '@nestjs/common';
import { BadInputError, fieldProblems } from '@waymark/api/common';

/** class-validator on every input and args class; failures become BAD_USER_INPUT with each field named. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = errors.flatMap((error) => fieldProblems(error));
      return new BadInputError(fields.map((f) => f.message).join('; ') || 'The input is not valid.', fields);
    },
  });
}
