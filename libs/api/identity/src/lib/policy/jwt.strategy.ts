import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, isUuid, type Principal } from '@waymark/api/common';
import { ActorType, type Role } from '@waymark/shared/types';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { type AccessTokenClaims, JWT_ALGORITHM, jwtKey } from '../auth/token.service';

/**
 * Turns a bearer token into a principal. The signature and expiry are checked by
 * passport-jwt (HS256 only, so `alg: none` and other keys fail); then one query confirms the
 * session is live and the user active, so sign-out and deactivation take effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken.verify, which takes a KeyObject; its types predate that.
      secretOrKey: jwtKey(config) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Principal | false> {
    if (!isUuid(claims.sub) || !isUuid(claims.sid)) return false;
    const rows: { agency_id: string; role: Role; must_change_password: boolean }[] = await this.dataSource.query(
      `SELECT u.agency_id, u.role, u.must_change_password
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2 AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [claims.sid, claims.sub],
    );
    const [row] = rows;
    if (!row) return false;
    return {
      actorType: ActorType.USER,
      id: claims.sub,
      agencyId: row.agency_id,
      role: row.role,
      sessionId: claims.sid,
      mustChangePassword: row.must_change_password,
    };
  }
}
