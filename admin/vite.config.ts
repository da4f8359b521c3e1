import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const backend = process.env.ER_BACKEND ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: '../dist/admin',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': backend,
      '/files': backend,
      '/download': backend,
      '/reports': backend,
      '/exports': backend,
      '/health': backend,
    },
  },
});
