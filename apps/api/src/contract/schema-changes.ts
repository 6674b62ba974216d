import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { declaredBreakingText } from './changelog';

/** One change between the published SDL and the current one, as the check prints it. */
export interface SchemaChange {
  /** Where it is, e.g. `Client.oldField` or `Query.clients.first`; the message for changes without one. */
  path: string;
  message: string;
}

export interface SchemaCheck {
  /** Breaking changes the Unreleased section of the changelog names under "Breaking". */
  declared: SchemaChange[];
  /** Breaking changes it does not name: the check fails on any of these. */
  undeclared: SchemaChange[];
  /** May change what a client sees (a new enum value, a changed default); they pass. */
  dangerous: SchemaChange[];
  safe: SchemaChange[];
}

const asChange = (change: Change): SchemaChange => ({ path: change.path ?? change.message, message: change.message });

/**
 * Does the text declare this path: a list item that opens with it, backticked, e.g.
 * "- `Client.oldField` removed: read …"? A mention elsewhere ("`Client.oldField` is kept") or a
 * longer path (`Client.oldFieldHistory`) does not.
 */
function declares(text: string, path: string): boolean {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[-*] \`${escaped}\``, 'm').test(text);
}

/**
 * Compares the current SDL with the last published one (graphql-inspector's diff) and sorts
 * the changes: a breaking change passes only when the changelog's Unreleased section declares
 * it under "Breaking" in a list item that starts with its path, so a consumer learns of it before it lands.
 */
export async function checkSchema(publishedSdl: string, currentSdl: string, changelog: string): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(publishedSdl), buildSchema(currentSdl));
  const breakingText = declaredBreakingText(changelog);
  const check: SchemaCheck = { declared: [], undeclared: [], dangerous: [], safe: [] };
  for (const change of changes) {
    const item = asChange(change);
    if (change.criticality.level === CriticalityLevel.Breaking) (declares(breakingText, item.path) ? check.declared : check.undeclared).push(item);
    else if (change.criticality.level === CriticalityLevel.Dangerous) check.dangerous.push(item);
    else check.safe.push(item);
  }
  return check;
}
