import { graphql } from '@waymark/web/core';

export const reportChoicesQuery = graphql(`
  query ReportChoices {
    programs(includeInactive: true) {
      id
      name
      active
    }
    reportWorkers {
      id
      displayName
    }
  }
`);

export const caseloadReportQuery = graphql(`
  query CaseloadReport($filter: ReportFilterInput!) {
    caseloadReport(filter: $filter) {
      asOf
      workers {
        worker {
          id
          displayName
        }
        total
        pending
        active
        onHold
        closedSince
        lowRisk
        moderateRisk
        highRisk
      }
      totals {
        total
        pending
        active
        onHold
        closedSince
        lowRisk
        moderateRisk
        highRisk
      }
    }
  }
`);

export const intakeReportQuery = graphql(`
  query IntakeReport($filter: ReportFilterInput!) {
    intakeReport(filter: $filter) {
      months {
        month
        intakes
        discharges
      }
      intakes
      discharges
      reasons {
        reason
        discharges
      }
      otherReasons
    }
  }
`);

export const deadlineReportQuery = graphql(`
  query DeadlineReport($filter: ReportFilterInput!) {
    deadlineReport(filter: $filter) {
      groups {
        group
        met
        missed
        open
      }
      months {
        month
        met
        missed
        open
      }
      totals {
        met
        missed
        open
      }
    }
  }
`);

export const referralReportQuery = graphql(`
  query ReferralReport($filter: ReportFilterInput!) {
    referralReport(filter: $filter) {
      categories {
        category
        sent
        open
        completed
        needMet
        partlyMet
        notMet
        declined
        cancelled
        expired
        medianDaysToService
        averageDaysToService
      }
      totals {
        sent
        open
        completed
        needMet
        partlyMet
        notMet
        declined
        cancelled
        expired
        medianDaysToService
        averageDaysToService
      }
    }
  }
`);

export const goalReportQuery = graphql(`
  query GoalReport($filter: ReportFilterInput!) {
    goalReport(filter: $filter) {
      domains {
        domain
        achieved
        inProgress
        discontinued
      }
      totals {
        achieved
        inProgress
        discontinued
      }
    }
  }
`);

export const lateNoteReportQuery = graphql(`
  query LateNoteReport($filter: ReportFilterInput!) {
    lateNoteReport(filter: $filter) {
      months {
        month
        signed
        late
      }
      signed
      late
      lateEntryDays
    }
  }
`);
