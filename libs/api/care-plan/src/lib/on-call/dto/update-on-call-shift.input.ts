import { InputType, IntersectionType } from '@nestjs/graphql';
import { ShiftFields } from './shift-fields.input';
import { ShiftVersionInput } from './shift-version.input';

/** The shift as it should be now, whole, at the version last seen. */
@InputType()
export class UpdateOnCallShiftInput extends IntersectionType(ShiftVersionInput, ShiftFields) {}
