import { ArgsType, PickType } from '@nestjs/graphql';
import { ClientsArgs } from '../../person/dto/clients.args';

/** A page of the caller's caseload, found the way the client list finds people. */
@ArgsType()
export class MyCaseloadArgs extends PickType(ClientsArgs, ['first', 'after', 'search'] as const, ArgsType) {}
