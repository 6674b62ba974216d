import { ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/** The sha256 GraphQL Code Generator embeds in each document it generates (persistedDocuments). */
function documentHash(document: DocumentNode): string | undefined {
  return (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
}

/**
 * Sends generated operations by their hash instead of their text: the API resolves the hash
 * from the manifest codegen wrote beside the documents (persisted-documents.json). A document
 * without a hash goes as text. Should the API not know a hash (a tab opened before a deploy),
 * the link sends that operation's text once and stops sending hashes for the session.
 */
export function createPersistedDocumentsLink(): ApolloLink {
  const persisted = new PersistedQueryLink({
    generateHash: (document) => documentHash(document) ?? '',
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
  return ApolloLink.split((operation) => documentHash(operation.query) !== undefined, persisted);
}
