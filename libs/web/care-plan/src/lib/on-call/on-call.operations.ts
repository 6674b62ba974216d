import { graphql } from '@waymark/web/core';

export const onCallShiftFields = graphql(`
  fragment OnCallShiftFields on OnCallShift {
    id
    version
    tier
    startsAt
    endsAt
    phone
    staff {
      id
      displayName
    }
  }
`);

export const emergencyCallFields = graphql(`
  fragment EmergencyCallFields on EmergencyCall {
    id
    version
    receivedAt
    callerName
    callerRelation
    callerPhone
    clientId
    client {
      id
      displayName
      clientNumber
    }
    whatHappened
    actionTaken
    severity
    takenBy {
      id
      displayName
    }
    followUpNeeded
    followUpDueOn
    followUpAssignee {
      id
      displayName
    }
    followUpNote
    followedUpBy {
      id
      displayName
    }
    followedUpAt
  }
`);

/** Who answers the line now. */
export const onCallNowQuery = graphql(`
  query OnCallNow {
    onCallNow {
      at
      primary {
        ...OnCallShiftFields
      }
      backup {
        ...OnCallShiftFields
      }
    }
  }
`);

/** The shifts of a week (or any stretch up to six weeks). */
export const onCallRosterQuery = graphql(`
  query OnCallRoster($from: DateTime!, $to: DateTime!) {
    onCallRoster(from: $from, to: $to) {
      ...OnCallShiftFields
    }
  }
`);

export const onCallCandidatesQuery = graphql(`
  query OnCallCandidates {
    onCallCandidates {
      id
      displayName
    }
  }
`);

export const createOnCallShiftMutation = graphql(`
  mutation CreateOnCallShift($input: CreateOnCallShiftInput!) {
    createOnCallShift(input: $input) {
      ...OnCallShiftFields
    }
  }
`);

export const updateOnCallShiftMutation = graphql(`
  mutation UpdateOnCallShift($input: UpdateOnCallShiftInput!) {
    updateOnCallShift(input: $input) {
      ...OnCallShiftFields
    }
  }
`);

export const removeOnCallShiftMutation = graphql(`
  mutation RemoveOnCallShift($input: ShiftVersionInput!) {
    removeOnCallShift(input: $input)
  }
`);

/** The emergency log, newest first. */
export const emergencyCallsQuery = graphql(`
  query EmergencyCalls($from: DateTime, $to: DateTime, $needsFollowUp: Boolean, $first: Int, $after: String) {
    emergencyCalls(filter: { from: $from, to: $to, needsFollowUp: $needsFollowUp }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EmergencyCallFields
        }
      }
    }
  }
`);

/** One call, for a link to it (`?call=<id>`) that the loaded page of the log does not hold. */
export const emergencyCallQuery = graphql(`
  query EmergencyCall($id: ID!) {
    emergencyCall(id: $id) {
      ...EmergencyCallFields
    }
  }
`);

export const logEmergencyCallMutation = graphql(`
  mutation LogEmergencyCall($input: LogEmergencyCallInput!) {
    logEmergencyCall(input: $input) {
      ...EmergencyCallFields
    }
  }
`);

export const recordCallFollowUpMutation = graphql(`
  mutation RecordCallFollowUp($input: RecordCallFollowUpInput!) {
    recordCallFollowUp(input: $input) {
      ...EmergencyCallFields
    }
  }
`);
