import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

// The API server (packages/server) listens on 8080 in development; the app calls it same-origin
// through this proxy so the session cookie and CSRF header behave exactly as in production.
const API = 'http://localhost:8080';

/**
 * Writes the build's scripts and styles into the service worker's precache list (public/sw.js,
 * `const PRECACHE = [];`), so the whole patient app opens offline after the first visit. The
 * clinician's and administrator's screens are left out: a patient's phone never needs them.
 */
function precacheList(): Plugin {
  let outDir = 'dist';
  const files: string[] = [];
  return {
    name: 'handcheck-precache-list',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
      const skip = new Set<string>();
      for (const [name, chunk] of Object.entries(bundle)) {
        if (
          chunk.type !== 'chunk' ||
          !/[\\/]pages[\\/](clinician|admin)[\\/]/.test(chunk.facadeModuleId ?? '')
        )
          continue;
        skip.add(name);
        for (const css of chunk.viteMetadata?.importedCss ?? []) skip.add(css);
      }
      for (const name of Object.keys(bundle))
        if (/\.(js|css)$/.test(name) && !skip.has(name)) files.push(`/${name}`);
    },
    writeBundle() {
      const path = join(outDir, 'sw.js');
      const sw = readFileSync(path, 'utf8');
      if (!sw.includes('const PRECACHE = [];')) throw new Error('sw.js: the PRECACHE marker is missing');
      writeFileSync(
        path,
        sw.replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(files.sort())};`),
      );
    },
  };
}

export default defineConfig({
  plugins: [preact(), precacheList()],
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
