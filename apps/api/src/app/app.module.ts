import type { IncomingMessage } from 'node:http';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditModule, openReadBuffer } from '@waymark/api/audit';
import { type AppConfig, CommonModule } from '@waymark/api/common';
import { DatabaseModule, type DatabaseOptions, openStatementTally } from '@waymark/api/database';
import { CarePlanningModule } from '@waymark/api/care-plan';
import { ClientModule } from '@waymark/api/client';
import { IdentityModule } from '@waymark/api/identity';
import { IntegrationModule } from '@waymark/api/integration';
import { ReferralsModule } from '@waymark/api/referral';
import { ResourceDirectoryModule } from '@waymark/api/resource-directory';
import { ClsModule } from 'nestjs-cls';
import { DomainErrorFilter } from './domain-error.filter';
import { graphqlOptions } from './graphql-options';
import { HealthController } from './health.controller';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { clientIp } from './request-meta';
import { validationPipe } from './validation.pipe';

export interface AppOptions {
  config: AppConfig;
  database: DatabaseOptions;
  /** Where to write the emitted SDL; undefined keeps it in memory. */
  schemaFile?: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, database, schemaFile }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config),
        EventEmitterModule.forRoot(),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            idGenerator: (req: IncomingMessage & { id?: string }) => String(req.id),
            setup: (cls, req: IncomingMessage) => {
              cls.set('ip', clientIp(req, config.TRUST_PROXY));
              cls.set('userAgent', req.headers['user-agent']?.slice(0, 500));
              openReadBuffer(cls);
              openStatementTally(cls, req);
            },
          },
          plugins: [
            new ClsPluginTransactional({
              imports: [],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
        DatabaseModule.forRoot(database),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config, schemaFile) }),
        TerminusModule,
        AuditModule,
        IdentityModule,
        ClientModule,
        CarePlanningModule,
        ResourceDirectoryModule,
        ReferralsModule,
        IntegrationModule,
        IdempotencyModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: validationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
