import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { ClientContactEntity } from './client-contact.entity';
import { ClientContactResolver } from './client-contact.resolver';
import { ClientContactService } from './client-contact.service';
import { ContactFacts } from './contact-facts';

/** The client's support network: family, friends, guardians, representatives, professionals. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientContactEntity]), AccessModule],
  providers: [ClientContactService, ClientContactResolver, ContactFacts],
  exports: [ClientContactService, ContactFacts],
})
export class NetworkModule {}
