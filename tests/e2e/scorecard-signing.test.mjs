// End-to-end tests of "who sent it" (issue 18, item 4), each browser in its own context:
// interviewer Ann submits, and her browser signs the version with its interviewer key
// (kept beside the scorecard); the hiring manager imports it by link and the preview
// names Ann's key by its fingerprint, trusted on first use. A forged revision of Ann's
// interview, signed here in Node with another key (Web Crypto, the canonical bytes of
// src/scorecard/signing.rs written again in JavaScript), is refused as a revision and
// kept aside as unverified; Ann's version stays after a reload. A link whose content was
// changed after signing is unverified, and an unsigned link from 0.2.0 imports as
// unverified. Without Web Crypto (a page not served over HTTPS) a submit is kept and
// stored unsigned, said once. axe-core finds nothing on the preview in both themes and languages.
import assert from "node:assert/strict";
import { createHash, webcrypto } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { axeViolations, useBrowserAndServers, waitForWidgets } from "./harness.mjs";
import {
  COMPETENCIES,
  STAGES,
  STORE_KEY,
  addCandidate,
  dismissNotices,
  finish,
  interview,
  notices,
  offer,
  openCandidate,
  openScorecard,
  openScorecardAs,
  savedText,
  setInterviewer,
  shownText,
  waitForHeading,
} from "./scorecard-helpers.mjs";

const env = useBrowserAndServers();
const IDENTITY_KEY = `${STORE_KEY}:identity`;
const UNSIGNED_LINK_FILE = readFileSync(new URL("../fixtures/interview-link-0.2.0.json", import.meta.url), "utf8");

/** The canonical bytes a signature signs (src/scorecard/signing.rs, version 1). */
function canonicalBytes(item, version, ratings, decision) {
  const field = (name, value) => `${name}=${Buffer.byteLength(value, "utf8")}:${value}\n`;
  let text = "backend-ready interview signature 1\n";
  text += field("id", item.id) + field("candidate", item.candidate) + field("interviewer", item.interviewer);
  text += field("stage", item.stage) + field("version", String(version));
  for (const { id } of COMPETENCIES) text += field(`score.${id}`, ratings[id].score) + field(`note.${id}`, ratings[id].note);
  return Buffer.from(text + field("decision", decision), "utf8");
}

const ECDSA = { name: "ECDSA", namedCurve: "P-256" };
const SHA = { name: "ECDSA", hash: "SHA-256" };

/** "1A2B 3C4D 5E6F 7A8B": the first 8 bytes of the SHA-256 of the raw public key. */
function fingerprint(keyBase64url) {
  const hex = createHash("sha256").update(Buffer.from(keyBase64url, "base64url")).digest("hex").slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g).join(" ");
}

/** Whether `signature` by `key` signs the bytes of version `version` of `item`. */
async function verifies({ key, value }, item, version, ratings, decision) {
  const publicKey = await webcrypto.subtle.importKey("raw", Buffer.from(key, "base64url"), ECDSA, false, ["verify"]);
  return webcrypto.subtle.verify(SHA, publicKey, Buffer.from(value, "base64url"), canonicalBytes(item, version, ratings, decision));
}

/** Mallory's key, made here: signs `item`'s current version. */
async function forgeSignature(item) {
  const pair = await webcrypto.subtle.generateKey(ECDSA, true, ["sign", "verify"]);
  const key = Buffer.from(await webcrypto.subtle.exportKey("raw", pair.publicKey)).toString("base64url");
  const bytes = canonicalBytes(item, item.version, item.ratings, item.decision);
  const value = Buffer.from(await webcrypto.subtle.sign(SHA, pair.privateKey, bytes)).toString("base64url");
  return { key, value };
}

/** The scorecard file inside an interview link. */
function fileOf(link) {
  return JSON.parse(decodeURIComponent(new URL(link).hash.split("br-interview=")[1]));
}

function linkTo(text) {
  return `${env.servers.hostOrigin}/scorecard.html#br-interview=${encodeURIComponent(text)}`;
}

/** Opens `link` in the page and waits for the preview (after the signatures' check). */
async function follow(page, ui, link) {
  await page.goto(link);
  await waitForWidgets(page, 1);
  await offer(ui).getByRole("button", { name: "Import", exact: true }).waitFor();
  return offer(ui).textContent();
}

async function accept(ui) {
  await offer(ui).getByRole("button", { name: "Import", exact: true }).click();
  await ui.locator(".br-notice").first().waitFor({ timeout: 5000 });
  return (await notices(ui))[0];
}

