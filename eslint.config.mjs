// Lint rules of the monorepo (ESLint flat config). Type-aware rules run on TypeScript files with the
// nearest tsconfig.json; Prettier owns formatting, so rules that would fight it are off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import n from 'eslint-plugin-n';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-ide/**',
      '**/generated/**',
      '**/*.generated.ts',
      'bench/results/**',
      '.data/**',
      // A type-level test compiled by the SDK's tests on its own: its unused expressions are the point.
      'packages/sdk/test/consumer/**',
      'packages/sdk/test/custom-consumer/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX, n },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      // A cycle of runtime imports leaves a module half-initialised; `import type` has no runtime effect and is ignored.
      'import-x/no-cycle': 'error',
      // Configuration is parsed and validated in one module (packages/server/src/config/env.ts).
      'n/no-process-env': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        // The one file outside every tsconfig: the SDK's codegen config.
        projectService: { allowDefaultProject: ['packages/sdk/codegen.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
    },
  },
  {
    // The places that read the environment on purpose: the server's config module, and the bench's
    // and build scripts' own settings.
    files: ['packages/server/src/config/env.ts', 'bench/**/*.mjs', '**/scripts/**/*.mjs', 'packages/sdk/test/**/*.ts'],
    rules: { 'n/no-process-env': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['packages/server/src/ide/app/**/*.tsx', 'packages/server/src/ide/app/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
