// Host-page helper: records every backend-ready:* event reaching the document.
window.widgetEvents = [];
["mounted", "option-error", "load-error", "quiz-started", "quiz-answered", "quiz-completed", "cta-clicked", "candidate-changed", "interview-submitted", "role-drafted", "role-accepted"].forEach(function (name) {
  document.addEventListener("backend-ready:" + name, function (event) {
    window.widgetEvents.push({
      type: event.type,
      detail: event.detail,
      bubbles: event.bubbles,
      composed: event.composed,
      target: event.target.tagName.toLowerCase(),
      targetId: event.target.id || null,
    });
  });
});
