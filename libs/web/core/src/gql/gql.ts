/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AppointmentFields on Appointment {\n    id\n    version\n    clientId\n    kind\n    purpose\n    startsAt\n    endsAt\n    location\n    withWhom\n    serviceId\n    serviceName\n    status\n    outcomeNote\n    outcomeRecordedAt\n    cancelledBy\n    followUpStarted\n    rescheduledFromId\n    rescheduledToId\n    createdAt\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    responsibleWorker {\n      id\n      displayName\n    }\n    bookedBy {\n      id\n      displayName\n    }\n    outcomeRecordedBy {\n      id\n      displayName\n    }\n    transport {\n      provider\n      staff {\n        id\n        displayName\n      }\n      serviceId\n      serviceName\n      pickupAt\n      notes\n    }\n    parties {\n      id\n      party\n      name\n      toldAt\n      method\n      toldBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AppointmentFieldsFragmentDoc,
    "\n  query ClientAppointments($clientId: ID!, $from: DateTime, $to: DateTime, $latestFirst: Boolean, $first: Int, $after: String) {\n    clientAppointments(clientId: $clientId, from: $from, to: $to, latestFirst: $latestFirst, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppointmentFields\n        }\n      }\n    }\n  }\n": typeof types.ClientAppointmentsDocument,
    "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.AppointmentDocument,
    "\n  query WorkerAppointments($workerId: ID, $from: DateTime!, $to: DateTime!) {\n    workerAppointments(workerId: $workerId, from: $from, to: $to) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.WorkerAppointmentsDocument,
    "\n  query AppointmentStaff {\n    appointmentStaff {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.AppointmentStaffDocument,
    "\n  query AppointmentServiceSearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      edges {\n        node {\n          serviceId\n          name\n          organizationName\n        }\n      }\n    }\n  }\n": typeof types.AppointmentServiceSearchDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  mutation MarkAppointmentPartyTold($input: MarkAppointmentPartyToldInput!) {\n    markAppointmentPartyTold(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.MarkAppointmentPartyToldDocument,
    "\n  mutation RecordAppointmentOutcome($input: RecordAppointmentOutcomeInput!) {\n    recordAppointmentOutcome(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.RecordAppointmentOutcomeDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    version\n    clientId\n    enrollmentId\n    status\n    answers\n    missingRequired\n    completedOn\n    completedAt\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    updatedAt\n    instrument {\n      id\n      code\n      revision\n      name\n      description\n      definition\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n      domain\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  fragment AssessmentListFields on Assessment {\n    id\n    version\n    clientId\n    status\n    missingRequired\n    completedOn\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    instrument {\n      id\n      code\n      name\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.AssessmentListFieldsFragmentDoc,
    "\n  query ClientAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      ...AssessmentListFields\n    }\n  }\n": typeof types.ClientAssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query AssessmentClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      mayChange\n    }\n  }\n": typeof types.AssessmentClientDocument,
    "\n  query AssessmentComparison($assessmentId: ID!, $previousId: ID) {\n    assessmentComparison(assessmentId: $assessmentId, previousId: $previousId) {\n      current {\n        ...AssessmentFields\n      }\n      previous {\n        ...AssessmentFields\n      }\n      changes {\n        question\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n      scores {\n        key\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n    }\n  }\n": typeof types.AssessmentComparisonDocument,
    "\n  query AssessmentStartChoices($clientId: ID!) {\n    instruments {\n      id\n      code\n      revision\n      name\n      description\n    }\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n        rules {\n          requiredInstruments {\n            instrumentCode\n            renewEveryMonths\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssessmentStartChoicesDocument,
    "\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.StartAssessmentDocument,
    "\n  mutation SaveAssessmentAnswers($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.SaveAssessmentAnswersDocument,
    "\n  mutation CompleteAssessment($input: CompleteAssessmentInput!) {\n    completeAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.CompleteAssessmentDocument,
    "\n  mutation CorrectAssessment($input: CorrectAssessmentInput!) {\n    correctAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.CorrectAssessmentDocument,
    "\n  mutation DiscardAssessment($input: AssessmentVersionInput!) {\n    discardAssessment(input: $input)\n  }\n": typeof types.DiscardAssessmentDocument,
    "\n  query AgencyInstruments {\n    instruments(includeInactive: true) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n    }\n  }\n": typeof types.AgencyInstrumentsDocument,
    "\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n      definition\n    }\n  }\n": typeof types.InstrumentDetailDocument,
    "\n  fragment CareTeamTrainingFields on CareTeamTraining {\n    id\n    version\n    clientId\n    topic\n    description\n    trainedOn\n    trainerName\n    trainer {\n      id\n      displayName\n    }\n    refreshMonths\n    refreshDueOn\n    voidedAt\n    voidReason\n    trainees {\n      id\n      name\n      role\n      contactId\n      removedAt\n      removalReason\n    }\n  }\n": typeof types.CareTeamTrainingFieldsFragmentDoc,
    "\n  query CareTeamTrainings($clientId: ID!, $first: Int, $after: String) {\n    careTeamTrainings(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CareTeamTrainingFields\n        }\n      }\n    }\n  }\n": typeof types.CareTeamTrainingsDocument,
    "\n  query CareTeamTrainingStatus($clientId: ID!) {\n    careTeamTrainingStatus(clientId: $clientId) {\n      today\n      topics\n      members {\n        personKey\n        name\n        role\n        contactId\n        cells {\n          topic\n          standing\n          trainedOn\n          refreshDueOn\n          trainingId\n          traineeId\n        }\n      }\n    }\n  }\n": typeof types.CareTeamTrainingStatusDocument,
    "\n  query CareTeamContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      name\n      relationship\n    }\n  }\n": typeof types.CareTeamContactsDocument,
    "\n  mutation RecordCareTeamTraining($input: RecordCareTeamTrainingInput!) {\n    recordCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n": typeof types.RecordCareTeamTrainingDocument,
    "\n  mutation RemoveCareTeamTrainee($input: RemoveCareTeamTraineeInput!) {\n    removeCareTeamTrainee(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n": typeof types.RemoveCareTeamTraineeDocument,
    "\n  mutation VoidCareTeamTraining($input: VoidCareTeamTrainingInput!) {\n    voidCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n": typeof types.VoidCareTeamTrainingDocument,
    "\n  query WorkSummary {\n    workSummary {\n      overdue\n      dueToday\n      upcoming\n      assessmentsDue\n      caseload\n    }\n  }\n": typeof types.WorkSummaryDocument,
    "\n  query DashboardTasks($first: Int!, $upcomingDays: Int!) {\n    overdue: myTasks(timing: OVERDUE, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    today: myTasks(timing: TODAY, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    upcoming: myTasks(timing: UPCOMING, dueWithinDays: $upcomingDays, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    next: myTasks(timing: UPCOMING, first: 1) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n": typeof types.DashboardTasksDocument,
    "\n  query OverdueByWorker {\n    overdueByWorker {\n      overdue\n      escalated\n      oldestDueOn\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OverdueByWorkerDocument,
    "\n  query CaseloadNextTasks($first: Int!) {\n    myCaseload(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          riskLevel\n          nextTask {\n            id\n            kind\n            title\n            generated\n            programName\n            instrumentName\n            referralLabel\n            dueOn\n            timing\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadNextTasksDocument,
    "\n  query DischargeEnrollment($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      version\n      displayName\n      status\n      mayChange\n    }\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.DischargeEnrollmentDocument,
    "\n  fragment DischargePlanFields on DischargePlan {\n    id\n    version\n    enrollmentId\n    plannedOn\n    reason\n    aftercare\n    continuingServices\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.DischargePlanFieldsFragmentDoc,
    "\n  query DischargePlan($enrollmentId: ID!) {\n    dischargePlan(enrollmentId: $enrollmentId) {\n      ...DischargePlanFields\n    }\n  }\n": typeof types.DischargePlanDocument,
    "\n  mutation SaveDischargePlan($input: SaveDischargePlanInput!) {\n    saveDischargePlan(input: $input) {\n      ...DischargePlanFields\n    }\n  }\n": typeof types.SaveDischargePlanDocument,
    "\n  query ClosureCheck($enrollmentId: ID!, $closedOn: String) {\n    closureCheck(enrollmentId: $enrollmentId, closedOn: $closedOn) {\n      kind\n      id\n      description\n    }\n  }\n": typeof types.ClosureCheckDocument,
    "\n  mutation DischargeCloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.DischargeCloseEnrollmentDocument,
    "\n  mutation DischargeClient($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.DischargeClientDocument,
    "\n  query DischargeFollowUps($enrollmentId: ID!) {\n    tasks(filter: { enrollmentId: $enrollmentId, kinds: [FOLLOW_UP] }, first: 10) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          programName\n          details\n          status\n          priority\n          dueOn\n          timing\n          generated\n          escalatedAt\n          enrollmentId\n          subjectType\n          subjectId\n          assignee {\n            id\n            displayName\n          }\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.DischargeFollowUpsDocument,
    "\n  fragment OnCallShiftFields on OnCallShift {\n    id\n    version\n    tier\n    startsAt\n    endsAt\n    phone\n    staff {\n      id\n      displayName\n    }\n  }\n": typeof types.OnCallShiftFieldsFragmentDoc,
    "\n  fragment EmergencyCallFields on EmergencyCall {\n    id\n    version\n    receivedAt\n    callerName\n    callerRelation\n    callerPhone\n    clientId\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    whatHappened\n    actionTaken\n    severity\n    takenBy {\n      id\n      displayName\n    }\n    followUpNeeded\n    followUpDueOn\n    followUpAssignee {\n      id\n      displayName\n    }\n    followUpNote\n    followedUpBy {\n      id\n      displayName\n    }\n    followedUpAt\n  }\n": typeof types.EmergencyCallFieldsFragmentDoc,
    "\n  query OnCallNow {\n    onCallNow {\n      at\n      primary {\n        ...OnCallShiftFields\n      }\n      backup {\n        ...OnCallShiftFields\n      }\n    }\n  }\n": typeof types.OnCallNowDocument,
    "\n  query OnCallRoster($from: DateTime!, $to: DateTime!) {\n    onCallRoster(from: $from, to: $to) {\n      ...OnCallShiftFields\n    }\n  }\n": typeof types.OnCallRosterDocument,
    "\n  query OnCallCandidates {\n    onCallCandidates {\n      id\n      displayName\n    }\n  }\n": typeof types.OnCallCandidatesDocument,
    "\n  mutation CreateOnCallShift($input: CreateOnCallShiftInput!) {\n    createOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n": typeof types.CreateOnCallShiftDocument,
    "\n  mutation UpdateOnCallShift($input: UpdateOnCallShiftInput!) {\n    updateOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n": typeof types.UpdateOnCallShiftDocument,
    "\n  mutation RemoveOnCallShift($input: ShiftVersionInput!) {\n    removeOnCallShift(input: $input)\n  }\n": typeof types.RemoveOnCallShiftDocument,
    "\n  query EmergencyCalls($from: DateTime, $to: DateTime, $needsFollowUp: Boolean, $first: Int, $after: String) {\n    emergencyCalls(from: $from, to: $to, needsFollowUp: $needsFollowUp, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EmergencyCallFields\n        }\n      }\n    }\n  }\n": typeof types.EmergencyCallsDocument,
    "\n  query EmergencyCall($id: ID!) {\n    emergencyCall(id: $id) {\n      ...EmergencyCallFields\n    }\n  }\n": typeof types.EmergencyCallDocument,
    "\n  mutation LogEmergencyCall($input: LogEmergencyCallInput!) {\n    logEmergencyCall(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n": typeof types.LogEmergencyCallDocument,
    "\n  mutation RecordCallFollowUp($input: RecordCallFollowUpInput!) {\n    recordCallFollowUp(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n": typeof types.RecordCallFollowUpDocument,
    "\n  query CarePlanComparison($fromId: ID!, $toId: ID!) {\n    carePlanComparison(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        revision\n      }\n      to {\n        id\n        revision\n      }\n      fields {\n        field\n        before\n        after\n      }\n      goals {\n        goalKey\n        change\n        statement\n        fields {\n          field\n          before\n          after\n        }\n        objectives {\n          objectiveKey\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n        interventions {\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.CarePlanComparisonDocument,
    "\n  mutation UpdateCarePlan($input: UpdateCarePlanInput!) {\n    updateCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.UpdateCarePlanDocument,
    "\n  mutation AddCarePlanGoal($input: AddCarePlanGoalInput!) {\n    addCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.AddCarePlanGoalDocument,
    "\n  mutation UpdateCarePlanGoal($input: UpdateCarePlanGoalInput!) {\n    updateCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.UpdateCarePlanGoalDocument,
    "\n  mutation RemoveCarePlanGoal($input: CarePlanGoalRefInput!) {\n    removeCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.RemoveCarePlanGoalDocument,
    "\n  mutation AddGoalsFromNeeds($input: AddGoalsFromNeedsInput!) {\n    addGoalsFromNeeds(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.AddGoalsFromNeedsDocument,
    "\n  mutation AddCarePlanObjective($input: AddCarePlanObjectiveInput!) {\n    addCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.AddCarePlanObjectiveDocument,
    "\n  mutation UpdateCarePlanObjective($input: UpdateCarePlanObjectiveInput!) {\n    updateCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.UpdateCarePlanObjectiveDocument,
    "\n  mutation RemoveCarePlanObjective($input: CarePlanObjectiveRefInput!) {\n    removeCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.RemoveCarePlanObjectiveDocument,
    "\n  mutation AddCarePlanIntervention($input: AddCarePlanInterventionInput!) {\n    addCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.AddCarePlanInterventionDocument,
    "\n  mutation UpdateCarePlanIntervention($input: UpdateCarePlanInterventionInput!) {\n    updateCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.UpdateCarePlanInterventionDocument,
    "\n  mutation RemoveCarePlanIntervention($input: CarePlanInterventionRefInput!) {\n    removeCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.RemoveCarePlanInterventionDocument,
    "\n  mutation CreateCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.CreateCarePlanDocument,
    "\n  mutation SubmitCarePlan($input: CarePlanVersionInput!) {\n    submitCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.SubmitCarePlanDocument,
    "\n  mutation ApproveCarePlan($input: CarePlanVersionInput!) {\n    approveCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.ApproveCarePlanDocument,
    "\n  mutation ReturnCarePlan($input: ReturnCarePlanInput!) {\n    returnCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.ReturnCarePlanDocument,
    "\n  mutation ReviseCarePlan($input: CarePlanVersionInput!) {\n    reviseCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.ReviseCarePlanDocument,
    "\n  mutation CloseCarePlan($input: CloseCarePlanInput!) {\n    closeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.CloseCarePlanDocument,
    "\n  mutation AcknowledgeCarePlan($input: AcknowledgeCarePlanInput!) {\n    acknowledgeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.AcknowledgeCarePlanDocument,
    "\n  query CarePlansAwaitingApproval {\n    carePlansAwaitingApproval {\n      id\n      clientId\n      programName\n      revision\n      submittedAt\n      updatedAt\n      author {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n": typeof types.CarePlansAwaitingApprovalDocument,
    "\n  query MyPlanWork($first: Int!) {\n    myTasks(kinds: [PLAN_DUE, IMPLEMENTATION_PLAN_DUE, PLAN_REVIEW], first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          dueOn\n          timing\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPlanWorkDocument,
    "\n  query MyCarePlansInProgress {\n    myCarePlansInProgress {\n      id\n      clientId\n      programName\n      revision\n      status\n      submittedAt\n      updatedAt\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n": typeof types.MyCarePlansInProgressDocument,
    "\n  query CarePlanEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CarePlanEnrollmentsDocument,
    "\n  query CarePlanAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      id\n      enrollmentId\n      status\n      completedOn\n      instrument {\n        id\n        name\n      }\n      needs {\n        domain\n        source\n        label {\n          en\n          es\n        }\n      }\n    }\n  }\n": typeof types.CarePlanAssessmentsDocument,
    "\n  query PlanTemplates($programId: ID) {\n    planTemplates(programId: $programId) {\n      id\n      name\n      description\n      goals\n      active\n    }\n  }\n": typeof types.PlanTemplatesDocument,
    "\n  fragment CarePlanGoalFields on CarePlanGoal {\n    id\n    goalKey\n    position\n    statement\n    domain\n    priority\n    targetDate\n    status\n    sourceAssessmentId\n    sourceNeed\n    objectives {\n      id\n      objectiveKey\n      position\n      description\n      measure\n      baseline\n      target\n      targetDate\n    }\n    interventions {\n      id\n      position\n      objectiveId\n      description\n      responsible\n      responsibleName\n      frequency\n    }\n  }\n": typeof types.CarePlanGoalFieldsFragmentDoc,
    "\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    clientId\n    enrollmentId\n    programName\n    revision\n    previousId\n    status\n    effectiveOn\n    reviewDueOn\n    clientVision\n    strengths\n    sourceAssessmentId\n    author {\n      id\n      displayName\n    }\n    submittedAt\n    submittedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    approvedAt\n    returnNote\n    acknowledgedOn\n    acknowledgementMethod\n    acknowledgedBy\n    acknowledgementNote\n    closedAt\n    closeReason\n    mayEdit\n    mayApprove\n    createdAt\n    updatedAt\n    goals {\n      ...CarePlanGoalFields\n    }\n  }\n": typeof types.CarePlanFieldsFragmentDoc,
    "\n  query ClientCarePlans($clientId: ID!) {\n    clientCarePlans(clientId: $clientId) {\n      ...CarePlanFields\n    }\n  }\n": typeof types.ClientCarePlansDocument,
    "\n  query CarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanFields\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n": typeof types.CarePlanDocument,
    "\n  query ProgressCaseNotes($clientId: ID!) {\n    caseNotes(clientId: $clientId, first: 20) {\n      edges {\n        node {\n          id\n          occurredAt\n          noteType\n        }\n      }\n    }\n  }\n": typeof types.ProgressCaseNotesDocument,
    "\n  fragment GoalProgressFields on GoalProgress {\n    goalKey\n    statement\n    domain\n    status\n    latestRating\n    lackOfProgress\n    entries {\n      id\n      goalKey\n      objectiveKey\n      rating\n      note\n      recordedOn\n      caseNoteId\n      createdAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GoalProgressFieldsFragmentDoc,
    "\n  query ClientProgress($clientId: ID!) {\n    clientProgress(clientId: $clientId) {\n      ...GoalProgressFields\n    }\n  }\n": typeof types.ClientProgressDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      goalKey\n      rating\n      recordedOn\n    }\n  }\n": typeof types.RecordProgressDocument,
    "\n  fragment TaskFields on Task {\n    id\n    version\n    kind\n    title\n    programName\n    instrumentName\n    referralLabel\n    details\n    status\n    priority\n    dueOn\n    timing\n    generated\n    escalatedAt\n    enrollmentId\n    subjectType\n    subjectId\n    completedAt\n    completionNote\n    assignee {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n    client {\n      id\n      displayName\n      clientNumber\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query MyTasks($timing: TaskTiming, $kinds: [TaskKind!], $dueWithinDays: Int, $first: Int!, $after: String) {\n    myTasks(timing: $timing, kinds: $kinds, dueWithinDays: $dueWithinDays, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query Tasks($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TasksDocument,
    "\n  query ClientTasks($clientId: ID!, $status: TaskStatus) {\n    clientTasks(clientId: $clientId, status: $status) {\n      ...TaskFields\n    }\n  }\n": typeof types.ClientTasksDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.CancelTaskDocument,
    "\n  mutation ReassignTask($input: ReassignTaskInput!) {\n    reassignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.ReassignTaskDocument,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageCursorFragmentDoc,
    "\n  fragment ClientSummaryFields on Client {\n    id\n    version\n    clientNumber\n    status\n    displayName\n    preferredName\n    dateOfBirth\n    age\n    phone\n    riskLevel\n    flags\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ClientSummaryFieldsFragmentDoc,
    "\n  fragment ClientPage on ClientConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ClientSummaryFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n": typeof types.ClientPageFragmentDoc,
    "\n  query Clients(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: [ClientStatus!]\n    $programId: ID\n    $caseManagerId: ID\n    $riskLevel: RiskLevel\n    $sort: ClientSort\n  ) {\n    clients(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      programId: $programId\n      caseManagerId: $caseManagerId\n      riskLevel: $riskLevel\n      sort: $sort\n    ) {\n      ...ClientPage\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  query MyCaseload($first: Int!, $after: String, $search: String) {\n    myCaseload(first: $first, after: $after, search: $search) {\n      ...ClientPage\n    }\n  }\n": typeof types.MyCaseloadDocument,
    "\n  query ProgramOptions {\n    programs(includeInactive: true) {\n      id\n      name\n      active\n    }\n  }\n": typeof types.ProgramOptionsDocument,
    "\n  query CaseManagerOptions {\n    caseloads {\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CaseManagerOptionsDocument,
    "\n  query IncidentsAwaitingReview($first: Int!, $after: String) {\n    incidentsAwaitingReview(first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n": typeof types.IncidentsAwaitingReviewDocument,
    "\n  query DashboardDraftNotes($first: Int!) {\n    myDraftNotes(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          noteType\n          occurredAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.DashboardDraftNotesDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    version\n    clientId\n    ownerType\n    ownerId\n    documentType\n    title\n    documentDate\n    expiresOn\n    expired\n    fileName\n    contentType\n    sizeBytes\n    contentPath\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query ClientDocuments($clientId: ID!, $first: Int!, $after: String, $documentType: DocumentType) {\n    clientDocuments(clientId: $clientId, first: $first, after: $after, documentType: $documentType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DocumentFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.ClientDocumentsDocument,
    "\n  mutation RemoveDocument($input: RemoveDocumentInput!) {\n    removeDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveDocumentDocument,
    "\n  query DocumentOwners($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n    clientConsents(clientId: $clientId) {\n      id\n      recipientName\n      signedOn\n    }\n    caseNotes(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          noteType\n          occurredAt\n        }\n      }\n    }\n    clientIncidents(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          incidentType\n          occurredAt\n        }\n      }\n    }\n  }\n": typeof types.DocumentOwnersDocument,
    "\n  query DocumentReferralOwners($clientId: ID!) {\n    referrals(filter: { box: SENT, clientId: $clientId }, first: 50) {\n      edges {\n        node {\n          id\n          serviceName\n          provider {\n            name\n          }\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DocumentReferralOwnersDocument,
    "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  query ClientDuplicates($input: ClientDuplicatesInput!) {\n    clientDuplicates(input: $input) {\n      score\n      reasons\n      client {\n        ...ClientSummaryFields\n      }\n    }\n  }\n": typeof types.ClientDuplicatesDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n      clientNumber\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  query ClientPickerSearch($search: String!) {\n    clients(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          clientNumber\n        }\n      }\n    }\n  }\n": typeof types.ClientPickerSearchDocument,
    "\n  fragment ClientProfileFields on Client {\n    id\n    version\n    clientNumber\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    displayName\n    dateOfBirth\n    age\n    pronouns\n    gender\n    primaryLanguage\n    interpreterNeeded\n    phone\n    email\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n    }\n    riskLevel\n    flags\n    referralSource\n    referralReason\n    presentingNeeds\n    identifiers {\n      id\n      kind\n      masked\n      version\n    }\n    mergedIntoId\n    mayChange\n    createdAt\n    updatedAt\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n      primaryCaseManager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClientProfileFieldsFragmentDoc,
    "\n  query ClientProfile($id: ID!, $accessReason: String) {\n    client(id: $id, accessReason: $accessReason) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.ClientProfileDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.ChangeClientStatusDocument,
    "\n  mutation SetClientIdentifier($input: SetClientIdentifierInput!) {\n    setClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.SetClientIdentifierDocument,
    "\n  mutation RemoveClientIdentifier($input: RemoveClientIdentifierInput!) {\n    removeClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.RemoveClientIdentifierDocument,
    "\n  mutation RevealClientIdentifier($input: RevealClientIdentifierInput!) {\n    revealClientIdentifier(input: $input) {\n      value\n    }\n  }\n": typeof types.RevealClientIdentifierDocument,
    "\n  query ClientTimeline($clientId: ID!, $first: Int!, $after: String, $kinds: [TimelineKind!]) {\n    clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          kind\n          summary\n          sourceType\n          sourceId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.ClientTimelineDocument,
    "\n  query FaceSheetContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      kind\n      name\n      relationship\n      organization\n      phone\n      email\n      emergencyContact\n      legalDecisionMaker\n      mayShareInformation\n    }\n  }\n": typeof types.FaceSheetContactsDocument,
    "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": typeof types.MergeClientsDocument,
    "\n  query EnrollmentsSeen($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      primaryCaseManager {\n        id\n      }\n    }\n  }\n": typeof types.EnrollmentsSeenDocument,
    "\n  fragment ConsentFields on Consent {\n    id\n    version\n    clientId\n    categories\n    recipientKind\n    recipientName\n    recipientContactId\n    recipientAgencyId\n    purpose\n    effectiveFrom\n    effectiveUntil\n    signatureMethod\n    signedOn\n    documentReference\n    revokedAt\n    revokedReason\n    state\n    createdAt\n    recordedBy {\n      id\n      displayName\n    }\n    revokedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ConsentFieldsFragmentDoc,
    "\n  query ClientConsents($clientId: ID!) {\n    clientConsents(clientId: $clientId) {\n      ...ConsentFields\n      documents {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ClientConsentsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": typeof types.RevokeConsentDocument,
    "\n  query PartnerAgencies($search: String) {\n    partnerAgencies(search: $search) {\n      id\n      name\n    }\n  }\n": typeof types.PartnerAgenciesDocument,
    "\n  fragment EnrollmentFields on Enrollment {\n    id\n    version\n    clientId\n    status\n    openedOn\n    closedOn\n    openReason\n    closeReason\n    program {\n      id\n      code\n      name\n    }\n    primaryCaseManager {\n      id\n      displayName\n    }\n    team {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n      }\n    }\n    assignments {\n      id\n      reason\n      startedAt\n      endedAt\n      caseManager {\n        id\n        displayName\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EnrollmentFieldsFragmentDoc,
    "\n  query ClientEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.ClientEnrollmentsDocument,
    "\n  query ProgramsForEnrollment {\n    programs(includeInactive: false) {\n      id\n      code\n      name\n      description\n      active\n      rules {\n        eligibility {\n          minAge\n          maxAge\n          requiresMedicaid\n          residencyRegions\n        }\n        intakeRequirements\n      }\n    }\n  }\n": typeof types.ProgramsForEnrollmentDocument,
    "\n  query CaseloadWorkers {\n    caseloads {\n      totalClients\n      highRiskClients\n      worker {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n": typeof types.CaseloadWorkersDocument,
    "\n  mutation ScreenEligibility($input: ScreenEligibilityInput!) {\n    screenEligibility(input: $input) {\n      id\n      outcome\n      reasons\n      age\n      screenedAt\n      answers {\n        hasMedicaid\n        residencyRegion\n      }\n    }\n  }\n": typeof types.ScreenEligibilityDocument,
    "\n  mutation EnrollClient($input: EnrollClientInput!) {\n    enrollClient(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.EnrollClientDocument,
    "\n  mutation ChangeEnrollmentStatus($input: ChangeEnrollmentStatusInput!) {\n    changeEnrollmentStatus(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.ChangeEnrollmentStatusDocument,
    "\n  mutation CloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.CloseEnrollmentDocument,
    "\n  mutation AssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.AssignCaseManagerDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  fragment IncidentFields on Incident {\n    id\n    version\n    clientId\n    incidentType\n    severity\n    occurredAt\n    location\n    description\n    actionsTaken\n    followUpDue\n    status\n    reviewedAt\n    reviewNote\n    createdAt\n    notifications {\n      party\n      name\n      method\n      notifiedAt\n      recordedAt\n    }\n    reportedBy {\n      id\n      displayName\n    }\n    reviewedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.IncidentFieldsFragmentDoc,
    "\n  fragment IncidentPage on IncidentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...IncidentFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n": typeof types.IncidentPageFragmentDoc,
    "\n  query ClientIncidents($clientId: ID!, $first: Int!, $after: String) {\n    clientIncidents(clientId: $clientId, first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n": typeof types.ClientIncidentsDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": typeof types.UpdateIncidentDocument,
    "\n  mutation AddIncidentNotification($input: AddIncidentNotificationInput!) {\n    addIncidentNotification(input: $input) {\n      ...IncidentFields\n    }\n  }\n": typeof types.AddIncidentNotificationDocument,
    "\n  mutation ReviewIncident($input: ReviewIncidentInput!) {\n    reviewIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": typeof types.ReviewIncidentDocument,
    "\n  fragment ClientContactFields on ClientContact {\n    id\n    version\n    clientId\n    kind\n    relationship\n    name\n    organization\n    phone\n    email\n    address\n    emergencyContact\n    legalDecisionMaker\n    mayShareInformation\n    notes\n    archivedAt\n  }\n": typeof types.ClientContactFieldsFragmentDoc,
    "\n  query ClientContacts($clientId: ID!, $includeArchived: Boolean!) {\n    clientContacts(clientId: $clientId, includeArchived: $includeArchived) {\n      ...ClientContactFields\n    }\n  }\n": typeof types.ClientContactsDocument,
    "\n  mutation AddClientContact($input: AddClientContactInput!) {\n    addClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n": typeof types.AddClientContactDocument,
    "\n  mutation UpdateClientContact($input: UpdateClientContactInput!) {\n    updateClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n": typeof types.UpdateClientContactDocument,
    "\n  mutation ArchiveClientContact($input: ClientContactVersionInput!) {\n    archiveClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n": typeof types.ArchiveClientContactDocument,
    "\n  fragment CaseNoteFields on CaseNote {\n    id\n    version\n    clientId\n    noteType\n    occurredAt\n    durationMinutes\n    place\n    participants\n    narrative\n    status\n    signedAt\n    lateEntry\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CaseNoteFieldsFragmentDoc,
    "\n  query CaseNotes($clientId: ID!, $first: Int!, $after: String, $types: [NoteType!], $authorId: ID, $from: DateTime, $to: DateTime) {\n    caseNotes(clientId: $clientId, first: $first, after: $after, types: $types, authorId: $authorId, from: $from, to: $to) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CaseNoteFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.CaseNotesDocument,
    "\n  query CaseNote($id: ID!) {\n    caseNote(id: $id) {\n      ...CaseNoteFields\n    }\n  }\n": typeof types.CaseNoteDocument,
    "\n  query MyDraftNotes($clientId: ID!) {\n    myDraftNotes(clientId: $clientId, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...CaseNoteFields\n        }\n      }\n    }\n  }\n": typeof types.MyDraftNotesDocument,
    "\n  mutation CreateCaseNote($input: CreateCaseNoteInput!) {\n    createCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": typeof types.CreateCaseNoteDocument,
    "\n  mutation UpdateCaseNote($input: UpdateCaseNoteInput!) {\n    updateCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": typeof types.UpdateCaseNoteDocument,
    "\n  mutation SignCaseNote($input: CaseNoteVersionInput!) {\n    signCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": typeof types.SignCaseNoteDocument,
    "\n  mutation DiscardCaseNoteDraft($input: CaseNoteVersionInput!) {\n    discardCaseNoteDraft(input: $input)\n  }\n": typeof types.DiscardCaseNoteDraftDocument,
    "\n  mutation AddCaseNoteAddendum($input: AddCaseNoteAddendumInput!) {\n    addCaseNoteAddendum(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": typeof types.AddCaseNoteAddendumDocument,
    "\n  query NoteComposerSettings {\n    clientSettings {\n      lateEntryDays\n    }\n  }\n": typeof types.NoteComposerSettingsDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    mustChangePassword\n    version\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AppSettings {\n    appSettings {\n      idleLockMinutes\n      passwordMinLength\n    }\n  }\n": typeof types.AppSettingsDocument,
    "\n  query Viewer {\n    me {\n      agency {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n        lastLoginAt\n        version\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    mustChangePassword\n    createdAt\n    version\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $includeInactive: Boolean!) {\n    users(first: $first, after: $after, search: $search, role: $role, includeInactive: $includeInactive) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: UserVersionInput!) {\n    deactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserVersionInput!) {\n    reactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation UnlockUser($input: UserVersionInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query ReferralClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      clientNumber\n      enrollments {\n        id\n        status\n        openedOn\n        program {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReferralClientDocument,
    "\n  query ReferralConsent($clientId: ID!, $agencyId: ID!) {\n    referral: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: REFERRALS) {\n      allowed\n      reason\n      consentId\n    }\n    identity: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: DEMOGRAPHICS) {\n      allowed\n      reason\n    }\n    contact: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: CONTACT_INFO) {\n      allowed\n      reason\n    }\n  }\n": typeof types.ReferralConsentDocument,
    "\n  query ReferralService($id: ID!) {\n    directoryService(id: $id) {\n      id\n      name\n      status\n      organization {\n        id\n        name\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        address {\n          line1\n          city\n          region\n          postalCode\n        }\n      }\n      phones {\n        id\n        number\n      }\n      categories {\n        code\n      }\n    }\n  }\n": typeof types.ReferralServiceDocument,
    "\n  fragment ResourceListFields on ResourceList {\n    id\n    version\n    clientId\n    language\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    items {\n      serviceId\n      serviceName\n      organizationName\n      phone\n      address\n      hours {\n        weekday\n        opensAt\n        closesAt\n        description\n      }\n      website\n      eligibility\n      fees\n    }\n    deliveries {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n      deliveredBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResourceListFieldsFragmentDoc,
    "\n  query ClientResourceLists($clientId: ID!, $first: Int, $after: String) {\n    clientResourceLists(clientId: $clientId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceListFields\n        }\n      }\n    }\n  }\n": typeof types.ClientResourceListsDocument,
    "\n  query ResourceList($id: ID!, $clientId: ID!) {\n    resourceList(id: $id) {\n      ...ResourceListFields\n    }\n    client(id: $clientId) {\n      id\n      displayName\n    }\n  }\n": typeof types.ResourceListDocument,
    "\n  mutation CreateResourceList($input: CreateResourceListInput!) {\n    createResourceList(input: $input) {\n      ...ResourceListFields\n    }\n  }\n": typeof types.CreateResourceListDocument,
    "\n  mutation DeliverResourceList($input: DeliverResourceListInput!) {\n    deliverResourceList(input: $input) {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n    }\n  }\n": typeof types.DeliverResourceListDocument,
    "\n  query ResourceListClient($id: ID!) {\n    client(id: $id) {\n      id\n      primaryLanguage\n      email\n      phone\n    }\n  }\n": typeof types.ResourceListClientDocument,
    "\n  fragment ReferralRowFields on Referral {\n    id\n    version\n    status\n    urgency\n    serviceName\n    organizationName\n    provider {\n      name\n    }\n    receiverAgency {\n      id\n      name\n    }\n    senderAgency {\n      id\n      name\n    }\n    side\n    nextStatuses\n    sentAt\n    createdAt\n    statusChangedAt\n    client {\n      id\n      displayName\n      sharedUnder\n    }\n  }\n": typeof types.ReferralRowFieldsFragmentDoc,
    "\n  fragment ReferralFields on Referral {\n    ...ReferralRowFields\n    reason\n    needs\n    noteForReceiver\n    serviceId\n    provider {\n      name\n      phone\n      email\n      address\n    }\n    onWaymark\n    answeredAt\n    appointmentAt\n    appointmentLocation\n    declineReason\n    outcome\n    outcomeNote\n    closedAt\n    enrollmentId\n    sentBy {\n      id\n      displayName\n    }\n    steps {\n      id\n      fromStatus\n      toStatus\n      side\n      actorName\n      actorAgencyName\n      note\n      appointmentAt\n      occurredAt\n    }\n    client {\n      id\n      clientNumber\n      displayName\n      dateOfBirth\n      primaryLanguage\n      phone\n      email\n      address\n      sharedUnder\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  query Referrals($filter: ReferralFilter!, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...ReferralRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query ReferralStatusCounts($box: ReferralBox!) {\n    referralStatusCounts(box: $box) {\n      status\n      count\n    }\n  }\n": typeof types.ReferralStatusCountsDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation UpdateReferral($input: UpdateReferralInput!) {\n    updateReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.UpdateReferralDocument,
    "\n  mutation MoveReferral($input: MoveReferralInput!) {\n    moveReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.MoveReferralDocument,
    "\n  fragment DirectoryOrganizationAdminFields on DirectoryOrganization {\n    id\n    version\n    name\n    alternateName\n    description\n    website\n    email\n    visibility\n    lastVerifiedOn\n    editable\n    waymarkAgency {\n      id\n      name\n    }\n  }\n": typeof types.DirectoryOrganizationAdminFieldsFragmentDoc,
    "\n  query DirectoryAdminOrganizations($search: String, $first: Int!, $after: String) {\n    directoryOrganizations(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DirectoryOrganizationAdminFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DirectoryAdminOrganizationsDocument,
    "\n  fragment DirectoryServiceAdminFields on DirectoryService {\n    ...DirectoryServiceFields\n    version\n    categories {\n      id\n    }\n    locations {\n      id\n    }\n    editable\n  }\n": typeof types.DirectoryServiceAdminFieldsFragmentDoc,
    "\n  fragment DirectoryLocationAdminFields on DirectoryLocation {\n    ...DirectoryLocationFields\n    version\n  }\n": typeof types.DirectoryLocationAdminFieldsFragmentDoc,
    "\n  query DirectoryAdminOrganization($id: ID!) {\n    directoryOrganization(id: $id) {\n      ...DirectoryOrganizationAdminFields\n      services {\n        ...DirectoryServiceAdminFields\n      }\n      locations {\n        ...DirectoryLocationAdminFields\n      }\n    }\n  }\n": typeof types.DirectoryAdminOrganizationDocument,
    "\n  fragment DirectoryImportFields on DirectoryImport {\n    id\n    format\n    fileName\n    status\n    rowsTotal\n    rowsDone\n    rowsImported\n    rowsRejected\n    startedAt\n    finishedAt\n  }\n": typeof types.DirectoryImportFieldsFragmentDoc,
    "\n  query DirectoryImports($first: Int) {\n    directoryImports(first: $first) {\n      ...DirectoryImportFields\n    }\n  }\n": typeof types.DirectoryImportsDocument,
    "\n  fragment DirectoryImportReport on DirectoryImport {\n    ...DirectoryImportFields\n    problems {\n      file\n      row\n      field\n      message\n    }\n  }\n": typeof types.DirectoryImportReportFragmentDoc,
    "\n  query DirectoryImport($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportReport\n    }\n  }\n": typeof types.DirectoryImportDocument,
    "\n  query DirectoryImportProgress($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportFields\n    }\n  }\n": typeof types.DirectoryImportProgressDocument,
    "\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      ...DirectoryImportReport\n    }\n  }\n": typeof types.ImportDirectoryDocument,
    "\n  query ExportDirectory($format: HsdsFormat!) {\n    exportDirectory(format: $format) {\n      files {\n        name\n        content\n      }\n    }\n  }\n": typeof types.ExportDirectoryDocument,
    "\n  mutation CreateDirectoryOrganization($input: CreateDirectoryOrganizationInput!) {\n    createDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n": typeof types.CreateDirectoryOrganizationDocument,
    "\n  mutation UpdateDirectoryOrganization($input: UpdateDirectoryOrganizationInput!) {\n    updateDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n": typeof types.UpdateDirectoryOrganizationDocument,
    "\n  mutation CreateDirectoryService($input: CreateDirectoryServiceInput!) {\n    createDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n": typeof types.CreateDirectoryServiceDocument,
    "\n  mutation UpdateDirectoryService($input: UpdateDirectoryServiceInput!) {\n    updateDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n": typeof types.UpdateDirectoryServiceDocument,
    "\n  mutation RecordServiceCapacity($input: RecordServiceCapacityInput!) {\n    recordServiceCapacity(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n": typeof types.RecordServiceCapacityDocument,
    "\n  mutation CreateDirectoryLocation($input: CreateDirectoryLocationInput!) {\n    createDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n": typeof types.CreateDirectoryLocationDocument,
    "\n  mutation UpdateDirectoryLocation($input: UpdateDirectoryLocationInput!) {\n    updateDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n": typeof types.UpdateDirectoryLocationDocument,
    "\n  fragment DirectorySearchHitFields on DirectorySearchHit {\n    serviceId\n    name\n    organizationName\n    description\n    status\n    address\n    distanceKm\n    openNow\n    languages\n    categories {\n      code\n      name\n      nameEs\n    }\n    phone\n    minimumAge\n    maximumAge\n    onWaymark\n  }\n": typeof types.DirectorySearchHitFieldsFragmentDoc,
    "\n  query DirectorySearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      totalCount\n      correctedText\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectorySearchHitFields\n        }\n      }\n      facets {\n        categories {\n          code\n          name\n          count\n        }\n        languages {\n          code\n          name\n          count\n        }\n      }\n    }\n  }\n": typeof types.DirectorySearchDocument,
    "\n  query DirectoryClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      age\n      address {\n        city\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.DirectoryClientDocument,
    "\n  fragment DirectoryPhoneFields on DirectoryPhone {\n    id\n    number\n    extension\n    type\n    description\n  }\n": typeof types.DirectoryPhoneFieldsFragmentDoc,
    "\n  query DirectoryService($id: ID!) {\n    directoryService(id: $id) {\n      ...DirectoryServiceFields\n      organization {\n        id\n        name\n        description\n        website\n        email\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        ...DirectoryLocationFields\n        url\n        phones {\n          ...DirectoryPhoneFields\n        }\n      }\n      phones {\n        ...DirectoryPhoneFields\n      }\n      openingHours {\n        description\n      }\n      costOptions {\n        option\n        amount\n        currency\n        amountDescription\n      }\n      serviceAreas\n      capacity {\n        description\n      }\n      keywords\n      alert\n    }\n  }\n": typeof types.DirectoryServiceDocument,
    "\n  fragment DirectoryLocationFields on DirectoryLocation {\n    id\n    name\n    description\n    transportation\n    latitude\n    longitude\n    timeZone\n    address {\n      line1\n      line2\n      city\n      region\n      stateProvince\n      postalCode\n      country\n    }\n  }\n": typeof types.DirectoryLocationFieldsFragmentDoc,
    "\n  fragment DirectoryServiceFields on DirectoryService {\n    id\n    name\n    alternateName\n    description\n    url\n    email\n    status\n    openingHours {\n      weekday\n      opensAt\n      closesAt\n    }\n    languages {\n      code\n      name\n    }\n    minimumAge\n    maximumAge\n    eligibilityDescription\n    feesDescription\n    requiredDocuments\n    applicationProcess\n    interpretationServices\n    categories {\n      code\n      name\n      nameEs\n    }\n    capacity {\n      unit\n      available\n      maximum\n      updatedAt\n    }\n    lastVerifiedOn\n  }\n": typeof types.DirectoryServiceFieldsFragmentDoc,
    "\n  query TaxonomyTerms {\n    taxonomyTerms {\n      id\n      code\n      name\n      nameEs\n      parentCode\n      path\n    }\n  }\n": typeof types.TaxonomyTermsDocument,
};
const documents: Documents = {
    "\n  fragment AppointmentFields on Appointment {\n    id\n    version\n    clientId\n    kind\n    purpose\n    startsAt\n    endsAt\n    location\n    withWhom\n    serviceId\n    serviceName\n    status\n    outcomeNote\n    outcomeRecordedAt\n    cancelledBy\n    followUpStarted\n    rescheduledFromId\n    rescheduledToId\n    createdAt\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    responsibleWorker {\n      id\n      displayName\n    }\n    bookedBy {\n      id\n      displayName\n    }\n    outcomeRecordedBy {\n      id\n      displayName\n    }\n    transport {\n      provider\n      staff {\n        id\n        displayName\n      }\n      serviceId\n      serviceName\n      pickupAt\n      notes\n    }\n    parties {\n      id\n      party\n      name\n      toldAt\n      method\n      toldBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AppointmentFieldsFragmentDoc,
    "\n  query ClientAppointments($clientId: ID!, $from: DateTime, $to: DateTime, $latestFirst: Boolean, $first: Int, $after: String) {\n    clientAppointments(clientId: $clientId, from: $from, to: $to, latestFirst: $latestFirst, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppointmentFields\n        }\n      }\n    }\n  }\n": types.ClientAppointmentsDocument,
    "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n": types.AppointmentDocument,
    "\n  query WorkerAppointments($workerId: ID, $from: DateTime!, $to: DateTime!) {\n    workerAppointments(workerId: $workerId, from: $from, to: $to) {\n      ...AppointmentFields\n    }\n  }\n": types.WorkerAppointmentsDocument,
    "\n  query AppointmentStaff {\n    appointmentStaff {\n      id\n      displayName\n      role\n    }\n  }\n": types.AppointmentStaffDocument,
    "\n  query AppointmentServiceSearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      edges {\n        node {\n          serviceId\n          name\n          organizationName\n        }\n      }\n    }\n  }\n": types.AppointmentServiceSearchDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  mutation MarkAppointmentPartyTold($input: MarkAppointmentPartyToldInput!) {\n    markAppointmentPartyTold(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": types.MarkAppointmentPartyToldDocument,
    "\n  mutation RecordAppointmentOutcome($input: RecordAppointmentOutcomeInput!) {\n    recordAppointmentOutcome(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": types.RecordAppointmentOutcomeDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    version\n    clientId\n    enrollmentId\n    status\n    answers\n    missingRequired\n    completedOn\n    completedAt\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    updatedAt\n    instrument {\n      id\n      code\n      revision\n      name\n      description\n      definition\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n      domain\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  fragment AssessmentListFields on Assessment {\n    id\n    version\n    clientId\n    status\n    missingRequired\n    completedOn\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    instrument {\n      id\n      code\n      name\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n": types.AssessmentListFieldsFragmentDoc,
    "\n  query ClientAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      ...AssessmentListFields\n    }\n  }\n": types.ClientAssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentDocument,
    "\n  query AssessmentClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      mayChange\n    }\n  }\n": types.AssessmentClientDocument,
    "\n  query AssessmentComparison($assessmentId: ID!, $previousId: ID) {\n    assessmentComparison(assessmentId: $assessmentId, previousId: $previousId) {\n      current {\n        ...AssessmentFields\n      }\n      previous {\n        ...AssessmentFields\n      }\n      changes {\n        question\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n      scores {\n        key\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n    }\n  }\n": types.AssessmentComparisonDocument,
    "\n  query AssessmentStartChoices($clientId: ID!) {\n    instruments {\n      id\n      code\n      revision\n      name\n      description\n    }\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n        rules {\n          requiredInstruments {\n            instrumentCode\n            renewEveryMonths\n          }\n        }\n      }\n    }\n  }\n": types.AssessmentStartChoicesDocument,
    "\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.StartAssessmentDocument,
    "\n  mutation SaveAssessmentAnswers($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.SaveAssessmentAnswersDocument,
    "\n  mutation CompleteAssessment($input: CompleteAssessmentInput!) {\n    completeAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.CompleteAssessmentDocument,
    "\n  mutation CorrectAssessment($input: CorrectAssessmentInput!) {\n    correctAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.CorrectAssessmentDocument,
    "\n  mutation DiscardAssessment($input: AssessmentVersionInput!) {\n    discardAssessment(input: $input)\n  }\n": types.DiscardAssessmentDocument,
    "\n  query AgencyInstruments {\n    instruments(includeInactive: true) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n    }\n  }\n": types.AgencyInstrumentsDocument,
    "\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n      definition\n    }\n  }\n": types.InstrumentDetailDocument,
    "\n  fragment CareTeamTrainingFields on CareTeamTraining {\n    id\n    version\n    clientId\n    topic\n    description\n    trainedOn\n    trainerName\n    trainer {\n      id\n      displayName\n    }\n    refreshMonths\n    refreshDueOn\n    voidedAt\n    voidReason\n    trainees {\n      id\n      name\n      role\n      contactId\n      removedAt\n      removalReason\n    }\n  }\n": types.CareTeamTrainingFieldsFragmentDoc,
    "\n  query CareTeamTrainings($clientId: ID!, $first: Int, $after: String) {\n    careTeamTrainings(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CareTeamTrainingFields\n        }\n      }\n    }\n  }\n": types.CareTeamTrainingsDocument,
    "\n  query CareTeamTrainingStatus($clientId: ID!) {\n    careTeamTrainingStatus(clientId: $clientId) {\n      today\n      topics\n      members {\n        personKey\n        name\n        role\n        contactId\n        cells {\n          topic\n          standing\n          trainedOn\n          refreshDueOn\n          trainingId\n          traineeId\n        }\n      }\n    }\n  }\n": types.CareTeamTrainingStatusDocument,
    "\n  query CareTeamContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      name\n      relationship\n    }\n  }\n": types.CareTeamContactsDocument,
    "\n  mutation RecordCareTeamTraining($input: RecordCareTeamTrainingInput!) {\n    recordCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n": types.RecordCareTeamTrainingDocument,
    "\n  mutation RemoveCareTeamTrainee($input: RemoveCareTeamTraineeInput!) {\n    removeCareTeamTrainee(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n": types.RemoveCareTeamTraineeDocument,
    "\n  mutation VoidCareTeamTraining($input: VoidCareTeamTrainingInput!) {\n    voidCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n": types.VoidCareTeamTrainingDocument,
    "\n  query WorkSummary {\n    workSummary {\n      overdue\n      dueToday\n      upcoming\n      assessmentsDue\n      caseload\n    }\n  }\n": types.WorkSummaryDocument,
    "\n  query DashboardTasks($first: Int!, $upcomingDays: Int!) {\n    overdue: myTasks(timing: OVERDUE, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    today: myTasks(timing: TODAY, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    upcoming: myTasks(timing: UPCOMING, dueWithinDays: $upcomingDays, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    next: myTasks(timing: UPCOMING, first: 1) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n": types.DashboardTasksDocument,
    "\n  query OverdueByWorker {\n    overdueByWorker {\n      overdue\n      escalated\n      oldestDueOn\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n": types.OverdueByWorkerDocument,
    "\n  query CaseloadNextTasks($first: Int!) {\n    myCaseload(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          riskLevel\n          nextTask {\n            id\n            kind\n            title\n            generated\n            programName\n            instrumentName\n            referralLabel\n            dueOn\n            timing\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadNextTasksDocument,
    "\n  query DischargeEnrollment($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      version\n      displayName\n      status\n      mayChange\n    }\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n": types.DischargeEnrollmentDocument,
    "\n  fragment DischargePlanFields on DischargePlan {\n    id\n    version\n    enrollmentId\n    plannedOn\n    reason\n    aftercare\n    continuingServices\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.DischargePlanFieldsFragmentDoc,
    "\n  query DischargePlan($enrollmentId: ID!) {\n    dischargePlan(enrollmentId: $enrollmentId) {\n      ...DischargePlanFields\n    }\n  }\n": types.DischargePlanDocument,
    "\n  mutation SaveDischargePlan($input: SaveDischargePlanInput!) {\n    saveDischargePlan(input: $input) {\n      ...DischargePlanFields\n    }\n  }\n": types.SaveDischargePlanDocument,
    "\n  query ClosureCheck($enrollmentId: ID!, $closedOn: String) {\n    closureCheck(enrollmentId: $enrollmentId, closedOn: $closedOn) {\n      kind\n      id\n      description\n    }\n  }\n": types.ClosureCheckDocument,
    "\n  mutation DischargeCloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.DischargeCloseEnrollmentDocument,
    "\n  mutation DischargeClient($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": types.DischargeClientDocument,
    "\n  query DischargeFollowUps($enrollmentId: ID!) {\n    tasks(filter: { enrollmentId: $enrollmentId, kinds: [FOLLOW_UP] }, first: 10) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          programName\n          details\n          status\n          priority\n          dueOn\n          timing\n          generated\n          escalatedAt\n          enrollmentId\n          subjectType\n          subjectId\n          assignee {\n            id\n            displayName\n          }\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": types.DischargeFollowUpsDocument,
    "\n  fragment OnCallShiftFields on OnCallShift {\n    id\n    version\n    tier\n    startsAt\n    endsAt\n    phone\n    staff {\n      id\n      displayName\n    }\n  }\n": types.OnCallShiftFieldsFragmentDoc,
    "\n  fragment EmergencyCallFields on EmergencyCall {\n    id\n    version\n    receivedAt\n    callerName\n    callerRelation\n    callerPhone\n    clientId\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    whatHappened\n    actionTaken\n    severity\n    takenBy {\n      id\n      displayName\n    }\n    followUpNeeded\n    followUpDueOn\n    followUpAssignee {\n      id\n      displayName\n    }\n    followUpNote\n    followedUpBy {\n      id\n      displayName\n    }\n    followedUpAt\n  }\n": types.EmergencyCallFieldsFragmentDoc,
    "\n  query OnCallNow {\n    onCallNow {\n      at\n      primary {\n        ...OnCallShiftFields\n      }\n      backup {\n        ...OnCallShiftFields\n      }\n    }\n  }\n": types.OnCallNowDocument,
    "\n  query OnCallRoster($from: DateTime!, $to: DateTime!) {\n    onCallRoster(from: $from, to: $to) {\n      ...OnCallShiftFields\n    }\n  }\n": types.OnCallRosterDocument,
    "\n  query OnCallCandidates {\n    onCallCandidates {\n      id\n      displayName\n    }\n  }\n": types.OnCallCandidatesDocument,
    "\n  mutation CreateOnCallShift($input: CreateOnCallShiftInput!) {\n    createOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n": types.CreateOnCallShiftDocument,
    "\n  mutation UpdateOnCallShift($input: UpdateOnCallShiftInput!) {\n    updateOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n": types.UpdateOnCallShiftDocument,
    "\n  mutation RemoveOnCallShift($input: ShiftVersionInput!) {\n    removeOnCallShift(input: $input)\n  }\n": types.RemoveOnCallShiftDocument,
    "\n  query EmergencyCalls($from: DateTime, $to: DateTime, $needsFollowUp: Boolean, $first: Int, $after: String) {\n    emergencyCalls(from: $from, to: $to, needsFollowUp: $needsFollowUp, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EmergencyCallFields\n        }\n      }\n    }\n  }\n": types.EmergencyCallsDocument,
    "\n  query EmergencyCall($id: ID!) {\n    emergencyCall(id: $id) {\n      ...EmergencyCallFields\n    }\n  }\n": types.EmergencyCallDocument,
    "\n  mutation LogEmergencyCall($input: LogEmergencyCallInput!) {\n    logEmergencyCall(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n": types.LogEmergencyCallDocument,
    "\n  mutation RecordCallFollowUp($input: RecordCallFollowUpInput!) {\n    recordCallFollowUp(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n": types.RecordCallFollowUpDocument,
    "\n  query CarePlanComparison($fromId: ID!, $toId: ID!) {\n    carePlanComparison(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        revision\n      }\n      to {\n        id\n        revision\n      }\n      fields {\n        field\n        before\n        after\n      }\n      goals {\n        goalKey\n        change\n        statement\n        fields {\n          field\n          before\n          after\n        }\n        objectives {\n          objectiveKey\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n        interventions {\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.CarePlanComparisonDocument,
    "\n  mutation UpdateCarePlan($input: UpdateCarePlanInput!) {\n    updateCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.UpdateCarePlanDocument,
    "\n  mutation AddCarePlanGoal($input: AddCarePlanGoalInput!) {\n    addCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.AddCarePlanGoalDocument,
    "\n  mutation UpdateCarePlanGoal($input: UpdateCarePlanGoalInput!) {\n    updateCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.UpdateCarePlanGoalDocument,
    "\n  mutation RemoveCarePlanGoal($input: CarePlanGoalRefInput!) {\n    removeCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.RemoveCarePlanGoalDocument,
    "\n  mutation AddGoalsFromNeeds($input: AddGoalsFromNeedsInput!) {\n    addGoalsFromNeeds(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.AddGoalsFromNeedsDocument,
    "\n  mutation AddCarePlanObjective($input: AddCarePlanObjectiveInput!) {\n    addCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.AddCarePlanObjectiveDocument,
    "\n  mutation UpdateCarePlanObjective($input: UpdateCarePlanObjectiveInput!) {\n    updateCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.UpdateCarePlanObjectiveDocument,
    "\n  mutation RemoveCarePlanObjective($input: CarePlanObjectiveRefInput!) {\n    removeCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.RemoveCarePlanObjectiveDocument,
    "\n  mutation AddCarePlanIntervention($input: AddCarePlanInterventionInput!) {\n    addCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.AddCarePlanInterventionDocument,
    "\n  mutation UpdateCarePlanIntervention($input: UpdateCarePlanInterventionInput!) {\n    updateCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.UpdateCarePlanInterventionDocument,
    "\n  mutation RemoveCarePlanIntervention($input: CarePlanInterventionRefInput!) {\n    removeCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.RemoveCarePlanInterventionDocument,
    "\n  mutation CreateCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.CreateCarePlanDocument,
    "\n  mutation SubmitCarePlan($input: CarePlanVersionInput!) {\n    submitCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.SubmitCarePlanDocument,
    "\n  mutation ApproveCarePlan($input: CarePlanVersionInput!) {\n    approveCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.ApproveCarePlanDocument,
    "\n  mutation ReturnCarePlan($input: ReturnCarePlanInput!) {\n    returnCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.ReturnCarePlanDocument,
    "\n  mutation ReviseCarePlan($input: CarePlanVersionInput!) {\n    reviseCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.ReviseCarePlanDocument,
    "\n  mutation CloseCarePlan($input: CloseCarePlanInput!) {\n    closeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.CloseCarePlanDocument,
    "\n  mutation AcknowledgeCarePlan($input: AcknowledgeCarePlanInput!) {\n    acknowledgeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n": types.AcknowledgeCarePlanDocument,
    "\n  query CarePlansAwaitingApproval {\n    carePlansAwaitingApproval {\n      id\n      clientId\n      programName\n      revision\n      submittedAt\n      updatedAt\n      author {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n": types.CarePlansAwaitingApprovalDocument,
    "\n  query MyPlanWork($first: Int!) {\n    myTasks(kinds: [PLAN_DUE, IMPLEMENTATION_PLAN_DUE, PLAN_REVIEW], first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          dueOn\n          timing\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n": types.MyPlanWorkDocument,
    "\n  query MyCarePlansInProgress {\n    myCarePlansInProgress {\n      id\n      clientId\n      programName\n      revision\n      status\n      submittedAt\n      updatedAt\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n": types.MyCarePlansInProgressDocument,
    "\n  query CarePlanEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.CarePlanEnrollmentsDocument,
    "\n  query CarePlanAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      id\n      enrollmentId\n      status\n      completedOn\n      instrument {\n        id\n        name\n      }\n      needs {\n        domain\n        source\n        label {\n          en\n          es\n        }\n      }\n    }\n  }\n": types.CarePlanAssessmentsDocument,
    "\n  query PlanTemplates($programId: ID) {\n    planTemplates(programId: $programId) {\n      id\n      name\n      description\n      goals\n      active\n    }\n  }\n": types.PlanTemplatesDocument,
    "\n  fragment CarePlanGoalFields on CarePlanGoal {\n    id\n    goalKey\n    position\n    statement\n    domain\n    priority\n    targetDate\n    status\n    sourceAssessmentId\n    sourceNeed\n    objectives {\n      id\n      objectiveKey\n      position\n      description\n      measure\n      baseline\n      target\n      targetDate\n    }\n    interventions {\n      id\n      position\n      objectiveId\n      description\n      responsible\n      responsibleName\n      frequency\n    }\n  }\n": types.CarePlanGoalFieldsFragmentDoc,
    "\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    clientId\n    enrollmentId\n    programName\n    revision\n    previousId\n    status\n    effectiveOn\n    reviewDueOn\n    clientVision\n    strengths\n    sourceAssessmentId\n    author {\n      id\n      displayName\n    }\n    submittedAt\n    submittedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    approvedAt\n    returnNote\n    acknowledgedOn\n    acknowledgementMethod\n    acknowledgedBy\n    acknowledgementNote\n    closedAt\n    closeReason\n    mayEdit\n    mayApprove\n    createdAt\n    updatedAt\n    goals {\n      ...CarePlanGoalFields\n    }\n  }\n": types.CarePlanFieldsFragmentDoc,
    "\n  query ClientCarePlans($clientId: ID!) {\n    clientCarePlans(clientId: $clientId) {\n      ...CarePlanFields\n    }\n  }\n": types.ClientCarePlansDocument,
    "\n  query CarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanFields\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n": types.CarePlanDocument,
    "\n  query ProgressCaseNotes($clientId: ID!) {\n    caseNotes(clientId: $clientId, first: 20) {\n      edges {\n        node {\n          id\n          occurredAt\n          noteType\n        }\n      }\n    }\n  }\n": types.ProgressCaseNotesDocument,
    "\n  fragment GoalProgressFields on GoalProgress {\n    goalKey\n    statement\n    domain\n    status\n    latestRating\n    lackOfProgress\n    entries {\n      id\n      goalKey\n      objectiveKey\n      rating\n      note\n      recordedOn\n      caseNoteId\n      createdAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.GoalProgressFieldsFragmentDoc,
    "\n  query ClientProgress($clientId: ID!) {\n    clientProgress(clientId: $clientId) {\n      ...GoalProgressFields\n    }\n  }\n": types.ClientProgressDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      goalKey\n      rating\n      recordedOn\n    }\n  }\n": types.RecordProgressDocument,
    "\n  fragment TaskFields on Task {\n    id\n    version\n    kind\n    title\n    programName\n    instrumentName\n    referralLabel\n    details\n    status\n    priority\n    dueOn\n    timing\n    generated\n    escalatedAt\n    enrollmentId\n    subjectType\n    subjectId\n    completedAt\n    completionNote\n    assignee {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n    client {\n      id\n      displayName\n      clientNumber\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query MyTasks($timing: TaskTiming, $kinds: [TaskKind!], $dueWithinDays: Int, $first: Int!, $after: String) {\n    myTasks(timing: $timing, kinds: $kinds, dueWithinDays: $dueWithinDays, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query Tasks($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TasksDocument,
    "\n  query ClientTasks($clientId: ID!, $status: TaskStatus) {\n    clientTasks(clientId: $clientId, status: $status) {\n      ...TaskFields\n    }\n  }\n": types.ClientTasksDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.CancelTaskDocument,
    "\n  mutation ReassignTask($input: ReassignTaskInput!) {\n    reassignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.ReassignTaskDocument,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageCursorFragmentDoc,
    "\n  fragment ClientSummaryFields on Client {\n    id\n    version\n    clientNumber\n    status\n    displayName\n    preferredName\n    dateOfBirth\n    age\n    phone\n    riskLevel\n    flags\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.ClientSummaryFieldsFragmentDoc,
    "\n  fragment ClientPage on ClientConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ClientSummaryFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n": types.ClientPageFragmentDoc,
    "\n  query Clients(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: [ClientStatus!]\n    $programId: ID\n    $caseManagerId: ID\n    $riskLevel: RiskLevel\n    $sort: ClientSort\n  ) {\n    clients(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      programId: $programId\n      caseManagerId: $caseManagerId\n      riskLevel: $riskLevel\n      sort: $sort\n    ) {\n      ...ClientPage\n    }\n  }\n": types.ClientsDocument,
    "\n  query MyCaseload($first: Int!, $after: String, $search: String) {\n    myCaseload(first: $first, after: $after, search: $search) {\n      ...ClientPage\n    }\n  }\n": types.MyCaseloadDocument,
    "\n  query ProgramOptions {\n    programs(includeInactive: true) {\n      id\n      name\n      active\n    }\n  }\n": types.ProgramOptionsDocument,
    "\n  query CaseManagerOptions {\n    caseloads {\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n": types.CaseManagerOptionsDocument,
    "\n  query IncidentsAwaitingReview($first: Int!, $after: String) {\n    incidentsAwaitingReview(first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n": types.IncidentsAwaitingReviewDocument,
    "\n  query DashboardDraftNotes($first: Int!) {\n    myDraftNotes(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          noteType\n          occurredAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.DashboardDraftNotesDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    version\n    clientId\n    ownerType\n    ownerId\n    documentType\n    title\n    documentDate\n    expiresOn\n    expired\n    fileName\n    contentType\n    sizeBytes\n    contentPath\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query ClientDocuments($clientId: ID!, $first: Int!, $after: String, $documentType: DocumentType) {\n    clientDocuments(clientId: $clientId, first: $first, after: $after, documentType: $documentType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DocumentFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.ClientDocumentsDocument,
    "\n  mutation RemoveDocument($input: RemoveDocumentInput!) {\n    removeDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.RemoveDocumentDocument,
    "\n  query DocumentOwners($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n    clientConsents(clientId: $clientId) {\n      id\n      recipientName\n      signedOn\n    }\n    caseNotes(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          noteType\n          occurredAt\n        }\n      }\n    }\n    clientIncidents(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          incidentType\n          occurredAt\n        }\n      }\n    }\n  }\n": types.DocumentOwnersDocument,
    "\n  query DocumentReferralOwners($clientId: ID!) {\n    referrals(filter: { box: SENT, clientId: $clientId }, first: 50) {\n      edges {\n        node {\n          id\n          serviceName\n          provider {\n            name\n          }\n          createdAt\n        }\n      }\n    }\n  }\n": types.DocumentReferralOwnersDocument,
    "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  query ClientDuplicates($input: ClientDuplicatesInput!) {\n    clientDuplicates(input: $input) {\n      score\n      reasons\n      client {\n        ...ClientSummaryFields\n      }\n    }\n  }\n": types.ClientDuplicatesDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n      clientNumber\n    }\n  }\n": types.CreateClientDocument,
    "\n  query ClientPickerSearch($search: String!) {\n    clients(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          clientNumber\n        }\n      }\n    }\n  }\n": types.ClientPickerSearchDocument,
    "\n  fragment ClientProfileFields on Client {\n    id\n    version\n    clientNumber\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    displayName\n    dateOfBirth\n    age\n    pronouns\n    gender\n    primaryLanguage\n    interpreterNeeded\n    phone\n    email\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n    }\n    riskLevel\n    flags\n    referralSource\n    referralReason\n    presentingNeeds\n    identifiers {\n      id\n      kind\n      masked\n      version\n    }\n    mergedIntoId\n    mayChange\n    createdAt\n    updatedAt\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n      primaryCaseManager {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClientProfileFieldsFragmentDoc,
    "\n  query ClientProfile($id: ID!, $accessReason: String) {\n    client(id: $id, accessReason: $accessReason) {\n      ...ClientProfileFields\n    }\n  }\n": types.ClientProfileDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": types.ChangeClientStatusDocument,
    "\n  mutation SetClientIdentifier($input: SetClientIdentifierInput!) {\n    setClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": types.SetClientIdentifierDocument,
    "\n  mutation RemoveClientIdentifier($input: RemoveClientIdentifierInput!) {\n    removeClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": types.RemoveClientIdentifierDocument,
    "\n  mutation RevealClientIdentifier($input: RevealClientIdentifierInput!) {\n    revealClientIdentifier(input: $input) {\n      value\n    }\n  }\n": types.RevealClientIdentifierDocument,
    "\n  query ClientTimeline($clientId: ID!, $first: Int!, $after: String, $kinds: [TimelineKind!]) {\n    clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          kind\n          summary\n          sourceType\n          sourceId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.ClientTimelineDocument,
    "\n  query FaceSheetContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      kind\n      name\n      relationship\n      organization\n      phone\n      email\n      emergencyContact\n      legalDecisionMaker\n      mayShareInformation\n    }\n  }\n": types.FaceSheetContactsDocument,
    "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n": types.MergeClientsDocument,
    "\n  query EnrollmentsSeen($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      primaryCaseManager {\n        id\n      }\n    }\n  }\n": types.EnrollmentsSeenDocument,
    "\n  fragment ConsentFields on Consent {\n    id\n    version\n    clientId\n    categories\n    recipientKind\n    recipientName\n    recipientContactId\n    recipientAgencyId\n    purpose\n    effectiveFrom\n    effectiveUntil\n    signatureMethod\n    signedOn\n    documentReference\n    revokedAt\n    revokedReason\n    state\n    createdAt\n    recordedBy {\n      id\n      displayName\n    }\n    revokedBy {\n      id\n      displayName\n    }\n  }\n": types.ConsentFieldsFragmentDoc,
    "\n  query ClientConsents($clientId: ID!) {\n    clientConsents(clientId: $clientId) {\n      ...ConsentFields\n      documents {\n        id\n        title\n      }\n    }\n  }\n": types.ClientConsentsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": types.RevokeConsentDocument,
    "\n  query PartnerAgencies($search: String) {\n    partnerAgencies(search: $search) {\n      id\n      name\n    }\n  }\n": types.PartnerAgenciesDocument,
    "\n  fragment EnrollmentFields on Enrollment {\n    id\n    version\n    clientId\n    status\n    openedOn\n    closedOn\n    openReason\n    closeReason\n    program {\n      id\n      code\n      name\n    }\n    primaryCaseManager {\n      id\n      displayName\n    }\n    team {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n      }\n    }\n    assignments {\n      id\n      reason\n      startedAt\n      endedAt\n      caseManager {\n        id\n        displayName\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.EnrollmentFieldsFragmentDoc,
    "\n  query ClientEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n": types.ClientEnrollmentsDocument,
    "\n  query ProgramsForEnrollment {\n    programs(includeInactive: false) {\n      id\n      code\n      name\n      description\n      active\n      rules {\n        eligibility {\n          minAge\n          maxAge\n          requiresMedicaid\n          residencyRegions\n        }\n        intakeRequirements\n      }\n    }\n  }\n": types.ProgramsForEnrollmentDocument,
    "\n  query CaseloadWorkers {\n    caseloads {\n      totalClients\n      highRiskClients\n      worker {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n": types.CaseloadWorkersDocument,
    "\n  mutation ScreenEligibility($input: ScreenEligibilityInput!) {\n    screenEligibility(input: $input) {\n      id\n      outcome\n      reasons\n      age\n      screenedAt\n      answers {\n        hasMedicaid\n        residencyRegion\n      }\n    }\n  }\n": types.ScreenEligibilityDocument,
    "\n  mutation EnrollClient($input: EnrollClientInput!) {\n    enrollClient(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.EnrollClientDocument,
    "\n  mutation ChangeEnrollmentStatus($input: ChangeEnrollmentStatusInput!) {\n    changeEnrollmentStatus(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.ChangeEnrollmentStatusDocument,
    "\n  mutation CloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.CloseEnrollmentDocument,
    "\n  mutation AssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.AssignCaseManagerDocument,
    "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  fragment IncidentFields on Incident {\n    id\n    version\n    clientId\n    incidentType\n    severity\n    occurredAt\n    location\n    description\n    actionsTaken\n    followUpDue\n    status\n    reviewedAt\n    reviewNote\n    createdAt\n    notifications {\n      party\n      name\n      method\n      notifiedAt\n      recordedAt\n    }\n    reportedBy {\n      id\n      displayName\n    }\n    reviewedBy {\n      id\n      displayName\n    }\n  }\n": types.IncidentFieldsFragmentDoc,
    "\n  fragment IncidentPage on IncidentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...IncidentFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n": types.IncidentPageFragmentDoc,
    "\n  query ClientIncidents($clientId: ID!, $first: Int!, $after: String) {\n    clientIncidents(clientId: $clientId, first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n": types.ClientIncidentsDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": types.UpdateIncidentDocument,
    "\n  mutation AddIncidentNotification($input: AddIncidentNotificationInput!) {\n    addIncidentNotification(input: $input) {\n      ...IncidentFields\n    }\n  }\n": types.AddIncidentNotificationDocument,
    "\n  mutation ReviewIncident($input: ReviewIncidentInput!) {\n    reviewIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": types.ReviewIncidentDocument,
    "\n  fragment ClientContactFields on ClientContact {\n    id\n    version\n    clientId\n    kind\n    relationship\n    name\n    organization\n    phone\n    email\n    address\n    emergencyContact\n    legalDecisionMaker\n    mayShareInformation\n    notes\n    archivedAt\n  }\n": types.ClientContactFieldsFragmentDoc,
    "\n  query ClientContacts($clientId: ID!, $includeArchived: Boolean!) {\n    clientContacts(clientId: $clientId, includeArchived: $includeArchived) {\n      ...ClientContactFields\n    }\n  }\n": types.ClientContactsDocument,
    "\n  mutation AddClientContact($input: AddClientContactInput!) {\n    addClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n": types.AddClientContactDocument,
    "\n  mutation UpdateClientContact($input: UpdateClientContactInput!) {\n    updateClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n": types.UpdateClientContactDocument,
    "\n  mutation ArchiveClientContact($input: ClientContactVersionInput!) {\n    archiveClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n": types.ArchiveClientContactDocument,
    "\n  fragment CaseNoteFields on CaseNote {\n    id\n    version\n    clientId\n    noteType\n    occurredAt\n    durationMinutes\n    place\n    participants\n    narrative\n    status\n    signedAt\n    lateEntry\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.CaseNoteFieldsFragmentDoc,
    "\n  query CaseNotes($clientId: ID!, $first: Int!, $after: String, $types: [NoteType!], $authorId: ID, $from: DateTime, $to: DateTime) {\n    caseNotes(clientId: $clientId, first: $first, after: $after, types: $types, authorId: $authorId, from: $from, to: $to) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CaseNoteFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.CaseNotesDocument,
    "\n  query CaseNote($id: ID!) {\n    caseNote(id: $id) {\n      ...CaseNoteFields\n    }\n  }\n": types.CaseNoteDocument,
    "\n  query MyDraftNotes($clientId: ID!) {\n    myDraftNotes(clientId: $clientId, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...CaseNoteFields\n        }\n      }\n    }\n  }\n": types.MyDraftNotesDocument,
    "\n  mutation CreateCaseNote($input: CreateCaseNoteInput!) {\n    createCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": types.CreateCaseNoteDocument,
    "\n  mutation UpdateCaseNote($input: UpdateCaseNoteInput!) {\n    updateCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": types.UpdateCaseNoteDocument,
    "\n  mutation SignCaseNote($input: CaseNoteVersionInput!) {\n    signCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": types.SignCaseNoteDocument,
    "\n  mutation DiscardCaseNoteDraft($input: CaseNoteVersionInput!) {\n    discardCaseNoteDraft(input: $input)\n  }\n": types.DiscardCaseNoteDraftDocument,
    "\n  mutation AddCaseNoteAddendum($input: AddCaseNoteAddendumInput!) {\n    addCaseNoteAddendum(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n": types.AddCaseNoteAddendumDocument,
    "\n  query NoteComposerSettings {\n    clientSettings {\n      lateEntryDays\n    }\n  }\n": types.NoteComposerSettingsDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    mustChangePassword\n    version\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AppSettings {\n    appSettings {\n      idleLockMinutes\n      passwordMinLength\n    }\n  }\n": types.AppSettingsDocument,
    "\n  query Viewer {\n    me {\n      agency {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n        lastLoginAt\n        version\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    mustChangePassword\n    createdAt\n    version\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $includeInactive: Boolean!) {\n    users(first: $first, after: $after, search: $search, role: $role, includeInactive: $includeInactive) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: UserVersionInput!) {\n    deactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserVersionInput!) {\n    reactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation UnlockUser($input: UserVersionInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query ReferralClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      clientNumber\n      enrollments {\n        id\n        status\n        openedOn\n        program {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReferralClientDocument,
    "\n  query ReferralConsent($clientId: ID!, $agencyId: ID!) {\n    referral: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: REFERRALS) {\n      allowed\n      reason\n      consentId\n    }\n    identity: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: DEMOGRAPHICS) {\n      allowed\n      reason\n    }\n    contact: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: CONTACT_INFO) {\n      allowed\n      reason\n    }\n  }\n": types.ReferralConsentDocument,
    "\n  query ReferralService($id: ID!) {\n    directoryService(id: $id) {\n      id\n      name\n      status\n      organization {\n        id\n        name\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        address {\n          line1\n          city\n          region\n          postalCode\n        }\n      }\n      phones {\n        id\n        number\n      }\n      categories {\n        code\n      }\n    }\n  }\n": types.ReferralServiceDocument,
    "\n  fragment ResourceListFields on ResourceList {\n    id\n    version\n    clientId\n    language\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    items {\n      serviceId\n      serviceName\n      organizationName\n      phone\n      address\n      hours {\n        weekday\n        opensAt\n        closesAt\n        description\n      }\n      website\n      eligibility\n      fees\n    }\n    deliveries {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n      deliveredBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResourceListFieldsFragmentDoc,
    "\n  query ClientResourceLists($clientId: ID!, $first: Int, $after: String) {\n    clientResourceLists(clientId: $clientId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceListFields\n        }\n      }\n    }\n  }\n": types.ClientResourceListsDocument,
    "\n  query ResourceList($id: ID!, $clientId: ID!) {\n    resourceList(id: $id) {\n      ...ResourceListFields\n    }\n    client(id: $clientId) {\n      id\n      displayName\n    }\n  }\n": types.ResourceListDocument,
    "\n  mutation CreateResourceList($input: CreateResourceListInput!) {\n    createResourceList(input: $input) {\n      ...ResourceListFields\n    }\n  }\n": types.CreateResourceListDocument,
    "\n  mutation DeliverResourceList($input: DeliverResourceListInput!) {\n    deliverResourceList(input: $input) {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n    }\n  }\n": types.DeliverResourceListDocument,
    "\n  query ResourceListClient($id: ID!) {\n    client(id: $id) {\n      id\n      primaryLanguage\n      email\n      phone\n    }\n  }\n": types.ResourceListClientDocument,
    "\n  fragment ReferralRowFields on Referral {\n    id\n    version\n    status\n    urgency\n    serviceName\n    organizationName\n    provider {\n      name\n    }\n    receiverAgency {\n      id\n      name\n    }\n    senderAgency {\n      id\n      name\n    }\n    side\n    nextStatuses\n    sentAt\n    createdAt\n    statusChangedAt\n    client {\n      id\n      displayName\n      sharedUnder\n    }\n  }\n": types.ReferralRowFieldsFragmentDoc,
    "\n  fragment ReferralFields on Referral {\n    ...ReferralRowFields\n    reason\n    needs\n    noteForReceiver\n    serviceId\n    provider {\n      name\n      phone\n      email\n      address\n    }\n    onWaymark\n    answeredAt\n    appointmentAt\n    appointmentLocation\n    declineReason\n    outcome\n    outcomeNote\n    closedAt\n    enrollmentId\n    sentBy {\n      id\n      displayName\n    }\n    steps {\n      id\n      fromStatus\n      toStatus\n      side\n      actorName\n      actorAgencyName\n      note\n      appointmentAt\n      occurredAt\n    }\n    client {\n      id\n      clientNumber\n      displayName\n      dateOfBirth\n      primaryLanguage\n      phone\n      email\n      address\n      sharedUnder\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ReferralDocument,
    "\n  query Referrals($filter: ReferralFilter!, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...ReferralRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  query ReferralStatusCounts($box: ReferralBox!) {\n    referralStatusCounts(box: $box) {\n      status\n      count\n    }\n  }\n": types.ReferralStatusCountsDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.CreateReferralDocument,
    "\n  mutation UpdateReferral($input: UpdateReferralInput!) {\n    updateReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.UpdateReferralDocument,
    "\n  mutation MoveReferral($input: MoveReferralInput!) {\n    moveReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.MoveReferralDocument,
    "\n  fragment DirectoryOrganizationAdminFields on DirectoryOrganization {\n    id\n    version\n    name\n    alternateName\n    description\n    website\n    email\n    visibility\n    lastVerifiedOn\n    editable\n    waymarkAgency {\n      id\n      name\n    }\n  }\n": types.DirectoryOrganizationAdminFieldsFragmentDoc,
    "\n  query DirectoryAdminOrganizations($search: String, $first: Int!, $after: String) {\n    directoryOrganizations(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DirectoryOrganizationAdminFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DirectoryAdminOrganizationsDocument,
    "\n  fragment DirectoryServiceAdminFields on DirectoryService {\n    ...DirectoryServiceFields\n    version\n    categories {\n      id\n    }\n    locations {\n      id\n    }\n    editable\n  }\n": types.DirectoryServiceAdminFieldsFragmentDoc,
    "\n  fragment DirectoryLocationAdminFields on DirectoryLocation {\n    ...DirectoryLocationFields\n    version\n  }\n": types.DirectoryLocationAdminFieldsFragmentDoc,
    "\n  query DirectoryAdminOrganization($id: ID!) {\n    directoryOrganization(id: $id) {\n      ...DirectoryOrganizationAdminFields\n      services {\n        ...DirectoryServiceAdminFields\n      }\n      locations {\n        ...DirectoryLocationAdminFields\n      }\n    }\n  }\n": types.DirectoryAdminOrganizationDocument,
    "\n  fragment DirectoryImportFields on DirectoryImport {\n    id\n    format\n    fileName\n    status\n    rowsTotal\n    rowsDone\n    rowsImported\n    rowsRejected\n    startedAt\n    finishedAt\n  }\n": types.DirectoryImportFieldsFragmentDoc,
    "\n  query DirectoryImports($first: Int) {\n    directoryImports(first: $first) {\n      ...DirectoryImportFields\n    }\n  }\n": types.DirectoryImportsDocument,
    "\n  fragment DirectoryImportReport on DirectoryImport {\n    ...DirectoryImportFields\n    problems {\n      file\n      row\n      field\n      message\n    }\n  }\n": types.DirectoryImportReportFragmentDoc,
    "\n  query DirectoryImport($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportReport\n    }\n  }\n": types.DirectoryImportDocument,
    "\n  query DirectoryImportProgress($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportFields\n    }\n  }\n": types.DirectoryImportProgressDocument,
    "\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      ...DirectoryImportReport\n    }\n  }\n": types.ImportDirectoryDocument,
    "\n  query ExportDirectory($format: HsdsFormat!) {\n    exportDirectory(format: $format) {\n      files {\n        name\n        content\n      }\n    }\n  }\n": types.ExportDirectoryDocument,
    "\n  mutation CreateDirectoryOrganization($input: CreateDirectoryOrganizationInput!) {\n    createDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n": types.CreateDirectoryOrganizationDocument,
    "\n  mutation UpdateDirectoryOrganization($input: UpdateDirectoryOrganizationInput!) {\n    updateDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n": types.UpdateDirectoryOrganizationDocument,
    "\n  mutation CreateDirectoryService($input: CreateDirectoryServiceInput!) {\n    createDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n": types.CreateDirectoryServiceDocument,
    "\n  mutation UpdateDirectoryService($input: UpdateDirectoryServiceInput!) {\n    updateDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n": types.UpdateDirectoryServiceDocument,
    "\n  mutation RecordServiceCapacity($input: RecordServiceCapacityInput!) {\n    recordServiceCapacity(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n": types.RecordServiceCapacityDocument,
    "\n  mutation CreateDirectoryLocation($input: CreateDirectoryLocationInput!) {\n    createDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n": types.CreateDirectoryLocationDocument,
    "\n  mutation UpdateDirectoryLocation($input: UpdateDirectoryLocationInput!) {\n    updateDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n": types.UpdateDirectoryLocationDocument,
    "\n  fragment DirectorySearchHitFields on DirectorySearchHit {\n    serviceId\n    name\n    organizationName\n    description\n    status\n    address\n    distanceKm\n    openNow\n    languages\n    categories {\n      code\n      name\n      nameEs\n    }\n    phone\n    minimumAge\n    maximumAge\n    onWaymark\n  }\n": types.DirectorySearchHitFieldsFragmentDoc,
    "\n  query DirectorySearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      totalCount\n      correctedText\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectorySearchHitFields\n        }\n      }\n      facets {\n        categories {\n          code\n          name\n          count\n        }\n        languages {\n          code\n          name\n          count\n        }\n      }\n    }\n  }\n": types.DirectorySearchDocument,
    "\n  query DirectoryClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      age\n      address {\n        city\n        latitude\n        longitude\n      }\n    }\n  }\n": types.DirectoryClientDocument,
    "\n  fragment DirectoryPhoneFields on DirectoryPhone {\n    id\n    number\n    extension\n    type\n    description\n  }\n": types.DirectoryPhoneFieldsFragmentDoc,
    "\n  query DirectoryService($id: ID!) {\n    directoryService(id: $id) {\n      ...DirectoryServiceFields\n      organization {\n        id\n        name\n        description\n        website\n        email\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        ...DirectoryLocationFields\n        url\n        phones {\n          ...DirectoryPhoneFields\n        }\n      }\n      phones {\n        ...DirectoryPhoneFields\n      }\n      openingHours {\n        description\n      }\n      costOptions {\n        option\n        amount\n        currency\n        amountDescription\n      }\n      serviceAreas\n      capacity {\n        description\n      }\n      keywords\n      alert\n    }\n  }\n": types.DirectoryServiceDocument,
    "\n  fragment DirectoryLocationFields on DirectoryLocation {\n    id\n    name\n    description\n    transportation\n    latitude\n    longitude\n    timeZone\n    address {\n      line1\n      line2\n      city\n      region\n      stateProvince\n      postalCode\n      country\n    }\n  }\n": types.DirectoryLocationFieldsFragmentDoc,
    "\n  fragment DirectoryServiceFields on DirectoryService {\n    id\n    name\n    alternateName\n    description\n    url\n    email\n    status\n    openingHours {\n      weekday\n      opensAt\n      closesAt\n    }\n    languages {\n      code\n      name\n    }\n    minimumAge\n    maximumAge\n    eligibilityDescription\n    feesDescription\n    requiredDocuments\n    applicationProcess\n    interpretationServices\n    categories {\n      code\n      name\n      nameEs\n    }\n    capacity {\n      unit\n      available\n      maximum\n      updatedAt\n    }\n    lastVerifiedOn\n  }\n": types.DirectoryServiceFieldsFragmentDoc,
    "\n  query TaxonomyTerms {\n    taxonomyTerms {\n      id\n      code\n      name\n      nameEs\n      parentCode\n      path\n    }\n  }\n": types.TaxonomyTermsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentFields on Appointment {\n    id\n    version\n    clientId\n    kind\n    purpose\n    startsAt\n    endsAt\n    location\n    withWhom\n    serviceId\n    serviceName\n    status\n    outcomeNote\n    outcomeRecordedAt\n    cancelledBy\n    followUpStarted\n    rescheduledFromId\n    rescheduledToId\n    createdAt\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    responsibleWorker {\n      id\n      displayName\n    }\n    bookedBy {\n      id\n      displayName\n    }\n    outcomeRecordedBy {\n      id\n      displayName\n    }\n    transport {\n      provider\n      staff {\n        id\n        displayName\n      }\n      serviceId\n      serviceName\n      pickupAt\n      notes\n    }\n    parties {\n      id\n      party\n      name\n      toldAt\n      method\n      toldBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentFields on Appointment {\n    id\n    version\n    clientId\n    kind\n    purpose\n    startsAt\n    endsAt\n    location\n    withWhom\n    serviceId\n    serviceName\n    status\n    outcomeNote\n    outcomeRecordedAt\n    cancelledBy\n    followUpStarted\n    rescheduledFromId\n    rescheduledToId\n    createdAt\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    responsibleWorker {\n      id\n      displayName\n    }\n    bookedBy {\n      id\n      displayName\n    }\n    outcomeRecordedBy {\n      id\n      displayName\n    }\n    transport {\n      provider\n      staff {\n        id\n        displayName\n      }\n      serviceId\n      serviceName\n      pickupAt\n      notes\n    }\n    parties {\n      id\n      party\n      name\n      toldAt\n      method\n      toldBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAppointments($clientId: ID!, $from: DateTime, $to: DateTime, $latestFirst: Boolean, $first: Int, $after: String) {\n    clientAppointments(clientId: $clientId, from: $from, to: $to, latestFirst: $latestFirst, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppointmentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAppointments($clientId: ID!, $from: DateTime, $to: DateTime, $latestFirst: Boolean, $first: Int, $after: String) {\n    clientAppointments(clientId: $clientId, from: $from, to: $to, latestFirst: $latestFirst, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppointmentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerAppointments($workerId: ID, $from: DateTime!, $to: DateTime!) {\n    workerAppointments(workerId: $workerId, from: $from, to: $to) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  query WorkerAppointments($workerId: ID, $from: DateTime!, $to: DateTime!) {\n    workerAppointments(workerId: $workerId, from: $from, to: $to) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentStaff {\n    appointmentStaff {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query AppointmentStaff {\n    appointmentStaff {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentServiceSearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      edges {\n        node {\n          serviceId\n          name\n          organizationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppointmentServiceSearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      edges {\n        node {\n          serviceId\n          name\n          organizationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAppointmentPartyTold($input: MarkAppointmentPartyToldInput!) {\n    markAppointmentPartyTold(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAppointmentPartyTold($input: MarkAppointmentPartyToldInput!) {\n    markAppointmentPartyTold(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAppointmentOutcome($input: RecordAppointmentOutcomeInput!) {\n    recordAppointmentOutcome(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAppointmentOutcome($input: RecordAppointmentOutcomeInput!) {\n    recordAppointmentOutcome(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    version\n    clientId\n    enrollmentId\n    status\n    answers\n    missingRequired\n    completedOn\n    completedAt\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    updatedAt\n    instrument {\n      id\n      code\n      revision\n      name\n      description\n      definition\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n      domain\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on Assessment {\n    id\n    version\n    clientId\n    enrollmentId\n    status\n    answers\n    missingRequired\n    completedOn\n    completedAt\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    updatedAt\n    instrument {\n      id\n      code\n      revision\n      name\n      description\n      definition\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n      domain\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentListFields on Assessment {\n    id\n    version\n    clientId\n    status\n    missingRequired\n    completedOn\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    instrument {\n      id\n      code\n      name\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentListFields on Assessment {\n    id\n    version\n    clientId\n    status\n    missingRequired\n    completedOn\n    nextDueOn\n    correctsId\n    correctionReason\n    createdAt\n    instrument {\n      id\n      code\n      name\n    }\n    scores {\n      key\n      label {\n        en\n        es\n      }\n      total\n      answered\n      bandLabel {\n        en\n        es\n      }\n      need\n    }\n    needs {\n      domain\n      source\n      label {\n        en\n        es\n      }\n    }\n    startedBy {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      ...AssessmentListFields\n    }\n  }\n"): (typeof documents)["\n  query ClientAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      ...AssessmentListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      mayChange\n    }\n  }\n"): (typeof documents)["\n  query AssessmentClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      mayChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentComparison($assessmentId: ID!, $previousId: ID) {\n    assessmentComparison(assessmentId: $assessmentId, previousId: $previousId) {\n      current {\n        ...AssessmentFields\n      }\n      previous {\n        ...AssessmentFields\n      }\n      changes {\n        question\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n      scores {\n        key\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentComparison($assessmentId: ID!, $previousId: ID) {\n    assessmentComparison(assessmentId: $assessmentId, previousId: $previousId) {\n      current {\n        ...AssessmentFields\n      }\n      previous {\n        ...AssessmentFields\n      }\n      changes {\n        question\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n      scores {\n        key\n        label {\n          en\n          es\n        }\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentStartChoices($clientId: ID!) {\n    instruments {\n      id\n      code\n      revision\n      name\n      description\n    }\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n        rules {\n          requiredInstruments {\n            instrumentCode\n            renewEveryMonths\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentStartChoices($clientId: ID!) {\n    instruments {\n      id\n      code\n      revision\n      name\n      description\n    }\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n        rules {\n          requiredInstruments {\n            instrumentCode\n            renewEveryMonths\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessmentAnswers($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessmentAnswers($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAssessment($input: CompleteAssessmentInput!) {\n    completeAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAssessment($input: CompleteAssessmentInput!) {\n    completeAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectAssessment($input: CorrectAssessmentInput!) {\n    correctAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectAssessment($input: CorrectAssessmentInput!) {\n    correctAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardAssessment($input: AssessmentVersionInput!) {\n    discardAssessment(input: $input)\n  }\n"): (typeof documents)["\n  mutation DiscardAssessment($input: AssessmentVersionInput!) {\n    discardAssessment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyInstruments {\n    instruments(includeInactive: true) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AgencyInstruments {\n    instruments(includeInactive: true) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n      definition\n    }\n  }\n"): (typeof documents)["\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      id\n      code\n      revision\n      name\n      description\n      active\n      createdAt\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CareTeamTrainingFields on CareTeamTraining {\n    id\n    version\n    clientId\n    topic\n    description\n    trainedOn\n    trainerName\n    trainer {\n      id\n      displayName\n    }\n    refreshMonths\n    refreshDueOn\n    voidedAt\n    voidReason\n    trainees {\n      id\n      name\n      role\n      contactId\n      removedAt\n      removalReason\n    }\n  }\n"): (typeof documents)["\n  fragment CareTeamTrainingFields on CareTeamTraining {\n    id\n    version\n    clientId\n    topic\n    description\n    trainedOn\n    trainerName\n    trainer {\n      id\n      displayName\n    }\n    refreshMonths\n    refreshDueOn\n    voidedAt\n    voidReason\n    trainees {\n      id\n      name\n      role\n      contactId\n      removedAt\n      removalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareTeamTrainings($clientId: ID!, $first: Int, $after: String) {\n    careTeamTrainings(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CareTeamTrainingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CareTeamTrainings($clientId: ID!, $first: Int, $after: String) {\n    careTeamTrainings(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CareTeamTrainingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareTeamTrainingStatus($clientId: ID!) {\n    careTeamTrainingStatus(clientId: $clientId) {\n      today\n      topics\n      members {\n        personKey\n        name\n        role\n        contactId\n        cells {\n          topic\n          standing\n          trainedOn\n          refreshDueOn\n          trainingId\n          traineeId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CareTeamTrainingStatus($clientId: ID!) {\n    careTeamTrainingStatus(clientId: $clientId) {\n      today\n      topics\n      members {\n        personKey\n        name\n        role\n        contactId\n        cells {\n          topic\n          standing\n          trainedOn\n          refreshDueOn\n          trainingId\n          traineeId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareTeamContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      name\n      relationship\n    }\n  }\n"): (typeof documents)["\n  query CareTeamContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      name\n      relationship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCareTeamTraining($input: RecordCareTeamTrainingInput!) {\n    recordCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCareTeamTraining($input: RecordCareTeamTrainingInput!) {\n    recordCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCareTeamTrainee($input: RemoveCareTeamTraineeInput!) {\n    removeCareTeamTrainee(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCareTeamTrainee($input: RemoveCareTeamTraineeInput!) {\n    removeCareTeamTrainee(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidCareTeamTraining($input: VoidCareTeamTrainingInput!) {\n    voidCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoidCareTeamTraining($input: VoidCareTeamTrainingInput!) {\n    voidCareTeamTraining(input: $input) {\n      ...CareTeamTrainingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkSummary {\n    workSummary {\n      overdue\n      dueToday\n      upcoming\n      assessmentsDue\n      caseload\n    }\n  }\n"): (typeof documents)["\n  query WorkSummary {\n    workSummary {\n      overdue\n      dueToday\n      upcoming\n      assessmentsDue\n      caseload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTasks($first: Int!, $upcomingDays: Int!) {\n    overdue: myTasks(timing: OVERDUE, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    today: myTasks(timing: TODAY, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    upcoming: myTasks(timing: UPCOMING, dueWithinDays: $upcomingDays, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    next: myTasks(timing: UPCOMING, first: 1) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTasks($first: Int!, $upcomingDays: Int!) {\n    overdue: myTasks(timing: OVERDUE, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    today: myTasks(timing: TODAY, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    upcoming: myTasks(timing: UPCOMING, dueWithinDays: $upcomingDays, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n    next: myTasks(timing: UPCOMING, first: 1) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueByWorker {\n    overdueByWorker {\n      overdue\n      escalated\n      oldestDueOn\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueByWorker {\n    overdueByWorker {\n      overdue\n      escalated\n      oldestDueOn\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadNextTasks($first: Int!) {\n    myCaseload(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          riskLevel\n          nextTask {\n            id\n            kind\n            title\n            generated\n            programName\n            instrumentName\n            referralLabel\n            dueOn\n            timing\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadNextTasks($first: Int!) {\n    myCaseload(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          riskLevel\n          nextTask {\n            id\n            kind\n            title\n            generated\n            programName\n            instrumentName\n            referralLabel\n            dueOn\n            timing\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DischargeEnrollment($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      version\n      displayName\n      status\n      mayChange\n    }\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  query DischargeEnrollment($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      version\n      displayName\n      status\n      mayChange\n    }\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DischargePlanFields on DischargePlan {\n    id\n    version\n    enrollmentId\n    plannedOn\n    reason\n    aftercare\n    continuingServices\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment DischargePlanFields on DischargePlan {\n    id\n    version\n    enrollmentId\n    plannedOn\n    reason\n    aftercare\n    continuingServices\n    updatedAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DischargePlan($enrollmentId: ID!) {\n    dischargePlan(enrollmentId: $enrollmentId) {\n      ...DischargePlanFields\n    }\n  }\n"): (typeof documents)["\n  query DischargePlan($enrollmentId: ID!) {\n    dischargePlan(enrollmentId: $enrollmentId) {\n      ...DischargePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDischargePlan($input: SaveDischargePlanInput!) {\n    saveDischargePlan(input: $input) {\n      ...DischargePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDischargePlan($input: SaveDischargePlanInput!) {\n    saveDischargePlan(input: $input) {\n      ...DischargePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosureCheck($enrollmentId: ID!, $closedOn: String) {\n    closureCheck(enrollmentId: $enrollmentId, closedOn: $closedOn) {\n      kind\n      id\n      description\n    }\n  }\n"): (typeof documents)["\n  query ClosureCheck($enrollmentId: ID!, $closedOn: String) {\n    closureCheck(enrollmentId: $enrollmentId, closedOn: $closedOn) {\n      kind\n      id\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeCloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DischargeCloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeClient($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation DischargeClient($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DischargeFollowUps($enrollmentId: ID!) {\n    tasks(filter: { enrollmentId: $enrollmentId, kinds: [FOLLOW_UP] }, first: 10) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          programName\n          details\n          status\n          priority\n          dueOn\n          timing\n          generated\n          escalatedAt\n          enrollmentId\n          subjectType\n          subjectId\n          assignee {\n            id\n            displayName\n          }\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DischargeFollowUps($enrollmentId: ID!) {\n    tasks(filter: { enrollmentId: $enrollmentId, kinds: [FOLLOW_UP] }, first: 10) {\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          programName\n          details\n          status\n          priority\n          dueOn\n          timing\n          generated\n          escalatedAt\n          enrollmentId\n          subjectType\n          subjectId\n          assignee {\n            id\n            displayName\n          }\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OnCallShiftFields on OnCallShift {\n    id\n    version\n    tier\n    startsAt\n    endsAt\n    phone\n    staff {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment OnCallShiftFields on OnCallShift {\n    id\n    version\n    tier\n    startsAt\n    endsAt\n    phone\n    staff {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmergencyCallFields on EmergencyCall {\n    id\n    version\n    receivedAt\n    callerName\n    callerRelation\n    callerPhone\n    clientId\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    whatHappened\n    actionTaken\n    severity\n    takenBy {\n      id\n      displayName\n    }\n    followUpNeeded\n    followUpDueOn\n    followUpAssignee {\n      id\n      displayName\n    }\n    followUpNote\n    followedUpBy {\n      id\n      displayName\n    }\n    followedUpAt\n  }\n"): (typeof documents)["\n  fragment EmergencyCallFields on EmergencyCall {\n    id\n    version\n    receivedAt\n    callerName\n    callerRelation\n    callerPhone\n    clientId\n    client {\n      id\n      displayName\n      clientNumber\n    }\n    whatHappened\n    actionTaken\n    severity\n    takenBy {\n      id\n      displayName\n    }\n    followUpNeeded\n    followUpDueOn\n    followUpAssignee {\n      id\n      displayName\n    }\n    followUpNote\n    followedUpBy {\n      id\n      displayName\n    }\n    followedUpAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallNow {\n    onCallNow {\n      at\n      primary {\n        ...OnCallShiftFields\n      }\n      backup {\n        ...OnCallShiftFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnCallNow {\n    onCallNow {\n      at\n      primary {\n        ...OnCallShiftFields\n      }\n      backup {\n        ...OnCallShiftFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallRoster($from: DateTime!, $to: DateTime!) {\n    onCallRoster(from: $from, to: $to) {\n      ...OnCallShiftFields\n    }\n  }\n"): (typeof documents)["\n  query OnCallRoster($from: DateTime!, $to: DateTime!) {\n    onCallRoster(from: $from, to: $to) {\n      ...OnCallShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallCandidates {\n    onCallCandidates {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query OnCallCandidates {\n    onCallCandidates {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOnCallShift($input: CreateOnCallShiftInput!) {\n    createOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOnCallShift($input: CreateOnCallShiftInput!) {\n    createOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOnCallShift($input: UpdateOnCallShiftInput!) {\n    updateOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOnCallShift($input: UpdateOnCallShiftInput!) {\n    updateOnCallShift(input: $input) {\n      ...OnCallShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOnCallShift($input: ShiftVersionInput!) {\n    removeOnCallShift(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveOnCallShift($input: ShiftVersionInput!) {\n    removeOnCallShift(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyCalls($from: DateTime, $to: DateTime, $needsFollowUp: Boolean, $first: Int, $after: String) {\n    emergencyCalls(from: $from, to: $to, needsFollowUp: $needsFollowUp, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EmergencyCallFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmergencyCalls($from: DateTime, $to: DateTime, $needsFollowUp: Boolean, $first: Int, $after: String) {\n    emergencyCalls(from: $from, to: $to, needsFollowUp: $needsFollowUp, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EmergencyCallFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyCall($id: ID!) {\n    emergencyCall(id: $id) {\n      ...EmergencyCallFields\n    }\n  }\n"): (typeof documents)["\n  query EmergencyCall($id: ID!) {\n    emergencyCall(id: $id) {\n      ...EmergencyCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogEmergencyCall($input: LogEmergencyCallInput!) {\n    logEmergencyCall(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogEmergencyCall($input: LogEmergencyCallInput!) {\n    logEmergencyCall(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallFollowUp($input: RecordCallFollowUpInput!) {\n    recordCallFollowUp(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCallFollowUp($input: RecordCallFollowUpInput!) {\n    recordCallFollowUp(input: $input) {\n      ...EmergencyCallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanComparison($fromId: ID!, $toId: ID!) {\n    carePlanComparison(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        revision\n      }\n      to {\n        id\n        revision\n      }\n      fields {\n        field\n        before\n        after\n      }\n      goals {\n        goalKey\n        change\n        statement\n        fields {\n          field\n          before\n          after\n        }\n        objectives {\n          objectiveKey\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n        interventions {\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanComparison($fromId: ID!, $toId: ID!) {\n    carePlanComparison(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        revision\n      }\n      to {\n        id\n        revision\n      }\n      fields {\n        field\n        before\n        after\n      }\n      goals {\n        goalKey\n        change\n        statement\n        fields {\n          field\n          before\n          after\n        }\n        objectives {\n          objectiveKey\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n        interventions {\n          change\n          description\n          fields {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCarePlan($input: UpdateCarePlanInput!) {\n    updateCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCarePlan($input: UpdateCarePlanInput!) {\n    updateCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCarePlanGoal($input: AddCarePlanGoalInput!) {\n    addCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCarePlanGoal($input: AddCarePlanGoalInput!) {\n    addCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCarePlanGoal($input: UpdateCarePlanGoalInput!) {\n    updateCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCarePlanGoal($input: UpdateCarePlanGoalInput!) {\n    updateCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCarePlanGoal($input: CarePlanGoalRefInput!) {\n    removeCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCarePlanGoal($input: CarePlanGoalRefInput!) {\n    removeCarePlanGoal(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoalsFromNeeds($input: AddGoalsFromNeedsInput!) {\n    addGoalsFromNeeds(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoalsFromNeeds($input: AddGoalsFromNeedsInput!) {\n    addGoalsFromNeeds(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCarePlanObjective($input: AddCarePlanObjectiveInput!) {\n    addCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCarePlanObjective($input: AddCarePlanObjectiveInput!) {\n    addCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCarePlanObjective($input: UpdateCarePlanObjectiveInput!) {\n    updateCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCarePlanObjective($input: UpdateCarePlanObjectiveInput!) {\n    updateCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCarePlanObjective($input: CarePlanObjectiveRefInput!) {\n    removeCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCarePlanObjective($input: CarePlanObjectiveRefInput!) {\n    removeCarePlanObjective(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCarePlanIntervention($input: AddCarePlanInterventionInput!) {\n    addCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCarePlanIntervention($input: AddCarePlanInterventionInput!) {\n    addCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCarePlanIntervention($input: UpdateCarePlanInterventionInput!) {\n    updateCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCarePlanIntervention($input: UpdateCarePlanInterventionInput!) {\n    updateCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCarePlanIntervention($input: CarePlanInterventionRefInput!) {\n    removeCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCarePlanIntervention($input: CarePlanInterventionRefInput!) {\n    removeCarePlanIntervention(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCarePlan($input: CarePlanVersionInput!) {\n    submitCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCarePlan($input: CarePlanVersionInput!) {\n    submitCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCarePlan($input: CarePlanVersionInput!) {\n    approveCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCarePlan($input: CarePlanVersionInput!) {\n    approveCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCarePlan($input: ReturnCarePlanInput!) {\n    returnCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnCarePlan($input: ReturnCarePlanInput!) {\n    returnCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseCarePlan($input: CarePlanVersionInput!) {\n    reviseCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseCarePlan($input: CarePlanVersionInput!) {\n    reviseCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCarePlan($input: CloseCarePlanInput!) {\n    closeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCarePlan($input: CloseCarePlanInput!) {\n    closeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeCarePlan($input: AcknowledgeCarePlanInput!) {\n    acknowledgeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeCarePlan($input: AcknowledgeCarePlanInput!) {\n    acknowledgeCarePlan(input: $input) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlansAwaitingApproval {\n    carePlansAwaitingApproval {\n      id\n      clientId\n      programName\n      revision\n      submittedAt\n      updatedAt\n      author {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlansAwaitingApproval {\n    carePlansAwaitingApproval {\n      id\n      clientId\n      programName\n      revision\n      submittedAt\n      updatedAt\n      author {\n        id\n        displayName\n      }\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlanWork($first: Int!) {\n    myTasks(kinds: [PLAN_DUE, IMPLEMENTATION_PLAN_DUE, PLAN_REVIEW], first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          dueOn\n          timing\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlanWork($first: Int!) {\n    myTasks(kinds: [PLAN_DUE, IMPLEMENTATION_PLAN_DUE, PLAN_REVIEW], first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          dueOn\n          timing\n          client {\n            id\n            displayName\n            clientNumber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCarePlansInProgress {\n    myCarePlansInProgress {\n      id\n      clientId\n      programName\n      revision\n      status\n      submittedAt\n      updatedAt\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCarePlansInProgress {\n    myCarePlansInProgress {\n      id\n      clientId\n      programName\n      revision\n      status\n      submittedAt\n      updatedAt\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      id\n      enrollmentId\n      status\n      completedOn\n      instrument {\n        id\n        name\n      }\n      needs {\n        domain\n        source\n        label {\n          en\n          es\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanAssessments($clientId: ID!) {\n    clientAssessments(clientId: $clientId) {\n      id\n      enrollmentId\n      status\n      completedOn\n      instrument {\n        id\n        name\n      }\n      needs {\n        domain\n        source\n        label {\n          en\n          es\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTemplates($programId: ID) {\n    planTemplates(programId: $programId) {\n      id\n      name\n      description\n      goals\n      active\n    }\n  }\n"): (typeof documents)["\n  query PlanTemplates($programId: ID) {\n    planTemplates(programId: $programId) {\n      id\n      name\n      description\n      goals\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarePlanGoalFields on CarePlanGoal {\n    id\n    goalKey\n    position\n    statement\n    domain\n    priority\n    targetDate\n    status\n    sourceAssessmentId\n    sourceNeed\n    objectives {\n      id\n      objectiveKey\n      position\n      description\n      measure\n      baseline\n      target\n      targetDate\n    }\n    interventions {\n      id\n      position\n      objectiveId\n      description\n      responsible\n      responsibleName\n      frequency\n    }\n  }\n"): (typeof documents)["\n  fragment CarePlanGoalFields on CarePlanGoal {\n    id\n    goalKey\n    position\n    statement\n    domain\n    priority\n    targetDate\n    status\n    sourceAssessmentId\n    sourceNeed\n    objectives {\n      id\n      objectiveKey\n      position\n      description\n      measure\n      baseline\n      target\n      targetDate\n    }\n    interventions {\n      id\n      position\n      objectiveId\n      description\n      responsible\n      responsibleName\n      frequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    clientId\n    enrollmentId\n    programName\n    revision\n    previousId\n    status\n    effectiveOn\n    reviewDueOn\n    clientVision\n    strengths\n    sourceAssessmentId\n    author {\n      id\n      displayName\n    }\n    submittedAt\n    submittedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    approvedAt\n    returnNote\n    acknowledgedOn\n    acknowledgementMethod\n    acknowledgedBy\n    acknowledgementNote\n    closedAt\n    closeReason\n    mayEdit\n    mayApprove\n    createdAt\n    updatedAt\n    goals {\n      ...CarePlanGoalFields\n    }\n  }\n"): (typeof documents)["\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    clientId\n    enrollmentId\n    programName\n    revision\n    previousId\n    status\n    effectiveOn\n    reviewDueOn\n    clientVision\n    strengths\n    sourceAssessmentId\n    author {\n      id\n      displayName\n    }\n    submittedAt\n    submittedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    approvedAt\n    returnNote\n    acknowledgedOn\n    acknowledgementMethod\n    acknowledgedBy\n    acknowledgementNote\n    closedAt\n    closeReason\n    mayEdit\n    mayApprove\n    createdAt\n    updatedAt\n    goals {\n      ...CarePlanGoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCarePlans($clientId: ID!) {\n    clientCarePlans(clientId: $clientId) {\n      ...CarePlanFields\n    }\n  }\n"): (typeof documents)["\n  query ClientCarePlans($clientId: ID!) {\n    clientCarePlans(clientId: $clientId) {\n      ...CarePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanFields\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanFields\n      client {\n        id\n        displayName\n        clientNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressCaseNotes($clientId: ID!) {\n    caseNotes(clientId: $clientId, first: 20) {\n      edges {\n        node {\n          id\n          occurredAt\n          noteType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgressCaseNotes($clientId: ID!) {\n    caseNotes(clientId: $clientId, first: 20) {\n      edges {\n        node {\n          id\n          occurredAt\n          noteType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalProgressFields on GoalProgress {\n    goalKey\n    statement\n    domain\n    status\n    latestRating\n    lackOfProgress\n    entries {\n      id\n      goalKey\n      objectiveKey\n      rating\n      note\n      recordedOn\n      caseNoteId\n      createdAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GoalProgressFields on GoalProgress {\n    goalKey\n    statement\n    domain\n    status\n    latestRating\n    lackOfProgress\n    entries {\n      id\n      goalKey\n      objectiveKey\n      rating\n      note\n      recordedOn\n      caseNoteId\n      createdAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientProgress($clientId: ID!) {\n    clientProgress(clientId: $clientId) {\n      ...GoalProgressFields\n    }\n  }\n"): (typeof documents)["\n  query ClientProgress($clientId: ID!) {\n    clientProgress(clientId: $clientId) {\n      ...GoalProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      goalKey\n      rating\n      recordedOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      goalKey\n      rating\n      recordedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    version\n    kind\n    title\n    programName\n    instrumentName\n    referralLabel\n    details\n    status\n    priority\n    dueOn\n    timing\n    generated\n    escalatedAt\n    enrollmentId\n    subjectType\n    subjectId\n    completedAt\n    completionNote\n    assignee {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n    client {\n      id\n      displayName\n      clientNumber\n    }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    version\n    kind\n    title\n    programName\n    instrumentName\n    referralLabel\n    details\n    status\n    priority\n    dueOn\n    timing\n    generated\n    escalatedAt\n    enrollmentId\n    subjectType\n    subjectId\n    completedAt\n    completionNote\n    assignee {\n      id\n      displayName\n    }\n    completedBy {\n      id\n      displayName\n    }\n    client {\n      id\n      displayName\n      clientNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($timing: TaskTiming, $kinds: [TaskKind!], $dueWithinDays: Int, $first: Int!, $after: String) {\n    myTasks(timing: $timing, kinds: $kinds, dueWithinDays: $dueWithinDays, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($timing: TaskTiming, $kinds: [TaskKind!], $dueWithinDays: Int, $first: Int!, $after: String) {\n    myTasks(timing: $timing, kinds: $kinds, dueWithinDays: $dueWithinDays, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tasks($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTasks($clientId: ID!, $status: TaskStatus) {\n    clientTasks(clientId: $clientId, status: $status) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  query ClientTasks($clientId: ID!, $status: TaskStatus) {\n    clientTasks(clientId: $clientId, status: $status) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTask($input: CancelTaskInput!) {\n    cancelTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignTask($input: ReassignTaskInput!) {\n    reassignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignTask($input: ReassignTaskInput!) {\n    reassignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientSummaryFields on Client {\n    id\n    version\n    clientNumber\n    status\n    displayName\n    preferredName\n    dateOfBirth\n    age\n    phone\n    riskLevel\n    flags\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientSummaryFields on Client {\n    id\n    version\n    clientNumber\n    status\n    displayName\n    preferredName\n    dateOfBirth\n    age\n    phone\n    riskLevel\n    flags\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientPage on ClientConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ClientSummaryFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n"): (typeof documents)["\n  fragment ClientPage on ClientConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ClientSummaryFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: [ClientStatus!]\n    $programId: ID\n    $caseManagerId: ID\n    $riskLevel: RiskLevel\n    $sort: ClientSort\n  ) {\n    clients(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      programId: $programId\n      caseManagerId: $caseManagerId\n      riskLevel: $riskLevel\n      sort: $sort\n    ) {\n      ...ClientPage\n    }\n  }\n"): (typeof documents)["\n  query Clients(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: [ClientStatus!]\n    $programId: ID\n    $caseManagerId: ID\n    $riskLevel: RiskLevel\n    $sort: ClientSort\n  ) {\n    clients(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      programId: $programId\n      caseManagerId: $caseManagerId\n      riskLevel: $riskLevel\n      sort: $sort\n    ) {\n      ...ClientPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseload($first: Int!, $after: String, $search: String) {\n    myCaseload(first: $first, after: $after, search: $search) {\n      ...ClientPage\n    }\n  }\n"): (typeof documents)["\n  query MyCaseload($first: Int!, $after: String, $search: String) {\n    myCaseload(first: $first, after: $after, search: $search) {\n      ...ClientPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOptions {\n    programs(includeInactive: true) {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query ProgramOptions {\n    programs(includeInactive: true) {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseManagerOptions {\n    caseloads {\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseManagerOptions {\n    caseloads {\n      worker {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsAwaitingReview($first: Int!, $after: String) {\n    incidentsAwaitingReview(first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n"): (typeof documents)["\n  query IncidentsAwaitingReview($first: Int!, $after: String) {\n    incidentsAwaitingReview(first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDraftNotes($first: Int!) {\n    myDraftNotes(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          noteType\n          occurredAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardDraftNotes($first: Int!) {\n    myDraftNotes(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          noteType\n          occurredAt\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    version\n    clientId\n    ownerType\n    ownerId\n    documentType\n    title\n    documentDate\n    expiresOn\n    expired\n    fileName\n    contentType\n    sizeBytes\n    contentPath\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFields on Document {\n    id\n    version\n    clientId\n    ownerType\n    ownerId\n    documentType\n    title\n    documentDate\n    expiresOn\n    expired\n    fileName\n    contentType\n    sizeBytes\n    contentPath\n    uploadedAt\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDocuments($clientId: ID!, $first: Int!, $after: String, $documentType: DocumentType) {\n    clientDocuments(clientId: $clientId, first: $first, after: $after, documentType: $documentType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DocumentFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDocuments($clientId: ID!, $first: Int!, $after: String, $documentType: DocumentType) {\n    clientDocuments(clientId: $clientId, first: $first, after: $after, documentType: $documentType) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DocumentFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDocument($input: RemoveDocumentInput!) {\n    removeDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDocument($input: RemoveDocumentInput!) {\n    removeDocument(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentOwners($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n    clientConsents(clientId: $clientId) {\n      id\n      recipientName\n      signedOn\n    }\n    caseNotes(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          noteType\n          occurredAt\n        }\n      }\n    }\n    clientIncidents(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          incidentType\n          occurredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentOwners($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      openedOn\n      program {\n        id\n        name\n      }\n    }\n    clientConsents(clientId: $clientId) {\n      id\n      recipientName\n      signedOn\n    }\n    caseNotes(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          noteType\n          occurredAt\n        }\n      }\n    }\n    clientIncidents(clientId: $clientId, first: 50) {\n      edges {\n        node {\n          id\n          incidentType\n          occurredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentReferralOwners($clientId: ID!) {\n    referrals(filter: { box: SENT, clientId: $clientId }, first: 50) {\n      edges {\n        node {\n          id\n          serviceName\n          provider {\n            name\n          }\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentReferralOwners($clientId: ID!) {\n    referrals(filter: { box: SENT, clientId: $clientId }, first: 50) {\n      edges {\n        node {\n          id\n          serviceName\n          provider {\n            name\n          }\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDuplicates($input: ClientDuplicatesInput!) {\n    clientDuplicates(input: $input) {\n      score\n      reasons\n      client {\n        ...ClientSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDuplicates($input: ClientDuplicatesInput!) {\n    clientDuplicates(input: $input) {\n      score\n      reasons\n      client {\n        ...ClientSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n      clientNumber\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n      clientNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPickerSearch($search: String!) {\n    clients(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          clientNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientPickerSearch($search: String!) {\n    clients(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          clientNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientProfileFields on Client {\n    id\n    version\n    clientNumber\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    displayName\n    dateOfBirth\n    age\n    pronouns\n    gender\n    primaryLanguage\n    interpreterNeeded\n    phone\n    email\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n    }\n    riskLevel\n    flags\n    referralSource\n    referralReason\n    presentingNeeds\n    identifiers {\n      id\n      kind\n      masked\n      version\n    }\n    mergedIntoId\n    mayChange\n    createdAt\n    updatedAt\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n      primaryCaseManager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientProfileFields on Client {\n    id\n    version\n    clientNumber\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    displayName\n    dateOfBirth\n    age\n    pronouns\n    gender\n    primaryLanguage\n    interpreterNeeded\n    phone\n    email\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n    }\n    riskLevel\n    flags\n    referralSource\n    referralReason\n    presentingNeeds\n    identifiers {\n      id\n      kind\n      masked\n      version\n    }\n    mergedIntoId\n    mayChange\n    createdAt\n    updatedAt\n    primaryCaseManager {\n      id\n      displayName\n    }\n    enrollments {\n      id\n      status\n      openedOn\n      program {\n        id\n        name\n      }\n      primaryCaseManager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientProfile($id: ID!, $accessReason: String) {\n    client(id: $id, accessReason: $accessReason) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  query ClientProfile($id: ID!, $accessReason: String) {\n    client(id: $id, accessReason: $accessReason) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientIdentifier($input: SetClientIdentifierInput!) {\n    setClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientIdentifier($input: SetClientIdentifierInput!) {\n    setClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveClientIdentifier($input: RemoveClientIdentifierInput!) {\n    removeClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveClientIdentifier($input: RemoveClientIdentifierInput!) {\n    removeClientIdentifier(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealClientIdentifier($input: RevealClientIdentifierInput!) {\n    revealClientIdentifier(input: $input) {\n      value\n    }\n  }\n"): (typeof documents)["\n  mutation RevealClientIdentifier($input: RevealClientIdentifierInput!) {\n    revealClientIdentifier(input: $input) {\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTimeline($clientId: ID!, $first: Int!, $after: String, $kinds: [TimelineKind!]) {\n    clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          kind\n          summary\n          sourceType\n          sourceId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientTimeline($clientId: ID!, $first: Int!, $after: String, $kinds: [TimelineKind!]) {\n    clientTimeline(clientId: $clientId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          kind\n          summary\n          sourceType\n          sourceId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaceSheetContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      kind\n      name\n      relationship\n      organization\n      phone\n      email\n      emergencyContact\n      legalDecisionMaker\n      mayShareInformation\n    }\n  }\n"): (typeof documents)["\n  query FaceSheetContacts($clientId: ID!) {\n    clientContacts(clientId: $clientId) {\n      id\n      kind\n      name\n      relationship\n      organization\n      phone\n      email\n      emergencyContact\n      legalDecisionMaker\n      mayShareInformation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeClients($input: MergeClientsInput!) {\n    mergeClients(input: $input) {\n      ...ClientProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentsSeen($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      primaryCaseManager {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentsSeen($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      id\n      status\n      primaryCaseManager {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentFields on Consent {\n    id\n    version\n    clientId\n    categories\n    recipientKind\n    recipientName\n    recipientContactId\n    recipientAgencyId\n    purpose\n    effectiveFrom\n    effectiveUntil\n    signatureMethod\n    signedOn\n    documentReference\n    revokedAt\n    revokedReason\n    state\n    createdAt\n    recordedBy {\n      id\n      displayName\n    }\n    revokedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentFields on Consent {\n    id\n    version\n    clientId\n    categories\n    recipientKind\n    recipientName\n    recipientContactId\n    recipientAgencyId\n    purpose\n    effectiveFrom\n    effectiveUntil\n    signatureMethod\n    signedOn\n    documentReference\n    revokedAt\n    revokedReason\n    state\n    createdAt\n    recordedBy {\n      id\n      displayName\n    }\n    revokedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientConsents($clientId: ID!) {\n    clientConsents(clientId: $clientId) {\n      ...ConsentFields\n      documents {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientConsents($clientId: ID!) {\n    clientConsents(clientId: $clientId) {\n      ...ConsentFields\n      documents {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAgencies($search: String) {\n    partnerAgencies(search: $search) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerAgencies($search: String) {\n    partnerAgencies(search: $search) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentFields on Enrollment {\n    id\n    version\n    clientId\n    status\n    openedOn\n    closedOn\n    openReason\n    closeReason\n    program {\n      id\n      code\n      name\n    }\n    primaryCaseManager {\n      id\n      displayName\n    }\n    team {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n      }\n    }\n    assignments {\n      id\n      reason\n      startedAt\n      endedAt\n      caseManager {\n        id\n        displayName\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentFields on Enrollment {\n    id\n    version\n    clientId\n    status\n    openedOn\n    closedOn\n    openReason\n    closeReason\n    program {\n      id\n      code\n      name\n    }\n    primaryCaseManager {\n      id\n      displayName\n    }\n    team {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n      }\n    }\n    assignments {\n      id\n      reason\n      startedAt\n      endedAt\n      caseManager {\n        id\n        displayName\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  query ClientEnrollments($clientId: ID!) {\n    clientEnrollments(clientId: $clientId) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramsForEnrollment {\n    programs(includeInactive: false) {\n      id\n      code\n      name\n      description\n      active\n      rules {\n        eligibility {\n          minAge\n          maxAge\n          requiresMedicaid\n          residencyRegions\n        }\n        intakeRequirements\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramsForEnrollment {\n    programs(includeInactive: false) {\n      id\n      code\n      name\n      description\n      active\n      rules {\n        eligibility {\n          minAge\n          maxAge\n          requiresMedicaid\n          residencyRegions\n        }\n        intakeRequirements\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadWorkers {\n    caseloads {\n      totalClients\n      highRiskClients\n      worker {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadWorkers {\n    caseloads {\n      totalClients\n      highRiskClients\n      worker {\n        id\n        displayName\n        role\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreenEligibility($input: ScreenEligibilityInput!) {\n    screenEligibility(input: $input) {\n      id\n      outcome\n      reasons\n      age\n      screenedAt\n      answers {\n        hasMedicaid\n        residencyRegion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScreenEligibility($input: ScreenEligibilityInput!) {\n    screenEligibility(input: $input) {\n      id\n      outcome\n      reasons\n      age\n      screenedAt\n      answers {\n        hasMedicaid\n        residencyRegion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollClient($input: EnrollClientInput!) {\n    enrollClient(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollClient($input: EnrollClientInput!) {\n    enrollClient(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEnrollmentStatus($input: ChangeEnrollmentStatusInput!) {\n    changeEnrollmentStatus(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEnrollmentStatus($input: ChangeEnrollmentStatusInput!) {\n    changeEnrollmentStatus(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseEnrollment($input: CloseEnrollmentInput!) {\n    closeEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCaseManager($input: AssignCaseManagerInput!) {\n    assignCaseManager(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentFields on Incident {\n    id\n    version\n    clientId\n    incidentType\n    severity\n    occurredAt\n    location\n    description\n    actionsTaken\n    followUpDue\n    status\n    reviewedAt\n    reviewNote\n    createdAt\n    notifications {\n      party\n      name\n      method\n      notifiedAt\n      recordedAt\n    }\n    reportedBy {\n      id\n      displayName\n    }\n    reviewedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentFields on Incident {\n    id\n    version\n    clientId\n    incidentType\n    severity\n    occurredAt\n    location\n    description\n    actionsTaken\n    followUpDue\n    status\n    reviewedAt\n    reviewNote\n    createdAt\n    notifications {\n      party\n      name\n      method\n      notifiedAt\n      recordedAt\n    }\n    reportedBy {\n      id\n      displayName\n    }\n    reviewedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentPage on IncidentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...IncidentFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentPage on IncidentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...IncidentFields\n      }\n    }\n    pageInfo {\n      ...PageCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientIncidents($clientId: ID!, $first: Int!, $after: String) {\n    clientIncidents(clientId: $clientId, first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n"): (typeof documents)["\n  query ClientIncidents($clientId: ID!, $first: Int!, $after: String) {\n    clientIncidents(clientId: $clientId, first: $first, after: $after) {\n      ...IncidentPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIncidentNotification($input: AddIncidentNotificationInput!) {\n    addIncidentNotification(input: $input) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddIncidentNotification($input: AddIncidentNotificationInput!) {\n    addIncidentNotification(input: $input) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewIncident($input: ReviewIncidentInput!) {\n    reviewIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewIncident($input: ReviewIncidentInput!) {\n    reviewIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientContactFields on ClientContact {\n    id\n    version\n    clientId\n    kind\n    relationship\n    name\n    organization\n    phone\n    email\n    address\n    emergencyContact\n    legalDecisionMaker\n    mayShareInformation\n    notes\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment ClientContactFields on ClientContact {\n    id\n    version\n    clientId\n    kind\n    relationship\n    name\n    organization\n    phone\n    email\n    address\n    emergencyContact\n    legalDecisionMaker\n    mayShareInformation\n    notes\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientContacts($clientId: ID!, $includeArchived: Boolean!) {\n    clientContacts(clientId: $clientId, includeArchived: $includeArchived) {\n      ...ClientContactFields\n    }\n  }\n"): (typeof documents)["\n  query ClientContacts($clientId: ID!, $includeArchived: Boolean!) {\n    clientContacts(clientId: $clientId, includeArchived: $includeArchived) {\n      ...ClientContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClientContact($input: AddClientContactInput!) {\n    addClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddClientContact($input: AddClientContactInput!) {\n    addClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClientContact($input: UpdateClientContactInput!) {\n    updateClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClientContact($input: UpdateClientContactInput!) {\n    updateClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveClientContact($input: ClientContactVersionInput!) {\n    archiveClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveClientContact($input: ClientContactVersionInput!) {\n    archiveClientContact(input: $input) {\n      ...ClientContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseNoteFields on CaseNote {\n    id\n    version\n    clientId\n    noteType\n    occurredAt\n    durationMinutes\n    place\n    participants\n    narrative\n    status\n    signedAt\n    lateEntry\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseNoteFields on CaseNote {\n    id\n    version\n    clientId\n    noteType\n    occurredAt\n    durationMinutes\n    place\n    participants\n    narrative\n    status\n    signedAt\n    lateEntry\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseNotes($clientId: ID!, $first: Int!, $after: String, $types: [NoteType!], $authorId: ID, $from: DateTime, $to: DateTime) {\n    caseNotes(clientId: $clientId, first: $first, after: $after, types: $types, authorId: $authorId, from: $from, to: $to) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CaseNoteFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseNotes($clientId: ID!, $first: Int!, $after: String, $types: [NoteType!], $authorId: ID, $from: DateTime, $to: DateTime) {\n    caseNotes(clientId: $clientId, first: $first, after: $after, types: $types, authorId: $authorId, from: $from, to: $to) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CaseNoteFields\n        }\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseNote($id: ID!) {\n    caseNote(id: $id) {\n      ...CaseNoteFields\n    }\n  }\n"): (typeof documents)["\n  query CaseNote($id: ID!) {\n    caseNote(id: $id) {\n      ...CaseNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDraftNotes($clientId: ID!) {\n    myDraftNotes(clientId: $clientId, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...CaseNoteFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDraftNotes($clientId: ID!) {\n    myDraftNotes(clientId: $clientId, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...CaseNoteFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseNote($input: CreateCaseNoteInput!) {\n    createCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseNote($input: CreateCaseNoteInput!) {\n    createCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseNote($input: UpdateCaseNoteInput!) {\n    updateCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseNote($input: UpdateCaseNoteInput!) {\n    updateCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCaseNote($input: CaseNoteVersionInput!) {\n    signCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignCaseNote($input: CaseNoteVersionInput!) {\n    signCaseNote(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardCaseNoteDraft($input: CaseNoteVersionInput!) {\n    discardCaseNoteDraft(input: $input)\n  }\n"): (typeof documents)["\n  mutation DiscardCaseNoteDraft($input: CaseNoteVersionInput!) {\n    discardCaseNoteDraft(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNoteAddendum($input: AddCaseNoteAddendumInput!) {\n    addCaseNoteAddendum(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNoteAddendum($input: AddCaseNoteAddendumInput!) {\n    addCaseNoteAddendum(input: $input) {\n      ...CaseNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoteComposerSettings {\n    clientSettings {\n      lateEntryDays\n    }\n  }\n"): (typeof documents)["\n  query NoteComposerSettings {\n    clientSettings {\n      lateEntryDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    mustChangePassword\n    version\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    mustChangePassword\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppSettings {\n    appSettings {\n      idleLockMinutes\n      passwordMinLength\n    }\n  }\n"): (typeof documents)["\n  query AppSettings {\n    appSettings {\n      idleLockMinutes\n      passwordMinLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      agency {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n        lastLoginAt\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      agency {\n        id\n        name\n        slug\n      }\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n        lastLoginAt\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    mustChangePassword\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    active\n    lockedUntil\n    lastLoginAt\n    mustChangePassword\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $includeInactive: Boolean!) {\n    users(first: $first, after: $after, search: $search, role: $role, includeInactive: $includeInactive) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $includeInactive: Boolean!) {\n    users(first: $first, after: $after, search: $search, role: $role, includeInactive: $includeInactive) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserVersionInput!) {\n    deactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserVersionInput!) {\n    deactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: UserVersionInput!) {\n    reactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($input: UserVersionInput!) {\n    reactivateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($input: UserVersionInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($input: UserVersionInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      clientNumber\n      enrollments {\n        id\n        status\n        openedOn\n        program {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      clientNumber\n      enrollments {\n        id\n        status\n        openedOn\n        program {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralConsent($clientId: ID!, $agencyId: ID!) {\n    referral: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: REFERRALS) {\n      allowed\n      reason\n      consentId\n    }\n    identity: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: DEMOGRAPHICS) {\n      allowed\n      reason\n    }\n    contact: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: CONTACT_INFO) {\n      allowed\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ReferralConsent($clientId: ID!, $agencyId: ID!) {\n    referral: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: REFERRALS) {\n      allowed\n      reason\n      consentId\n    }\n    identity: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: DEMOGRAPHICS) {\n      allowed\n      reason\n    }\n    contact: consentDecision(clientId: $clientId, recipientAgencyId: $agencyId, category: CONTACT_INFO) {\n      allowed\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralService($id: ID!) {\n    directoryService(id: $id) {\n      id\n      name\n      status\n      organization {\n        id\n        name\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        address {\n          line1\n          city\n          region\n          postalCode\n        }\n      }\n      phones {\n        id\n        number\n      }\n      categories {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralService($id: ID!) {\n    directoryService(id: $id) {\n      id\n      name\n      status\n      organization {\n        id\n        name\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        address {\n          line1\n          city\n          region\n          postalCode\n        }\n      }\n      phones {\n        id\n        number\n      }\n      categories {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceListFields on ResourceList {\n    id\n    version\n    clientId\n    language\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    items {\n      serviceId\n      serviceName\n      organizationName\n      phone\n      address\n      hours {\n        weekday\n        opensAt\n        closesAt\n        description\n      }\n      website\n      eligibility\n      fees\n    }\n    deliveries {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n      deliveredBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceListFields on ResourceList {\n    id\n    version\n    clientId\n    language\n    note\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    items {\n      serviceId\n      serviceName\n      organizationName\n      phone\n      address\n      hours {\n        weekday\n        opensAt\n        closesAt\n        description\n      }\n      website\n      eligibility\n      fees\n    }\n    deliveries {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n      deliveredBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientResourceLists($clientId: ID!, $first: Int, $after: String) {\n    clientResourceLists(clientId: $clientId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientResourceLists($clientId: ID!, $first: Int, $after: String) {\n    clientResourceLists(clientId: $clientId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ResourceListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceList($id: ID!, $clientId: ID!) {\n    resourceList(id: $id) {\n      ...ResourceListFields\n    }\n    client(id: $clientId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ResourceList($id: ID!, $clientId: ID!) {\n    resourceList(id: $id) {\n      ...ResourceListFields\n    }\n    client(id: $clientId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResourceList($input: CreateResourceListInput!) {\n    createResourceList(input: $input) {\n      ...ResourceListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResourceList($input: CreateResourceListInput!) {\n    createResourceList(input: $input) {\n      ...ResourceListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverResourceList($input: DeliverResourceListInput!) {\n    deliverResourceList(input: $input) {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeliverResourceList($input: DeliverResourceListInput!) {\n    deliverResourceList(input: $input) {\n      id\n      channel\n      address\n      status\n      error\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceListClient($id: ID!) {\n    client(id: $id) {\n      id\n      primaryLanguage\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  query ResourceListClient($id: ID!) {\n    client(id: $id) {\n      id\n      primaryLanguage\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralRowFields on Referral {\n    id\n    version\n    status\n    urgency\n    serviceName\n    organizationName\n    provider {\n      name\n    }\n    receiverAgency {\n      id\n      name\n    }\n    senderAgency {\n      id\n      name\n    }\n    side\n    nextStatuses\n    sentAt\n    createdAt\n    statusChangedAt\n    client {\n      id\n      displayName\n      sharedUnder\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralRowFields on Referral {\n    id\n    version\n    status\n    urgency\n    serviceName\n    organizationName\n    provider {\n      name\n    }\n    receiverAgency {\n      id\n      name\n    }\n    senderAgency {\n      id\n      name\n    }\n    side\n    nextStatuses\n    sentAt\n    createdAt\n    statusChangedAt\n    client {\n      id\n      displayName\n      sharedUnder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    ...ReferralRowFields\n    reason\n    needs\n    noteForReceiver\n    serviceId\n    provider {\n      name\n      phone\n      email\n      address\n    }\n    onWaymark\n    answeredAt\n    appointmentAt\n    appointmentLocation\n    declineReason\n    outcome\n    outcomeNote\n    closedAt\n    enrollmentId\n    sentBy {\n      id\n      displayName\n    }\n    steps {\n      id\n      fromStatus\n      toStatus\n      side\n      actorName\n      actorAgencyName\n      note\n      appointmentAt\n      occurredAt\n    }\n    client {\n      id\n      clientNumber\n      displayName\n      dateOfBirth\n      primaryLanguage\n      phone\n      email\n      address\n      sharedUnder\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralFields on Referral {\n    ...ReferralRowFields\n    reason\n    needs\n    noteForReceiver\n    serviceId\n    provider {\n      name\n      phone\n      email\n      address\n    }\n    onWaymark\n    answeredAt\n    appointmentAt\n    appointmentLocation\n    declineReason\n    outcome\n    outcomeNote\n    closedAt\n    enrollmentId\n    sentBy {\n      id\n      displayName\n    }\n    steps {\n      id\n      fromStatus\n      toStatus\n      side\n      actorName\n      actorAgencyName\n      note\n      appointmentAt\n      occurredAt\n    }\n    client {\n      id\n      clientNumber\n      displayName\n      dateOfBirth\n      primaryLanguage\n      phone\n      email\n      address\n      sharedUnder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralFilter!, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...ReferralRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Referrals($filter: ReferralFilter!, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...ReferralRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralStatusCounts($box: ReferralBox!) {\n    referralStatusCounts(box: $box) {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query ReferralStatusCounts($box: ReferralBox!) {\n    referralStatusCounts(box: $box) {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReferral($input: UpdateReferralInput!) {\n    updateReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReferral($input: UpdateReferralInput!) {\n    updateReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReferral($input: MoveReferralInput!) {\n    moveReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReferral($input: MoveReferralInput!) {\n    moveReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryOrganizationAdminFields on DirectoryOrganization {\n    id\n    version\n    name\n    alternateName\n    description\n    website\n    email\n    visibility\n    lastVerifiedOn\n    editable\n    waymarkAgency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryOrganizationAdminFields on DirectoryOrganization {\n    id\n    version\n    name\n    alternateName\n    description\n    website\n    email\n    visibility\n    lastVerifiedOn\n    editable\n    waymarkAgency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryAdminOrganizations($search: String, $first: Int!, $after: String) {\n    directoryOrganizations(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DirectoryOrganizationAdminFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryAdminOrganizations($search: String, $first: Int!, $after: String) {\n    directoryOrganizations(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DirectoryOrganizationAdminFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryServiceAdminFields on DirectoryService {\n    ...DirectoryServiceFields\n    version\n    categories {\n      id\n    }\n    locations {\n      id\n    }\n    editable\n  }\n"): (typeof documents)["\n  fragment DirectoryServiceAdminFields on DirectoryService {\n    ...DirectoryServiceFields\n    version\n    categories {\n      id\n    }\n    locations {\n      id\n    }\n    editable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryLocationAdminFields on DirectoryLocation {\n    ...DirectoryLocationFields\n    version\n  }\n"): (typeof documents)["\n  fragment DirectoryLocationAdminFields on DirectoryLocation {\n    ...DirectoryLocationFields\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryAdminOrganization($id: ID!) {\n    directoryOrganization(id: $id) {\n      ...DirectoryOrganizationAdminFields\n      services {\n        ...DirectoryServiceAdminFields\n      }\n      locations {\n        ...DirectoryLocationAdminFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryAdminOrganization($id: ID!) {\n    directoryOrganization(id: $id) {\n      ...DirectoryOrganizationAdminFields\n      services {\n        ...DirectoryServiceAdminFields\n      }\n      locations {\n        ...DirectoryLocationAdminFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryImportFields on DirectoryImport {\n    id\n    format\n    fileName\n    status\n    rowsTotal\n    rowsDone\n    rowsImported\n    rowsRejected\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment DirectoryImportFields on DirectoryImport {\n    id\n    format\n    fileName\n    status\n    rowsTotal\n    rowsDone\n    rowsImported\n    rowsRejected\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryImports($first: Int) {\n    directoryImports(first: $first) {\n      ...DirectoryImportFields\n    }\n  }\n"): (typeof documents)["\n  query DirectoryImports($first: Int) {\n    directoryImports(first: $first) {\n      ...DirectoryImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryImportReport on DirectoryImport {\n    ...DirectoryImportFields\n    problems {\n      file\n      row\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryImportReport on DirectoryImport {\n    ...DirectoryImportFields\n    problems {\n      file\n      row\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryImport($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportReport\n    }\n  }\n"): (typeof documents)["\n  query DirectoryImport($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryImportProgress($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportFields\n    }\n  }\n"): (typeof documents)["\n  query DirectoryImportProgress($id: ID!) {\n    directoryImport(id: $id) {\n      ...DirectoryImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      ...DirectoryImportReport\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      ...DirectoryImportReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportDirectory($format: HsdsFormat!) {\n    exportDirectory(format: $format) {\n      files {\n        name\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportDirectory($format: HsdsFormat!) {\n    exportDirectory(format: $format) {\n      files {\n        name\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirectoryOrganization($input: CreateDirectoryOrganizationInput!) {\n    createDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirectoryOrganization($input: CreateDirectoryOrganizationInput!) {\n    createDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirectoryOrganization($input: UpdateDirectoryOrganizationInput!) {\n    updateDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirectoryOrganization($input: UpdateDirectoryOrganizationInput!) {\n    updateDirectoryOrganization(input: $input) {\n      ...DirectoryOrganizationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirectoryService($input: CreateDirectoryServiceInput!) {\n    createDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirectoryService($input: CreateDirectoryServiceInput!) {\n    createDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirectoryService($input: UpdateDirectoryServiceInput!) {\n    updateDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirectoryService($input: UpdateDirectoryServiceInput!) {\n    updateDirectoryService(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceCapacity($input: RecordServiceCapacityInput!) {\n    recordServiceCapacity(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordServiceCapacity($input: RecordServiceCapacityInput!) {\n    recordServiceCapacity(input: $input) {\n      ...DirectoryServiceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirectoryLocation($input: CreateDirectoryLocationInput!) {\n    createDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirectoryLocation($input: CreateDirectoryLocationInput!) {\n    createDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirectoryLocation($input: UpdateDirectoryLocationInput!) {\n    updateDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirectoryLocation($input: UpdateDirectoryLocationInput!) {\n    updateDirectoryLocation(input: $input) {\n      ...DirectoryLocationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectorySearchHitFields on DirectorySearchHit {\n    serviceId\n    name\n    organizationName\n    description\n    status\n    address\n    distanceKm\n    openNow\n    languages\n    categories {\n      code\n      name\n      nameEs\n    }\n    phone\n    minimumAge\n    maximumAge\n    onWaymark\n  }\n"): (typeof documents)["\n  fragment DirectorySearchHitFields on DirectorySearchHit {\n    serviceId\n    name\n    organizationName\n    description\n    status\n    address\n    distanceKm\n    openNow\n    languages\n    categories {\n      code\n      name\n      nameEs\n    }\n    phone\n    minimumAge\n    maximumAge\n    onWaymark\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      totalCount\n      correctedText\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectorySearchHitFields\n        }\n      }\n      facets {\n        categories {\n          code\n          name\n          count\n        }\n        languages {\n          code\n          name\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearch($input: DirectorySearchInput!) {\n    directorySearch(input: $input) {\n      totalCount\n      correctedText\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectorySearchHitFields\n        }\n      }\n      facets {\n        categories {\n          code\n          name\n          count\n        }\n        languages {\n          code\n          name\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      age\n      address {\n        city\n        latitude\n        longitude\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryClient($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      age\n      address {\n        city\n        latitude\n        longitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryPhoneFields on DirectoryPhone {\n    id\n    number\n    extension\n    type\n    description\n  }\n"): (typeof documents)["\n  fragment DirectoryPhoneFields on DirectoryPhone {\n    id\n    number\n    extension\n    type\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryService($id: ID!) {\n    directoryService(id: $id) {\n      ...DirectoryServiceFields\n      organization {\n        id\n        name\n        description\n        website\n        email\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        ...DirectoryLocationFields\n        url\n        phones {\n          ...DirectoryPhoneFields\n        }\n      }\n      phones {\n        ...DirectoryPhoneFields\n      }\n      openingHours {\n        description\n      }\n      costOptions {\n        option\n        amount\n        currency\n        amountDescription\n      }\n      serviceAreas\n      capacity {\n        description\n      }\n      keywords\n      alert\n    }\n  }\n"): (typeof documents)["\n  query DirectoryService($id: ID!) {\n    directoryService(id: $id) {\n      ...DirectoryServiceFields\n      organization {\n        id\n        name\n        description\n        website\n        email\n        waymarkAgency {\n          id\n          name\n        }\n      }\n      locations {\n        ...DirectoryLocationFields\n        url\n        phones {\n          ...DirectoryPhoneFields\n        }\n      }\n      phones {\n        ...DirectoryPhoneFields\n      }\n      openingHours {\n        description\n      }\n      costOptions {\n        option\n        amount\n        currency\n        amountDescription\n      }\n      serviceAreas\n      capacity {\n        description\n      }\n      keywords\n      alert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryLocationFields on DirectoryLocation {\n    id\n    name\n    description\n    transportation\n    latitude\n    longitude\n    timeZone\n    address {\n      line1\n      line2\n      city\n      region\n      stateProvince\n      postalCode\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryLocationFields on DirectoryLocation {\n    id\n    name\n    description\n    transportation\n    latitude\n    longitude\n    timeZone\n    address {\n      line1\n      line2\n      city\n      region\n      stateProvince\n      postalCode\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryServiceFields on DirectoryService {\n    id\n    name\n    alternateName\n    description\n    url\n    email\n    status\n    openingHours {\n      weekday\n      opensAt\n      closesAt\n    }\n    languages {\n      code\n      name\n    }\n    minimumAge\n    maximumAge\n    eligibilityDescription\n    feesDescription\n    requiredDocuments\n    applicationProcess\n    interpretationServices\n    categories {\n      code\n      name\n      nameEs\n    }\n    capacity {\n      unit\n      available\n      maximum\n      updatedAt\n    }\n    lastVerifiedOn\n  }\n"): (typeof documents)["\n  fragment DirectoryServiceFields on DirectoryService {\n    id\n    name\n    alternateName\n    description\n    url\n    email\n    status\n    openingHours {\n      weekday\n      opensAt\n      closesAt\n    }\n    languages {\n      code\n      name\n    }\n    minimumAge\n    maximumAge\n    eligibilityDescription\n    feesDescription\n    requiredDocuments\n    applicationProcess\n    interpretationServices\n    categories {\n      code\n      name\n      nameEs\n    }\n    capacity {\n      unit\n      available\n      maximum\n      updatedAt\n    }\n    lastVerifiedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxonomyTerms {\n    taxonomyTerms {\n      id\n      code\n      name\n      nameEs\n      parentCode\n      path\n    }\n  }\n"): (typeof documents)["\n  query TaxonomyTerms {\n    taxonomyTerms {\n      id\n      code\n      name\n      nameEs\n      parentCode\n      path\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;