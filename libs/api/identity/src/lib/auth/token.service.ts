import { createHash, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@waymark/api/common';

export interface AccessTokenClaims {
  sub: string;
  /** The session (refresh-token family); revoking it invalidates the access token at once. */
  sid: string;
}

export const JWT_ALGORITHM = 'HS256';

/**
 * The HMAC key as a KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it
 * as a PEM key on every sign and verify, a thrown exception per request.
 */
export function jwtKey(config: AppConfig): KeyObject {
  return createSecretKey(Buffer.from(config.JWT_SECRET));
}

@Injectable()
export class TokenService {
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {
    this.key = jwtKey(config);
  }

  issueAccessToken(claims: AccessTokenClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign(claims, { algorithm: JWT_ALGORITHM, expiresIn: ttl, privateKey: this.key });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hashRefreshToken(token) };
  }

  /** Refresh tokens are random and long, so one SHA-256 is enough to store them safely. */
  static hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  get refreshTtlMs(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000;
  }
}
