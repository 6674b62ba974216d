import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '../staff/staff.model';

/** A worker's open cases as primary case manager; a client counts once however many programs they share. */
@ObjectType('CaseloadSummary')
export class CaseloadSummaryModel {
  @Field(() => StaffModel)
  worker: StaffModel;

  @Field(() => Int, { description: 'Clients with an open enrollment the worker leads' })
  totalClients: number;

  @Field(() => Int)
  pendingClients: number;

  @Field(() => Int)
  activeClients: number;

  @Field(() => Int)
  onHoldClients: number;

  @Field(() => Int, { description: 'Of totalClients, those at HIGH risk' })
  highRiskClients: number;

  @Field(() => Float, { nullable: true, description: "totalClients over the listed workers' average: 1 is an even share; null when nobody has clients" })
  shareOfAverage: number | null;
}
