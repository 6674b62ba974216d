import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The house rules that lint can hold: contexts import each other only through their index,
 * and dependencies point one way (see DESIGN.md). Tags live in each project.json.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp', '**/gql/**', '**/test-results', '**/playwright-report', '**/*.mjs'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            // The platform is layered: common ← database ← audit ← identity ← domains.
            { sourceTag: 'layer:common', onlyDependOnLibsWithTags: ['type:types'] },
            { sourceTag: 'layer:database', onlyDependOnLibsWithTags: ['type:types', 'layer:common'] },
            { sourceTag: 'layer:audit', onlyDependOnLibsWithTags: ['type:types', 'layer:common', 'layer:database'] },
            { sourceTag: 'layer:identity', onlyDependOnLibsWithTags: ['type:types', 'layer:common', 'layer:database', 'layer:audit'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:types', 'type:platform', 'type:domain'] },
            { sourceTag: 'type:types', onlyDependOnLibsWithTags: ['type:types'] },
            // Domain contexts point one way (DESIGN.md): what flows back up travels as events.
            { sourceTag: 'context:client', notDependOnLibsWithTags: ['context:care-plan', 'context:referral', 'context:resource-directory', 'context:integration'] },
            // The worklist plans referral follow-ups from the referral context's facts; referrals never reach into care planning.
            { sourceTag: 'context:referral', notDependOnLibsWithTags: ['context:care-plan', 'context:integration'] },
            { sourceTag: 'context:care-plan', notDependOnLibsWithTags: ['context:integration'] },
            { sourceTag: 'context:resource-directory', notDependOnLibsWithTags: ['context:client', 'context:care-plan', 'context:referral', 'context:integration'] },
          ],
        },
      ],
      // GraphQL decorators read the emitted design type, so fields keep their explicit types.
      '@typescript-eslint/no-inferrable-types': 'off',
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx', 'libs/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // `libs/shared/types` is plain TypeScript: no framework on either side may leak in.
  {
    files: ['libs/shared/types/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*'] }],
    },
  },
];
