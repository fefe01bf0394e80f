import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { documentsPerScreen } from './documents-per-screen';

/** The API that `npm run dev` forwards to (npm start in another terminal). */
const api = process.env.SCHAKEL_API_URL ?? 'http://localhost:3000';
const serverPaths = ['/graphql', '/auth', '/w/', '/health', '/reports', '/toolbox-sheet', '/notifications'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [documentsPerScreen(), react()],
  // RxJS (under Apollo Client) as ES2015 classes rather than its ES5 build with tslib's helpers
  resolve: { conditions: ['es2015', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: api, changeOrigin: false, ws: path === '/graphql' }])),
  },
});
