/* The demo page's own behaviour: copy the embed snippet, the theming playground, and a
 * log of the widgets' events. Not part of the widget. */
(function () {
  "use strict";

  var copyButton = document.getElementById("copy-snippet");
  var copyStatus = document.getElementById("copy-status");
  copyButton.addEventListener("click", function () {
    var text = document.getElementById("snippet").textContent;
    navigator.clipboard.writeText(text).then(function () {
      copyStatus.textContent = "Copied.";
    }, function () {
      copyStatus.textContent = "Copying was blocked: select the snippet and copy it.";
    });
  });

  var quiz = document.getElementById("demo-quiz");
  var form = document.getElementById("playground");
  var css = document.getElementById("theme-css");
  // Colours go to the property of the chosen theme: --br-accent for light,
  // --br-dark-accent for dark, both for auto.
  function propertiesFor(name, theme) {
    if (name.indexOf("--br-") !== 0 || form.elements[name].type !== "color") return [name];
    var dark = name.replace("--br-", "--br-dark-");
    if (theme === "dark") return [dark];
    return theme === "auto" ? [name, dark] : [name];
  }

  function applyTheme() {
    var theme = form.elements.theme.value;
    var declarations = [];
    quiz.setAttribute("theme", theme);
    quiz.removeAttribute("style");
    Array.prototype.forEach.call(form.elements, function (control) {
      if (!control.name || control.name === "theme") return;
      propertiesFor(control.name, theme).forEach(function (property) {
        quiz.style.setProperty(property, control.value);
        declarations.push("  " + property + ": " + control.value + ";");
      });
    });
    css.textContent = "backend-ready {\n" + declarations.join("\n") + "\n}";
  }
  // A theme change starts its colours from that theme's defaults, which pass contrast AA.
  var DEFAULT_COLOURS = {
    light: { "--br-accent": "#1d4ed8", "--br-bg": "#ffffff" },
    dark: { "--br-accent": "#8fb4ff", "--br-bg": "#141a24" },
    auto: { "--br-accent": "#1d4ed8", "--br-bg": "#ffffff" },
  };
  form.elements.theme.addEventListener("change", function () {
    var colours = DEFAULT_COLOURS[form.elements.theme.value];
    Object.keys(colours).forEach(function (name) { form.elements[name].value = colours[name]; });
  });
  form.addEventListener("input", applyTheme);
  form.addEventListener("change", applyTheme);

  var log = document.getElementById("event-log");
  ["mounted", "option-error", "load-error", "quiz-started", "quiz-answered", "quiz-completed", "cta-clicked"]
    .forEach(function (name) {
      document.addEventListener("backend-ready:" + name, function (event) {
        var item = document.createElement("li");
        item.textContent = event.type + " " + JSON.stringify(event.detail);
        log.prepend(item);
        while (log.children.length > 6) log.lastChild.remove();
      });
    });
})();
