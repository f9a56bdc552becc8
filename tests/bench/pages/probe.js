// Load-benchmark probe: records when the page's first usable control appears
// (window.__firstControl, ms since navigation start) and, on pages that set
// FIND_FIRST_QUESTION, when the quiz's first question shows (window.__firstQuestion).
// FIND_* are set by the page. window.__vitals gathers what Chromium reports for the
// host page's Core Web Vitals: Largest Contentful Paint, the layout shifts (CLS) and
// the event timings of the first interaction (INP for the first click).
(function () {
  window.__firstControl = null;
  window.__firstQuestion = null;
  function poll() {
    var control = window.FIND_FIRST_CONTROL && window.FIND_FIRST_CONTROL();
    if (window.__firstControl === null && control && !control.disabled && control.getClientRects().length > 0) {
      window.__firstControl = performance.now();
    }
    var question = window.FIND_FIRST_QUESTION && window.FIND_FIRST_QUESTION();
    if (question) {
      window.__firstQuestion = performance.now();
      return;
    }
    if (window.__firstControl === null || window.FIND_FIRST_QUESTION) requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);

  var vitals = (window.__vitals = { lcp: null, cls: 0, firstInput: null, events: [] });
  function observe(type, record, options) {
    try {
      new PerformanceObserver(function (list) { list.getEntries().forEach(record); })
        .observe(Object.assign({ type: type, buffered: true }, options || {}));
    } catch (unsupported) { /* not this engine */ }
  }
  observe("largest-contentful-paint", function (entry) { vitals.lcp = entry.startTime; });
  observe("layout-shift", function (entry) { if (!entry.hadRecentInput) vitals.cls += entry.value; });
  observe("first-input", function (entry) {
    vitals.firstInput = { name: entry.name, interactionId: entry.interactionId, duration: entry.duration, start: entry.startTime };
  });
  observe("event", function (entry) {
    if (entry.interactionId) vitals.events.push({ name: entry.name, interactionId: entry.interactionId, duration: entry.duration });
  }, { durationThreshold: 16 });
})();
