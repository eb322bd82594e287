// ESLint, run by `npm test` (npm run lint). typescript-eslint's recommended rules over all code and
// tests, plus the few type-aware rules that catch what tsc does not: a promise nobody awaits or
// catches, a promise where a callback should return nothing, `await` on a value that is not one.
// Only those rules read types, so the linter costs one TypeScript program, not a rule set's worth.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `typeof import('…')` types a module that is loaded lazily, which an import statement would not.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // With verbatimModuleSyntax, `import { type A }` still loads its module; `import type { A }` does not.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
    },
  },
);
