// The whole labelling chain in a browser, each actor in a context of their own: an administrator
// publishes a call with its form and evaluation grid; a member applies for their organisation,
// attaching a file (once without the required answers); the instructeur asks for completions,
// then for two experts' opinions; one expert declares a conflict of interest and is replaced;
// both remaining experts score the grid; the instructeur places the dossier on the next session of
// the committee with a decision button, and the committee labels it through the decision's
// confirmation modal; the label then shows on /labels, on its verification page, in the
// directory's "Labellisé" facet and on the organisation's profile. Every page visited passes axe;
// the committee's screens are checked at desktop (1280 px) and phone (375 px) widths, with their
// modals open. Runs on the backend ESSAIM_TEST_BACKEND names. Set ESSAIM_SCREENSHOTS to a folder
// to keep screenshots of the committee's screens.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
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

const widths = [{ name: 'ordinateur', width: 1280, height: 900 }, { name: 'téléphone', width: 375, height: 800 }];

// Checks the page as it is at each width (axe, headings, nothing wider than the screen) and keeps
// a screenshot of each when ESSAIM_SCREENSHOTS names a folder; the page is left at desktop width.
async function checkAtWidths(accessibility, page, label, name) {
  for (const size of widths) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await accessibility.check(page, `${label} (${size.name})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${label} (${size.name}) : ${overflow} px de trop en largeur`);
    if (process.env.ESSAIM_SCREENSHOTS) {
      await mkdir(process.env.ESSAIM_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(process.env.ESSAIM_SCREENSHOTS, `${name}-${size.width}.png`), fullPage: !label.includes('modale') });
    }
  }
  await page.setViewportSize({ width: widths[0].width, height: widths[0].height });
}

// Clicks the decision button named `buttonName`, which opens its DSFR modal, and waits for it.
async function openDecision(page, buttonName) {
  const button = page.getByRole('button', { name: buttonName, exact: true });
  const modal = page.locator(`dialog#${await button.getAttribute('aria-controls')}`);
  await button.click();
  await modal.and(page.locator('.fr-modal--opened')).waitFor();
  return modal;
}

// Submits the form of the open modal with its button named `buttonName`.
async function confirmIn(page, modal, buttonName) {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'
      && candidate.request().resourceType() === 'document'),
    modal.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  await page.waitForLoadState();
  return response;
}

