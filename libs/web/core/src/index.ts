// Generated GraphQL types and the `graphql()` document function (see apps/web/codegen.ts)
export { graphql } from './gql/gql';
export * from './gql/graphql';

// Session: tokens, silent refresh, inactivity lock
export {
  SessionManager,
  type LockReason,
  type SessionManagerOptions,
  type SessionState,
  type SessionStatus,
  type SessionUser,
} from './lib/session/session-manager';
export { SessionProvider, useSession, useSessionState } from './lib/session/session-context';
export { IdleLock } from './lib/session/idle-lock';
export { useIdleTimer } from './lib/session/use-idle-timer';
export { appSettingsQuery, viewerQuery } from './lib/session/session.operations';

// Apollo Client
export { createApolloClient } from './lib/apollo/apollo-client';

// i18n
export {
  createI18n,
  currentLanguage,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  type FeatureResources,
  type Language,
} from './lib/i18n/i18n';

// Errors
export {
  API_ERROR_CODES,
  getErrorInfo,
  hasErrorCode,
  SessionEndedError,
  type ApiErrorCode,
  type ErrorInfo,
  type ErrorKind,
  type FieldError,
} from './lib/errors/error-info';
export { errorMessage, formatDuration, useErrorMessage, type ErrorMessageOverrides } from './lib/errors/error-message';

// Drafts of unsaved input
export { clearDrafts, useDraft, type Draft } from './lib/draft/use-draft';
export { DraftNotice } from './lib/draft/draft-notice';
export { useDebouncedSave } from './lib/draft/use-debounced-save';

// UI pieces and the shell
export { Page } from './lib/ui/page';
export { PasswordField } from './lib/ui/password-field';
export { focusFirstInvalid } from './lib/ui/focus-first-invalid';
export { EmptyView, ErrorState, LoadingState } from './lib/ui/page-states';
export { appendEdges, LoadMoreFooter, useLoadMore } from './lib/ui/load-more';
export { NoticePage } from './lib/ui/notice-page';
export { AppFrame, type NavItem } from './lib/shell/app-frame';
export { LanguageMenu } from './lib/shell/language-menu';
export { ComingSoonPage, DashboardPage, ForbiddenPage, NotFoundPage } from './lib/shell/placeholder-pages';
export { RequireRole } from './lib/shell/require-role';
