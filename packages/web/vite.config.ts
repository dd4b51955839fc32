import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The API server (packages/server) listens on 8080 in development; the app calls it same-origin
// through this proxy so the session cookie and CSRF header behave exactly as in production.
const API = 'http://localhost:8080';

export default defineConfig({
  plugins: [preact()],
  server: {
    proxy: {
      '/api': API,
      '/ics': API,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Report gzip sizes; the check-in route must stay within 90 KB gzip of JavaScript.
    reportCompressedSize: true,
  },
});
