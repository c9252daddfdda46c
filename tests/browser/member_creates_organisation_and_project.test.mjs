// A member signs up, confirms the address, signs in and registers an organisation through the
// real form (once with an invalid SIRET); the organisation waits "en attente" until an
// administrator publishes it from the moderation page; the member then presents a project with
// thematics, SDGs, stage and territories. A visitor searches /annuaire without accents, finds
// both, and opens their pages, each carrying a schema.org JSON-LD block. Every page visited,
// forms with their errors included, passes axe. Runs on the backend ESSAIM_TEST_BACKEND names.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  accessibilityRecorder, findLink, makeSiret, newVisitorPage, readNewestMail, signIn, startPlatform, submit, tick,
  uniqueEmail,
} from './support.mjs';

let platform;
const extraProblems = [];

before(async () => {
  platform = await startPlatform();
});

after(async () => {
  await platform?.close();
});

async function jsonLd(page, label) {
  const blocks = page.locator('script[type="application/ld+json"]');
  assert.equal(await blocks.count(), 1, `un bloc JSON-LD sur ${label}`);
  const text = await blocks.textContent();
  try {
    return JSON.parse(text);
  } catch (error) {
    assert.fail(`JSON-LD illisible sur ${label} : ${error.message}\n${text}`);
  }
}

// Checks that the error of `fieldId` sits inside the field's own input group, is announced by the
// field (aria-describedby) and is listed, as a link to the field, in the summary at the top.
async function assertFieldError(page, fieldId, pattern) {
  const group = page.locator('.fr-input-group, .fr-select-group').filter({ has: page.locator(`#${fieldId}`) });
  assert.equal(await group.count(), 1, `le groupe du champ ${fieldId}`);
  const message = group.locator(`#${fieldId}-erreur`);
  assert.equal(await message.count(), 1, `le message d’erreur à côté du champ ${fieldId}`);
  assert.match(await message.textContent(), pattern);
  assert.match(await group.getAttribute('class'), /fr-(input|select)-group--error/);
  assert.match(await page.locator(`#${fieldId}`).getAttribute('aria-describedby'), new RegExp(`\\b${fieldId}-erreur\\b`));
  assert.equal(await page.getByRole('alert').locator(`a[href="#${fieldId}"]`).count(), 1,
    `le récapitulatif des erreurs renvoie au champ ${fieldId}`);
}

