import { registerEnumType } from '@nestjs/graphql';
import { AuditAction, AuditSeverity } from '@waymark/shared/types';

registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit event records' });
registerEnumType(AuditSeverity, { name: 'AuditSeverity', description: 'How closely a reviewer should look at an event (auditSeverity)' });
