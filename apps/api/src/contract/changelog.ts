/**
 * The API contract's changelog (docs/api/CHANGELOG.md), Keep a Changelog style: an
 * `## [Unreleased]` section on top with `### Breaking`, `### Added`, `### Changed`… subsections,
 * then one `## [x.y.z] - YYYY-MM-DD` section per published version.
 */

const RELEASE_HEADING = /^## \[(\d+)\.(\d+)\.(\d+)\]/m;
const UNRELEASED_HEADING = /^## \[Unreleased\][^\n]*\n/m;

/** The Unreleased section's body (up to the next `## ` heading), or '' when there is none. */
export function unreleasedSection(changelog: string): string {
  const start = UNRELEASED_HEADING.exec(changelog);
  if (!start) return '';
  const rest = changelog.slice(start.index + start[0].length);
  const end = rest.search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The text of the Unreleased section's "Breaking" subsection: where breaking changes are declared. */
export function declaredBreakingText(changelog: string): string {
  const section = unreleasedSection(changelog);
  const start = /^### Breaking[^\n]*\n/im.exec(section);
  if (!start) return '';
  const rest = section.slice(start.index + start[0].length);
  const end = rest.search(/^### /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The last published version, e.g. '1.0.0', or undefined before the first. */
export function latestVersion(changelog: string): string | undefined {
  const match = RELEASE_HEADING.exec(changelog);
  return match ? `${match[1]}.${match[2]}.${match[3]}` : undefined;
}

/** Semantic versioning of the contract: breaking → major, anything added or changed → minor, else patch. */
export function nextVersion(changelog: string, breaking: boolean): string {
  const [major, minor, patch] = (latestVersion(changelog) ?? '0.0.0').split('.').map(Number);
  if (breaking) return `${major + 1}.0.0`;
  const listed = /^### (Added|Changed|Deprecated)/im.test(unreleasedSection(changelog));
  return listed ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** Turns the Unreleased section into `## [version] - date` and opens a fresh, empty Unreleased above it. */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const start = UNRELEASED_HEADING.exec(changelog);
  if (!start) throw new Error('The changelog has no "## [Unreleased]" section.');
  const before = changelog.slice(0, start.index);
  const after = changelog.slice(start.index + start[0].length);
  return `${before}## [Unreleased]\n\n## [${version}] - ${date}\n${after}`;
}
