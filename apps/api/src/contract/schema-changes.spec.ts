import { nextVersion, releaseChangelog } from './changelog';
import { CONTRACT_FILES, readContractFile } from './contract-files';
import { checkSchema } from './schema-changes';

const PUBLISHED = `type Query { client(id: ID!): Client }
type Client { id: ID! name: String! oldField: String status: Status }
enum Status { ACTIVE CLOSED }`;
const WITHOUT_OLD_FIELD = PUBLISHED.replace(' oldField: String', '');

const changelog = (unreleased: string) => `# Changelog

## [Unreleased]
${unreleased}
## [1.0.0] - 2026-11-25

### Breaking
- \`Client.oldField\` removed long ago (an old release does not declare a new change).
`;

describe('the breaking-change check of the GraphQL contract', () => {
  it('fails on a removed field the changelog does not declare', async () => {
    const check = await checkSchema(PUBLISHED, WITHOUT_OLD_FIELD, changelog('\n### Added\n- `Client.status`\n'));
    expect(check.undeclared).toEqual([{ path: 'Client.oldField', message: expect.stringContaining('oldField') }]);
    expect(check.declared).toEqual([]);
  });

  it('passes when the removal is declared by its path under Breaking in Unreleased', async () => {
    const check = await checkSchema(PUBLISHED, WITHOUT_OLD_FIELD, changelog('\n### Breaking\n- `Client.oldField` removed: read `Client.name`.\n'));
    expect(check.undeclared).toEqual([]);
    expect(check.declared.map((c) => c.path)).toEqual(['Client.oldField']);
  });

  it('does not take a longer path, or a mention outside Breaking, as the declaration', async () => {
    const check = await checkSchema(PUBLISHED, WITHOUT_OLD_FIELD, changelog('\n### Breaking\n- `Client.oldFieldHistory` gone\n### Changed\n- `Client.oldField`\n'));
    expect(check.undeclared.map((c) => c.path)).toEqual(['Client.oldField']);
  });

  it('takes only a list item that opens with the backticked path, not a mention in prose, as the declaration', async () => {
    for (const breaking of ['- The old field: `Client.oldField` is kept\n', '- `Client.name` stays; `Client.oldField` too\n', 'We removed `Client.oldField`.\n', '- Client.oldField removed\n']) {
      const check = await checkSchema(PUBLISHED, WITHOUT_OLD_FIELD, changelog(`\n### Breaking\n${breaking}`));
      expect(check.undeclared.map((c) => c.path)).toEqual(['Client.oldField']);
    }
  });

  it('lets dangerous and safe changes pass, and lists them', async () => {
    const grown = PUBLISHED.replace('CLOSED', 'CLOSED PAUSED').replace('name: String!', 'name: String! nickname: String');
    const check = await checkSchema(PUBLISHED, grown, changelog(''));
    expect(check.undeclared).toEqual([]);
    expect(check.dangerous.map((c) => c.path)).toEqual(['Status.PAUSED']);
    expect(check.safe.map((c) => c.path)).toEqual(['Client.nickname']);
  });

  it('passes on the current tree: the committed SDL against the published one and its changelog', async () => {
    const check = await checkSchema(
      readContractFile(CONTRACT_FILES.published),
      readContractFile(CONTRACT_FILES.current),
      readContractFile(CONTRACT_FILES.changelog),
    );
    expect(check.undeclared).toEqual([]);
  });

  it('publishes Unreleased as the next version: major for breaking, minor for additions', () => {
    expect(nextVersion(changelog('\n### Breaking\n- `Client.oldField`\n'), true)).toBe('2.0.0');
    expect(nextVersion(changelog('\n### Added\n- `Client.nickname`\n'), false)).toBe('1.1.0');
    expect(nextVersion(changelog('\n### Fixed\n- a description\n'), false)).toBe('1.0.1');
    expect(releaseChangelog(changelog('\n### Added\n- `Client.nickname`\n'), '1.1.0', '2026-12-01')).toContain(
      '## [Unreleased]\n\n## [1.1.0] - 2026-12-01\n\n### Added\n- `Client.nickname`\n\n## [1.0.0]',
    );
  });
});
