import { Identity1764000000000 } from './1764000000000-identity';
import { AuditTrail1764000000001 } from './1764000000001-audit-trail';
import { AuditTrailByMonth1764000000002 } from './1764000000002-audit-trail-by-month';
import { ClientRecords1764000000010 } from './1764000000010-client-records';
import { CarePlanning1764000000020 } from './1764000000020-care-planning';
import { CarePlanSubmitter1764000000021 } from './1764000000021-care-plan-submitter';
import { ResourceDirectory1764000000030 } from './1764000000030-resource-directory';
import { DirectorySearch1764000000031 } from './1764000000031-directory-search';
import { AgencyTaxonomyTerms1764000000032 } from './1764000000032-agency-taxonomy-terms';
import { DirectoryWordReaders1764000000033 } from './1764000000033-directory-word-readers';
import { LocationEarthPoint1764000000034 } from './1764000000034-location-earth-point';
import { DirectoryImportHeartbeat1764000000035 } from './1764000000035-directory-import-heartbeat';
import { Referrals1764000000040 } from './1764000000040-referrals';
import { ReferralBoardOrder1764000000041 } from './1764000000041-referral-board-order';
import { ServiceSearchArrays1764000000050 } from './1764000000050-service-search-arrays';
import { CaseloadIndexes1764000000051 } from './1764000000051-caseload-indexes';
import { ServiceSearchTable1764000000053 } from './1764000000053-service-search-table';
import { ServiceSearchReach1764000000054 } from './1764000000054-service-search-reach';
import { FieldWorkTasks1764000000055 } from './1764000000055-field-work-tasks';
import { ClientDocuments1764000000056 } from './1764000000056-client-documents';
import { Appointments1764000000057 } from './1764000000057-appointments';
import { CareTeamTraining1764000000058 } from './1764000000058-care-team-training';
import { ResourceLists1764000000059 } from './1764000000059-resource-lists';
import { OnCall1764000000060 } from './1764000000060-on-call';
import { OversightTasks1764000000061 } from './1764000000061-oversight-tasks';
import { ClientFunds1764000000066 } from './1764000000066-client-funds';
import { IdempotencyKeys1764000000068 } from './1764000000068-idempotency-keys';
import { Webhooks1764000000069 } from './1764000000069-webhooks';
import { IdempotencyClaims1764000000073 } from './1764000000073-idempotency-claims';
import { ApiClientRefusals1764000000074 } from './1764000000074-api-client-refusals';
import { WebhookRetention1764000000075 } from './1764000000075-webhook-retention';
import { AuditViewer1764000000062 } from './1764000000062-audit-viewer';
import { ChartAudits1764000000063 } from './1764000000063-chart-audits';
import { ReportIndexes1764000000064 } from './1764000000064-report-indexes';
import { ApiClients1764000000067 } from './1764000000067-api-clients';

/** Every migration, oldest first. A new one is appended here and never edited after it lands. */
export const migrations = [
  Identity1764000000000,
  AuditTrail1764000000001,
  AuditTrailByMonth1764000000002,
  ClientRecords1764000000010,
  CarePlanning1764000000020,
  CarePlanSubmitter1764000000021,
  ResourceDirectory1764000000030,
  DirectorySearch1764000000031,
  AgencyTaxonomyTerms1764000000032,
  DirectoryWordReaders1764000000033,
  LocationEarthPoint1764000000034,
  DirectoryImportHeartbeat1764000000035,
  Referrals1764000000040,
  ReferralBoardOrder1764000000041,
  ServiceSearchArrays1764000000050,
  CaseloadIndexes1764000000051,
  ServiceSearchTable1764000000053,
  ServiceSearchReach1764000000054,
  FieldWorkTasks1764000000055,
  ClientDocuments1764000000056,
  Appointments1764000000057,
  CareTeamTraining1764000000058,
  ResourceLists1764000000059,
  OnCall1764000000060,
  OversightTasks1764000000061,
  AuditViewer1764000000062,
  ChartAudits1764000000063,
  ReportIndexes1764000000064,
  ClientFunds1764000000066,
  ApiClients1764000000067,
  IdempotencyKeys1764000000068,
  Webhooks1764000000069,
  IdempotencyClaims1764000000073,
  ApiClientRefusals1764000000074,
  WebhookRetention1764000000075,
];
