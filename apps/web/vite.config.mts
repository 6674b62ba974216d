import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, new URL('../../', import.meta.url)));
const api = process.env['WAYMARK_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fromRoot('node_modules/.vite/apps/web'),
  plugins: [react()],
  resolve: {
    // The workspace path aliases of tsconfig.base.json that the SPA uses.
    alias: {
      '@waymark/web/core': fromRoot('libs/web/core/src/index.ts'),
      '@waymark/web/identity': fromRoot('libs/web/identity/src/index.ts'),
      '@waymark/web/client': fromRoot('libs/web/client/src/index.ts'),
      '@waymark/web/care-plan': fromRoot('libs/web/care-plan/src/index.ts'),
      '@waymark/web/resource-directory': fromRoot('libs/web/resource-directory/src/index.ts'),
      '@waymark/web/audit': fromRoot('libs/web/audit/src/index.ts'),
      '@waymark/web/referral': fromRoot('libs/web/referral/src/index.ts'),
      '@waymark/shared/types': fromRoot('libs/shared/types/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    host: '127.0.0.1',
    fs: { allow: [workspaceRoot] },
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/documents': { target: api, changeOrigin: false },
    },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: fromRoot('dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
});
