import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app: built into dist/web, which the gateway serves at /. `vite` alone proxies the API to :4000.
 * Vitest runs the units of its pure logic (`src/**\/*.test.ts`); the browser tests are jest's (apps/web/test).
 */
export default defineConfig({
  root,
  plugins: [react()],
  // the verification the platform shares with the browser; nothing else of libs/ belongs in the bundle
  resolve: {
    alias: {
      '@hyeopchi/audit/portable': fileURLToPath(
        new URL('../../libs/audit/src/portable/index.ts', import.meta.url),
      ),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // the budget that matters is gzipped (≤ 250 KB, `npm run bench -- web`); the entry is about 550 KB unzipped
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
