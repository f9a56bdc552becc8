// A damaged stored scorecard in each engine (BR_ENGINE): a real document cut in half
// is kept aside byte for byte under the backup key, the notice says so in plain words
// and offers the kept copy as a download, and the widget goes on and saves a new
// candidate without touching the copy.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { savesRun } from "../e2e/shared-fixtures.mjs";
import { ENGINE, openHost, useEngine, waitFor, waitForWidgets, withContext } from "./driver.mjs";
import { Widget, addCandidate } from "./widget.mjs";

const env = useEngine();
const KEY = "e2e-scorecard:scorecard";
const BACKUP = `${KEY}:backup`;
/** A real stored document (tests/fixtures/scorecard-store-v1.json, notes outside Latin-1 added). */
const REAL = JSON.stringify({
  format: "backend-ready/scorecard-store",
  version: 1,
  me: "Ann",
  roles: [["Backend engineer", "senior", [20, 15, 15, 15, 15, 10, 10]]],
  candidates: [["c1", "Ada Lovelace", "Backend engineer", "senior", "Met at the “Rust” meetup", false]],
  interviews: [["i1", "c1", "Ann", "architecture-case-study", 1, "s", "134333n", ["Sized the queue — well"], "strong-yes", []]],
});
const DAMAGED = REAL.slice(0, Math.floor(REAL.length / 2));

describe(`damaged storage in ${ENGINE}`, () => {
  test("a stored scorecard cut in half: kept aside byte for byte, told in plain words, offered as a download, and the widget saves anew", async () => {
    await withContext(env, async (context) => {
      const page = await openHost(env, context, "seed.html");
      await page.evaluate((key, text) => localStorage.setItem(key, text), KEY, DAMAGED);
      await page.goto(`${env.servers.hostOrigin}/scorecard.html`);
      await waitForWidgets(page, 1);
      const ui = new Widget(page, "#scorecard");
      await ui.waitForHeading("Candidates");
      const shown = await ui.notices();
      assert.equal(shown.length, 1, `one notice: ${JSON.stringify(shown)}`);
      assert.ok(shown[0].startsWith("Your saved scorecard could not be read. "), shown[0]);
      assert.ok(shown[0].includes(`It was kept unchanged under the key \u201c${BACKUP}\u201d and you are starting fresh.`), shown[0]);
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), BACKUP), DAMAGED, "kept aside byte for byte");

      // The download: the widget clicks a link named for the file (recorded here).
      await page.evaluate(() => {
        window.__downloads = [];
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          if (this.hasAttribute("download")) {
            window.__downloads.push(this.download);
            return;
          }
          return click.call(this);
        };
      });
      await ui.click({ role: "button", name: "Download the kept copy" });
      await waitFor(page, () => window.__downloads.length > 0, [], { what: "the kept copy's download" });
      assert.deepEqual(await page.evaluate(() => window.__downloads), ["backend-ready-kept-copy.txt"]);

      await addCandidate(ui, "Grace Hopper");
      await page.evaluate(savesRun);
      const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
      assert.deepEqual(saved.candidates.map((c) => c[1]), ["Grace Hopper"], "the new candidate is saved");
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), BACKUP), DAMAGED, "using the widget leaves the copy alone");
      // The document, the kept copy, and the backup lines (last export, changes since).
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), [KEY, BACKUP, `${KEY}:backup-info`]);
    });
  });
});
