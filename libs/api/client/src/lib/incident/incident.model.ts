import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { IncidentSeverity, IncidentStatus, IncidentType, NotificationMethod, NotifiedParty } from '@waymark/shared/types';
import { StaffModel } from '../staff/staff.model';
import type { IncidentEntity, IncidentNotification } from './incident.entity';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';

registerEnumType(IncidentType, { name: 'IncidentType' });
registerEnumType(IncidentSeverity, { name: 'IncidentSeverity' });
registerEnumType(NotifiedParty, { name: 'NotifiedParty', description: 'Who was told of an incident' });
registerEnumType(NotificationMethod, { name: 'NotificationMethod', description: 'How they were told' });
registerEnumType(IncidentStatus, { name: 'IncidentStatus', description: 'REPORTED (editable) until a supervisor REVIEWED it' });

@ObjectType('IncidentNotification')
export class IncidentNotificationModel {
  @Field(() => NotifiedParty)
  party: NotifiedParty;

  @Field(() => String, { nullable: true, description: 'The person or office told, e.g. the guardian’s name or a hotline case number' })
  name: string | null;

  @Field(() => GraphQLISODateTime)
  notifiedAt: Date;

  @Field(() => NotificationMethod)
  method: NotificationMethod;

  @Field(() => GraphQLISODateTime, { description: 'When the notification was recorded here' })
  recordedAt: Date;

  static from(notification: IncidentNotification): IncidentNotificationModel {
    return Object.assign(new IncidentNotificationModel(), {
      party: notification.party,
      name: notification.name,
      notifiedAt: new Date(notification.notifiedAt),
      method: notification.method,
      recordedAt: new Date(notification.recordedAt),
    });
  }
}

@ObjectType('Incident')
export class IncidentModel extends ClientRecordModel {
  @Field(() => IncidentType)
  incidentType: IncidentType;

  @Field(() => IncidentSeverity)
  severity: IncidentSeverity;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field({ description: 'What happened' })
  description: string;

  @Field(() => String, { nullable: true })
  actionsTaken: string | null;

  @Field(() => [IncidentNotificationModel], { description: 'Who was told, and when, in the order recorded' })
  notifications: IncidentNotificationModel[];

  @Field(() => String, { nullable: true, description: "Follow-up due, as 'YYYY-MM-DD'" })
  followUpDue: string | null;

  @Field(() => IncidentStatus)
  status: IncidentStatus;

  /** Resolved through the per-request StaffLoader. */
  reportedById: string;

  @Field(() => StaffModel, { nullable: true })
  reportedBy?: StaffModel | null;

  reviewedById: string | null;

  @Field(() => StaffModel, { nullable: true })
  reviewedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The reviewer's sign-off note" })
  reviewNote: string | null;

  static from(incident: IncidentEntity): IncidentModel {
    return Object.assign(new IncidentModel(), recordFields(incident), {
      incidentType: incident.incidentType,
      severity: incident.severity,
      occurredAt: incident.occurredAt,
      location: incident.location,
      description: incident.description,
      actionsTaken: incident.actionsTaken,
      notifications: incident.notifications.map(IncidentNotificationModel.from),
      followUpDue: incident.followUpDue,
      status: incident.status,
      reportedById: incident.reportedBy,
      reviewedById: incident.reviewedBy,
      reviewedAt: incident.reviewedAt,
      reviewNote: incident.reviewNote,
    });
  }
}

@ObjectType()
export class IncidentConnection extends Connection(IncidentModel, 'Incident') {
  @Field(() => Int)
  totalCount: number;
}
