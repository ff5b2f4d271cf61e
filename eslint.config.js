import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** A boundaries policy: elements of type `from` may import elements of the `to` types. */
const may = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, boundaries },
    extends: [jsxA11y.flatConfigs.strict],
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'graph', pattern: 'src/graph' },
        { type: 'auth', pattern: 'src/auth' },
        { type: 'domain', pattern: 'src/domain' },
        { type: 'components', pattern: 'src/components' },
        { type: 'entry', pattern: 'src/*.{ts,tsx}', partialMatch: false },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A feature never imports another feature; shared code never imports upward.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { allow: { to: { module: { origin: 'external' } } } },
            { allow: { to: { module: { origin: 'core' } } } },
            may('entry', ['app', 'auth']),
            may('app', ['app', 'feature', 'graph', 'auth', 'domain', 'components']),
            may('feature', ['graph', 'auth', 'domain', 'components']),
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: {
                  element: {
                    type: 'feature',
                    captured: { feature: '{{ from.element.captured.feature }}' },
                  },
                },
              },
            },
            may('graph', ['graph', 'auth', 'domain']),
            may('auth', ['auth']),
            may('domain', ['domain']),
            may('components', ['components', 'domain']),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/graph and src/auth talk to the network.' },
      ],
    },
  },
  {
    files: ['src/graph/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The emulator is Node-side and never bundled: only the client's integration tests
    // (`*.emulator.test.ts`, type-checked by tsconfig.node.json) may run it in-process.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.emulator.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)emulator/', message: 'The app never imports the emulator.' }] },
      ],
    },
  },
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', '*.config.ts', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
