// A member fills in a dossier and loses nothing (issue 12): the answers typed are saved as they
// are typed (with JavaScript) or posted with the file by the attach button (without it); after a
// reload everything is there. The recap before the deposit lists what is missing, each item a
// link to its field, and the deposit is confirmed there. Every page passes axe at desktop
// (1280 px) and phone (375 px) widths. Screenshots go to ESSAIM_SCREENSHOTS when it is set.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
  accessibilityRecorder, makeSiret, newVisitorPage, signIn, startPlatform, submit, tick, uniqueEmail,
} from './support.mjs';

let platform;
let admin;
let member;
let callId;
const password = 'les réponses du dossier restent où on les tape';
const widths = [{ name: 'bureau', width: 1280, height: 900 }, { name: 'téléphone', width: 375, height: 800 }];

// A small but real PDF: the server checks the type from the content, not from the name.
const statutesPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function account(prefix, roles, name) {
  const email = uniqueEmail(prefix);
  await platform.server.createUser({ email, name, password, roles });
  return { email, name };
}

async function signedInPage(person, options = {}) {
  const context = await platform.browser.newContext({ baseURL: platform.server.baseUrl, locale: 'fr-FR', ...options });
  const page = await context.newPage();
  await signIn(page, person.email, password);
  return { context, page };
}

