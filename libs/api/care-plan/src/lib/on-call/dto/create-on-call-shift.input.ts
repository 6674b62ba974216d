import { InputType } from '@nestjs/graphql';
import { ShiftFields } from './shift-fields.input';

@InputType()
export class CreateOnCallShiftInput extends ShiftFields {}
