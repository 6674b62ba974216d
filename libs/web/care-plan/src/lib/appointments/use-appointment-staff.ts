import { useQuery } from '@apollo/client/react';
import { appointmentStaffQuery } from './appointments.operations';

/** The agency's workers who carry tasks, as options: who may drive a client, whose calendar a supervisor opens. */
export function useAppointmentStaff(skip = false) {
  const { data, loading, error, refetch } = useQuery(appointmentStaffQuery, { skip });
  const options = (data?.appointmentStaff ?? []).map((worker) => ({ value: worker.id, label: worker.displayName }));
  return { options, loading, error, refetch };
}
