// The whole labelling chain in a browser, each actor in a context of their own: an administrator
// publishes a call with its form and evaluation grid; a member applies for their organisation,
// attaching a file (once without the required answers); the instructeur asks for completions,
// then for two experts' opinions; one expert declares a conflict of interest and is replaced;
// both remaining experts score the grid; the committee ranks the dossier and labels it; the label
// then shows on /labels, on its verification page, in the directory's "Labellisé" facet and on
// the organisation's profile. Every page visited passes axe. Runs on the backend
// ESSAIM_TEST_BACKEND names.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  accessibilityRecorder, findLink, makeSiret, newVisitorPage, readMailMatching, signIn, startPlatform, submit, tick,
  uniqueEmail,
} from './support.mjs';

let platform;
const problems = [];

before(async () => {
  platform = await startPlatform();
});

after(async () => {
  await platform?.close();
});

const password = 'les abeilles du comité butinent en séance';

// An account created the way an operator does it, signed in in a browser context of its own.
async function actor(prefix, roles, name) {
  const { browser, server } = platform;
  const email = uniqueEmail(prefix);
  await server.createUser({ email, name, password, roles });
  const visitor = await newVisitorPage(browser, server.baseUrl);
  problems.push(visitor.problems);
  await signIn(visitor.page, email, password);
  return { email, name, ...visitor };
}

