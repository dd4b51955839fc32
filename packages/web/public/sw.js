// HandCheck service worker: the app opens offline.
// - The app shell (HTML, every script and style of the build, icons) is precached at install; the
//   list below is written by the build (vite.config.ts, `precacheList`).
// - The GET answers the patient's screens need (who is signed in, context, check-ins, timeline,
//   treatments, reminder, shares) are kept: network first, the last answer when offline. They hold
//   health data, so they sit in their own cache that the app empties at every sign-in and sign-out;
//   nothing else of /api (exports, reports, the clinician's side) and no /ics feed is ever kept.
// Check-ins made offline are kept by the page (IndexedDB) and sent when the connection returns.
const PRECACHE = [];
const VERSION = 'v2';
const SHELL_CACHE = `handcheck-shell-${VERSION}`;
const DATA_CACHE = 'handcheck-data-v1';
const SHELL = ['/', '/index.html', '/manifest.webmanifest', '/icon.svg', '/icon-192.png', ...PRECACHE];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('handcheck-shell') && k !== SHELL_CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      // The context was read from /api/profile before it had one name: that answer is never read again.
      .then(() => caches.open(DATA_CACHE).then((cache) => cache.delete('/api/profile')))
      .then(() => self.clients.claim()),
  );
});

/** The patient's screens' reads, kept for offline use. */
const DATA = /^\/api\/(me|context|checkins(\/[\w-]+)?|timeline|treatments|reminders|shares)$/;

// Bumped at every sign-in and sign-out (a message from the page): an answer that was on its way
// then is not kept, and one that landed anyway is removed again.
let generation = 0;

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'clear-data') return;
  generation += 1;
  event.waitUntil(caches.delete(DATA_CACHE).then(() => event.ports[0]?.postMessage('cleared')));
});

async function keep(request, response, started) {
  if (generation !== started) return;
  const cache = await caches.open(DATA_CACHE);
  await cache.put(request, response);
  if (generation !== started) await caches.delete(DATA_CACHE);
}

async function networkFirst(request) {
  const started = generation;
  try {
    const response = await fetch(request);
    if (response.ok) {
      keep(request, response.clone(), started).catch(() => {});
    } else if (response.status === 401) {
      // Signed out elsewhere (or the session ended): keep nothing of it.
      caches.delete(DATA_CACHE);
    }
    return response;
  } catch (err) {
    const hit = await caches.open(DATA_CACHE).then((cache) => cache.match(request));
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/api/')) {
    if (DATA.test(url.pathname)) event.respondWith(networkFirst(request));
    return;
  }
  if (url.pathname.startsWith('/ics/')) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(SHELL_CACHE).then((cache) => cache.put('/index.html', copy));
          return response;
        })
        .catch(() => caches.match('/index.html')),
    );
    return;
  }

  if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
