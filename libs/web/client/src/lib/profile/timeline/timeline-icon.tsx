import type { ReactNode } from 'react';
import {
  IconCoin,
  IconAlertTriangle,
  IconCalendarEvent,
  IconList,
  IconPaperclip,
  IconPhoneCall,
  IconSchool,
  IconArrowsExchange,
  IconChartLine,
  IconCircleDot,
  IconClipboardCheck,
  IconDoorExit,
  IconFileCertificate,
  IconGitMerge,
  IconLogin2,
  IconNotes,
  IconSend,
  IconTargetArrow,
  IconUserCheck,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { TimelineKind } from '@waymark/shared/types';

const ICONS: Record<TimelineKind, ReactNode> = {
  INTAKE: <IconLogin2 size={16} aria-hidden />,
  STATUS_CHANGE: <IconArrowsExchange size={16} aria-hidden />,
  ENROLLMENT: <IconUsersGroup size={16} aria-hidden />,
  ASSIGNMENT: <IconUserCheck size={16} aria-hidden />,
  NOTE: <IconNotes size={16} aria-hidden />,
  INCIDENT: <IconAlertTriangle size={16} aria-hidden />,
  CONSENT: <IconFileCertificate size={16} aria-hidden />,
  MERGE: <IconGitMerge size={16} aria-hidden />,
  ASSESSMENT: <IconClipboardCheck size={16} aria-hidden />,
  CARE_PLAN: <IconTargetArrow size={16} aria-hidden />,
  PROGRESS: <IconChartLine size={16} aria-hidden />,
  DISCHARGE: <IconDoorExit size={16} aria-hidden />,
  REFERRAL: <IconSend size={16} aria-hidden />,
  DOCUMENT: <IconPaperclip size={16} aria-hidden />,
  APPOINTMENT: <IconCalendarEvent size={16} aria-hidden />,
  TRAINING: <IconSchool size={16} aria-hidden />,
  RESOURCE_LIST: <IconList size={16} aria-hidden />,
  EMERGENCY_CALL: <IconPhoneCall size={16} aria-hidden />,
  FUND_REQUEST: <IconCoin size={16} aria-hidden />,
};

/** The bullet of a timeline entry; a kind without an icon gets a plain dot. */
export function TimelineIcon({ kind }: { kind: TimelineKind }) {
  return <>{ICONS[kind] ?? <IconCircleDot size={16} aria-hidden />}</>;
}