// Opens `target`, expects 200 and checks the page with axe.
async function visit(accessibility, page, target, label = target) {
  const response = await page.goto(target);
  assert.equal(response.status(), 200, `${label} : statut ${response.status()}`);
  await accessibility.check(page, label);
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

// The form's "Déposer le dossier" saves and leads to the recap, where the deposit is confirmed.
async function deposit(page) {
  const response = await submit(page, 'Déposer le dossier');
  assert.equal(response.status(), 303, 'le formulaire mène au récapitulatif');
  await page.waitForURL(/\/recapitulatif$/);
  return submit(page, 'Confirmer le dépôt du dossier');
}

// A small but real PDF: the server checks the type from the content, not from the name.
const statutesPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('a member is labelled after instruction, two experts’ opinions and the committee', async () => {
  const accessibility = accessibilityRecorder();
  const callTitle = 'Label des incubateurs d’innovation sociale';
  const organisationName = 'Incubateur des Monts du Forez';

  const admin = await actor('admin.labels', ['administrateur'], 'Équipe Essaim');
  const instructeur = await actor('instructeur.labels', ['instructeur'], 'Inès Instructrice');
  const expertA = await actor('experte.a', ['expert'], 'Agathe Experte');
  const expertB = await actor('expert.b', ['expert'], 'Bruno Expert');
  const expertC = await actor('experte.c', ['expert'], 'Chloé Experte');
  const member = await actor('membre.forez', [], 'Marc Porteur');

  // ---- the member's organisation, published by the administrator -------------------------
  await visit(accessibility, member.page, '/organisations/nouvelle');
  await member.page.getByLabel('Nom de l’organisation').fill(organisationName);
  await tick(member.page.getByLabel('Incubateur', { exact: true }));
  await member.page.getByLabel(/^SIRET du siège/).fill(makeSiret());
  await member.page.getByLabel('Famille de l’économie sociale et solidaire').selectOption({ label: 'Association' });
  await member.page.getByLabel(/^Commune : code INSEE/).fill('42218');
  await member.page.getByLabel(/^Présentation de l’organisation/).fill(
    'Un incubateur qui accompagne les projets d’innovation sociale des Monts du Forez.');
  let response = await submit(member.page, 'Envoyer pour validation');
  assert.equal(response.status(), 303);
  await member.page.waitForURL(/\/organisations\/\d+$/);
  const organisationPath = pathOf(member.page);

  await visit(accessibility, admin.page, '/admin/organisations');
  const pending = admin.page.getByRole('row').filter({ has: admin.page.getByRole('link', { name: organisationName }) });
  await pending.getByRole('button', { name: 'Publier' }).click();
  await admin.page.waitForURL('**/admin/organisations');

  // ---- the administrator creates the call, its form and grid, then publishes it ------------
  await visit(accessibility, admin.page, '/admin/appels/nouveau');
  await admin.page.getByLabel(/^Titre/).fill(callTitle);
  await admin.page.getByLabel(/^Catégorie labellisée/).selectOption({ label: 'Incubateur' });
  await admin.page.getByLabel(/^Description/).fill('Le label des incubateurs qui accompagnent l’innovation sociale.');
  await tick(admin.page.getByLabel(/^Appel permanent/));
  response = await submit(admin.page, 'Créer l’appel en brouillon');
  assert.equal(response.status(), 303);
  await admin.page.waitForURL(/\/admin\/appels\/\d+$/);
  const callAdminPath = pathOf(admin.page);
  const callId = callAdminPath.split('/').pop();
  await accessibility.check(admin.page, `${callAdminPath} (créé)`);

  await admin.page.getByLabel(/^Ajouter un instructeur/).fill(instructeur.email);
  response = await submit(admin.page, 'Ajouter à l’équipe');
  assert.equal(response.status(), 303);
  await admin.page.waitForLoadState();
  assert.ok((await admin.page.locator('main').textContent()).includes(instructeur.name), 'l’instructrice est dans l’équipe');

  await visit(accessibility, admin.page, `${callAdminPath}/formulaire`);
  await admin.page.getByLabel(/^Titre de la nouvelle partie/).fill('Votre accompagnement');
  response = await submit(admin.page, 'Ajouter la partie');
  assert.equal(response.status(), 303);
  await admin.page.waitForLoadState();
  for (const question of [
    { label: 'Présentez votre accompagnement', kind: 'Texte long', required: true },
    { label: 'Statuts de la structure', kind: 'Pièce jointe', required: true },
  ]) {
    await admin.page.getByLabel(/^Libellé de la question/).fill(question.label);
    await admin.page.getByLabel('Type de réponse').selectOption({ label: question.kind });
    if (question.required)
      await tick(admin.page.getByLabel('Réponse obligatoire pour déposer le dossier'));
    response = await submit(admin.page, 'Ajouter la question');
    assert.equal(response.status(), 303, `la question « ${question.label} » est ajoutée`);
    await admin.page.waitForLoadState();
  }
  await accessibility.check(admin.page, `${callAdminPath}/formulaire (deux questions)`);

  await visit(accessibility, admin.page, `${callAdminPath}/grille`);
  for (const criterion of [{ title: 'Utilité sociale', weight: '2' }, { title: 'Solidité du modèle', weight: '1' }]) {
    await admin.page.getByLabel(/^Titre du critère/).fill(criterion.title);
    await admin.page.getByLabel(/^Poids/).fill(criterion.weight);
    for (let level = 0; level <= 5; ++level)
      await admin.page.getByLabel(new RegExp(`^Note ${level}`)).fill(`Niveau ${level} pour ${criterion.title}`);
    response = await submit(admin.page, 'Ajouter le critère');
    assert.equal(response.status(), 303, `le critère « ${criterion.title} » est ajouté`);
    await admin.page.waitForLoadState();
  }
  await accessibility.check(admin.page, `${callAdminPath}/grille (deux critères)`);

  await visit(accessibility, admin.page, callAdminPath);
  response = await submit(admin.page, 'Publier l’appel');
  assert.equal(response.status(), 303);

  // ---- the member applies, first depositing without the required answers -----------------
  await visit(accessibility, member.page, '/appels');
  await member.page.getByRole('link', { name: callTitle }).click();
  await member.page.waitForURL(`**/appels/${callId}`);
  await accessibility.check(member.page, `/appels/${callId}`);
  await member.page.getByRole('link', { name: 'Déposer un dossier' }).click();
  await member.page.waitForURL(`**/appels/${callId}/candidater`);
  await accessibility.check(member.page, `/appels/${callId}/candidater`);
  await member.page.getByLabel(/^Organisation candidate/).selectOption({ label: organisationName });
  response = await submit(member.page, 'Commencer le dossier');
  assert.equal(response.status(), 303);
  await member.page.waitForURL(/\/dossiers\/\d+\/modifier$/);
  const dossierPath = pathOf(member.page).replace(/\/modifier$/, '');
  await accessibility.check(member.page, `${dossierPath}/modifier`);

  response = await submit(member.page, 'Déposer le dossier');
  assert.equal(response.status(), 303);
  await member.page.waitForURL(`**${dossierPath}/recapitulatif`);
  assert.ok(await member.page.getByRole('link', { name: /ce champ est obligatoire/ }).count() > 0,
    'le récapitulatif dit ce qui manque : un dossier incomplet n’est pas déposé');
  await accessibility.check(member.page, `${dossierPath}/recapitulatif (incomplet)`);
  await member.page.getByRole('link', { name: 'Compléter le dossier' }).click();
  await member.page.waitForURL(`**${dossierPath}/modifier`);

  await member.page.getByLabel(/^Présentez votre accompagnement/).fill('Nous accompagnons douze projets par an.');
  await member.page.getByLabel(/^Statuts de la structure/).setInputFiles(
    { name: 'statuts.pdf', mimeType: 'application/pdf', buffer: statutesPdf });
  response = await deposit(member.page);
  assert.equal(response.status(), 303, 'le dossier complet est déposé');
  await member.page.waitForURL(`**${dossierPath}`);
  await accessibility.check(member.page, `${dossierPath} (déposé)`);
  assert.ok((await member.page.locator('main').textContent()).includes('Déposé'));
  assert.ok(await member.page.getByRole('link', { name: /statuts\.pdf/ }).count() > 0, 'la pièce jointe est listée');

  // ---- the instructeur takes the dossier and asks for completions -------------------------
  await visit(accessibility, instructeur.page, '/instruction');
  assert.equal(await instructeur.page.getByRole('link', { name: new RegExp(organisationName) }).count() > 0
    || (await instructeur.page.locator('main').textContent()).includes(organisationName), true,
  'le dossier est dans la liste d’instruction');
  await visit(accessibility, instructeur.page, dossierPath);
  response = await submit(instructeur.page, 'Passer à « En instruction »');
  assert.equal(response.status(), 303);
  await instructeur.page.getByLabel(/^Motif/).first().fill('Précisez le nombre de projets accompagnés en 2026.');
  response = await submit(instructeur.page, 'Passer à « Compléments demandés »');
  assert.equal(response.status(), 303);
  await accessibility.check(instructeur.page, `${dossierPath} (compléments demandés)`);

  const completionsMail = await readMailMatching(platform.server.varDir, member.email, /Précisez le nombre de projets/);
  assert.ok(findLink(completionsMail.body, dossierPath));

  await visit(accessibility, member.page, `${dossierPath}/modifier`);
  await member.page.getByLabel(/^Présentez votre accompagnement/).fill(
    'Nous accompagnons douze projets par an ; quatorze en 2026.');
  response = await deposit(member.page);
  assert.equal(response.status(), 303, 'le dossier complété est déposé de nouveau');

  await visit(accessibility, instructeur.page, dossierPath);
  response = await submit(instructeur.page, 'Passer à « En instruction »');
  assert.equal(response.status(), 303);

  // ---- opinions: two experts asked at once; one declares a conflict and is replaced --------
  await visit(accessibility, instructeur.page, `${dossierPath}/avis`);
  await tick(instructeur.page.getByLabel(new RegExp(expertA.name)));
  await tick(instructeur.page.getByLabel(new RegExp(expertB.name)));
  await instructeur.page.getByLabel(/^Avis attendu le/).fill('2099-01-15');
  response = await submit(instructeur.page, 'Demander les avis');
  assert.equal(response.status(), 303);
  await accessibility.check(instructeur.page, `${dossierPath}/avis (deux avis demandés)`);

  await visit(accessibility, expertB.page, '/avis');
  await expertB.page.getByRole('link', { name: new RegExp(organisationName) }).first().click();
  await expertB.page.waitForURL(/\/avis\/\d+$/);
  await accessibility.check(expertB.page, `${pathOf(expertB.page)} (expert B)`);
  await expertB.page.getByLabel(/^Nature du conflit d’intérêts/).fill('J’ai siégé au conseil d’administration de l’incubateur.');
  response = await submit(expertB.page, 'Déclarer un conflit d’intérêts');
  assert.equal(response.status(), 303);
  response = await expertB.page.goto(dossierPath);
  assert.equal(response.status(), 404, 'l’expert en conflit ne voit plus le dossier');

  await visit(accessibility, instructeur.page, `${dossierPath}/avis`);
  assert.match(await instructeur.page.locator('main').textContent(), /conflit/i);
  await tick(instructeur.page.getByLabel(new RegExp(expertC.name)));
  await instructeur.page.getByLabel(/^Avis attendu le/).fill('2099-01-15');
  response = await submit(instructeur.page, 'Demander les avis');
  assert.equal(response.status(), 303);

  for (const [expert, scores, recommendation] of [
    [expertA, [4, 3], 'Favorable'],
    [expertC, [5, 4], 'Favorable'],
  ]) {
    await visit(accessibility, expert.page, '/avis');
    await expert.page.getByRole('link', { name: new RegExp(organisationName) }).first().click();
    await expert.page.waitForURL(/\/avis\/\d+$/);
    const opinionPath = pathOf(expert.page);
    await accessibility.check(expert.page, `${opinionPath} (grille)`);
    const groups = expert.page.locator('fieldset').filter({ has: expert.page.locator('h3', { hasText: /\(poids/ }) });
    assert.equal(await groups.count(), 2, 'deux critères à noter');
    for (let index = 0; index < scores.length; ++index)
      await tick(groups.nth(index).getByRole('radio').nth(scores[index]));
    await tick(expert.page.getByLabel(recommendation, { exact: true }));
    await expert.page.getByLabel(/^Commentaire général/).fill(`Avis de ${expert.name} : un accompagnement solide.`);
    response = await submit(expert.page, 'Rendre mon avis');
    assert.equal(response.status(), 303, `${expert.name} rend son avis`);
    await expert.page.waitForLoadState();
    await accessibility.check(expert.page, `${opinionPath} (rendu)`);
  }

  await visit(accessibility, instructeur.page, '/instruction');
  assert.match(await instructeur.page.locator('main').textContent(), /2\s*\/\s*2/, 'la progression des avis');

  // ---- the committee ranks the dossier and labels it --------------------------------------
  await visit(accessibility, admin.page, '/admin/comites/nouveau');
  await admin.page.getByLabel(/^Titre de la séance/).fill('Comité de labellisation de décembre');
  await admin.page.getByLabel(/^Date de la séance/).fill('2026-12-15');
  await admin.page.getByLabel(/^Appel examiné/).selectOption({ label: callTitle });
  await admin.page.getByLabel(/^Membres du comité/).fill(`${admin.email}\n${instructeur.email}`);
  response = await submit(admin.page, 'Créer la séance');
  assert.equal(response.status(), 303);
  await admin.page.waitForURL(/\/comites\/\d+$/);
  const committeePath = pathOf(admin.page);
  await accessibility.check(admin.page, `${committeePath} (créé)`);

  await tick(admin.page.getByLabel(new RegExp(`Dossier n° \\d+ — ${organisationName}`)));
  response = await submit(admin.page, 'Inscrire à l’ordre du jour');
  assert.equal(response.status(), 303);
  await admin.page.waitForLoadState();
  await accessibility.check(admin.page, `${committeePath} (ordre du jour)`);
  const ranking = admin.page.locator('table').filter({ has: admin.page.locator('caption', { hasText: 'Ordre du jour classé' }) });
  // Weighted scores (2 × 4 + 3) / 3 and (2 × 5 + 4) / 3: mean 4,2 with a spread of 1,0 between the experts.
  const rankingText = (await ranking.textContent()).replace(/\s+/g, ' ');
  assert.match(rankingText, /4,2/, `la note moyenne pondérée : ${rankingText}`);
  assert.match(rankingText, /1,0/, `l’écart entre les experts : ${rankingText}`);
  const decisions = (await admin.page.locator('main').textContent()).replace(/\s+/g, ' ');
  for (const expert of [expertA, expertC])
    assert.ok(decisions.includes(`Avis de ${expert.name} : un accompagnement solide.`), `l’avis de ${expert.name} est montré au comité`);
  assert.ok(!decisions.includes(expertB.name), 'l’expert en conflit n’a pas d’avis au comité');

  await admin.page.getByLabel(/^Décision du comité pour le dossier/).selectOption({ label: 'Labellisé' });
  await admin.page.getByLabel(/^Motivation/).fill('Un accompagnement reconnu sur tout le territoire du Forez.');
  response = await submit(admin.page, 'Enregistrer la décision');
  assert.equal(response.status(), 303);
  await admin.page.waitForLoadState();
  await accessibility.check(admin.page, `${committeePath} (décision)`);

  await readMailMatching(platform.server.varDir, member.email, /est désormais : Labellisé/);

  // ---- the label is public: list, verification page, directory facet, profile -------------
  const visitor = await newVisitorPage(platform.browser, platform.server.baseUrl);
  problems.push(visitor.problems);
  await visit(accessibility, visitor.page, '/labels');
  await visitor.page.getByRole('link', { name: organisationName }).first().click();
  await visitor.page.waitForURL(/\/labels\/\d+$/);
  const labelPath = pathOf(visitor.page);
  await accessibility.check(visitor.page, labelPath);
  assert.match(await visitor.page.locator('main').textContent(), /Label en cours de validité/);
  const code = /ESS-\d{4}-[A-Z0-9]{6}/.exec(await visitor.page.locator('main').textContent())?.[0];
  assert.ok(code, 'le code de vérification est affiché');

  await visit(accessibility, visitor.page, `${labelPath}/certificat`);
  assert.ok((await visitor.page.locator('main').textContent()).includes(code), 'le certificat porte le code');

  await visit(accessibility, visitor.page, '/annuaire?labellise=oui');
  assert.equal(await visitor.page.locator('main').getByRole('link', { name: organisationName }).count(), 1,
    'la facette « Labellisé » trouve l’organisation');

  await visit(accessibility, visitor.page, organisationPath);
  assert.equal(await visitor.page.locator('main').getByRole('link', { name: new RegExp('Incubateur') }).count() > 0, true,
    'le profil montre le label');

  accessibility.assertClean();
  assert.deepEqual(problems.flat(), [], 'aucune erreur de script ni ressource manquante');
});