/** Ann's browser: she adds Ada Lovelace and submits her interview; returns her link. */
async function annSubmits() {
  const ann = await openScorecardAs(env, "Ann");
  await addCandidate(ann.ui, "Ada Lovelace", "Backend engineer");
  await openCandidate(ann.ui, "Ada Lovelace");
  await interview(ann.ui, { scores: "Mixed", decision: "No", notes: ["Sharding left unclear"] });
  await ann.ui.locator(".br-interview-item button").first().click();
  await waitForHeading(ann.ui, "Interview: Ada Lovelace");
  // Signed just after the submit: the read-only view names the key.
  await ann.ui.locator(".br-signer", { hasText: "Signed by key" }).waitFor({ timeout: 5000 });
  await ann.ui.getByText("Or send a link instead of a file").click();
  const link = await ann.ui.getByLabel("Link to this interview").inputValue();
  return { ann, link };
}

describe("who sent an interview", () => {
  test("Ann's signed interview is trusted on first use by its fingerprint; a forged revision from another key is kept aside unverified; Ann's version stays", async () => {
    const { ann, link } = await annSubmits();
    // Ann's key is kept beside her scorecard as a JWK; the stored version carries its signature.
    const jwk = JSON.parse(await ann.page.evaluate((key) => localStorage.getItem(key), IDENTITY_KEY));
    assert.equal(jwk.kty, "EC");
    assert.equal(jwk.crv, "P-256");
    const annKey = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, "base64url"), Buffer.from(jwk.y, "base64url")]).toString("base64url");
    const stored = JSON.parse(await savedText(ann.page));
    assert.equal(stored.version, 5, "a signed store is version 5");
    assert.equal(stored.interviews[0][10][0], annKey);
    const sent = fileOf(link).interviews[0];
    assert.equal(sent.signature.key, annKey);
    assert.ok(await verifies(sent.signature, sent, 1, sent.ratings, sent.decision), "Node checks the browser's signature over the same canonical bytes");
    const annPrint = fingerprint(annKey);
    assert.match(await shownText(ann.ui), new RegExp(`Signed by key ${annPrint}`));

    // The manager opens Ann's link: the preview names Ann's key, first seen now.
    const m = await openScorecardAs(env, "Hiring manager");
    const preview = await follow(m.page, m.ui, link);
    assert.match(preview, /Interview by Ann with Ada Lovelace, Architecture case study, version 1: new/);
    assert.match(preview, new RegExp(`Signed by key ${annPrint} \\(first seen now: trusted from here on, on first use\\)\\.`));
    assert.match(await accept(m.ui), /Imported the interview by Ann with Ada Lovelace/);
    const held = await savedText(m.page);
    assert.equal(JSON.parse(held).interviews[0][10][0], annKey, "the manager stores Ann's signature");

    // Mallory knows the interview id (it is in the link) and sends a "revision" signed
    // with her own key.
    const file = fileOf(link);
    const original = file.interviews[0];
    const forged = {
      ...original,
      version: 2,
      ratings: Object.fromEntries(COMPETENCIES.map(({ id }) => [id, { score: "exceptional", note: "Brilliant" }])),
      decision: "strong-yes",
      history: [{ version: 1, ratings: original.ratings, decision: original.decision, signature: original.signature }],
    };
    forged.signature = await forgeSignature(forged);
    const forgedPreview = await follow(m.page, m.ui, linkTo(JSON.stringify({ ...file, interviews: [forged] })));
    assert.match(forgedPreview, /version 2: conflicts with the interview held here \(it is signed by another key than the versions held here\)/);
    assert.match(forgedPreview, new RegExp(`Unverified: the earlier versions of this interview were signed by key ${annPrint}, this one by another key\\. It is not taken as a revision\\.`));
    assert.doesNotMatch(forgedPreview, /Signed by key/);
    assert.match(await accept(m.ui), /conflicts with one held here \(it is signed by another key than the versions held here\)\. It was kept aside/);
    await m.page.waitForTimeout(200);
    const afterForgery = JSON.parse(await savedText(m.page));
    assert.deepEqual(afterForgery.interviews, JSON.parse(held).interviews, "Ann's version is untouched");

    // After a reload: Ann's version 1, signed by her key; the forgery beside it, unverified.
    await m.page.reload();
    await waitForWidgets(m.page, 1);
    await waitForHeading(m.ui, "Candidates");
    await openCandidate(m.ui, "Ada Lovelace");
    const page = await shownText(m.ui);
    assert.match(page, /Kept aside, not counted/);
    assert.match(page, new RegExp(`Strong yes Unverified: the earlier versions of this interview were signed by key ${annPrint}`));
    await m.ui.getByRole("button", { name: /show the ratings/ }).click();
    await m.ui.locator(".br-interview-item", { hasText: "Ann" }).getByRole("button").click();
    await waitForHeading(m.ui, "Interview: Ada Lovelace");
    const opened = await shownText(m.ui);
    assert.match(opened, /version 1/);
    assert.match(opened, /Sharding left unclear/);
    assert.match(opened, new RegExp(`Signed by key ${annPrint} \\(first seen with the interview by Ann with Ada Lovelace, Architecture case study\\)\\.`));
    assert.doesNotMatch(opened, /Brilliant/);
    for (const opened of [ann, m]) await finish(env, opened);
  });

  test("a link changed after signing is unverified, and an unsigned link from 0.2.0 imports as unverified", async () => {
    const { ann, link } = await annSubmits();
    const m = await openScorecardAs(env, "Hiring manager");

    // The same signed interview with the decision changed on the way: the signature no
    // longer matches.
    const file = fileOf(link);
    file.interviews[0].decision = "strong-yes";
    const tampered = await follow(m.page, m.ui, linkTo(JSON.stringify(file)));
    assert.match(tampered, /Unverified: its signature does not match what it says\. It may have been changed after it was signed\./);
    assert.doesNotMatch(tampered, /Signed by key/);
    await offer(m.ui).getByRole("button", { name: "Ignore", exact: true }).click();
    await dismissNotices(m.ui);

    // A link made by 0.2.0 carries no signature: unverified, never refused.
    const unsigned = await follow(m.page, m.ui, linkTo(UNSIGNED_LINK_FILE));
    assert.match(unsigned, /Interview by Bob with Grace Hopper, Database modelling challenge, version 1: new/);
    assert.match(unsigned, /Unverified: this version is not signed\./);
    assert.match(await accept(m.ui), /Imported the interview by Bob with Grace Hopper/);
    const stored = JSON.parse(await savedText(m.page));
    assert.equal(stored.version, 1, "a store without signatures is written as before");
    assert.equal(stored.interviews.length, 1);
    for (const opened of [ann, m]) await finish(env, opened);
  });

  test("without Web Crypto (a page not served over HTTPS) a submit is kept unsigned and said once, and a signed link cannot be checked", async () => {
    const { ann, link } = await annSubmits();
    // Bob's browser as on a plain-HTTP page: no crypto.subtle.
    const context = await env.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Crypto.prototype, "subtle", { get: () => undefined }));
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(`${env.servers.hostOrigin}/scorecard.html`);
    await waitForWidgets(page, 1);
    const ui = page.locator("#scorecard");
    assert.equal(await page.evaluate(() => crypto.subtle), undefined);
    await setInterviewer(ui, "Bob");
    await addCandidate(ui, "Grace Hopper", "Backend engineer");
    await openCandidate(ui, "Grace Hopper");
    await interview(ui, { scores: "Strong", decision: "Yes" });
    const unsigned = /This browser could not sign the interview \(signing needs a page served over HTTPS\)\. It was submitted and saved without a signature/;
    await ui.locator(".br-notice", { hasText: unsigned }).waitFor({ timeout: 5000 });
    const stored = JSON.parse(await savedText(page));
    assert.equal(stored.version, 1, "stored unsigned, as before");
    assert.deepEqual(stored.interviews.map((i) => [i[5], i.length]), [["s", 10]], "submitted, no signature item");
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), IDENTITY_KEY), null);
    // Said once: the next submit stays unsigned without a second notice.
    await dismissNotices(ui);
    await interview(ui, { stage: 1, scores: "Mixed", decision: "No" });
    await page.waitForTimeout(300);
    assert.deepEqual((await notices(ui)).filter((text) => unsigned.test(text)), []);
    assert.equal(JSON.parse(await savedText(page)).interviews.filter((i) => i[5] === "s").length, 2);

    // Ann's signed link: nothing can be checked here, and it says so.
    const preview = await follow(page, ui, link);
    assert.match(preview, /Unverified: this browser cannot check signatures here \(checking needs a page served over HTTPS\)\./);
    assert.match(await accept(ui), /Imported the interview by Ann with Ada Lovelace/);
    assert.deepEqual(pageErrors, []);
    await context.close();
    await finish(env, ann);
  });

  test("the preview passes axe in both themes, in English and German", async () => {
    const { ann, link } = await annSubmits();
    const m = await openScorecard(env);
    const failures = [];
    for (const [locale, title] of [["en", "Candidates"], ["de", "Kandidat/innen"]]) {
      await m.page.evaluate((value) => document.querySelector("#scorecard").setAttribute("locale", value), locale);
      await waitForHeading(m.ui, title);
      await m.page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
      await offer(m.ui).locator(".br-signer").waitFor({ timeout: 5000 });
      const preview = await offer(m.ui).textContent();
      assert.match(preview, locale === "de" ? /Signiert mit dem Schlüssel/ : /Signed by key/);
      for (const theme of ["dark", "light"]) {
        await m.page.evaluate((t) => document.querySelector("#scorecard").setAttribute("theme", t), theme);
        await m.page.waitForFunction((t) => document.querySelector("#scorecard").shadowRoot.querySelector(`.br--${t}`), theme);
        for (const violation of await axeViolations(m.page)) failures.push(`${locale}, ${theme}: ${violation}`);
      }
      await offer(m.ui).getByRole("button").last().click();
    }
    assert.deepEqual(failures, [], `axe violations:\n  ${failures.join("\n  ")}`);
    await finish(env, ann);
    assert.deepEqual(m.log.pageErrors, []);
    await m.page.context().close();
  });
});
