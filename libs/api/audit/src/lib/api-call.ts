import type { DocumentNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { Principal } from '@waymark/api/common';
import { ActorType, AuditAction } from '@waymark/shared/types';
import type { AuditRecord } from './audit-trail.service';

/** Longest description of one call the trail keeps (a batch of five large operations stays well under it). */
const CALL_TEXT_MAX = 1000;

/** A query parameter's name as HSDS and FHIR spell them; anything else is left out rather than echoed. */
const PARAM_NAME = /^[A-Za-z_][\w.:-]{0,39}$/;
const PARAMS_MAX = 20;

/**
 * The audit event of one HTTP request made with an API key: which route or which GraphQL
 * operations it called and how each went. Names only: never the variables, the query string's
 * values or the data answered (those may hold client data the trail must not copy).
 */
export function apiCallRecord(client: Principal, call: string, operations: readonly string[], outcomes: readonly string[]): AuditRecord {
  const text = (parts: readonly string[]) => parts.join('; ').slice(0, CALL_TEXT_MAX);
  return {
    // Named outright: the call is written last, when a nested context may stand for another agency.
    actor: { type: ActorType.API_CLIENT, id: client.id, agencyId: client.onBehalfOfAgencyId ?? client.agencyId },
    action: AuditAction.API_CALL,
    entityType: 'ApiClient',
    entityId: client.id,
    changes: {
      call: { to: call },
      ...(operations.length ? { operations: { to: text(operations) } } : {}),
      outcome: { to: text(outcomes) },
    },
  };
}

/** A plain route as called: its method and pattern, and the names of the query parameters given (`GET /hsds/services?page&per_page`). */
export function describeRoute(method: string, pattern: string, query: unknown): string {
  const names = query && typeof query === 'object' ? Object.keys(query).filter((name) => PARAM_NAME.test(name)) : [];
  const params = [...new Set(names)].sort().slice(0, PARAMS_MAX);
  return `${method} ${pattern}${params.length ? `?${params.join('&')}` : ''}`;
}

/**
 * One GraphQL operation as called: its type, its name and its root fields (`query Clients: clients`);
 * an operation that never got past parsing or validation has no fields to name.
 */
export function describeOperation(operation: OperationDefinitionNode | undefined, document: DocumentNode | undefined, operationName: string | null | undefined): string {
  if (!operation) return `(not run) ${operationName ?? '(anonymous)'}`;
  const fields = rootFields(operation.selectionSet, document, new Set());
  return `${operation.operation} ${operation.name?.value ?? '(anonymous)'}: ${[...new Set(fields)].join(', ')}`;
}

/** The fields a selection set asks for at its own level, through inline fragments and named fragment spreads. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode | undefined, seenFragments: Set<string>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection.name.value];
    if (selection.kind === 'InlineFragment') return rootFields(selection.selectionSet, document, seenFragments);
    const name = selection.name.value;
    if (seenFragments.has(name)) return [];
    seenFragments.add(name);
    const fragment = document?.definitions.find((definition) => definition.kind === 'FragmentDefinition' && definition.name.value === name);
    return fragment && fragment.kind === 'FragmentDefinition' ? rootFields(fragment.selectionSet, document, seenFragments) : [];
  });
}
