import { registerEnumType } from '@nestjs/graphql';
import { AppointmentCanceller, AppointmentKind, AppointmentParty, AppointmentStatus, TransportProvider } from '@waymark/shared/types';

registerEnumType(AppointmentKind, { name: 'AppointmentKind', description: 'What a client’s appointment is for' });
registerEnumType(TransportProvider, { name: 'TransportProvider', description: 'Who takes the client to an appointment' });
registerEnumType(AppointmentParty, { name: 'AppointmentParty', description: 'Who must know of an appointment' });
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'SCHEDULED until its outcome is recorded (see APPOINTMENT_STATUS_TRANSITIONS)' });
registerEnumType(AppointmentCanceller, { name: 'AppointmentCanceller', description: 'Who called a cancelled appointment off' });

export { AppointmentCanceller, AppointmentKind, AppointmentParty, AppointmentStatus, TransportProvider };
