// The dashboard's service worker: keeps the built app (every file of this build) so that an office with a bad
// connection reopens it offline. Pages are answered from the network when it is there (a new build shows at
// once), else from the cache; the build's files never change, so they come from the cache. The API and the
// sync channel are never cached. `self.__BUILD__` is filled in by the build.
const BUILD = self.__BUILD__;
const CACHE = `smartcity-app-${BUILD.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('smartcity-app-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/'))
    return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((c) => c.match('./index.html').then((r) => r ?? Response.error())),
      ),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(request).then((hit) => hit ?? fetch(request))));
});