// YYYY-MM-DD `days` after today, and as the pages write it ("7 janvier 2027").
function dayIn(days) {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre'];
  const day = date.getUTCDate();
  return {
    iso: date.toISOString().slice(0, 10),
    french: `${day === 1 ? '1er' : day} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
  };
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
  const publication = await openDecision(admin.page, 'Publier l’appel');
  await accessibility.check(admin.page, `${callAdminPath} (modale de publication)`);
  response = await confirmIn(admin.page, publication, 'Confirmer la publication');
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
  response = await submit(instructeur.page, 'Commencer l’instruction');
  assert.equal(response.status(), 303);
  const completions = await openDecision(instructeur.page, 'Demander des compléments');
  await checkAtWidths(accessibility, instructeur.page, `${dossierPath} (modale des compléments)`, 'dossier-modale-complements');
  await completions.getByLabel(/^Compléments demandés/).fill('Précisez le nombre de projets accompagnés en 2026.');
  response = await confirmIn(instructeur.page, completions, 'Envoyer la demande');
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
  response = await submit(instructeur.page, 'Commencer l’instruction');
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

  // ---- the instructeur places the dossier on the next session; the committee labels it ----
  const meeting = dayIn(30);
  await visit(accessibility, admin.page, '/admin/comites/nouveau');
  await admin.page.getByLabel(/^Titre de la séance/).fill('Comité de labellisation du mois prochain');
  await admin.page.getByLabel(/^Date de la séance/).fill(meeting.iso);
  await admin.page.getByLabel(/^Appel examiné/).selectOption({ label: callTitle });
  await admin.page.getByLabel(/^Membres du comité/).fill(`${admin.email}\n${instructeur.email}`);
  response = await submit(admin.page, 'Créer la séance');
  assert.equal(response.status(), 303);
  await admin.page.waitForURL(/\/comites\/\d+$/);
  const committeePath = pathOf(admin.page);
  await accessibility.check(admin.page, `${committeePath} (créé)`);

  await visit(accessibility, instructeur.page, dossierPath);
  const text = (await instructeur.page.locator('main').textContent()).replace(/\s+/g, ' ');
  assert.ok(!text.includes('Passer à « Labellisé »'), 'aucun bouton ne labellise sans le comité');
  await checkAtWidths(accessibility, instructeur.page, `${dossierPath} (prêt pour le comité)`, 'dossier-pret-pour-le-comite');
  response = await submit(instructeur.page, `Inscrire au comité du ${meeting.french}`);
  assert.equal(response.status(), 303);
  await instructeur.page.waitForLoadState();
  assert.match(await instructeur.page.locator('main').textContent(), /à l’ordre du jour du comité/);
  await checkAtWidths(accessibility, instructeur.page, `${dossierPath} (à l’ordre du jour)`, 'dossier-a-l-ordre-du-jour');

  await visit(accessibility, admin.page, committeePath);
  assert.ok((await admin.page.locator('main').textContent()).includes(`Dossier n° ${dossierPath.split('/').pop()}`),
    'le dossier inscrit est à l’ordre du jour de la séance');
  await checkAtWidths(accessibility, admin.page, `${committeePath} (ordre du jour)`, 'comite-ordre-du-jour');
  const ranking = admin.page.locator('table').filter({ has: admin.page.locator('caption', { hasText: 'Ordre du jour classé' }) });
  // Weighted scores (2 × 4 + 3) / 3 and (2 × 5 + 4) / 3: mean 4,2 with a spread of 1,0 between the experts.
  const rankingText = (await ranking.textContent()).replace(/\s+/g, ' ');
  assert.match(rankingText, /4,2/, `la note moyenne pondérée : ${rankingText}`);
  assert.match(rankingText, /1,0/, `l’écart entre les experts : ${rankingText}`);
  const decisions = (await admin.page.locator('main').textContent()).replace(/\s+/g, ' ');
  for (const expert of [expertA, expertC])
    assert.ok(decisions.includes(`Avis de ${expert.name} : un accompagnement solide.`), `l’avis de ${expert.name} est montré au comité`);
  assert.ok(!decisions.includes(expertB.name), 'l’expert en conflit n’a pas d’avis au comité');

  // A refusal asks its reason in its modal; cancelling leaves the dossier undecided.
  const refusal = await openDecision(admin.page, 'Refuser');
  await refusal.getByLabel(/^Motif du refus/).waitFor();
  await checkAtWidths(accessibility, admin.page, `${committeePath} (modale de refus)`, 'comite-modale-refus');
  await refusal.getByRole('button', { name: 'Annuler' }).click();
  await refusal.and(admin.page.locator('.fr-modal--opened')).waitFor({ state: 'detached' });

  const labelling = await openDecision(admin.page, 'Labelliser');
  assert.equal(await labelling.getByRole('textbox').count(), 0, 'labelliser ne demande pas de motif');
  await checkAtWidths(accessibility, admin.page, `${committeePath} (modale de labellisation)`, 'comite-modale-labellisation');
  response = await confirmIn(admin.page, labelling, 'Confirmer : labelliser');
  assert.equal(response.status(), 303);
  await admin.page.waitForLoadState();
  await checkAtWidths(accessibility, admin.page, `${committeePath} (décision)`, 'comite-decision');

  const labelMail = await readMailMatching(platform.server.varDir, member.email, /est désormais : Labellisé/);
  assert.match(labelMail.body, /Son code de vérification : ESS-\d{4}-[A-Z0-9]{6}/, 'le courriel donne le code');
  assert.match(labelMail.body, /\/labels\/\d+\/certificat/, 'le courriel donne le certificat');

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
  assert.ok(await visitor.page.getByRole('button', { name: 'Imprimer le certificat' }).isVisible(), 'le bouton d’impression a un libellé visible');
  await checkAtWidths(accessibility, visitor.page, `${labelPath}/certificat`, 'certificat');
  // The certificate prints the platform's public address, which is not the test server's port:
  // the link is followed on the test server, by its path.
  const verifyHref = await visitor.page.getByRole('link', { name: new RegExp(`/labels/verifier\\?code=${code}`) }).getAttribute('href');
  const verifyUrl = new URL(verifyHref, platform.server.baseUrl);
  assert.equal(verifyUrl.pathname + verifyUrl.search, `/labels/verifier?code=${code}`, 'le certificat mène à la page de vérification');
  await visitor.page.goto(verifyUrl.pathname + verifyUrl.search);
  await visitor.page.waitForURL(`**${labelPath}`);

  await visit(accessibility, visitor.page, '/annuaire?labellise=oui');
  assert.equal(await visitor.page.locator('main').getByRole('link', { name: organisationName }).count(), 1,
    'la facette « Labellisé » trouve l’organisation');

  await visit(accessibility, visitor.page, organisationPath);
  assert.equal(await visitor.page.locator('main').getByRole('link', { name: new RegExp('Incubateur') }).count() > 0, true,
    'le profil montre le label');

  accessibility.assertClean();
  assert.deepEqual(problems.flat(), [], 'aucune erreur de script ni ressource manquante');
});
