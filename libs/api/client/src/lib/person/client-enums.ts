import { registerEnumType } from '@nestjs/graphql';
import { ClientFlag, ClientOrderField, ClientSort, ClientStatus, DuplicateReason, IdentifierKind, RiskLevel } from '@waymark/shared/types';

registerEnumType(ClientStatus, { name: 'ClientStatus', description: "A client's place in the agency's services; see CLIENT_STATUS_TRANSITIONS" });
registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'How closely the people serving a client must watch' });
registerEnumType(ClientFlag, { name: 'ClientFlag', description: 'A warning everyone who meets the client must see first' });
registerEnumType(IdentifierKind, { name: 'IdentifierKind', description: 'What an identifier number is' });
registerEnumType(ClientSort, { name: 'ClientSort', description: 'RELEVANCE while searching (the default then), NAME (the default otherwise) or RECENT (last changed first)' });
registerEnumType(ClientOrderField, { name: 'ClientOrderField', description: 'RELEVANCE to the searched name, NAME (last, then first) or UPDATED_AT (the last change)' });
registerEnumType(DuplicateReason, { name: 'DuplicateReason', description: 'Why an existing client looks like the person being taken in' });
