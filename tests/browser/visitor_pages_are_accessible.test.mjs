// The pages every visitor can reach — home, legal pages, site map, the 404 page — pass axe
// (WCAG 2.1 A and AA), have one h1, and keep the CSRF cookie Chromium is given.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { checkAxe, checkHeadings, startPlatform } from './support.mjs';

let platform;

before(async () => {
  platform = await startPlatform();
});

after(async () => {
  await platform?.close();
});

const pages = [
  { path: '/', status: 200 },
  { path: '/accessibilite', status: 200 },
  { path: '/mentions-legales', status: 200 },
  { path: '/donnees-personnelles', status: 200 },
  { path: '/plan-du-site', status: 200 },
  { path: '/annuaire', status: 200 },
  { path: '/annuaire?q=economie&type=organisation', status: 200 },
  { path: '/cette-page-n-existe-pas', status: 404 },
];

for (const { path, status } of pages) {
  test(`visitor opens ${path}`, async () => {
    const { page } = platform;
    const response = await page.goto(path);
    assert.equal(response.status(), status);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.ok((await page.title()).length > 0, 'un titre de page');
    await checkAxe(page, path);
    await checkHeadings(page, path);
  });
}

test('visitor reaches the footer links from the home page', async () => {
  const { page } = platform;
  await page.goto('/');
  for (const name of ['Mentions légales', 'Données personnelles']) {
    await page.locator('footer').getByRole('link', { name, exact: true }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('main h1').count(), 1, name);
    await page.goBack();
  }
  await page.locator('footer').getByRole('link', { name: /^Accessibilité/ }).click();
  await page.waitForURL('**/accessibilite');
});

test('visitor skips to the content with the first skip link', async () => {
  const { page } = platform;
  await page.goto('/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(focused, '#contenu');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'contenu');
});

test('Chromium keeps the Secure __Host- cookies over http://127.0.0.1', async () => {
  const { page, context } = platform;
  await page.goto('/inscription');
  const csrf = (await context.cookies()).find((cookie) => cookie.name === '__Host-csrf');
  assert.ok(csrf, 'le cookie __Host-csrf doit être gardé par Chromium sur http://127.0.0.1');
  assert.equal(csrf.secure, true);
  // Each form carries a token derived from that cookie (masked afresh in every answer, so never
  // the cookie itself); the server accepts it only with the cookie Chromium kept.
  const fields = await page.locator('input[name="csrf_token"]').evaluateAll(
    (inputs) => inputs.map((input) => input.value));
  assert.ok(fields.length > 0, 'un formulaire avec son jeton CSRF');
  for (const value of fields)
    assert.notEqual(value, csrf.value, 'le jeton du formulaire ne montre pas le cookie');
  const answer = await page.request.post('/inscription', {
    form: { csrf_token: fields[0], email: '', display_name: '', password: '' }, maxRedirects: 0 });
  assert.equal(answer.status(), 422, 'le formulaire vide est jugé sur ses champs : le jeton et le cookie ont passé');
});

test('public pages run without script errors under the CSP', () => {
  assert.deepEqual(platform.problems, []);
});
