import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (entrypoints, public assets); the core it uses is shared/.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension/entrypoints',
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description: 'Trauma-informed language suggestions and harm-reduction guidance for case notes. Nothing leaves your device.',
    // At install only localhost (the demo and tests), where the worker injects the engine on first
    // focus; other sites are requested one by one from the popup.
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*', 'https://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-suggestion': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the next language suggestion' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'rapport@rapport.local', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
