import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { Clock } from './clock';
import { RequestContext } from './request-context';

/** The validated configuration, the request context and the clock, available everywhere. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: AppConfig, useValue: config }, RequestContext, Clock],
      exports: [AppConfig, RequestContext, Clock],
    };
  }
}
