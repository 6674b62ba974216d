import { graphql } from '@waymark/web/core';

export const appointmentFields = graphql(`
  fragment AppointmentFields on Appointment {
    id
    version
    clientId
    kind
    purpose
    startsAt
    endsAt
    location
    withWhom
    serviceId
    serviceName
    status
    outcomeNote
    outcomeRecordedAt
    cancelledBy
    followUpStarted
    rescheduledFromId
    rescheduledToId
    createdAt
    client {
      id
      displayName
      clientNumber
    }
    responsibleWorker {
      id
      displayName
    }
    bookedBy {
      id
      displayName
    }
    outcomeRecordedBy {
      id
      displayName
    }
    transport {
      provider
      staff {
        id
        displayName
      }
      serviceId
      serviceName
      pickupAt
      notes
    }
    parties {
      id
      party
      name
      toldAt
      method
      toldBy {
        id
        displayName
      }
    }
  }
`);

/** A client's appointments from or to a moment: upcoming soonest first, past latest first. */
export const clientAppointmentsQuery = graphql(`
  query ClientAppointments($clientId: ID!, $from: DateTime, $to: DateTime, $orderBy: AppointmentOrder, $first: Int, $after: String) {
    clientAppointments(clientId: $clientId, filter: { from: $from, to: $to }, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AppointmentFields
        }
      }
    }
  }
`);

/** One appointment, for a link (`?item=`) to one not on the lists' first pages. */
export const appointmentQuery = graphql(`
  query Appointment($id: ID!) {
    appointment(id: $id) {
      ...AppointmentFields
    }
  }
`);

/** A worker's calendar for a day or a week. */
export const workerAppointmentsQuery = graphql(`
  query WorkerAppointments($workerId: ID, $from: DateTime!, $to: DateTime!) {
    workerAppointments(workerId: $workerId, from: $from, to: $to) {
      ...AppointmentFields
    }
  }
`);

/** The workers who may drive a client, or whose calendar a supervisor opens. */
export const appointmentStaffQuery = graphql(`
  query AppointmentStaff {
    appointmentStaff {
      id
      displayName
      role
    }
  }
`);

/** Directory services by name, for the transport or the provider of an appointment. */
export const appointmentServiceSearchQuery = graphql(`
  query AppointmentServiceSearch($input: DirectorySearchInput!) {
    directorySearch(input: $input) {
      edges {
        node {
          serviceId
          name
          organizationName
        }
      }
    }
  }
`);

export const bookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      ...AppointmentFields
    }
  }
`);

export const markAppointmentPartyToldMutation = graphql(`
  mutation MarkAppointmentPartyTold($input: MarkAppointmentPartyToldInput!) {
    markAppointmentPartyTold(input: $input) {
      ...AppointmentFields
    }
  }
`);

export const recordAppointmentOutcomeMutation = graphql(`
  mutation RecordAppointmentOutcome($input: RecordAppointmentOutcomeInput!) {
    recordAppointmentOutcome(input: $input) {
      ...AppointmentFields
    }
  }
`);
