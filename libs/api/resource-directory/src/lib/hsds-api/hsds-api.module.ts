import { Module } from '@nestjs/common';
import { Allow, AllowAnonymous, AppConfig } from '@waymark/api/common';
import { ANY_ROLE } from '@waymark/shared/types';
import { HsdsApiController } from './hsds-api.controller';
import { HsdsApiRepository } from './hsds-api.repository';
import { HsdsApiService } from './hsds-api.service';

/**
 * The resource directory served over the Open Referral HSDS 3.0 API (/hsds), read-only.
 *
 * Off by default, HSDS_API_PUBLIC: the feed answers API clients (scope `directory:read`) and
 * signed-in users, each seeing their agency's entries and what is shared with everyone. Many 211
 * directories publish openly, so an agency may turn it on: then anyone reads the shared entries,
 * without a token, and nobody's private ones. The policy follows the setting, so it is declared
 * here, where the setting is read, once as the application starts.
 */
@Module({
  controllers: [HsdsApiController],
  providers: [HsdsApiService, HsdsApiRepository],
})
export class HsdsApiModule {
  constructor(config: AppConfig) {
    (config.HSDS_API_PUBLIC ? AllowAnonymous() : Allow(...ANY_ROLE))(HsdsApiController);
  }
}
