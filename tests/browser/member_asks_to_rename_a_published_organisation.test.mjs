// A member renames their published organisation: the form says a change of identity is examined,
// the profile keeps its name after saving, the pending change shows on the form, and an
// administrator accepts it from /admin/identites; then the profile carries the new name. Axe and
// the width of the page are checked at 375 and 1280 px, with screenshots in build/screenshots.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { checkAtPhoneAndDesktop, newVisitorPage, signIn, startPlatform, submit } from './support.mjs';

let platform;

before(async () => {
  platform = await startPlatform();
  await platform.server.seedDemo();
});

after(async () => {
  await platform?.close();
});

test('a member’s new name for a published organisation waits for an administrator', async () => {
  const { browser, server } = platform;
  const member = await newVisitorPage(browser, server.baseUrl);
  const admin = await newVisitorPage(browser, server.baseUrl);
  try {
    await signIn(member.page, 'membre@demo.essaim.fr', 'ruche-innove-demo-2024');
    await member.page.goto('/compte');
    const first = member.page.locator('main a[href^="/organisations/"]').first();
    const profilePath = await first.getAttribute('href');
    await member.page.goto(`${profilePath}/modifier`);
    const nameField = member.page.getByLabel(/^Nom de l’organisation/);
    const oldName = await nameField.inputValue();
    assert.ok(await member.page.getByText(/un changement de son nom ou d’un identifiant officiel est examiné/).isVisible(),
      'le formulaire dit que le nom d’une fiche publiée est examiné');
    const newName = `${oldName} (nouveau nom)`;
    await nameField.fill(newName);
    const response = await submit(member.page, 'Enregistrer les modifications');
    assert.equal(response.status(), 303);
    await member.page.waitForURL(`**${profilePath}`);
    assert.ok(await member.page.getByText('Changement d’identité en attente').isVisible());
    assert.equal(await member.page.locator('h1').innerText(), oldName, 'la fiche garde son nom');
    await checkAtPhoneAndDesktop(member.page, `${profilePath} (changement en attente)`, 'identite-fiche-en-attente');

    await member.page.goto(`${profilePath}/modifier`);
    assert.ok(await member.page.getByText(`Nom : « ${oldName} » → « ${newName} »`).isVisible(), 'le changement attendu est dit');
    await checkAtPhoneAndDesktop(member.page, `${profilePath}/modifier (changement en attente)`, 'identite-formulaire');

    await signIn(admin.page, 'admin@demo.essaim.fr', 'ruche-pilote-demo-2024');
    await admin.page.goto('/admin/identites');
    await checkAtPhoneAndDesktop(admin.page, '/admin/identites', 'identite-file');
    const row = admin.page.getByRole('row').filter({ hasText: newName });
    await row.getByRole('button', { name: 'Accepter' }).click();
    await admin.page.waitForURL('**/admin/identites');
    assert.ok(await admin.page.getByText('Changement accepté').isVisible());

    await member.page.goto(profilePath);
    assert.equal(await member.page.locator('h1').innerText(), newName, 'la fiche porte le nom accepté');
    assert.deepEqual([...member.problems, ...admin.problems], [], 'erreurs de script ou refus de la CSP');
  } finally {
    await member.context.close();
    await admin.context.close();
  }
});
