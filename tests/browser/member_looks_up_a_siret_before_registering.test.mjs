// Before registering an organisation, a member looks up its SIRET: a wrong number is answered
// beside the field with the typed text kept, and a number the directory does not hold is carried
// into the form. Axe and the page width are checked at 375 and 1280 px, with screenshots in
// build/screenshots.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { checkAtPhoneAndDesktop, makeSiret, newVisitorPage, signIn, startPlatform } from './support.mjs';

let platform;

before(async () => {
  platform = await startPlatform();
  await platform.server.seedDemo();
});

after(async () => {
  await platform?.close();
});

test('a member looks up a SIRET, mistyped then right, before filling the form', async () => {
  const { browser, server } = platform;
  const { context, page, problems } = await newVisitorPage(browser, server.baseUrl);
  try {
    await signIn(page, 'membre@demo.essaim.fr', 'ruche-innove-demo-2024');
    await page.goto('/organisations/nouvelle');
    await page.getByLabel(/^SIRET ou SIREN/).fill('1234');
    await page.getByRole('button', { name: 'Rechercher ce numéro' }).click();
    await page.waitForURL(/identifiant=1234/);
    assert.ok(await page.getByText('Saisissez un SIRET (14 chiffres) ou un SIREN (9 chiffres).').isVisible());
    assert.equal(await page.getByLabel(/^SIRET ou SIREN/).inputValue(), '1234');
    await checkAtPhoneAndDesktop(page, '/organisations/nouvelle (numéro erroné)', 'recherche-siret-erreur');

    const siret = makeSiret();
    await page.getByLabel(/^SIRET ou SIREN/).fill(siret);
    await page.getByRole('button', { name: 'Rechercher ce numéro' }).click();
    await page.waitForURL(new RegExp(`identifiant=${siret}`));
    assert.ok(await page.getByText('Ce numéro n’est pas encore dans l’annuaire').isVisible());
    assert.equal(await page.getByLabel(/^SIRET du siège/).inputValue(), siret, 'le numéro est repris dans la fiche');
    assert.equal(await page.getByLabel(/^SIREN/).first().inputValue(), siret.slice(0, 9));
    await checkAtPhoneAndDesktop(page, '/organisations/nouvelle (numéro inconnu)', 'recherche-siret-inconnu');
    assert.deepEqual(problems, [], 'erreurs de script ou refus de la CSP');
  } finally {
    await context.close();
  }
});
