import { ValidateIf } from 'class-validator';

/** A field of a partial update that may be left out (unchanged) but, when sent, is checked, so null is refused. */
export const UnlessOmitted = () => ValidateIf((_object, value) => value !== undefined);
