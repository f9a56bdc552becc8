/*! backend-ready embed loader (MIT) */
/* Defines <backend-ready>, the one-script-tag form and window.BackendReady.mount();
 * loads the wasm app and its stylesheet once, relative to this file's own URL, so dist/
 * works from any folder and any origin. The line above is all the minified file keeps. */
(function () {
  "use strict";

  // Keep in step with OPTION_NAMES in src/embed/options.rs (a native test checks it).
  // "mode" and "locale" pick the build (buildFor); the build checks every option.
  var OPTION_NAMES = ["mode", "storage-key", "locale", "theme", "cta-url", "cta-label", "cta-context", "submitted-file"];
  var TAG = "backend-ready";
  // What a widget shows when the app inside it failed (a trap, a panic), per language:
  // the same as notices::FAULT and notices::RELOAD (a native test checks it).
  var FAULT = {
    en: ["Something went wrong inside this widget, so it stopped. What was saved before is kept. Reload the page to start it again.", "Reload the page"],
    de: ["In diesem Widget ist ein Fehler aufgetreten, deshalb wurde es angehalten. Was bis dahin gespeichert war, bleibt erhalten. Laden Sie die Seite neu, um es wieder zu starten.", "Seite neu laden"]
  };
  // Filled in by the build (scripts/post-build.mjs): this release's version, and the
  // SHA-256 of every file embed.js loads, so a file changed after the build (a tampered
  // CDN) is refused by the browser instead of run. Empty in a build that skipped it.
  var VERSION = "0.0.0-unbuilt";
  var INTEGRITY = {};
  var script = document.currentScript;

  function integrityOf(file) {
    return Object.prototype.hasOwnProperty.call(INTEGRITY, file) ? INTEGRITY[file] : "";
  }

  function baseUrl() {
    var src = script && script.src;
    if (!src) {
      var scripts = document.querySelectorAll("script[src]");
      for (var i = scripts.length - 1; i >= 0 && !src; i--) {
        if (/\/embed\.js(\?|#|$)/.test(scripts[i].src)) src = scripts[i].src;
      }
    }
    return new URL(".", src || document.baseURI).href;
  }

  // The build that shows `options.mode` in the widget's language: "<mode>" in English,
  // "<mode>-de" in German. The language is `options.locale` if set, else the `lang` of
  // `element` or its closest ancestor with one, else the document's; one starting with
  // "de" is German, any other falls back to English. Any other mode goes to the quiz
  // build, which explains the problem in place like every build does.
  function buildFor(options, element) {
    var mode = String(options.mode || "").trim().toLowerCase();
    var build = mode === "scorecard" ? "scorecard" : "quiz";
    var scope = element.closest("[lang]") || document.documentElement;
    return /^\s*de/i.test(options.locale || scope.lang) ? build + "-de" : build;
  }

  // Which prerendered first screen (issue 14) shows what the app shows first: "" the
  // screen of a visitor with nothing stored for the mode, "-frame" the scorecard's list
  // screen down to the add form for a team with candidates stored (the list comes with
  // the app, below it), null none. None unless the options are valid (the rules of
  // src/embed/options.rs: tests/embed_contract.rs checks each option has one,
  // tests/e2e/prerender.test.mjs that they agree) and no link in the address is for a
  // widget to read: no prerendered screen rather than a wrong one.
  var FIRST_SCREEN_OPTIONS = {
    mode: /^(quiz|scorecard)$/i,
    theme: /^(light|dark|auto)$/i,
    "storage-key": /^[\w.:-]{1,64}$/,
    locale: /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i,
    "cta-url": /^(?![^]*[\s\0-\x1f\x7f-\x9f])([^:/?#]*[/?#]|[^:]+$|(https?|mailto|tel):)/i,
    "cta-label": /^[^\0-\x1f\x7f-\x9f]{0,80}$/,
    "cta-context": /^(|on|true|off|false)$/,
    "submitted-file": /^(|on|true|off|false)$/
  };

  function firstScreenOf(options, build) {
    var value = function (name) { return String(options[name] || "").trim(); };
    for (var name in FIRST_SCREEN_OPTIONS) {
      if (options[name] !== undefined && !FIRST_SCREEN_OPTIONS[name].test(value(name))) return null;
    }
    if ((value("cta-label") && options["cta-url"] === undefined) || /br-(quiz|interview|role)=/.test(location.hash)) return null;
    var key = (value("storage-key") || "backend-ready") + ":";
    try {
      if (/^quiz/.test(build)) return localStorage.getItem(key + "quiz") === null ? "" : null;
      var doc = localStorage.getItem(key + "scorecard");
      if (localStorage.getItem(key + "role-draft") !== null) return null;
      return doc === null ? "" : /"candidates":\[\[/.test(doc) ? "-frame" : null;
    } catch (unavailable) {
      return null; // the app says so in a notice
    }
  }

  // What the visitor does on the prerendered screen, by position, so the app's first
  // screen (the same markup) gets it: the fields the visitor changed (the others keep
  // what the app shows, a stored name say), the focused control, the last button
  // pressed (or form submitted), pressed again once the app is ready, and a file picked,
  // which may come after the app took over (the picker was open then).
  function controlsOf(root) { return Array.from(root.querySelectorAll("button,input,select,textarea")); }

  function valueOf(control) { return control.type === "checkbox" ? control.checked : control.value; }

  function recordIntent(root) {
    var intent = { press: -1 };
    var shown = controlsOf(root).map(valueOf);
    var press = function (event) {
      var button = event.submitter || (event.target.closest && event.target.closest("button"));
      if (!button) return;
      event.preventDefault(); // no submit, no navigation: the app's own form is used
      intent.press = controlsOf(root).indexOf(button);
    };
    root.addEventListener("click", press);
    root.addEventListener("submit", press);
    // Heard on the prerendered nodes even once the app has replaced them.
    root.addEventListener("change", function (event) {
      var input = event.target;
      if (input.type === "file" && input.files.length) {
        intent.file = [controlsOf(root).indexOf(input), input.files];
        if (intent.handOver) intent.handOver();
      }
    });
    intent.read = function () {
      var controls = controlsOf(root);
      intent.focus = controls.indexOf(root.getRootNode().activeElement);
      intent.values = controls.map(function (control, i) {
        var value = valueOf(control);
        return value === shown[i] ? undefined : value;
      });
      return intent;
    };
    return intent;
  }

  function replayIntent(root, intent, tries) {
    var controls = controlsOf(root);
    if (controls.length < intent.values.length) {
      // The app renders in a microtask; give it a few frames, then let it be.
      if (tries < 10) requestAnimationFrame(function () { replayIntent(root, intent, tries + 1); });
      return;
    }
    controls.forEach(function (control, i) {
      var value = intent.values[i];
      if (value === undefined || value === valueOf(control) || control.type === "file") return;
      control[control.type === "checkbox" ? "checked" : "value"] = value;
      control.dispatchEvent(new Event("input", { bubbles: true }));
      control.dispatchEvent(new Event("change", { bubbles: true }));
    });
    if (intent.focus >= 0) controls[intent.focus].focus();
    if (intent.press >= 0) controls[intent.press].click();
    // A file picked on the prerendered screen, now or later, goes to the app's file
    // control at the same place, as if picked there (the app reads it on `change`).
    (intent.handOver = function () {
      var file = intent.file;
      var control = file && root.isConnected && controlsOf(root)[file[0]];
      if (control && control.type === "file") {
        intent.file = null;
        control.files = file[1];
        control.dispatchEvent(new Event("change", { bubbles: true }));
      }
    })();
  }

  function toKebab(name) {
    return String(name).replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); });
  }

  function define() {
    var base = baseUrl();

    // widget.css serves every mode; a build may add its own sheet (only the scorecard
    // does, in every language), so a quiz page never downloads the scorecard's styles.
    function sheetsFor(build) {
      return build.indexOf("scorecard") === 0 ? ["widget.css", "scorecard.css"] : ["widget.css"];
    }

    function loadSheet(file) {
      return fetch(base + file, { integrity: integrityOf(file) }).then(function (response) {
        if (!response.ok) throw new Error(file + " answered HTTP " + response.status);
        return response.text();
      }).then(function (text) {
        if (!("adoptedStyleSheets" in Document.prototype)) return { href: base + file };
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return { sheet: sheet };
      });
    }

    // A module import cannot carry an integrity hash, but a module preload can, and the
    // import then uses the preloaded (checked) module: a changed file fails both.
    function preloadModule(file) {
      var hash = integrityOf(file);
      if (!hash) return;
      var link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = base + file;
      link.integrity = hash;
      link.crossOrigin = "anonymous";
      document.head.appendChild(link);
    }

    // Each mode and language has its own wasm build (backend-ready-<build>.js and
    // _bg.wasm, <build> as buildFor returns it), so a page loads only what its widgets
    // show. The wasm download starts right after the glue's: the glue also carries the
    // build's prerendered first screens (FIRST_SCREENS, appended by the build), shown
    // from it long before the wasm is compiled, so it is asked for first.
    function importGlue(build) {
      var glueFile = "backend-ready-" + build + ".js";
      preloadModule(glueFile);
      return import(base + glueFile);
    }

    function loadApp(build) {
      var wasmFile = "backend-ready-" + build + "_bg.wasm";
      var glue = once(modules, build, importGlue);
      var wasm = fetch(base + wasmFile, { integrity: integrityOf(wasmFile) });
      wasm.catch(function () {}); // reported through the glue's failure, not as unhandled
      return glue.then(function (glue) {
        return glue.default({ module_or_path: wasm }).then(function () {
          return glue;
        });
      });
    }

    // Loads a build and its stylesheets once for every widget on the page; a failed
    // load may be retried later.
    var runtimes = {};
    var modules = {};
    var sheets = {};
    function once(cache, name, load) {
      if (!cache[name]) {
        cache[name] = load(name);
        cache[name].catch(function () { delete cache[name]; });
      }
      return cache[name];
    }

    function loadStyles(build) {
      return Promise.all(sheetsFor(build).map(function (file) {
        return once(sheets, file, loadSheet);
      }));
    }

    // The builds whose app has loaded: a widget of such a build starts at once, so it
    // shows no prerendered screen (it would only flash and be replaced).
    var started = {};
    function loadRuntime(build, styles) {
      return Promise.all([once(runtimes, build, loadApp), styles]).then(function (parts) {
        started[build] = true;
        return { glue: parts[0], styles: parts[1] };
      });
    }

    // Resolves once the page has had a frame to paint in, or after 100 ms (a hidden
    // page gets no frames).
    function afterPaint() {
      return new Promise(function (done) {
        requestAnimationFrame(function () { setTimeout(done, 0); });
        setTimeout(done, 100);
      });
    }

    function applyStyles(root, styles) {
      var adopted = styles.filter(function (style) { return style.sheet; });
      if (adopted.length) root.adoptedStyleSheets = adopted.map(function (style) { return style.sheet; });
      styles.forEach(function (style) {
        if (style.sheet) return;
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = style.href;
        root.appendChild(link);
      });
    }

    function showLoadError(element, root, error) {
      var message = "backend-ready could not load its files from " + base +
        " (" + (error && error.message ? error.message : error) + "). " +
        "Check that they are reachable, unchanged since the build (their integrity hashes), " +
        "and served with CORS headers.";
      console.error(message);
      var box = document.createElement("p");
      box.setAttribute("role", "alert");
      box.textContent = message;
      root.replaceChildren(box);
      element.dispatchEvent(new CustomEvent(TAG + ":load-error", {
        bubbles: true, composed: true, detail: { message: message }
      }));
    }

    // A fault inside the app: an alert with a reload button in place of the widget. The
    // app is never called again for this widget (no update, no unmount, so no save).
    function showFault(element, root, texts) {
      var box = document.createElement("div");
      box.className = "br br-fault";
      box.setAttribute("role", "alert");
      var message = document.createElement("p");
      message.textContent = texts[0];
      var button = document.createElement("button");
      button.type = "button";
      button.className = "br-button";
      button.textContent = texts[1];
      button.addEventListener("click", function () { location.reload(); });
      box.appendChild(message);
      box.appendChild(button);
      root.replaceChildren(box);
      element._widget = null;
      element._faulted = true;
    }

    // A trap (a Rust panic aborts into one too): the alert, and a `fault` event.
    function reportTrap(element, root, build) {
      showFault(element, root, /-de$/.test(build) ? FAULT.de : FAULT.en);
      element.dispatchEvent(new CustomEvent(TAG + ":fault", { bubbles: true, composed: true, detail: {} }));
    }

    // The loaded glue of each build, and the elements showing a widget.
    var glues = {};
    var live = [];

    // A trap in `build`'s wasm: no write to storage from it any more, and every widget
    // it shows says so.
    function faultBuild(build) {
      try { if (glues[build]) glues[build].stopWriting(); } catch (ignored) { /* already stopped */ }
      live.slice().forEach(function (element) {
        if (element._build !== build || !element.shadowRoot || element._faulted) return;
        reportTrap(element, element.shadowRoot, build);
      });
    }

    // The builds a wasm trap came from, by the files named in its stack (the glue's
    // frames carry their URL in every engine); a trap from any other code is not ours.
    function trappedBuilds(error, filename) {
      if (!(typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError)) return [];
      var text = String(error.stack || "") + " " + String(filename || "");
      var found = [];
      var pattern = /backend-ready-([a-z]+(?:-[a-z]+)?)(?:\.js|_bg\.wasm)/g;
      for (var match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (glues[match[1]] && found.indexOf(match[1]) < 0) found.push(match[1]);
      }
      return found;
    }

    window.addEventListener("error", function (event) {
      trappedBuilds(event.error, event.filename).forEach(faultBuild);
    });
    window.addEventListener("unhandledrejection", function (event) {
      trappedBuilds(event.reason).forEach(faultBuild);
    });

    // Only the scorecard builds have the data API; it is there after the first render.
    function dataApi(widget) {
      if (typeof widget.dataReady !== "function") {
        throw new Error("backend-ready: exportData and importData work on a mounted scorecard widget");
      }
      return widget.dataReady().then(function () { return widget; });
    }

    class BackendReadyElement extends HTMLElement {
      static get observedAttributes() { return OPTION_NAMES; }

      constructor() {
        super();
        this._widget = null;
        this._build = null;
        this._generation = 0;
        // Options given by code or the script tag under names we do not know:
        // passed on so the app can warn about them.
        this._extraOptions = {};
        this._faulted = false;
        // Data API calls made before the app is ready, run once it is.
        this._waiting = [];
      }

      // The data API (scorecard widgets): the export file of everything the widget
      // holds, and an import that takes the import control's path (a preview; nothing
      // changes before the user chooses Import). Both wait for the app to be ready.
      exportData() {
        return this._whenReady().then(dataApi).then(function (widget) { return widget.exportData(); });
      }

      importData(text) {
        if (typeof text !== "string") return Promise.reject(new TypeError("importData(text): text must be a string"));
        return this._whenReady().then(dataApi).then(function (widget) { return widget.importData(text); });
      }

      _whenReady() {
        var self = this;
        if (this._widget) return Promise.resolve(this._widget);
        if (this._faulted) return Promise.reject(new Error("backend-ready: this widget has stopped after a fault"));
        return new Promise(function (resolve, reject) { self._waiting.push([resolve, reject]); });
      }

      _settleWaiting(error) {
        var waiting = this._waiting;
        this._waiting = [];
        var widget = this._widget;
        waiting.forEach(function (pair) {
          if (widget && !error) pair[0](widget);
          else pair[1](error || new Error("backend-ready: the widget is not mounted"));
        });
      }

      connectedCallback() { this._start(); }

      disconnectedCallback() { this._stop(); }

      attributeChangedCallback() {
        if (!this._widget || this._faulted) return;
        if (buildFor(this._options(), this) === this._build) {
          this._widget.update(this._options());
        } else {
          this._stop();
          this._start();
        }
      }

      _options() {
        var options = {};
        for (var key in this._extraOptions) options[key] = this._extraOptions[key];
        for (var i = 0; i < OPTION_NAMES.length; i++) {
          var value = this.getAttribute(OPTION_NAMES[i]);
          if (value !== null) options[OPTION_NAMES[i]] = value;
        }
        return options;
      }

      _start() {
        if (this._faulted) return;
        var self = this;
        var generation = ++this._generation;
        var root = this.shadowRoot || this.attachShadow({ mode: "open" });
        this._build = buildFor(this._options(), this);
        var styles = loadStyles(this._build);
        var intent = null;
        var settled = false; // the app has started or its load error shows
        var screen = started[this._build] ? null : firstScreenOf(this._options(), this._build);
        var runtime = loadRuntime(this._build, styles);
        if (screen !== null) {
          Promise.all([styles, once(modules, this._build, importGlue)]).then(function (parts) {
            var html = (parts[1].FIRST_SCREENS || {})[screen];
            // Not once the app has started or its load error shows (a failed load may
            // settle before the stylesheets are in).
            if (!html || settled || generation !== self._generation || self._widget || !self.isConnected) return;
            intent = self._showFirstScreen(root, parts[0], html);
            intent.painted = afterPaint();
          }, function () { /* no first screen: the app says why it did not load */ });
        }
        runtime.then(function (loaded) {
          settled = true;
          // A first screen just shown is painted before the app takes over: where the
          // files come fast, the app is ready at the same moment, and starting it first
          // kept the screen from the visitor for as long as the start took.
          return Promise.resolve(intent && intent.painted).then(function () { return loaded; });
        }).then(function (loaded) {
          if (generation !== self._generation || !self.isConnected) return;
          // The mode or locale changed to another build while this one loaded.
          if (buildFor(self._options(), self) !== self._build) return self._start();
          var mountPoint = document.createElement("div");
          mountPoint.className = "br-mount";
          var replay = intent && intent.read();
          root.replaceChildren(mountPoint);
          applyStyles(root, loaded.styles);
          glues[self._build] = loaded.glue;
          if (live.indexOf(self) < 0) live.push(self);
          try {
            self._widget = loaded.glue.mount(self, mountPoint, self._options());
          } catch (error) {
            // A trap or a panic while mounting: a fault, not a load error.
            console.error(error);
            faultBuild(self._build);
          }
          if (replay && self._widget) replayIntent(mountPoint, replay, 0);
          self._settleWaiting(self._faulted ? new Error("backend-ready: this widget has stopped after a fault") : null);
        }, function (error) {
          settled = true;
          if (generation !== self._generation) return;
          self._settleWaiting(error);
          // The wasm start function trapped: the files loaded, the app failed.
          if (typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError) {
            console.error(error);
            reportTrap(self, root, self._build);
          } else {
            showLoadError(self, root, error);
          }
        });
      }

      // Shows the prerendered first screen, styled, in the widget's theme, in the same
      // wrapping elements as the app's screen, and records what the visitor does on it.
      _showFirstScreen(root, styles, html) {
        var mountPoint = document.createElement("div");
        mountPoint.className = "br-mount";
        mountPoint.innerHTML = "<div>" + html + "</div>";
        mountPoint.firstChild.firstChild.className = "br br--" + String(this._options().theme || "light").trim().toLowerCase();
        root.replaceChildren(mountPoint);
        applyStyles(root, styles);
        return recordIntent(mountPoint);
      }

      _stop() {
        this._generation++;
        var index = live.indexOf(this);
        if (index >= 0) live.splice(index, 1);
        if (this._faulted) return; // the alert stays; the failed app is not called again
        if (this._widget) {
          this._widget.unmount();
          this._widget.free();
          this._widget = null;
        }
        if (this.shadowRoot) this.shadowRoot.replaceChildren();
      }
    }

    customElements.define(TAG, BackendReadyElement);
    return BackendReadyElement;
  }

  // Creates a <backend-ready> element carrying `options` (any key casing).
  function createWidget(options) {
    var element = document.createElement(TAG);
    Object.keys(options || {}).forEach(function (key) {
      var value = options[key];
      if (value === undefined || value === null) return;
      var name = toKebab(key);
      if (OPTION_NAMES.indexOf(name) >= 0) element.setAttribute(name, String(value));
      else element._extraOptions[name] = String(value);
    });
    return element;
  }

  function mount(target, options) {
    if (!target || target.nodeType !== 1) {
      throw new TypeError("BackendReady.mount(element, options): element must be a DOM element");
    }
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new TypeError("BackendReady.mount(element, options): options must be an object");
    }
    var element = createWidget(options);
    target.appendChild(element);
    return {
      element: element,
      unmount: function () { element.remove(); },
      exportData: function () { return element.exportData(); },
      importData: function (text) { return element.importData(text); }
    };
  }

  // The one-tag form: a script tag with data-* options mounts a widget where it stands.
  function mountAtScriptTag(tag) {
    var options = {};
    for (var key in tag.dataset) options[key] = tag.dataset[key];
    var element = createWidget(options);
    var parent = tag.parentNode;
    if (parent && parent !== document.head && parent !== document.documentElement) {
      parent.insertBefore(element, tag);
    } else if (document.body) {
      document.body.appendChild(element);
    } else {
      document.addEventListener("DOMContentLoaded", function () {
        document.body.appendChild(element);
      });
    }
  }

  if (!customElements.get(TAG)) {
    define();
    window.BackendReady = Object.freeze({ mount: mount, version: VERSION });
  }
  if (script && Object.keys(script.dataset).length > 0) mountAtScriptTag(script);
})();
