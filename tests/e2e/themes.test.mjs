// Theme "auto" follows the system (README, Theming): in a dark system the widget shows
// the dark theme's colours, in a light one the light theme's. The stylesheets write each
// dark rule once, for .br--dark, and the build adds its copy for .br--auto inside
// @media (prefers-color-scheme: dark) (scripts/auto-dark.mjs): this checks that copy,
// on every custom property the dark rules set (both stylesheets of the scorecard build),
// as computed on the widget's box.
import assert from "node:assert/strict";
import { test } from "node:test";
import { useBrowserAndServers } from "./harness.mjs";
import { finish, openScorecard } from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();

/** The custom properties the stylesheets' .br--dark rules set, with color-scheme. */
function darkProperties(ui) {
  return ui.evaluate((host) => {
    const names = new Set(["color-scheme"]);
    for (const sheet of host.shadowRoot.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule.selectorText !== ".br--dark") continue;
        for (const name of rule.style) if (name.startsWith("--")) names.add(name);
      }
    }
    return [...names].sort();
  });
}

/** The widget box's computed values of `names` under `theme`. */
async function computed(page, ui, theme, names) {
  await page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
  await page.waitForFunction((t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}`), theme);
  return ui.evaluate((host, names) => {
    const style = getComputedStyle(host.shadowRoot.querySelector(".br"));
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
  }, names);
}

test("theme auto shows the dark theme's colours in a dark system and the light theme's in a light one", async () => {
  const opened = await openScorecard(env);
  const { page, ui } = opened;
  const names = await darkProperties(ui);
  for (const name of ["--br-bg", "--br-notice-bg", "--br-track", "--br-on-accent", "--br-series-1", "--br-radar-grid"]) {
    assert.ok(names.includes(name), `the dark palette sets ${name}: ${names.join(", ")}`);
  }
  for (const scheme of ["dark", "light"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const dark = await computed(page, ui, "dark", names);
    const light = await computed(page, ui, "light", names);
    const auto = await computed(page, ui, "auto", names);
    assert.notDeepEqual(dark, light, "the two themes differ");
    assert.deepEqual(auto, scheme === "dark" ? dark : light, `theme auto in a ${scheme} system`);
  }
  await finish(env, opened);
});
