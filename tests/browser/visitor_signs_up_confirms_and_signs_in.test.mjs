// A visitor creates an account at /inscription, opens the link of the confirmation e-mail,
// signs in at /connexion and lands on /compte. Every page met on the way passes axe.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { accessibilityRecorder, findLink, readNewestMail, startPlatform, uniqueEmail } from './support.mjs';

let platform;

before(async () => {
  platform = await startPlatform();
});

after(async () => {
  await platform?.close();
});

test('visitor signs up, confirms the address and signs in', async () => {
  const accessibility = accessibilityRecorder();
  const { page, context, server } = platform;
  const email = uniqueEmail('camille.martin');
  const password = 'une ruche pleine de miel au printemps';

  let response = await page.goto('/inscription');
  assert.equal(response.status(), 200);
  await accessibility.check(page, '/inscription');

  // A too short password is refused next to its field, and what was typed is kept.
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Nom affiché').fill('Camille Martin');
  await page.getByLabel('Mot de passe').fill('court');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForLoadState();
  assert.match(page.url(), /\/inscription$/);
  await assert.doesNotReject(page.locator('#password-erreur').waitFor(), 'message d’erreur du mot de passe');
  assert.equal(await page.getByLabel('Adresse électronique').inputValue(), email);
  assert.equal(await page.getByLabel('Nom affiché').inputValue(), 'Camille Martin');
  assert.match(await page.locator('#password').getAttribute('aria-describedby'), /password-erreur/);
  await accessibility.check(page, '/inscription (erreurs)');

  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL('**/inscription/courriel-envoye');
  await accessibility.check(page, '/inscription/courriel-envoye');

  // Before confirmation, signing in is refused.
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForLoadState();
  assert.match(page.url(), /\/connexion$/);
  assert.equal(await page.locator('#compte-email').count(), 0);
  await accessibility.check(page, '/connexion (adresse non confirmée)');

  const mail = await readNewestMail(server.varDir, email);
  // The link carries the configured public address; the path and the token are what matter.
  const link = new URL(findLink(mail.body, '/inscription/confirmer?jeton='));
  response = await page.goto(link.pathname + link.search);
  assert.equal(response.status(), 200);
  assert.match(page.url(), /\/connexion$/);
  await accessibility.check(page, '/inscription/confirmer → /connexion');

  // A used link cannot be replayed.
  response = await page.goto(link.pathname + link.search);
  assert.ok(response.status() >= 400, `un lien déjà utilisé doit être refusé (statut ${response.status()})`);
  await accessibility.check(page, '/inscription/confirmer (lien usé)');

  // A wrong password is refused with a message, and the address typed is kept.
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill('ce n’est pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForLoadState();
  assert.match(page.url(), /\/connexion$/);
  assert.equal(await page.getByLabel('Adresse électronique').inputValue(), email);
  assert.equal((await context.cookies()).filter((cookie) => cookie.name === '__Host-session').length, 0);
  await accessibility.check(page, '/connexion (mauvais mot de passe)');

  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/compte');
  assert.equal(await page.locator('#compte-email').textContent(), email);
  await accessibility.check(page, '/compte');

  // Chromium keeps the Secure __Host- session cookie over http://127.0.0.1 (a loopback origin
  // counts as potentially trustworthy), so the session works without TLS in development.
  const session = (await context.cookies()).find((cookie) => cookie.name === '__Host-session');
  assert.ok(session, 'le cookie __Host-session doit être gardé par Chromium sur http://127.0.0.1');
  assert.equal(session.secure, true);
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Lax');
  assert.equal(session.path, '/');

  // The session follows the visitor: /compte opens again in a new page of the same browser.
  const second = await context.newPage();
  response = await second.goto('/compte');
  assert.equal(response.status(), 200);
  assert.match(second.url(), /\/compte$/);
  await second.close();

  // Signing out ends the session: /compte sends back to the sign-in page.
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await page.waitForURL((url) => url.pathname === '/');
  await accessibility.check(page, '/ (après déconnexion)');
  await page.goto('/compte');
  assert.match(page.url(), /\/connexion/);
  accessibility.assertClean();
});

test('pages met on the way run without script errors under the CSP', () => {
  assert.deepEqual(platform.problems, []);
});
