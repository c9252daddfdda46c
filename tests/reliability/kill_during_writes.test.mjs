// kill -9 during writes: a few clients create records over HTTP as people do (accounts through
// the sign-up form, organisations, dossier drafts for an open call, attachments uploaded to
// them, now and then one removed again) and note each one only once the server acknowledged it
// (the 303 of the form, then the 200 of the page it leads to). Meanwhile the server is killed
// with SIGKILL at random moments and started again on the same database and var folder: 20
// times (ESSAIM_TEST_LEVEL=short, the default) or 100 (long).
//
// Afterwards, with the server stopped: every acknowledged record is there (and every
// acknowledged removal is gone); the database is sound (SQLite: integrity_check is ok and
// foreign_key_check empty; PostgreSQL: no row names a missing parent, one query per foreign key
// read from the catalogue); every attachment row has its file, whose content hashes to its name;
// no file is orphaned and no temporary file is left.
//
// ESSAIM_TEST_BACKEND=sqlite|postgres (postgres needs ESSAIM_TEST_POSTGRES_DIR), ESSAIM_BINARY.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';

import { backend, createDeployment, FormClient, listStoredFiles, pdfBytes, sha256, testLevel } from './durability_support.mjs';

const settings = testLevel === 'long'
  ? { kills: 100, killPhaseLimitMilliseconds: 20 * 60_000, workers: 3 }
  : { kills: 20, killPhaseLimitMilliseconds: 150_000, workers: 3 };
// Between a start (the server listens) and the next kill: long enough for several requests to be
// in flight, short and random enough to land anywhere in them.
const killDelayMilliseconds = { min: 150, max: 2_000 };
const password = 'Essaim-durable-ruche-2026!';
const callTitle = 'Label Essaim des structures d’accompagnement';

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const randomBetween = (min, max) => min + Math.floor(Math.random() * (max - min + 1));

const sqlString = (text) => `'${String(text).replace(/'/g, "''")}'`;