// Checks the page with axe and the headings at both widths, and keeps a screenshot of each.
async function checkAtBothWidths(accessibility, page, label, screenshot) {
  for (const { name, width, height } of widths) {
    await page.setViewportSize({ width, height });
    await accessibility.check(page, `${label} (${name}, ${width} px)`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${label} : la page déborde de ${overflow} px à ${width} px`);
    if (process.env.ESSAIM_SCREENSHOTS && screenshot)
      await page.screenshot({ path: path.join(process.env.ESSAIM_SCREENSHOTS, `${screenshot}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// An organisation of the member, published by the administrator.
async function publishedOrganisation(memberPage, adminPage, name) {
  await memberPage.goto('/organisations/nouvelle');
  await memberPage.getByLabel('Nom de l’organisation').fill(name);
  await tick(memberPage.getByLabel('Incubateur', { exact: true }));
  await memberPage.getByLabel(/^SIRET du siège/).fill(makeSiret());
  await memberPage.getByLabel('Famille de l’économie sociale et solidaire').selectOption({ label: 'Association' });
  await memberPage.getByLabel(/^Commune : code INSEE/).fill('42218');
  await memberPage.getByLabel(/^Présentation de l’organisation/).fill(`${name}, un incubateur d’innovation sociale.`);
  assert.equal((await submit(memberPage, 'Envoyer pour validation')).status(), 303);
  await adminPage.goto('/admin/organisations');
  const row = adminPage.getByRole('row').filter({ has: adminPage.getByRole('link', { name }) });
  await row.getByRole('button', { name: 'Publier' }).click();
  await adminPage.waitForURL('**/admin/organisations');
}

// Starts the member's dossier for the organisation and answers the form's path.
async function startDossier(page, organisationName) {
  await page.goto(`/appels/${callId}/candidater`);
  await page.getByLabel(/^Organisation candidate/).selectOption({ label: organisationName });
  assert.equal((await submit(page, 'Commencer le dossier')).status(), 303);
  await page.waitForURL(/\/dossiers\/\d+\/modifier$/);
  return new URL(page.url()).pathname.replace(/\/modifier$/, '');
}

// Opens the form anew: a new navigation, so the browser restores no form state of its own and
// what shows is what the server kept.
async function reopen(page, dossierPath) {
  const response = await page.goto(`${dossierPath}/modifier`);
  assert.equal(response.status(), 200);
}

before(async () => {
  platform = await startPlatform();
  const adminAccount = await account('admin.formulaire', ['administrateur'], 'Équipe Essaim');
  member = await account('membre.formulaire', [], 'Mina Porteuse');
  admin = await signedInPage(adminAccount);

  await admin.page.goto('/admin/appels/nouveau');
  await admin.page.getByLabel(/^Titre/).fill('Label des incubateurs qui ne perdent rien');
  await admin.page.getByLabel(/^Catégorie labellisée/).selectOption({ label: 'Incubateur' });
  await admin.page.getByLabel(/^Description/).fill('Un appel pour vérifier que le dossier s’enregistre au fur et à mesure.');
  await tick(admin.page.getByLabel(/^Appel permanent/));
  assert.equal((await submit(admin.page, 'Créer l’appel en brouillon')).status(), 303);
  await admin.page.waitForURL(/\/admin\/appels\/\d+$/);
  const callAdminPath = new URL(admin.page.url()).pathname;
  callId = callAdminPath.split('/').pop();
  await admin.page.goto(`${callAdminPath}/formulaire`);
  await admin.page.getByLabel(/^Titre de la nouvelle partie/).fill('Votre projet');
  assert.equal((await submit(admin.page, 'Ajouter la partie')).status(), 303);
  for (const question of [
    { label: 'Nom du projet', kind: 'Texte court', required: true },
    { label: 'Budget prévisionnel', kind: 'Montant en euros', required: true },
    { label: 'Statuts de la structure', kind: 'Pièce jointe', required: true, help: 'Les statuts signés, en PDF' },
    { label: 'Présentez votre accompagnement', kind: 'Texte long', required: false },
  ]) {
    await admin.page.getByLabel(/^Libellé de la question/).fill(question.label);
    await admin.page.getByLabel('Type de réponse').selectOption({ label: question.kind });
    if (question.help)
      await admin.page.getByLabel(/^Texte d’aide/).fill(question.help);
    if (question.required)
      await tick(admin.page.getByLabel('Réponse obligatoire pour déposer le dossier'));
    assert.equal((await submit(admin.page, 'Ajouter la question')).status(), 303, `la question « ${question.label} »`);
  }
  // A call is published with its evaluation grid.
  await admin.page.goto(`${callAdminPath}/grille`);
  await admin.page.getByLabel(/^Titre du critère/).fill('Utilité sociale');
  await admin.page.getByLabel(/^Poids/).fill('1');
  for (let level = 0; level <= 5; ++level)
    await admin.page.getByLabel(new RegExp(`^Note ${level}`)).fill(`Niveau ${level}`);
  assert.equal((await submit(admin.page, 'Ajouter le critère')).status(), 303);
  await admin.page.goto(callAdminPath);
  // Publishing is confirmed in a DSFR modal.
  await admin.page.getByRole('button', { name: 'Publier l’appel', exact: true }).click();
  await admin.page.locator('.fr-modal--opened').waitFor();
  assert.equal((await submit(admin.page, 'Confirmer la publication')).status(), 303);
});

after(async () => {
  await platform?.close();
});

test('with JavaScript, answers are saved as they are typed and kept with the file across a reload', async () => {
  const accessibility = accessibilityRecorder();
  const { page } = await signedInPage(member);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await publishedOrganisation(page, admin.page, 'Incubateur des réponses gardées');
  const dossierPath = await startDossier(page, 'Incubateur des réponses gardées');

  await page.getByLabel(/^Nom du projet/).fill('La ruche des Monts');
  await page.getByLabel(/^Budget prévisionnel/).fill('12 500');
  await page.getByLabel(/^Présentez votre accompagnement/).fill('Nous accompagnons douze projets par an.');
  // No button pressed: the status line says the answers are saved.
  await page.getByRole('status').filter({ hasText: /^Enregistré à \d\d:\d\d/ }).waitFor({ timeout: 10_000 });
  await reopen(page, dossierPath);
  assert.equal(await page.getByLabel(/^Nom du projet/).inputValue(), 'La ruche des Monts', 'gardé sans rien envoyer');
  assert.match(await page.getByLabel(/^Budget prévisionnel/).inputValue(), /^12 ?500(,00)?$/, 'gardé sans rien envoyer');
  assert.equal(await page.getByLabel(/^Présentez votre accompagnement/).inputValue(), 'Nous accompagnons douze projets par an.');

  // An answer typed just before attaching goes with the file.
  await page.getByLabel(/^Présentez votre accompagnement/).fill('Nous accompagnons quatorze projets par an.');
  await page.getByLabel(/^Statuts de la structure/).setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: statutesPdf });
  assert.equal((await submit(page, 'Joindre à « Statuts de la structure »')).status(), 303);
  await reopen(page, dossierPath);
  assert.equal(await page.getByLabel(/^Présentez votre accompagnement/).inputValue(), 'Nous accompagnons quatorze projets par an.');
  assert.equal(await page.getByLabel(/^Nom du projet/).inputValue(), 'La ruche des Monts');
  assert.ok(await page.getByRole('link', { name: 'statuts.pdf' }).count() === 1, 'la pièce jointe est sous sa question');
  await checkAtBothWidths(accessibility, page, `${dossierPath}/modifier (avec JavaScript)`, 'formulaire-js');

  assert.equal((await submit(page, 'Déposer le dossier')).status(), 303);
  await page.waitForURL(`**${dossierPath}/recapitulatif`);
  await checkAtBothWidths(accessibility, page, `${dossierPath}/recapitulatif (complet)`, 'recapitulatif-complet');
  const main = await page.locator('main').textContent();
  for (const text of ['La ruche des Monts', 'Nous accompagnons quatorze projets par an.', 'statuts.pdf'])
    assert.ok(main.includes(text), `le récapitulatif liste « ${text} »`);
  assert.match(main, /12\s?500(,00)?\s€/, 'le récapitulatif liste le budget');
  assert.equal((await submit(page, 'Confirmer le dépôt du dossier')).status(), 303);
  await page.waitForURL(`**${dossierPath}`);
  assert.ok((await page.locator('main').textContent()).includes('Déposé'));
  assert.deepEqual(problems, [], 'aucune erreur de script ni refus de la CSP');
  accessibility.assertClean();
});

test('without JavaScript, the attach button keeps the answers, and the recap links to what is missing', async () => {
  const accessibility = accessibilityRecorder();
  const withScript = await signedInPage(member);
  await publishedOrganisation(withScript.page, admin.page, 'Incubateur sans JavaScript');
  const { page } = await signedInPage(member, { javaScriptEnabled: false });
  // axe runs as a script in the page: the pages met without JavaScript are checked as the server
  // sent them, opened at the same address in the member's other context.
  async function checkSamePage(label, screenshot) {
    await withScript.page.goto(page.url());
    await checkAtBothWidths(accessibility, withScript.page, label, screenshot);
  }
  const dossierPath = await startDossier(page, 'Incubateur sans JavaScript');

  await page.getByLabel(/^Nom du projet/).fill('Le projet tapé sans script');
  await page.getByLabel(/^Présentez votre accompagnement/).fill('Un texte qui ne doit pas se perdre.');
  await page.getByLabel(/^Statuts de la structure/).setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: statutesPdf });
  assert.equal((await submit(page, 'Joindre à « Statuts de la structure »')).status(), 303);
  assert.equal(new URL(page.url()).pathname, `${dossierPath}/modifier`, 'back on the form after attaching');
  assert.equal(await page.getByLabel(/^Nom du projet/).inputValue(), 'Le projet tapé sans script', 'the form comes back with the answers');
  await reopen(page, dossierPath);
  assert.equal(await page.getByLabel(/^Nom du projet/).inputValue(), 'Le projet tapé sans script');
  assert.equal(await page.getByLabel(/^Présentez votre accompagnement/).inputValue(), 'Un texte qui ne doit pas se perdre.');
  assert.equal(await page.getByRole('link', { name: 'statuts.pdf' }).count(), 1, 'la pièce est jointe');
  await checkSamePage(`${dossierPath}/modifier (sans JavaScript)`, 'formulaire-sans-js');

  // The budget is missing: the recap says so, named, with a link to its field.
  assert.equal((await submit(page, 'Déposer le dossier')).status(), 303);
  await page.waitForURL(`**${dossierPath}/recapitulatif`);
  const missing = page.getByRole('link', { name: 'Budget prévisionnel : ce champ est obligatoire' });
  assert.equal(await missing.count(), 1, 'le récapitulatif nomme ce qui manque');
  assert.equal(await page.getByRole('button', { name: 'Confirmer le dépôt du dossier' }).count(), 0, 'pas de dépôt incomplet');
  await checkSamePage(`${dossierPath}/recapitulatif (incomplet)`, 'recapitulatif-incomplet');
  await missing.click();
  await page.waitForURL(`**${dossierPath}/modifier#champ_budget_previsionnel`);
  await page.getByLabel(/^Budget prévisionnel/).fill('8 000');
  assert.equal((await submit(page, 'Déposer le dossier')).status(), 303);
  await page.waitForURL(`**${dossierPath}/recapitulatif`);
  assert.equal((await submit(page, 'Confirmer le dépôt du dossier')).status(), 303);
  await page.waitForURL(`**${dossierPath}`);
  assert.ok((await page.locator('main').textContent()).includes('Déposé'));
  await withScript.context.close();
  accessibility.assertClean();
});
