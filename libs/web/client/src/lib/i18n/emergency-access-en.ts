/** English texts of break-the-glass (namespace `client`, key `emergencyAccess`). */
export const emergencyAccessEn = {
  refusedTitle: 'You have no access to this record',
  refused: 'This client is not yours to open. In an emergency — someone’s safety is at stake and their case team cannot be reached — you may open the record to read for a limited time.',
  open: 'Emergency access',
  back: 'Back to clients',
  title: 'Open this record in an emergency',
  warning:
    'Emergency access is recorded in the audit trail as high severity, lasts a limited time (the record shows how long once it opens), lets you read the record but not change it, and the supervisors are told who opened it and why, to review.',
  reason: 'Why must you open it now?',
  reasonHint: 'For example: the client called in crisis and the on-call plan is in the record',
  reasonRequired: 'Say why you need the record now',
  reasonTooLong: 'At most {{max}} characters',
  submit: 'Open in an emergency',
  granted: 'Emergency access granted until {{until}}',
  banner: 'Emergency access: you may read this record for {{left}} more (until {{until}}). Your access is recorded and a supervisor will review it.',
  minutesLeft_one: '{{count}} minute',
  minutesLeft_other: '{{count}} minutes',
  lessThanAMinute: 'less than a minute',
};
