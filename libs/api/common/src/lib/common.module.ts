import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { RequestContext } from './request-context';

/** The validated configuration and the request context, available everywhere. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: AppConfig, useValue: config }, RequestContext],
      exports: [AppConfig, RequestContext],
    };
  }
}
