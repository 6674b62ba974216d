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
import { JwtStrategy } from './policy/jwt.strategy';
import { PolicyGuard } from './policy/policy.guard';
import { UserEntity } from './user/user.entity';
import { UserResolver } from './user/user.resolver';
import { UserService } from './user/user.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AgencyEntity, UserEntity, SessionEntity, RefreshTokenEntity, LoginAttemptEntity]),
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
    AuthResolver,
    UserResolver,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [AgencyService, UserService],
})
export class IdentityModule {}