test(`acknowledged records survive ${settings.kills} kill -9 of the server (${backend})`, {
  timeout: settings.killPhaseLimitMilliseconds + 180_000,
}, async (t) => {
  const began = Date.now();
  // Every client signs up from 127.0.0.1, hundreds of times: under the default limits of sign-ups
  // per network the later ones would be answered 429. Durability is what is tested here; the
  // limits are tested by SignUpFlood.*.
  const deployment = await createDeployment({ config: '[security]\nsign_ups_per_address = 1000000\nsign_ups_per_email = 1000000\n' });
  let server = null;
  let stopping = false;
  t.after(async () => {
    stopping = true;
    if (server)
      await server.kill().catch(() => {});
    await deployment.dispose();
  });

  // ---- set-up: an open call (the demo data), one signed-in member per client ----------------
  await deployment.command(['seed-demo']);
  const calls = await deployment.query(`SELECT id FROM calls WHERE title = ${sqlString(callTitle)} AND state = 'publie'`);
  assert.equal(calls.length, 1, `l’appel de démonstration « ${callTitle} » est publié`);
  const callId = calls[0][0];
  const tag = `${process.pid}${Date.now() % 100000}`;
  const memberEmails = [];
  for (let index = 0; index < settings.workers; ++index) {
    const email = `porteur.durable.${index}.${tag}@exemple.fr`;
    await deployment.command(['create-user', '--email', email, '--name', `Porteur durable ${index}`], `${password}\n`);
    memberEmails.push(email);
  }

  server = await deployment.launch();
  // The clients wait on `ready` while the server is down, then use the new address.
  let current = { baseUrl: server.baseUrl, ready: Promise.resolve() };

  const acknowledged = { accounts: [], organisations: [], dossiers: [], attachments: [], removals: [] };
  const removalAttempted = new Set();
  const unexpected = [];
  let requestFailures = 0;
  let requestsSent = 0;

  // Sends one request of a client on the current server; a network failure (the server was
  // killed under it) waits for the next start and answers null: the record is not acknowledged.
  async function send(client, operation) {
    await current.ready;
    client.baseUrl = current.baseUrl;
    ++requestsSent;
    try {
      return await operation(client);
    } catch (error) {
      ++requestFailures;
      await sleep(20);
      await current.ready;
      return null;
    }
  }

  // A form post followed as a browser does: the 303, then the page it leads to. Answers the
  // Location when both came back as expected, null otherwise.
  async function postRedirectGet(client, what, post, expectedLocation) {
    const answer = await send(client, post);
    if (!answer)
      return null;
    if (answer.status !== 303 || !expectedLocation.test(answer.location ?? '')) {
      unexpected.push(`${what} : ${answer.status} ${answer.location ?? ''} ${answer.text.substring(0, 300).replace(/\s+/g, ' ')}`);
      return null;
    }
    const page = await send(client, (c) => c.get(answer.location));
    if (!page)
      return null;
    if (page.status !== 200) {
      unexpected.push(`${what} (page ${answer.location}) : ${page.status}`);
      return null;
    }
    return { location: answer.location, page };
  }

  async function worker(index) {
    const visitor = new FormClient();
    const member = new FormClient();
    const shared = pdfBytes(3_000 + index);  // the same bytes in several dossiers: one stored file
    let counter = 0;

    // Signs in once: the session lives in the database and its cookie outlives the restarts. The
    // CSRF token changes at sign-in, so a page must come back after it, as a browser reloads one
    // that a restart cut off.
    let signedIn = false;
    for (let attempt = 0; attempt < 20 && !signedIn; ++attempt) {
      if (!member.cookies.has('__Host-session')) {
        const form = await send(member, (c) => c.get('/connexion'));
        if (!form)
          continue;
        signedIn = Boolean(await postRedirectGet(member, 'connexion',
          (c) => c.postForm('/connexion', [['email', memberEmails[index]], ['password', password]]), /^\/compte$/));
      } else {
        signedIn = (await send(member, (c) => c.get('/compte')))?.status === 200;
      }
    }
    assert.ok(signedIn, `le client ${index} est connecté`);

    while (!stopping) {
      const n = ++counter;
      // An account through the sign-up form.
      // The form's page first, again until one came back: without it there is no token to post.
      if (!visitor.csrfToken) {
        await send(visitor, (c) => c.get('/inscription'));
        if (!visitor.csrfToken)
          continue;
      }
      const email = `compte.${tag}.${index}.${n}@exemple.fr`;
      if (await postRedirectGet(visitor, 'inscription', (c) => c.postForm('/inscription',
        [['email', email], ['display_name', `Compte ${index}-${n}`], ['password', password]]), /^\/inscription\/courriel-envoye$/))
        acknowledged.accounts.push(email);
      if (stopping)
        break;

      // An organisation of this member.
      const name = `Ruche durable ${tag} ${index}-${n}`;
      const created = await postRedirectGet(member, 'organisation', (c) => c.postForm('/organisations/nouvelle', [
        ['name', name], ['actor_types', 'incubateur'], ['commune_code', '42218'],
        ['description', 'Une ruche créée pendant que le serveur est tué et relancé.']]), /^\/organisations\/\d+$/);
      if (!created)
        continue;
      const organisationId = created.location.split('/').pop();
      acknowledged.organisations.push({ name, id: organisationId });
      if (stopping)
        break;

      // Its dossier draft for the open call.
      const started = await postRedirectGet(member, 'dossier', (c) => c.postForm(`/appels/${callId}/candidater`,
        [['organisation', organisationId]]), /^\/dossiers\/\d+\/modifier$/);
      if (!started)
        continue;
      const dossierId = started.location.split('/')[2];
      acknowledged.dossiers.push({ id: dossierId, organisationId });

      // Attachments, two rounds; sometimes one of them is removed again.
      for (let round = 0; round < 2 && !stopping; ++round) {
        const files = [];
        const count = randomBetween(1, 2);
        for (let f = 0; f < count; ++f) {
          const bytes = Math.random() < 0.25 ? shared : pdfBytes(randomBetween(2_000, 200_000));
          files.push({ field: 'fichier', name: `piece-${index}-${n}-${round}-${f}.pdf`, bytes, type: 'application/pdf' });
        }
        const uploaded = await postRedirectGet(member, 'pièces',
          (c) => c.postMultipart(`/dossiers/${dossierId}/pieces`, [], files), new RegExp(`^/dossiers/${dossierId}/modifier`));
        if (!uploaded)
          continue;
        const listed = new Map();
        for (const match of uploaded.page.text.matchAll(/<a href="\/dossiers\/(\d+)\/pieces\/(\d+)">([^<]+)<\/a>/g))
          listed.set(match[3], match[2]);
        for (const file of files) {
          assert.ok(listed.has(file.name), `la pièce ${file.name} est listée sur la page du dossier ${dossierId}`);
          acknowledged.attachments.push({ dossierId, id: listed.get(file.name), name: file.name, hash: sha256(file.bytes) });
        }
        if (Math.random() < 0.3) {
          const victim = acknowledged.attachments.filter((a) => a.dossierId === dossierId && !removalAttempted.has(`${dossierId}/${a.name}`))[0];
          if (victim) {
            removalAttempted.add(`${dossierId}/${victim.name}`);
            if (await postRedirectGet(member, 'retrait', (c) => c.postForm(`/dossiers/${dossierId}/pieces/${victim.id}/supprimer`, []),
              new RegExp(`^/dossiers/${dossierId}/modifier`)))
              acknowledged.removals.push(victim);
          }
        }
      }
    }
  }

  const workers = [];
  for (let index = 0; index < settings.workers; ++index)
    workers.push(worker(index));
  // A failing client (an assertion) stops the others and the kills.
  const workersDone = Promise.all(workers).finally(() => { stopping = true; });
  workersDone.catch(() => {});

  // ---- the kills ---------------------------------------------------------------------------
  const killPhaseDeadline = Date.now() + settings.killPhaseLimitMilliseconds;
  const restartTimes = [];
  let kills = 0;
  try {
    while (kills < settings.kills && !stopping && Date.now() < killPhaseDeadline) {
      await sleep(randomBetween(killDelayMilliseconds.min, killDelayMilliseconds.max));
      let markReady;
      current = { baseUrl: current.baseUrl, ready: new Promise((resolve) => { markReady = resolve; }) };
      await server.kill();
      server = null;
      ++kills;
      const restartBegan = Date.now();
      try {
        server = await deployment.launch();
        current.baseUrl = server.baseUrl;
      } finally {
        restartTimes.push(Date.now() - restartBegan);
        markReady();
      }
    }
    // A little more traffic on the last start, then the clients stop and the server with them.
    await sleep(500);
  } finally {
    // Also when a start failed: the clients must not go on against a dead address.
    stopping = true;
  }
  await workersDone;
  await server.stop();
  server = null;
  const loadEnded = Date.now();

  const perKind = Object.fromEntries(Object.entries(acknowledged).map(([kind, list]) => [kind, list.length]));
  t.diagnostic(`${backend} : ${kills} kill -9, ${requestsSent} requêtes dont ${requestFailures} coupées, acquittés ${JSON.stringify(perKind)}, `
    + `redémarrage moyen ${Math.round(restartTimes.reduce((a, b) => a + b, 0) / Math.max(restartTimes.length, 1))} ms, `
    + `${Math.round((loadEnded - began) / 1000)} s`);
  assert.equal(kills, settings.kills, `${settings.kills} kill -9 dans le temps imparti (${kills} faits)`);
  assert.deepEqual(unexpected, [], 'aucune réponse inattendue du serveur');
  for (const kind of ['accounts', 'organisations', 'dossiers', 'attachments'])
    assert.ok(acknowledged[kind].length >= 1, `assez de ${kind} acquittés pour que l’essai dise quelque chose (${acknowledged[kind].length})`);

  // ---- every acknowledged record is there ----------------------------------------------------
  const missing = [];
  const emails = new Set((await deployment.query('SELECT email FROM users')).map(([email]) => email));
  for (const email of acknowledged.accounts)
    if (!emails.has(email))
      missing.push(`compte ${email}`);
  const organisations = new Map((await deployment.query('SELECT id, name FROM organisations')).map(([id, name]) => [id, name]));
  for (const { id, name } of acknowledged.organisations)
    if (organisations.get(id) !== name)
      missing.push(`organisation ${id} « ${name} »`);
  const dossiers = new Map((await deployment.query('SELECT id, organisation_id FROM dossiers')).map(([id, organisation]) => [id, organisation]));
  for (const { id, organisationId } of acknowledged.dossiers)
    if (dossiers.get(id) !== organisationId)
      missing.push(`dossier ${id} (organisation ${organisationId})`);
  const attachmentRows = await deployment.query('SELECT id, dossier_id, file_name, sha256 FROM dossier_attachments');
  // Keyed by dossier and file name (unique in this run): SQLite gives the id of a removed last
  // row to the next one.
  const attachmentKey = (dossierId, name) => `${dossierId}/${name}`;
  const attachments = new Map(attachmentRows.map(([id, dossierId, name, hash]) => [attachmentKey(dossierId, name), { id, hash }]));
  const removed = new Set(acknowledged.removals.map((removal) => attachmentKey(removal.dossierId, removal.name)));
  for (const expected of acknowledged.attachments) {
    const key = attachmentKey(expected.dossierId, expected.name);
    const row = attachments.get(key);
    if (removed.has(key)) {
      if (row)
        missing.push(`pièce ${expected.name} du dossier ${expected.dossierId} retirée (acquitté) mais toujours là`);
    } else if (!removalAttempted.has(key) && (!row || row.hash !== expected.hash)) {
      missing.push(`pièce ${expected.name} du dossier ${expected.dossierId} (${expected.hash})`);
    }
  }
  assert.deepEqual(missing, [], 'tous les enregistrements acquittés sont présents');

  // ---- the database is sound ------------------------------------------------------------------
  if (backend === 'sqlite') {
    assert.deepEqual(await deployment.query('PRAGMA integrity_check'), [['ok']], 'PRAGMA integrity_check');
    assert.deepEqual(await deployment.query('PRAGMA foreign_key_check'), [], 'PRAGMA foreign_key_check');
  } else {
    // One query per foreign key of the schema, read from the catalogue: rows whose (non-null)
    // reference names no parent row. PostgreSQL enforces them itself; this checks it did.
    const keys = await deployment.query(`
      SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
        (SELECT string_agg('c.' || quote_ident(a.attname), ',' ORDER BY k.ord)
           FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
        (SELECT string_agg('p.' || quote_ident(a.attname), ',' ORDER BY k.ord)
           FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
      FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace ORDER BY 1`);
    assert.ok(keys.length > 10, `les clés étrangères du schéma sont lues (${keys.length})`);
    const checks = keys.map(([name, child, parent, childColumns, parentColumns]) =>
      `SELECT ${sqlString(name)}, count(*) FROM ${child} c WHERE ROW(${childColumns}) IS NOT NULL `
      + `AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ROW(${parentColumns}) = ROW(${childColumns}))`);
    const dangling = (await deployment.query(checks.join(' UNION ALL '))).filter(([, count]) => count !== '0');
    assert.deepEqual(dangling, [], 'aucune référence pendante');
  }

  // ---- the attachment files match the rows, no orphan, no temporary file ----------------------
  const root = path.join(deployment.varDir, 'attachments', 'dossiers');
  const { files, others } = await listStoredFiles(root);
  assert.deepEqual(others.map((other) => path.relative(root, other)), [], 'rien d’autre que les fichiers nommés par leur empreinte');
  const temporary = files.filter((file) => file.name.startsWith('.tmp-')).map((file) => path.relative(root, file.path));
  assert.deepEqual(temporary, [], 'aucun fichier temporaire laissé par une interruption');
  const stored = new Set();
  const misnamed = [];
  for (const file of files) {
    if (!/^[0-9a-f]{64}$/.test(file.name) || file.fanOut !== `${file.name.substring(0, 2)}/${file.name.substring(2, 4)}`) {
      misnamed.push(path.relative(root, file.path));
      continue;
    }
    if (sha256(await readFile(file.path)) !== file.name)
      misnamed.push(`${path.relative(root, file.path)} (contenu différent de son empreinte)`);
    stored.add(file.name);
  }
  assert.deepEqual(misnamed, [], 'chaque fichier porte l’empreinte de son contenu');
  const referenced = new Set(attachmentRows.map(([, , , hash]) => hash));
  const withoutFile = attachmentRows.filter(([, , , hash]) => !stored.has(hash)).map(([id, dossierId, , hash]) => `pièce ${id} du dossier ${dossierId} (${hash})`);
  assert.deepEqual(withoutFile, [], 'chaque pièce a son fichier');
  const orphans = [...stored].filter((hash) => !referenced.has(hash));
  assert.deepEqual(orphans, [], 'aucun fichier orphelin');
  t.diagnostic(`${backend} : ${attachmentRows.length} pièces en base, ${stored.size} fichiers, vérifié en ${Math.round((Date.now() - loadEnded) / 1000)} s, `
    + `total ${Math.round((Date.now() - began) / 1000)} s`);
});
