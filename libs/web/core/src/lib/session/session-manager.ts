import type { Role } from '../../gql/graphql';
import { getErrorInfo, SessionEndedError } from '../errors/error-info';
import { graphqlRequest } from './graphql-request';
import { loginMutation, logoutMutation, refreshSessionMutation } from './session.operations';

/**
 * - `restoring`: a refresh token from this tab's sessionStorage is being exchanged (page reload)
 * - `signedOut`: nobody is signed in; the login page shows
 * - `active`: signed in, requests carry the access token
 * - `locked`: the session ended (inactivity, or it expired or was revoked in the background);
 *   the page stays mounted under a sign-in overlay until someone signs in again
 */
export type SessionStatus = 'restoring' | 'signedOut' | 'active' | 'locked';
export type LockReason = 'idle' | 'expired';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface SessionState {
  status: SessionStatus;
  /** The signed-in person; while locked, the person who was signed in */
  user: SessionUser | null;
  lockReason: LockReason | null;
  /** True after the person signed out themselves (not after a failed restore) */
  signedOutByUser: boolean;
  /**
   * Grows whenever the person changes (sign-out, another person signs in at the lock
   * overlay): everything kept on screen for the previous person must be dropped.
   */
  generation: number;
}

interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: SessionUser & { version?: number };
}

export interface SessionManagerOptions {
  /** GraphQL endpoint, `/graphql` on the same origin */
  endpoint: string;
  /** Where the refresh token lives; `window.sessionStorage` by default */
  storage?: Storage;
  /** Called after each sign-in, before the new state is published */
  onSignedIn?: (user: SessionUser, previous: SessionUser | null) => void | Promise<void>;
  /** Called after an explicit sign-out */
  onSignedOut?: (previous: SessionUser | null) => void | Promise<void>;
}

const REFRESH_TOKEN_KEY = 'waymark.refreshToken';
/** Refresh this long before the access token expires */
const REFRESH_AHEAD_MS = 60_000;
/** A token this close to its expiry is refreshed before use */
const MIN_TOKEN_VALIDITY_MS = 10_000;
/** Never refresh more often than this, whatever the token says */
const MIN_REFRESH_DELAY_MS = 5_000;

/**
 * Holds the tokens and the session's state. The access token lives only in memory; the
 * refresh token in this tab's sessionStorage, so a reload keeps the session and closing the
 * tab ends it. One refresh at a time: concurrent callers share it (the API rotates refresh
 * tokens and treats reuse of an old one as theft).
 */
export class SessionManager {
  private state: SessionState = { status: 'restoring', user: null, lockReason: null, signedOutByUser: false, generation: 0 };
  private readonly listeners = new Set<() => void>();
  private accessToken: string | null = null;
  private accessTokenExpiresAt = 0;
  private refreshing: Promise<void> | null = null;
  private restoring: Promise<void> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Grows when the session ends; a refresh answered after that is thrown away. */
  private epoch = 0;
  private readonly storage: Storage;

