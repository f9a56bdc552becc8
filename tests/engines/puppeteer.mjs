// Chromium (DevTools protocol) and Firefox (WebDriver BiDi) for the cross-engine tests,
// both through puppeteer-core and Debian's browsers (puppeteer-core downloads nothing).
// A context is a browser context (its own empty storage); a page is one of its tabs.
import puppeteer from "puppeteer-core";
import { CHROMIUM_ARGS } from "../e2e/harness.mjs";

const LAUNCH = {
  chromium: { browser: "chrome", executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
  firefox: { browser: "firefox", executablePath: "/usr/bin/firefox-esr", args: [] },
};
const NAMES = { chromium: "Chromium", firefox: "Firefox ESR" };

/** Puppeteer's name of each key name the tests press. */
const KEYS = { Space: " " };

class PuppeteerPage {
  constructor(page) {
    this.page = page;
  }

  goto(url) {
    return this.page.goto(url);
  }

  reload() {
    return this.page.reload();
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  /** Presses one key, e.g. "Tab", "Space", "Shift+Tab". */
  async press(combo) {
    const keys = combo.split("+").map((name) => KEYS[name] ?? name);
    for (const key of keys.slice(0, -1)) await this.page.keyboard.down(key);
    await this.page.keyboard.press(keys.at(-1));
    for (const key of keys.slice(0, -1).reverse()) await this.page.keyboard.up(key);
  }

  type(text) {
    return this.page.keyboard.type(text);
  }

  /** A real mouse click at each viewport point, one after the other. */
  async clickAt(...points) {
    for (const { x, y } of points) await this.page.mouse.click(x, y);
  }

  bringToFront() {
    return this.page.bringToFront();
  }

  close() {
    return this.page.close();
  }
}

/** Launches `name` ("chromium" or "firefox"); resolves to the engine. A browser that
 * does not come up within 30 s (Firefox ESR, once in a while, never answered with its
 * WebDriver BiDi address) is given up and started again, twice at most, as WebKit's
 * MiniBrowser is (`webdriver.mjs`). */
export async function launchPuppeteer(name) {
  const options = { ...LAUNCH[name], headless: true, defaultViewport: { width: 1280, height: 900 }, timeout: 30000 };
  let browser;
  for (let attempt = 1; !browser; attempt++) {
    try {
      browser = await puppeteer.launch(options);
    } catch (error) {
      if (attempt === 3 || error.name !== "TimeoutError") throw error;
    }
  }
  return {
    name,
    version: `${NAMES[name]} ${(await browser.version()).split("/").pop()}`,
    async newContext() {
      const context = await browser.createBrowserContext();
      return {
        newPage: async () => new PuppeteerPage(await context.newPage()),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
