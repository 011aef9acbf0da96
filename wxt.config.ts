import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (entrypoints, public assets); the core it uses is shared/.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension/entrypoints',
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  outDir: '.output',
  manifest: {
    name: 'Rapport',
    description: 'Trauma-informed language suggestions and harm-reduction guidance for case notes. Nothing leaves your device.',
    permissions: ['storage'],
  },
});
