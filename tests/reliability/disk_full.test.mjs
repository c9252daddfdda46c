// Disk full: the server runs with its SQLite database, its var dir (attachments, mail) and its log
// on a small tmpfs mounted in a mount namespace of its own, and the test fills that tmpfs.
// Writes must then be refused cleanly (507 or 503, a French message as a DSFR page or as
// application/problem+json), never with a 500 or a dropped connection; reads keep answering;
// once the filler is deleted, writes succeed again without a restart; and nothing acknowledged
// before, during or after is lost or corrupted (PRAGMA integrity_check, foreign_key_check).
//
// SQLite only: PostgreSQL keeps its files elsewhere (its disk-full SQLSTATE 53100 is mapped to
// 507 by the same code, tested in tests/db/failure_unit_test.cpp).

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import test from 'node:test';

import {
  backend, Client, demoMember, fillUntilFull, isCleanRefusal, level, organisationFields, removeFile, sleep,
  startServerOnTmpfs, tmpfsUnavailableReason, uniqueEmail,
} from './faults_support.mjs';

const unavailableReason = backend !== 'sqlite'
  ? 'disque plein : SQLite seulement (PostgreSQL garde ses fichiers ailleurs)'
  : await tmpfsUnavailableReason();

const tmpfsMiB = 32;
// Writes tried after the disk filled up before one is refused: SQLite may first reuse the room
// its write-ahead log already holds, which is correct (those writes are durable) but bounded.
const drainAttempts = level === 'long' ? 200 : 60;
const recoverySeconds = 20;

function pdfBytes() {
  const header = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  const trailer = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([header, randomBytes(48 * 1024), trailer]);
}

function describe(response) {
  return response.status === 0
    ? `connexion en échec (${response.error})`
    : `${response.status} ${response.headers.get('content-type')} ${response.body.substring(0, 300)}`;
}

// A write refused because the disk is full: the status, a readable French message in the format
// the client asked for, and never a stack trace or an empty body.
function assertCleanRefusal(response, label, { json = false } = {}) {
  assert.ok(isCleanRefusal(response), `${label} : 507 ou 503 attendu, reçu ${describe(response)}`);
  const type = response.headers.get('content-type') || '';
  if (json) {
    assert.match(type, /^application\/problem\+json/, `${label} : ${type}`);
    const problem = JSON.parse(response.body);
    assert.equal(problem.status, response.status, label);
    assert.match(problem.detail, /stockage|indisponible|espace/i, `${label} : ${problem.detail}`);
  } else {
    assert.match(type, /^text\/html/, `${label} : ${type}`);
    assert.match(response.body, /stockage|indisponible|espace/i, `${label} : ${response.body.substring(0, 300)}`);
    assert.match(response.body, /<html[^>]*lang="fr"/, label);
  }
}

async function sqlite(server, sql) {
  const result = await server.runInside('sqlite3', ['-bail', '-batch', server.databasePath, sql], { timeoutMilliseconds: 30_000 });
  assert.equal(result.code, 0, `sqlite3 ${sql} : ${result.stderr}`);
  return result.stdout.trim();
}

const quote = (text) => `'${text.replace(/'/g, "''")}'`;

