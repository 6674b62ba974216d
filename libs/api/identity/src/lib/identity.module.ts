import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { AgencyEntity } from './agency/agency.entity';
import { AgencyService } from './agency/agency.service';
import { AuthResolver } from './auth/auth.resolver';
import { LockoutService } from './auth/lockout.service';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { PasswordChangeService } from './auth/password-change.service';
import { PasswordService } from './auth/password.service';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { SessionEntity } from './auth/session.entity';
import { SessionService } from './auth/session.service';
import { SignInService } from './auth/sign-in.service';
import { TokenService } from './auth/token.service';
import { ApiClientAuthenticator } from './api-client/api-client-authenticator';
import { ApiCallers } from './api-client/api-callers';
import { ApiClientEntity } from './api-client/api-client.entity';
import { ApiClientResolver } from './api-client/api-client.resolver';
import { ApiClientService } from './api-client/api-client.service';
import { OperationScopes } from './api-client/operation-scopes';
import { FieldScopes } from './api-client/field-scopes';
import { JwtStrategy } from './policy/jwt.strategy';
import { PolicyGuard } from './policy/policy.guard';
import { UserEntity } from './user/user.entity';
import { UserResolver } from './user/user.resolver';
import { AuditEventActorResolver, ClientViewerActorResolver } from './user/audit-actor.resolver';
import { AuditActorNames } from './user/audit-actor-names';
import { UserService } from './user/user.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AgencyEntity, UserEntity, SessionEntity, RefreshTokenEntity, LoginAttemptEntity, ApiClientEntity]),
    PassportModule,
    JwtModule.register({}),
    AuditModule,
  ],
  providers: [
    PasswordService,
    TokenService,
    LockoutService,
    SessionService,
    SignInService,
    PasswordChangeService,
    AgencyService,
    UserService,
    JwtStrategy,
    ApiClientAuthenticator,
    ApiCallers,
    ApiClientService,
    ApiClientResolver,
    OperationScopes,
    FieldScopes,
    AuthResolver,
    UserResolver,
    AuditEventActorResolver,
    AuditActorNames,
    ClientViewerActorResolver,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [AgencyService, UserService, OperationScopes, FieldScopes, ApiCallers],
})
export class IdentityModule {}
