import { defineConfig } from 'wxt';
import { stripTestDataVite } from './scripts/strip-test-data.mjs';

const LOCAL_SITES = ['http://localhost/*', 'http://127.0.0.1/*', 'https://localhost/*'];

// The extension's source lives in extension/ (entrypoints, public assets); the core it uses is shared/.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension/entrypoints',
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  outDir: '.output',
  // The lexicon's examples are test data; the browser never needs them.
  vite: () => ({ plugins: [stripTestDataVite()] }),
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description: 'Trauma-informed language suggestions and harm-reduction guidance for case notes. Nothing leaves your device.',
    // At install only localhost (the demo and tests), where the worker injects the engine on first
    // focus; other sites are requested one by one from the popup.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: LOCAL_SITES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The loader (extension/entrypoints/loader.ts) in every frame of the local demo; other sites get
    // it from the worker once enabled (background.ts registers the same file).
    content_scripts: [
      { matches: LOCAL_SITES, js: ['loader.js'], all_frames: true, match_about_blank: true, match_origin_as_fallback: true, run_at: 'document_idle' },
    ],
    commands: {
      'next-suggestion': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the next language suggestion' },
    },
    // Chrome only: the public half of a fixed key gives a stable extension id
    // (clfhcaifemdfbajiflnonfamagmlcopm) that county policy files name, and the schema of what county
    // policy may set (Firefox reads 3rdparty policies without a schema and warns on both keys).
    ...(browser === 'firefox'
      ? {}
      : {
          key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/Dx5JD52tlG5pMfYnVVU+nfgR2/vUoKnB6BuYjfcMIMEdhdp6xBID3eFe6LooonRIz0+xtlZQ/7m3sa1YsIFR3zlyDVhRqs9ZGwvaIK6jmbyVQFlFpbx+DE6ACCKYQyCEOBWDm4y77VUzwQoIPDkNk8G31sM2bj8WgW6gfCdc1vFxpHYxKiPpUWVpaT1VzAAqTzJPfiLHbjnBqacvD2Q/ejpb9cM/toi8KFwH9QkfwPuZani9UeTbEEBHCwkS1QUfTkRFEnKqPiU6m0VqRtl5fW3Eq5RFfoB7I1ddB21NTzBFcdEQPkdNks+mGn/oXYSDpzX7WZ24NRWfiQz5DvXTQIDAQAB',
          storage: { managed_schema: 'managed_schema.json' },
        }),
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'rapport@rapport.local', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
