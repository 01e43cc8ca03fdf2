import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_UNSAFE_DIRECTIVES = {
  group: ['lit/directives/unsafe-*'],
  message: 'No unsafe directives: untrusted text stays text.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.dist-*/', 'demo-dist/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Chai's property assertions (`.to.be.null`) are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The demo and the bench use the package as a lender would: through its entry points only.
    files: ['demo/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*/**', '!**/src/core/index.js'],
              message: 'Import a public entry point (src/*.ts, or src/core/index.ts for /resolve).',
            },
          ],
        },
      ],
    },
  },
  {
    // Untrusted strings must only ever reach the DOM as text.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_UNSAFE_DIRECTIVES] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with lit templates.' },
        { property: 'outerHTML', message: 'Render with lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Render with lit templates.' },
      ],
    },
  },
  {
    // lit-localize extracts messages from src/messages/ only: a msg() anywhere else would never
    // reach the translators, and would show English in every locale.
    files: ['src/**/*.ts'],
    ignores: ['src/messages/**', 'src/localization/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_UNSAFE_DIRECTIVES,
            {
              group: ['**/localization/msg.js'],
              importNames: ['msg', 'str'],
              message: 'Words belong in src/messages/, where lit-localize extracts them.',
            },
          ],
        },
      ],
    },
  },
);
