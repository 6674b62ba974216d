import { ArgsType, InputType, PickType } from '@nestjs/graphql';
import { FilterPageArgs, type Order, OrderByField } from '@waymark/api/common';
import type { ClientOrderField } from '@waymark/shared/types';
import { ClientFilter, ClientOrder } from '../../person/dto/clients.args';

@InputType('CaseloadFilter', { description: 'Which clients of your caseload: found the way the client list finds people' })
export class CaseloadFilter extends PickType(ClientFilter, ['search'] as const, InputType) {}

/** A page of the caller's caseload, found and ordered the way the client list finds people. */
@ArgsType()
export class MyCaseloadArgs extends FilterPageArgs(CaseloadFilter) {
  @OrderByField(ClientOrder, 'How the clients are ordered')
  orderBy?: Order<ClientOrderField> | null;
}
