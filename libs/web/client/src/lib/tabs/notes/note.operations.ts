import { graphql } from '@waymark/web/core';

export const caseNoteFields = graphql(`
  fragment CaseNoteFields on CaseNote {
    id
    version
    clientId
    noteType
    occurredAt
    durationMinutes
    place
    participants
    narrative
    status
    signedAt
    lateEntry
    createdAt
    updatedAt
    author {
      id
      displayName
    }
    addenda {
      id
      text
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const caseNotesQuery = graphql(`
  query CaseNotes($clientId: ID!, $first: Int!, $after: String, $types: [NoteType!], $authorId: ID, $from: DateTime, $to: DateTime) {
    caseNotes(clientId: $clientId, first: $first, after: $after, filter: { types: $types, authorId: $authorId, from: $from, to: $to }) {
      totalCount
      edges {
        cursor
        node {
          ...CaseNoteFields
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const caseNoteQuery = graphql(`
  query CaseNote($id: ID!) {
    caseNote(id: $id) {
      ...CaseNoteFields
    }
  }
`);

export const myDraftNotesQuery = graphql(`
  query MyDraftNotes($clientId: ID!) {
    myDraftNotes(clientId: $clientId, first: 10) {
      totalCount
      edges {
        node {
          ...CaseNoteFields
        }
      }
    }
  }
`);

export const createCaseNoteMutation = graphql(`
  mutation CreateCaseNote($input: CreateCaseNoteInput!) {
    createCaseNote(input: $input) {
      ...CaseNoteFields
    }
  }
`);

export const updateCaseNoteMutation = graphql(`
  mutation UpdateCaseNote($input: UpdateCaseNoteInput!) {
    updateCaseNote(input: $input) {
      ...CaseNoteFields
    }
  }
`);

export const signCaseNoteMutation = graphql(`
  mutation SignCaseNote($input: CaseNoteVersionInput!) {
    signCaseNote(input: $input) {
      ...CaseNoteFields
    }
  }
`);

export const discardCaseNoteDraftMutation = graphql(`
  mutation DiscardCaseNoteDraft($input: CaseNoteVersionInput!) {
    discardCaseNoteDraft(input: $input)
  }
`);

export const addCaseNoteAddendumMutation = graphql(`
  mutation AddCaseNoteAddendum($input: AddCaseNoteAddendumInput!) {
    addCaseNoteAddendum(input: $input) {
      ...CaseNoteFields
    }
  }
`);

/** The agency's late-entry limit, for the composer's warning. */
export const noteComposerSettingsQuery = graphql(`
  query NoteComposerSettings {
    clientSettings {
      lateEntryDays
    }
  }
`);
