import { Module } from '@nestjs/common';
import { FhirModule } from './fhir/fhir.module';
import { WebhookModule } from './webhook/webhook.module';

/**
 * What other systems read and subscribe to: FHIR R4 views of a client's record and webhooks
 * on domain events. It sits above the domain contexts and reads them only through their
 * exported services; nothing below imports it.
 */
@Module({
  imports: [WebhookModule, FhirModule],
  providers: [],
  controllers: [],
})
export class IntegrationModule {}
