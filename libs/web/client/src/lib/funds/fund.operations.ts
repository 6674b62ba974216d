import { graphql } from '@waymark/web/core';

export const fundRequestFields = graphql(`
  fragment FundRequestFields on FundRequest {
    id
    version
    clientId
    amountCents
    purpose
    payee
    neededBy
    status
    createdAt
    decidedAt
    decisionNote
    paidAt
    reconciledAt
    resolution
    reconciliationNote
    receiptsCents
    requestedBy {
      id
      displayName
    }
    decidedBy {
      id
      displayName
    }
    paidBy {
      id
      displayName
    }
    reconciledBy {
      id
      displayName
    }
    receipts {
      id
      amountCents
      recordedAt
      document {
        id
        title
        fileName
        contentType
        contentPath
      }
    }
  }
`);

export const clientFundQuery = graphql(`
  query ClientFund($clientId: ID!, $first: Int!, $after: String) {
    clientFund(clientId: $clientId) {
      clientId
      balanceCents
      committedCents
      availableCents
    }
    clientFundRequests(clientId: $clientId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...FundRequestFields
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const clientFundLedgerQuery = graphql(`
  query ClientFundLedger($clientId: ID!, $first: Int!, $after: String) {
    clientFundLedger(clientId: $clientId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          amountCents
          occurredOn
          source
          requestId
          method
          reference
          note
          recordedBy {
            id
            displayName
          }
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const recordFundDepositMutation = graphql(`
  mutation RecordFundDeposit($input: RecordFundDepositInput!) {
    recordFundDeposit(input: $input) {
      id
    }
  }
`);

export const requestFundsMutation = graphql(`
  mutation RequestFunds($input: RequestFundsInput!) {
    requestFunds(input: $input) {
      ...FundRequestFields
    }
  }
`);

export const approveFundRequestMutation = graphql(`
  mutation ApproveFundRequest($input: DecideFundRequestInput!) {
    approveFundRequest(input: $input) {
      ...FundRequestFields
    }
  }
`);

export const refuseFundRequestMutation = graphql(`
  mutation RefuseFundRequest($input: DecideFundRequestInput!) {
    refuseFundRequest(input: $input) {
      ...FundRequestFields
    }
  }
`);

export const cancelFundRequestMutation = graphql(`
  mutation CancelFundRequest($input: DecideFundRequestInput!) {
    cancelFundRequest(input: $input) {
      ...FundRequestFields
    }
  }
`);

export const payFundRequestMutation = graphql(`
  mutation PayFundRequest($input: PayFundRequestInput!) {
    payFundRequest(input: $input) {
      ...FundRequestFields
    }
  }
`);

export const attachFundReceiptMutation = graphql(`
  mutation AttachFundReceipt($input: AttachFundReceiptInput!) {
    attachFundReceipt(input: $input) {
      ...FundRequestFields
    }
  }
`);

export const reconcileFundRequestMutation = graphql(`
  mutation ReconcileFundRequest($input: ReconcileFundRequestInput!) {
    reconcileFundRequest(input: $input) {
      ...FundRequestFields
    }
  }
`);

/** What every change to the fund refreshes: the balance, the requests and the ledger. */
export const FUND_QUERIES = ['ClientFund', 'ClientFundLedger'];
