// Each role of the demonstration, and a visitor, walks every page they can reach by links on a
// 375 px wide phone: no page is wider than the screen (document.documentElement.scrollWidth <= 375).
// The pages this issue changed (Mes données, the account deletion and its confirmation dialog,
// the administrators' users and audit log, the legal notice and the contact page, an
// organisation's free text) also pass axe at 375 px and at 1280 px.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { checkAxe, newVisitorPage, repositoryRoot, signIn, startPlatform } from './support.mjs';

let platform;

before(async () => {
  platform = await startPlatform();
  await platform.server.seedDemo();
});

after(async () => {
  await platform?.close();
});

const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 900 };

// The demonstration accounts (src/auth/demo_accounts.cpp).
const roles = [
  { name: 'visiteur' },
  { name: 'membre', email: 'membre@demo.essaim.fr', password: 'ruche-innove-demo-2024' },
  { name: 'accompagnateur', email: 'accompagnateur@demo.essaim.fr', password: 'ruche-accompagne-demo-2024' },
  { name: 'financeur', email: 'financeur@demo.essaim.fr', password: 'ruche-finance-demo-2024' },
  { name: 'instructeur', email: 'instructeur@demo.essaim.fr', password: 'ruche-instruit-demo-2024' },
  { name: 'expert', email: 'expert@demo.essaim.fr', password: 'ruche-evalue-demo-2024' },
  { name: 'hacker public', email: 'hacker@demo.essaim.fr', password: 'ruche-debloque-demo-2024' },
  { name: 'agent public', email: 'agent@demo.essaim.fr', password: 'ruche-administre-demo-2024' },
  { name: 'administrateur', email: 'admin@demo.essaim.fr', password: 'ruche-pilote-demo-2024' },
];

// One page per route: the same path with other numbers (or other query values) is the same page.
function pageKind(url) {
  const kind = url.pathname.replace(/\/\d+(?=\/|$)/g, '/{id}').replace(/\/(84|42|\d{2,3}|2[AB])(?=\/|$)/g, '/{code}');
  return kind + (url.search ? '?' + [...url.searchParams.keys()].sort().join('&') : '');
}

// Links that leave the HTML pages: files, downloads, the open data.
function isPage(url) {
  return !/\.(json|csv|geojson|pdf|svg|png|xlsx)$/.test(url.pathname) && !url.pathname.startsWith('/static/')
    && !url.pathname.startsWith('/api/') && !/\/pieces\//.test(url.pathname) && !url.pathname.endsWith('/certificat')
    && url.pathname !== '/compte/suppression/effectuee';
}

async function crawl(page, baseUrl, limit = 80) {
  const seen = new Set();
  const queue = ['/'];
  const visited = [];
  const tooWide = [];
  const invalidLinks = [];
  while (queue.length > 0 && visited.length < limit) {
    const target = queue.shift();
    const response = await page.goto(target);
    if (!response || !(response.headers()['content-type'] || '').startsWith('text/html'))
      continue;
    visited.push(target);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > phone.width)
      tooWide.push(`${target} : ${width} px`);
    // An SVG map's links are <a> too, whose href is not a string: read the attribute itself.
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => {
      try {
        return new URL(a.getAttribute('href'), document.baseURI).href;
      } catch {
        return a.getAttribute('href');
      }
    }));
    for (const href of hrefs) {
      let url;
      try {
        url = new URL(href);
      } catch {
        invalidLinks.push(`${target} : ${href}`);
        continue;
      }
      if (url.origin !== new URL(baseUrl).origin || !isPage(url))
        continue;
      const kind = pageKind(url);
      if (seen.has(kind))
        continue;
      seen.add(kind);
      queue.push(url.pathname + url.search);
    }
  }
  return { visited, tooWide, invalidLinks };
}

for (const role of roles) {
  test(`${role.name} reads every page reachable by links on a 375 px phone without sideways scrolling`, async () => {
    const { browser, server } = platform;
    const { context, page } = await newVisitorPage(browser, server.baseUrl);
    try {
      if (role.email)
        await signIn(page, role.email, role.password);
      await page.setViewportSize(phone);
      const { visited, tooWide, invalidLinks } = await crawl(page, server.baseUrl);
      assert.deepEqual(invalidLinks, [], `${role.name} : liens invalides`);
      assert.ok(visited.length >= 10, `${role.name} : seulement ${visited.length} pages visitées`);
      assert.deepEqual(tooWide, [], `${role.name} : pages plus larges que 375 px (${visited.length} visitées)`);
    } finally {
      await context.close();
    }
  });
}

