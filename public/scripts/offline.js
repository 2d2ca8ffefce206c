/*
 * Offline reading, page side: registers the service worker (its URL and scope come from the
 * `#offline-status` element's data attributes, built by the URL module, so the base path is right)
 * and keeps the offline notice in that element up to date.
 */
(() => {
  const status = document.getElementById('offline-status');
  if (!status) return;
  let servedFromCache = false;

  /** Shows or hides the notice: offline, or this page came from the cache. */
  const update = () => {
    const offline = navigator.onLine === false;
    if (offline || servedFromCache) {
      status.textContent = offline
        ? 'You are offline: you are reading pages saved on this device.'
        : 'The network is unavailable: this is a saved copy of the page.';
      status.hidden = false;
    } else {
      status.hidden = true;
      status.textContent = '';
    }
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();

  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'cache-status') {
      servedFromCache = Boolean(event.data.cached);
      update();
    }
  });
  // Ask the worker whether it answered this page from its cache.
  if (navigator.serviceWorker.controller) navigator.serviceWorker.controller.postMessage({ type: 'cache-status' });
  navigator.serviceWorker.register(status.dataset.sw, { scope: status.dataset.scope }).catch(() => {
    // No worker (private mode, unsupported host): the site still works online.
  });
})();
