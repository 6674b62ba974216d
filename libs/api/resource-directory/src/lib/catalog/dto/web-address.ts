import { isWebAddress } from '@waymark/shared/types';
import { ValidateBy } from 'class-validator';

/** An http(s) address the directory may link to (isWebAddress, as the HSDS import and the SPA hold); null passes, as the field is optional. */
export const IsWebAddress = () =>
  ValidateBy({
    name: 'isWebAddress',
    validator: {
      validate: (value) => value == null || (typeof value === 'string' && isWebAddress(value)),
      defaultMessage: (args) => `${args?.property} must be an http or https web address`,
    },
  });
