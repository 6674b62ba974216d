import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@waymark/web/core';

/** Read from the cache only: it changes when the enrollments tab loads or changes an enrollment. */
const enrollmentsSeenQuery = graphql(`
  query EnrollmentsSeen($clientId: ID!) {
    clientEnrollments(clientId: $clientId) {
      id
      status
      primaryCaseManager {
        id
      }
    }
  }
`);

/**
 * The header shows the client's programs and case manager, which the enrollments tab
 * changes. When an enrollment changes there (or on leaving any record tab), the header is
 * fetched again.
 */
export function useHeaderRefresh(clientId: string, tab: string, reload: () => void): void {
  const { data } = useQuery(enrollmentsSeenQuery, { variables: { clientId }, fetchPolicy: 'cache-only' });
  const enrollments = data?.clientEnrollments ? JSON.stringify(data.clientEnrollments) : null;
  const seen = useRef({ tab, enrollments });
  useEffect(() => {
    const before = seen.current;
    seen.current = { tab, enrollments };
    const enrollmentsChanged = before.enrollments !== null && enrollments !== null && before.enrollments !== enrollments;
    if (before.tab !== tab || enrollmentsChanged) reload();
  }, [tab, enrollments, reload]);
}
