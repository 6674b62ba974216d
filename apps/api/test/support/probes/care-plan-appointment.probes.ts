const ID = '00000000-0000-0000-0000-000000000000';

/** One unauthenticated call per operation of appointments, for the policy spec. */
export const probes: Record<string, string> = {
  appointment: `{ appointment(id: "${ID}") { id } }`,
  clientAppointments: `{ clientAppointments(clientId: "${ID}") { totalCount } }`,
  appointmentStaff: '{ appointmentStaff { id } }',
  workerAppointments: '{ workerAppointments(from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z") { id } }',
  bookAppointment: `mutation { bookAppointment(input: { clientId: "${ID}", kind: DOCTOR, startsAt: "2030-01-01T10:00:00Z", endsAt: "2030-01-01T11:00:00Z" }) { id } }`,
  markAppointmentPartyTold: `mutation { markAppointmentPartyTold(input: { appointmentId: "${ID}", version: 1, partyId: "${ID}", toldAt: "2025-01-01T10:00:00Z", method: PHONE }) { id } }`,
  recordAppointmentOutcome: `mutation { recordAppointmentOutcome(input: { appointmentId: "${ID}", version: 1, outcome: KEPT }) { id } }`,
};