test('disque plein : écritures refusées proprement, lectures servies, reprise sans redémarrage, rien de perdu',
  { skip: unavailableReason || false, timeout: 120_000 }, async (t) => {
    const started = Date.now();
    const server = await startServerOnTmpfs({ sizeMiB: tmpfsMiB });
    t.after(() => server.stop());
    const filler = server.hostPath(`${server.mountPoint}/remplissage`);

    const member = new Client(server.baseUrl);
    await member.signIn(demoMember.email, demoMember.password);
    const visitor = new Client(server.baseUrl);
    const dossierId = await sqlite(server, `SELECT d.id FROM dossiers d JOIN users u ON u.id = d.created_by
      WHERE u.email = ${quote(demoMember.email)} AND d.state = 'brouillon' ORDER BY d.id LIMIT 1`);
    assert.match(dossierId, /^\d+$/, 'le membre de démonstration a un dossier en brouillon');
    const annuaire = await visitor.get('/annuaire');
    assert.equal(annuaire.status, 200);
    const publishedProfile = /href="(\/organisations\/\d+)"/.exec(annuaire.body)?.[1];
    assert.ok(publishedProfile, "l'annuaire de démonstration liste au moins une organisation");

    // Everything acknowledged (2xx/3xx) is noted here and checked at the end.
    const acknowledged = { organisations: [], emails: [], pieces: [] };
    const createOrganisation = async (label, options = {}) => {
      const name = `Panne disque ${label} ${randomBytes(3).toString('hex')}`;
      const response = await member.postForm('/organisations/nouvelle', organisationFields(name), options);
      if (response.status === 303)
        acknowledged.organisations.push({ id: /\/organisations\/(\d+)/.exec(response.headers.get('location'))[1], name });
      return response;
    };
    const signUp = async (options = {}) => {
      const email = uniqueEmail('disque');
      const response = await visitor.postForm('/inscription',
        { email, display_name: 'Personne Disque', password: 'une phrase de passe assez longue 42' }, options);
      if (response.status === 303)
        acknowledged.emails.push(email);
      return response;
    };
    const upload = async (options = {}) => {
      const bytes = pdfBytes();
      const response = await member.postFile(`/dossiers/${dossierId}/pieces`, 'fichier', 'budget.pdf', 'application/pdf',
        bytes, { json: true, ...options });
      if (response.status === 201)
        acknowledged.pieces.push({ id: JSON.parse(response.body).pieces[0], bytes });
      return response;
    };

    // Before: every write works.
    assert.equal((await createOrganisation('avant')).status, 303);
    assert.equal((await signUp()).status, 303);
    const firstUpload = await upload();
    assert.equal(firstUpload.status, 201, describe(firstUpload));

    const filled = fillUntilFull(filler);
    t.diagnostic(`tmpfs de ${tmpfsMiB} Mio rempli avec ${(filled / 1048576).toFixed(1)} Mio`);

    // SQLite may still have room in its write-ahead log; writes that succeed then are durable
    // (checked below). The first refusal must come, and none may be a 500 or a reset.
    const counts = {};
    const count = (response) => { counts[response.status] = (counts[response.status] || 0) + 1; };
    let refused = null;
    for (let attempt = 0; attempt < drainAttempts && !refused; ++attempt) {
      fillUntilFull(filler);
      const response = await createOrganisation(`pendant ${attempt}`);
      count(response);
      assert.ok(response.status === 303 || isCleanRefusal(response), `écriture ${attempt} : ${describe(response)}`);
      if (isCleanRefusal(response))
        refused = response;
    }
    assert.ok(refused, `aucune écriture refusée après ${drainAttempts} essais sur un disque plein`);
    assertCleanRefusal(refused, 'création d’organisation (HTML)');
    t.diagnostic(`écritures acceptées avant le premier refus : ${acknowledged.organisations.length - 1}`);

    // Each kind of write, in HTML and as an API client, each on a disk full at that moment
    // (a failed request closes its connection, and SQLite may then free its write-ahead log).
    const writes = [
      ['inscription (HTML)', () => signUp(), {}],
      ['inscription (JSON)', () => signUp({ json: true }), { json: true }],
      ['création d’organisation (JSON)', () => createOrganisation('api', { json: true }), { json: true }],
      ['pièce jointe (JSON)', () => upload(), { json: true }],
      ['pièce jointe (HTML)', () => upload({ json: false }), {}],
    ];
    for (const [label, write, options] of writes) {
      fillUntilFull(filler);
      const response = await write();
      count(response);
      assertCleanRefusal(response, label, options);
    }
    fillUntilFull(filler);

    // Reads go on: pages, a profile, the health probe, a signed-in page.
    const reads = [
      [visitor, '/'], [visitor, '/annuaire'], [visitor, publishedProfile], [visitor, '/healthz'],
      [member, '/compte'], [member, `/organisations/${acknowledged.organisations[0].id}`],
    ];
    for (const [client, pathname] of reads) {
      const response = await client.get(pathname);
      count(response);
      assert.equal(response.status, 200, `lecture ${pathname} pendant le disque plein : ${describe(response)}`);
    }
    assert.ok(server.alive(), 'le serveur tourne toujours');
    t.diagnostic(`réponses pendant le disque plein : ${JSON.stringify(counts)}`);

    // Space comes back: writes work again, same process.
    await removeFile(filler);
    const freedAt = Date.now();
    let recovered = null;
    while (Date.now() - freedAt < recoverySeconds * 1000) {
      const response = await createOrganisation('après');
      assert.ok(response.status === 303 || isCleanRefusal(response), `après libération : ${describe(response)}`);
      if (response.status === 303) {
        recovered = Date.now() - freedAt;
        break;
      }
      await sleep(250);
    }
    assert.ok(recovered !== null, `les écritures ne reprennent pas ${recoverySeconds} s après la libération de l'espace`);
    t.diagnostic(`écritures rétablies ${recovered} ms après la libération de l'espace`);
    assert.equal((await signUp()).status, 303, 'inscription après libération');
    const lastUpload = await upload();
    assert.equal(lastUpload.status, 201, `pièce jointe après libération : ${describe(lastUpload)}`);
    assert.ok(server.alive(), 'aucun redémarrage');

    // Nothing acknowledged is lost; the database is sound.
    assert.equal(await sqlite(server, 'PRAGMA integrity_check'), 'ok');
    assert.equal(await sqlite(server, 'PRAGMA foreign_key_check'), '');
    for (const { id, name } of acknowledged.organisations)
      assert.equal(await sqlite(server, `SELECT name FROM organisations WHERE id = ${Number(id)}`), name, `organisation ${id}`);
    for (const email of acknowledged.emails)
      assert.equal(await sqlite(server, `SELECT count(*) FROM users WHERE email = ${quote(email)}`), '1', email);
    for (const { id, bytes } of acknowledged.pieces) {
      const response = await fetch(`${server.baseUrl}/dossiers/${dossierId}/pieces/${id}`, {
        headers: { cookie: member.cookieHeader() }, signal: AbortSignal.timeout(15_000),
      });
      assert.equal(response.status, 200, `pièce ${id}`);
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(bytes), `contenu de la pièce ${id}`);
    }
    t.diagnostic(`enregistrements vérifiés : ${acknowledged.organisations.length} organisations, `
      + `${acknowledged.emails.length} comptes, ${acknowledged.pieces.length} pièces ; durée ${Date.now() - started} ms`);
  });