  constructor(private readonly options: SessionManagerOptions) {
    this.storage = options.storage ?? window.sessionStorage;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  /** Resumes the session of this tab after a reload, if it has one. Safe to call twice. */
  restore(): Promise<void> {
    this.restoring ??= (async () => {
      if (!this.storage.getItem(REFRESH_TOKEN_KEY)) {
        this.setState({ ...this.state, status: 'signedOut' });
        return;
      }
      try {
        await this.refresh();
      } catch {
        if (this.state.status === 'restoring') this.setState({ ...this.state, status: 'signedOut' });
      }
    })();
    return this.restoring;
  }

  async login(email: string, password: string): Promise<SessionUser> {
    const data = await graphqlRequest(this.options.endpoint, loginMutation, { input: { email, password } });
    return this.accept(data.login);
  }

  /** Ends the session at the person's request: nothing of it is kept. */
  async logout(): Promise<void> {
    const token = this.accessToken;
    const previous = this.state.user;
    this.dropTokens();
    this.setState({ status: 'signedOut', user: null, lockReason: null, signedOutByUser: true, generation: this.state.generation + 1 });
    await this.options.onSignedOut?.(previous);
    if (token) await graphqlRequest(this.options.endpoint, logoutMutation, {}, token).catch(() => undefined);
  }

  /**
   * Locks the screen: the session is ended on the server and the tokens dropped, but the
   * person is remembered so the overlay can offer to sign them back in.
   */
  async lock(reason: LockReason): Promise<void> {
    if (this.state.status !== 'active') return;
    const token = this.accessToken;
    this.endSession(reason);
    if (token) await graphqlRequest(this.options.endpoint, logoutMutation, {}, token).catch(() => undefined);
  }

  /** The person changed their password: the forced-change gate lifts. */
  markPasswordChanged(): void {
    if (this.state.user) this.setState({ ...this.state, user: { ...this.state.user, mustChangePassword: false } });
  }

  /**
   * An access token for the next request. Refreshes a token about to expire; while the
   * session is restoring or locked, waits until someone signs in again.
   */
  async getAccessToken(): Promise<string> {
    for (;;) {
      const { status } = this.state;
      if (status === 'active' && this.accessToken) {
        if (Date.now() < this.accessTokenExpiresAt - MIN_TOKEN_VALIDITY_MS) return this.accessToken;
        try {
          await this.refresh();
        } catch (error) {
          if (!(error instanceof SessionEndedError)) throw error;
        }
        continue;
      }
      if (status === 'signedOut') throw new SessionEndedError();
      await this.nextChange();
    }
  }

  /**
   * The API rejected `rejectedToken` as unauthenticated: refresh once, unless another
   * request already did. Resolves when the caller may retry (possibly after the person
   * signed in again at the overlay).
   */
  async recoverFromRejectedToken(rejectedToken: string | undefined): Promise<void> {
    if (this.state.status !== 'active') return;
    if (this.accessToken && rejectedToken && this.accessToken !== rejectedToken) return;
    try {
      await this.refresh();
    } catch (error) {
      if (!(error instanceof SessionEndedError)) throw error;
    }
  }

  /** Exchanges the refresh token for new tokens; one exchange at a time. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const refreshToken = this.storage.getItem(REFRESH_TOKEN_KEY);
    if (!refreshToken) {
      this.endSession('expired');
      throw new SessionEndedError();
    }
    const epoch = this.epoch;
    let payload: AuthPayload;
    try {
      const data = await graphqlRequest(this.options.endpoint, refreshSessionMutation, { refreshToken });
      payload = data.refreshSession;
    } catch (error) {
      const { kind } = getErrorInfo(error);
      if (kind === 'NETWORK' || kind === 'INTERNAL' || kind === 'RATE_LIMITED' || kind === 'UNKNOWN') {
        // The session may still be fine: try again shortly.
        this.scheduleRefresh(15_000);
        throw error;
      }
      // Expired, revoked or reused: the session is over.
      this.endSession('expired');
      throw new SessionEndedError();
    }
    // Locked or signed out while the answer was on its way: it must not reopen the session.
    if (epoch !== this.epoch) throw new SessionEndedError();
    await this.accept(payload);
  }

  private async accept(payload: AuthPayload): Promise<SessionUser> {
    const previous = this.state.user;
    const user: SessionUser = {
      id: payload.user.id,
      email: payload.user.email,
      displayName: payload.user.displayName,
      role: payload.user.role,
      mustChangePassword: payload.user.mustChangePassword,
    };
    this.accessToken = payload.accessToken;
    const expiresAt = Date.parse(payload.accessTokenExpiresAt);
    this.accessTokenExpiresAt = Number.isFinite(expiresAt) ? expiresAt : Date.now() + 5 * 60_000;
    this.storage.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    const wasActive = this.state.status === 'active';
    if (!wasActive) await this.options.onSignedIn?.(user, previous);
    const personChanged = previous !== null && previous.id !== user.id;
    this.setState({
      status: 'active',
      user,
      lockReason: null,
      signedOutByUser: false,
      generation: personChanged ? this.state.generation + 1 : this.state.generation,
    });
    this.scheduleRefresh();
    return user;
  }

  private endSession(reason: LockReason): void {
    this.dropTokens();
    if (this.state.status === 'active') {
      this.setState({ ...this.state, status: 'locked', lockReason: reason });
    } else if (this.state.status === 'restoring') {
      this.setState({ ...this.state, status: 'signedOut' });
    }
  }

  private dropTokens(): void {
    this.epoch++;
    this.accessToken = null;
    this.accessTokenExpiresAt = 0;
    this.storage.removeItem(REFRESH_TOKEN_KEY);
    clearTimeout(this.refreshTimer);
  }

  private scheduleRefresh(delayMs?: number): void {
    clearTimeout(this.refreshTimer);
    const lifetime = this.accessTokenExpiresAt - Date.now();
    // Refresh a minute ahead; short-lived tokens at three quarters of their life.
    const ahead = lifetime > 2 * REFRESH_AHEAD_MS ? lifetime - REFRESH_AHEAD_MS : lifetime * 0.75;
    const delay = delayMs ?? Math.max(MIN_REFRESH_DELAY_MS, ahead);
    this.refreshTimer = setTimeout(() => {
      if (this.state.status === 'active') this.refresh().catch(() => undefined);
    }, delay);
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => {
      const unsubscribe = this.subscribe(() => {
        unsubscribe();
        resolve();
      });
    });
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