test('a member registers an organisation and a project that a visitor then finds in the directory', async () => {
  const accessibility = accessibilityRecorder();
  const { browser, page, server } = platform;

  const organisationName = 'Économie Solidaire du Pilat';
  const projectTitle = 'Atelier d’économie circulaire de Saint-Étienne';
  const siret = makeSiret();
  const invalidSiret = siret.substring(0, 13) + String((Number(siret[13]) + 1) % 10);

  // The administrator exists from the start, created the way an operator does it.
  const adminEmail = uniqueEmail('admin.moderation');
  const adminPassword = 'la reine des abeilles veille sur la ruche';
  await server.createUser({ email: adminEmail, name: 'Équipe Essaim', password: adminPassword, roles: ['administrateur'] });

  // ---- the member signs up, confirms the address and signs in ---------------------------
  const email = uniqueEmail('lea.fontaine');
  const password = 'des abeilles butinent les tilleuls du Pilat';
  let response = await page.goto('/inscription');
  assert.equal(response.status(), 200);
  await accessibility.check(page, '/inscription');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Nom affiché').fill('Léa Fontaine');
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL('**/inscription/courriel-envoye');
  await accessibility.check(page, '/inscription/courriel-envoye');

  const mail = await readNewestMail(server.varDir, email);
  const link = new URL(findLink(mail.body, '/inscription/confirmer?jeton='));
  response = await page.goto(link.pathname + link.search);
  assert.equal(response.status(), 200);
  await accessibility.check(page, '/inscription/confirmer → /connexion');

  await signIn(page, email, password);
  await accessibility.check(page, '/compte');

  // ---- the organisation form, first with an invalid SIRET ---------------------------------
  await page.locator('main').getByRole('link', { name: 'Inscrire une organisation' }).click();
  await page.waitForURL('**/organisations/nouvelle');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Inscrire une organisation');
  await accessibility.check(page, '/organisations/nouvelle');

  await page.getByLabel('Nom de l’organisation').fill(organisationName);
  await tick(page.getByLabel('Porteur de projet', { exact: true }));
  await page.getByLabel(/^SIRET du siège/).fill(invalidSiret);
  await page.getByLabel('Famille de l’économie sociale et solidaire').selectOption({ label: 'Association' });
  await page.getByLabel(/^Commune : code INSEE/).fill('42218');
  await page.getByLabel(/^Présentation de l’organisation/).fill(
    'Une association qui relie les acteurs de l’économie sociale et solidaire du massif du Pilat.');
  response = await submit(page, 'Envoyer pour validation');
  assert.equal(response.status(), 422, 'un SIRET invalide est refusé');
  assert.match(page.url(), /\/organisations\/nouvelle$/);
  await assertFieldError(page, 'siret', /SIRET/);
  // What the member typed is kept, the wrong SIRET included, so that it can be corrected.
  assert.equal(await page.getByLabel(/^SIRET du siège/).inputValue(), invalidSiret);
  assert.equal(await page.getByLabel('Nom de l’organisation').inputValue(), organisationName);
  assert.equal(await page.getByLabel(/^Commune : code INSEE/).inputValue(), '42218');
  assert.ok(await page.getByLabel('Porteur de projet', { exact: true }).isChecked(), 'le type d’acteur reste coché');
  await accessibility.check(page, '/organisations/nouvelle (SIRET invalide)');

  await page.getByLabel(/^SIRET du siège/).fill(siret);
  response = await submit(page, 'Envoyer pour validation');
  assert.equal(response.status(), 303, 'la fiche est enregistrée');
  await page.waitForURL(/\/organisations\/\d+$/);
  const organisationPath = new URL(page.url()).pathname;
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), organisationName);
  await assert.doesNotReject(
    page.getByRole('heading', { name: 'Fiche en attente de validation' }).waitFor(), 'la fiche est en attente');
  await accessibility.check(page, `${organisationPath} (en attente, vue du membre)`);

  // Not yet public: the directory does not show it to a visitor.
  const early = await newVisitorPage(browser, server.baseUrl);
  response = await early.page.goto('/annuaire?q=economie');
  assert.equal(response.status(), 200);
  assert.equal(await early.page.locator('main').getByRole('link', { name: organisationName }).count(), 0,
    'une fiche en attente n’apparaît pas dans l’annuaire');
  extraProblems.push(...early.problems);
  await early.context.close();

  // ---- an administrator publishes it from the moderation page ----------------------------
  const admin = await newVisitorPage(browser, server.baseUrl);
  await signIn(admin.page, adminEmail, adminPassword);
  response = await admin.page.goto('/admin/organisations');
  assert.equal(response.status(), 200);
  await accessibility.check(admin.page, '/admin/organisations');
  const row = admin.page.getByRole('row').filter({ has: admin.page.getByRole('link', { name: organisationName }) });
  assert.equal(await row.count(), 1, 'la fiche est dans la file de modération');
  await row.getByRole('button', { name: 'Publier' }).click();
  await admin.page.waitForURL('**/admin/organisations');
  await assert.doesNotReject(admin.page.getByText('Fiche publiée', { exact: true }).waitFor(), 'le message de publication');
  assert.equal(await admin.page.getByRole('link', { name: organisationName }).count(), 0, 'la file est vidée');
  await accessibility.check(admin.page, '/admin/organisations (après publication)');
  extraProblems.push(...admin.problems);
  await admin.context.close();

  // ---- the member presents a project, first without its stage -----------------------------
  response = await page.goto(organisationPath);
  assert.equal(response.status(), 200);
  assert.equal(await page.getByRole('heading', { name: 'Fiche en attente de validation' }).count(), 0);
  await page.getByRole('link', { name: 'Présenter un projet' }).click();
  await page.waitForURL(/\/organisations\/\d+\/projets\/nouveau$/);
  await accessibility.check(page, `${organisationPath}/projets/nouveau`);

  await page.getByLabel('Titre du projet').fill(projectTitle);
  await page.getByLabel(/^Résumé/).fill('Un atelier où réparer, réemployer et apprendre, ouvert à tous les habitants.');
  await tick(page.getByLabel('Croissance organique', { exact: true }));
  await tick(page.getByLabel('Emploi et insertion', { exact: true }));
  await tick(page.getByLabel('Environnement et transition écologique', { exact: true }));
  await tick(page.getByLabel(/^ODD 8 — /));
  await tick(page.getByLabel(/^ODD 12 — /));
  await page.getByLabel(/^Où le projet agit-il/).fill('42218, R84');
  await page.getByLabel(/^Bénéficiaires par an/).fill('1200');
  response = await submit(page, 'Enregistrer le projet');
  assert.equal(response.status(), 422, 'un projet sans stade est refusé');
  await assertFieldError(page, 'stage', /.+/);
  assert.equal(await page.getByLabel('Titre du projet').inputValue(), projectTitle);
  assert.equal(await page.getByLabel(/^Où le projet agit-il/).inputValue(), '42218, R84');
  assert.ok(await page.getByLabel('Emploi et insertion', { exact: true }).isChecked(), 'la thématique reste cochée');
  assert.ok(await page.getByLabel(/^ODD 12 — /).isChecked(), 'l’ODD reste coché');
  await accessibility.check(page, `${organisationPath}/projets/nouveau (stade manquant)`);

  await page.getByLabel('Stade de développement').selectOption({ label: 'Expérimentation' });
  response = await submit(page, 'Enregistrer le projet');
  assert.equal(response.status(), 303, 'le projet est enregistré');
  await page.waitForURL(/\/projets\/\d+$/);
  const projectPath = new URL(page.url()).pathname;
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), projectTitle);
  await assert.doesNotReject(page.getByText('Projet enregistré', { exact: true }).waitFor(), 'le message de création');
  await accessibility.check(page, `${projectPath} (vue du membre)`);

  // ---- a visitor finds both without typing the accents --------------------------------------
  const visitor = await newVisitorPage(browser, server.baseUrl);
  const main = visitor.page.locator('main');
  response = await visitor.page.goto('/annuaire');
  assert.equal(response.status(), 200);
  await accessibility.check(visitor.page, '/annuaire');
  await main.getByRole('searchbox', { name: /^Rechercher/ }).fill('economie');
  await main.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await visitor.page.waitForURL(/\/annuaire\?.*q=economie/);
  await assert.doesNotReject(main.getByRole('link', { name: organisationName, exact: true }).waitFor(),
    `« economie » trouve l’organisation « ${organisationName} »`);
  await assert.doesNotReject(main.getByRole('link', { name: projectTitle, exact: true }).waitFor(),
    `« economie » trouve le projet « ${projectTitle} »`);
  await accessibility.check(visitor.page, '/annuaire?q=economie');

  await main.getByRole('link', { name: organisationName, exact: true }).click();
  await visitor.page.waitForURL(`**${organisationPath}`);
  assert.equal(await visitor.page.getByRole('heading', { level: 1 }).textContent(), organisationName);
  assert.equal(await visitor.page.getByRole('link', { name: 'Modifier la fiche' }).count(), 0, 'pas de bouton de modification');
  assert.equal(await main.getByRole('link', { name: projectTitle, exact: true }).count(), 1, 'la fiche liste le projet');
  const organisationLd = await jsonLd(visitor.page, organisationPath);
  assert.equal(organisationLd['@context'], 'https://schema.org');
  assert.equal(organisationLd['@type'], 'Organization');
  assert.equal(organisationLd.name, organisationName);
  await accessibility.check(visitor.page, `${organisationPath} (visiteur)`);

  await visitor.page.goBack();
  await visitor.page.waitForURL(/\/annuaire\?/);
  await main.getByRole('link', { name: projectTitle, exact: true }).click();
  await visitor.page.waitForURL(`**${projectPath}`);
  assert.equal(await visitor.page.getByRole('heading', { level: 1 }).textContent(), projectTitle);
  for (const text of ['Expérimentation', 'Emploi et insertion', 'Environnement et transition écologique']) {
    await assert.doesNotReject(main.getByText(text, { exact: true }).first().waitFor(), `« ${text} » sur la page du projet`);
  }
  for (const pattern of [/^ODD 8 — /, /^ODD 12 — /])
    assert.equal(await main.getByRole('listitem').filter({ hasText: pattern }).count(), 1, `${pattern} sur la page du projet`);
  for (const territory of ['Saint-Étienne', 'Auvergne-Rhône-Alpes'])
    assert.equal(await main.getByRole('link', { name: territory, exact: true }).count(), 1, `le territoire ${territory}`);
  const projectLd = await jsonLd(visitor.page, projectPath);
  assert.equal(projectLd['@context'], 'https://schema.org');
  assert.equal(projectLd['@type'], 'Project');
  assert.equal(projectLd.name, projectTitle);
  assert.equal(projectLd.parentOrganization?.name, organisationName);
  await accessibility.check(visitor.page, `${projectPath} (visiteur)`);
  extraProblems.push(...visitor.problems);
  await visitor.context.close();

  accessibility.assertClean();
});

test('pages met on the way run without script errors under the CSP', () => {
  assert.deepEqual([...platform.problems, ...extraProblems], []);
});
