export { IntegrationModule } from './lib/integration.module';
export { WebhookDispatcher } from './lib/webhook/webhook-dispatcher';
export { WebhookRetention } from './lib/webhook/webhook-retention';
