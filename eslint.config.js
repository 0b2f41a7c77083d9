// Lint keeps the layering honest: core imports nothing of ours and does no I/O; web reaches the
// server only over HTTP; the HTTP and CLI edges go through services, never straight to the db.
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'stream',
  'worker_threads',
];
const noNode = [
  { group: ['node:*'], message: 'core is pure: no Node I/O (pass values in).' },
  ...nodeBuiltins.map((name) => ({
    group: [name, `${name}/*`],
    message: 'core is pure: no Node I/O.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'test-results',
      '**/*.mjs',
      'bin',
      'eslint.config.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**', '**/cli/**'],
              message: 'core depends on nothing of ours.',
            },
            ...noNode,
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/cli/**'],
              message: 'web talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/http/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/queries/**', '**/db/queries', '**/io/**'],
              message: 'edges call services, not queries or io.',
            },
            {
              group: ['kysely', 'pg', 'better-sqlite3'],
              message: 'edges call services, not the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/**', '**/http/**', '**/cli/**'],
              message: 'db is below services.',
            },
          ],
        },
      ],
    },
  },
);
