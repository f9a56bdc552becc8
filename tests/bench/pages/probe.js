// Load-benchmark probe: records when the page's first usable control appears
// (window.__firstControl, ms since navigation start). FIND is set by the page.
(function () {
  window.__firstControl = null;
  function poll() {
    var control = window.FIND_FIRST_CONTROL && window.FIND_FIRST_CONTROL();
    if (control && !control.disabled && control.getClientRects().length > 0) {
      window.__firstControl = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);
})();