async function screenshot(page, name) {
  const folder = path.join(repositoryRoot, 'build', 'screenshots');
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
}

async function checkAtBothWidths(page, target, name) {
  for (const [label, size] of [['telephone', phone], ['bureau', desktop]]) {
    await page.setViewportSize(size);
    const response = await page.goto(target);
    assert.equal(response.status(), 200, target);
    await checkAxe(page, `${target} (${size.width} px)`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= size.width, `${target} : ${width} px à ${size.width} px`);
    await screenshot(page, `${name}-${label}`);
  }
}

test('visitor reads the legal notice, the contact page and an organisation at both widths', async () => {
  const { browser, server } = platform;
  const { context, page } = await newVisitorPage(browser, server.baseUrl);
  try {
    await checkAtBothWidths(page, '/mentions-legales', 'mentions-legales');
    assert.ok(await page.getByRole('heading', { name: 'Direction de la publication' }).isVisible());
    await checkAtBothWidths(page, '/contact', 'contact');
    await page.goto('/annuaire?type=organisation');
    const first = page.locator('main a[href^="/organisations/"]').first();
    const href = await first.getAttribute('href');
    await checkAtBothWidths(page, href, 'organisation');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description.length >= 40, description);
  } finally {
    await context.close();
  }
});

test('administrateur reads the users, found by name, and the audit log at both widths', async () => {
  const { browser, server } = platform;
  const { context, page } = await newVisitorPage(browser, server.baseUrl);
  try {
    await signIn(page, 'admin@demo.essaim.fr', 'ruche-pilote-demo-2024');
    await checkAtBothWidths(page, '/admin/utilisateurs?q=' + encodeURIComponent('élise experte'), 'utilisateurs');
    assert.ok(await page.getByRole('cell', { name: 'expert@demo.essaim.fr', exact: true }).isVisible());
    await checkAtBothWidths(page, '/admin/journal', 'journal');
    assert.equal(await page.locator('main').getByText('{"').count(), 0, 'du JSON dans le journal');
    await checkAtBothWidths(page, '/admin', 'administration');
  } finally {
    await context.close();
  }
});

test('membre reads Mes données, then asks to delete the account and sees the danger dialog', async () => {
  const { browser, server } = platform;
  const { context, page } = await newVisitorPage(browser, server.baseUrl);
  try {
    await signIn(page, 'membre@demo.essaim.fr', 'ruche-innove-demo-2024');
    await checkAtBothWidths(page, '/compte/mes-donnees', 'mes-donnees');
    const main = await page.locator('main').innerText();
    assert.doesNotMatch(main, /auth\.|\{"|en_attente|publiee/, 'des noms internes sur Mes données');
    await checkAtBothWidths(page, '/compte/suppression', 'suppression');
    const danger = page.getByRole('button', { name: 'Supprimer définitivement mon compte' });
    assert.equal(await danger.count(), 1, 'un seul bouton visible avec JavaScript');
    const colour = await danger.evaluate((button) => getComputedStyle(button).backgroundColor);
    assert.notEqual(colour, 'rgb(0, 0, 145)', 'le bouton de suppression a le style de danger');
    await page.getByLabel('Mot de passe actuel').fill('ruche-innove-demo-2024');
    await page.locator('label[for="confirmation"]').click();
    await danger.click();
    const dialog = page.getByRole('dialog', { name: /Supprimer définitivement votre compte/ });
    await dialog.waitFor({ state: 'visible' });
    await checkAxe(page, '/compte/suppression (dialogue)');
    await screenshot(page, 'suppression-dialogue');
    // Keep the demo account for the other tests: the dialog lets the member change their mind.
    await dialog.getByRole('button', { name: 'Non, garder mon compte' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(page.url(), /\/compte\/suppression$/);
  } finally {
    await context.close();
  }
});

test('without JavaScript, deleting an account still submits the form and its own confirmation', async () => {
  const { browser, server } = platform;
  const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR', javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signIn(page, 'financeur@demo.essaim.fr', 'ruche-finance-demo-2024');
    await page.goto('/compte/suppression');
    const buttons = page.getByRole('button', { name: 'Supprimer définitivement mon compte' });
    assert.equal(await buttons.count(), 1);
    assert.equal(await buttons.getAttribute('type'), 'submit');
    // Without the box ticked, the server refuses and says why, next to the field.
    await page.getByLabel('Mot de passe actuel').fill('ruche-finance-demo-2024');
    await buttons.click();
    await page.waitForLoadState();
    assert.ok(await page.getByText('Cochez la case pour confirmer').first().isVisible());
  } finally {
    await context.close();
  }
});
