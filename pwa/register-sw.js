/* Registers the service worker of the standalone page (never of embedded widgets: a
 * service worker belongs to its own origin). */
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch(function (error) {
    console.warn("backend-ready: offline support is unavailable: " + error.message);
  });
}
