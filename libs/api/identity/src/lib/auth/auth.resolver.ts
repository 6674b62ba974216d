import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, AllowSignedIn, AppConfig, PersonOnly } from '@waymark/api/common';
import { PASSWORD_MIN_LENGTH } from '@waymark/shared/types';
import { AgencyService } from '../agency/agency.service';
import { UserService } from '../user/user.service';
import { AppSettingsModel } from './app-settings.model';
import { AuthPayloadModel } from './auth-payload.model';
import { PasswordChangeService } from './password-change.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { RefreshSessionArgs } from './dto/refresh-session.args';
import { ViewerModel } from './viewer.model';

/** A person's own sign-in, session and password: never an API client's. */
@PersonOnly()
@Resolver()
export class AuthResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly passwordChange: PasswordChangeService,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayloadModel, { description: 'Sign in with e-mail and password' })
  @AllowAnonymous()
  login(@Args('input') input: LoginInput) {
    return this.signIn.login(input.email, input.password);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Trade a refresh token for a new access token and refresh token' })
  @AllowAnonymous()
  refreshSession(@Args() { refreshToken }: RefreshSessionArgs) {
    return this.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'End this session; its access and refresh tokens stop working' })
  @AllowSignedIn({ duringPasswordChange: true })
  async logout() {
    await this.sessions.logout();
    return true;
  }

  @Mutation(() => Boolean)
  @AllowSignedIn({ duringPasswordChange: true })
  async changePassword(@Args('input') input: ChangePasswordInput) {
    await this.passwordChange.change(input.currentPassword, input.newPassword);
    return true;
  }

  @Query(() => ViewerModel, { description: 'The signed-in user and their agency' })
  @AllowSignedIn({ duringPasswordChange: true })
  async me(): Promise<ViewerModel> {
    const [user, agency] = await Promise.all([this.users.currentUser(), this.agencies.current()]);
    return { user, agency };
  }

  @Query(() => AppSettingsModel, { description: 'Settings the sign-in screen needs' })
  @AllowAnonymous()
  appSettings(): AppSettingsModel {
    return { idleLockMinutes: this.config.IDLE_LOCK_MINUTES, passwordMinLength: PASSWORD_MIN_LENGTH };
  }
}
