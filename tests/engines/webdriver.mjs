// WebKit for the cross-engine tests: Debian's WebKitWebDriver (plain W3C WebDriver over
// HTTP) driving MiniBrowser, through a small fetch-based client, so nothing is
// downloaded. Each context has a driver of its own. MiniBrowser needs a display: when DISPLAY is unset an Xvfb server is
// started here and stopped with the engine. A context is one WebDriver session (one
// MiniBrowser process; in automation mode its storage is ephemeral, so every context
// starts empty); a page is one of its windows (a window of its own, not a tab, so
// every page is visible and gets animation frames). Commands of one session run one at a
// time, each page switching the session to its window first.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** The W3C WebDriver key of each key name the tests press (others are one character). */
const KEYS = {
  Tab: "\uE004",
  Enter: "\uE007",
  Space: " ",
  Escape: "\uE00C",
  Backspace: "\uE003",
  Shift: "\uE008",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
  Home: "\uE011",
  End: "\uE010",
};

/** A free loopback TCP port. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves to { display, stop }. */
function startXvfb() {
  return new Promise((done, fail) => {
    const xvfb = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1280x1000x24", "-nolisten", "tcp"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    xvfb.on("error", fail);
    xvfb.on("exit", (code) => fail(new Error(`Xvfb exited (${code}) before it was ready`)));
    xvfb.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) done({ display: `:${out.trim()}`, stop: () => xvfb.kill() });
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Runs `fn` in the page with `args` (JSON values); its result (awaited) comes back. */
function asyncScript(source) {
  return `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(() => (${source}).apply(null, args)).then(
  (value) => done({ ok: value === undefined ? null : value }),
  (error) => done({ error: String((error && error.stack) || error) }));`;
}

/** One WebDriver session: a MiniBrowser with its windows; commands run one at a time. */
class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
    this.current = null;
    this.queue = Promise.resolve();
  }

  async command(method, path, body) {
    if (process.env.BR_WEBDRIVER_TRACE) console.error(`${new Date().toISOString()} ${method} ${path} ${JSON.stringify(body ?? "").slice(0, 100)}`);
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${reply.value?.error}: ${reply.value?.message}`);
    return reply.value;
  }

  /** Ends the session and its driver. */
  async close() {
    await this.queue;
    await this.command("DELETE", "").catch(() => {});
    this.stopDriver?.();
  }

  /** Runs `fn` alone on the session, with the window `handle` current. */
  on(handle, fn) {
    const run = this.queue.then(async () => {
      if (this.current !== handle) {
        await this.command("POST", "/window", { handle });
        this.current = handle;
      }
      return fn();
    });
    this.queue = run.catch(() => {});
    return run;
  }
}

class WebDriverPage {
  constructor(session, handle) {
    this.session = session;
    this.handle = handle;
  }

  run(method, path, body) {
    return this.session.on(this.handle, () => this.session.command(method, path, body));
  }

  goto(url) {
    return this.run("POST", "/url", { url });
  }

  reload() {
    return this.run("POST", "/refresh", {});
  }

  async evaluate(fn, ...args) {
    const result = await this.run("POST", "/execute/async", { script: asyncScript(String(fn)), args });
    if (result && "error" in result) throw new Error(`in the page: ${result.error}`);
    return result.ok;
  }

  key(name) {
    return KEYS[name] ?? name;
  }

  /** Presses one key, e.g. "Tab", "Space", "Shift+Tab". */
  press(combo) {
    const keys = combo.split("+").map((name) => this.key(name));
    const actions = [...keys.map((value) => ({ type: "keyDown", value })), ...keys.reverse().map((value) => ({ type: "keyUp", value }))];
    return this.run("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }

  /** Types `text` key by key into the focused element. */
  type(text) {
    const actions = [...text].flatMap((value) => [
      { type: "keyDown", value },
      { type: "keyUp", value },
    ]);
    return this.run("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }

  /** A real mouse click at each viewport point, one after the other in one sequence. */
  clickAt(...points) {
    const actions = points.flatMap(({ x, y }) => [
      { type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport" },
      { type: "pointerDown", button: 0 },
      { type: "pointerUp", button: 0 },
    ]);
    return this.run("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }] });
  }

  bringToFront() {
    return this.session.on(this.handle, async () => {});
  }

  close() {
    return this.session.on(this.handle, async () => {
      await this.session.command("DELETE", "/window");
      this.session.current = null;
    });
  }
}

class WebDriverContext {
  constructor(session) {
    this.session = session;
    this.used = false;
  }

  /** The session's first window, then new ones. */
  async newPage() {
    if (!this.used) {
      this.used = true;
      const handle = await this.session.command("GET", "/window");
      this.session.current = handle;
      return new WebDriverPage(this.session, handle);
    }
    const { handle } = await this.session.on(this.session.current, () => this.session.command("POST", "/window/new", { type: "window" }));
    return new WebDriverPage(this.session, handle);
  }

  close() {
    return this.session.close();
  }
}

/** Starts a WebKitWebDriver on a free port; resolves to { base, stop }. */
async function startDriver(env) {
  const port = await freePort();
  const driver = spawn("WebKitWebDriver", [`--port=${port}`], { env, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch (error) {
      if (attempt > 100) throw new Error(`WebKitWebDriver did not start: ${error}`);
    }
    await sleep(50);
  }
  return { base, stop: () => driver.kill() };
}

/** A new session: its own WebKitWebDriver and MiniBrowser. A MiniBrowser that does not
 * come up within 30 s (seen once in a while on a loaded machine) is given up and
 * started again, twice at most. */
async function openSession(env) {
  for (let attempt = 1; ; attempt++) {
    const driver = await startDriver(env);
    try {
      const response = await fetch(`${driver.base}/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } } },
        }),
        signal: AbortSignal.timeout(30000),
      });
      const reply = await response.json();
      if (!response.ok) throw new Error(`no WebKit session: ${JSON.stringify(reply.value)}`);
      const session = new Session(driver.base, reply.value.sessionId);
      session.stopDriver = driver.stop;
      await session.command("POST", "/timeouts", { script: 120000, pageLoad: 60000 });
      await session.command("POST", "/window/rect", { width: 1280, height: 900 }).catch(() => {});
      const { browserName, browserVersion } = reply.value.capabilities;
      return { session, version: `WebKitGTK ${browserVersion} (${browserName})` };
    } catch (error) {
      driver.stop();
      if (attempt === 3) throw error;
    }
  }
}

/** Starts Xvfb if needed; resolves to the engine. */
export async function launchWebKit() {
  const xvfb = process.env.DISPLAY ? null : await startXvfb();
  const env = { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}) };
  const first = await openSession(env);
  await first.session.close();
  return {
    name: "webkit",
    version: first.version,
    async newContext() {
      return new WebDriverContext((await openSession(env)).session);
    },
    async close() {
      xvfb?.stop();
    },
  };
}
