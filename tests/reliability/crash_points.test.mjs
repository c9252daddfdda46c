// A crash at the two moments of an upload that a random kill -9 rarely hits: the attachment's
// bytes are synced in a temporary file but not yet renamed, or renamed under their hash but the
// row not yet committed. The server is armed with ESSAIM_CRASH_AT (src/core/crash_point.hpp) and
// kills itself with SIGKILL there, while a member uploads a PDF to the demo draft.
//
// Then: the upload was not acknowledged (the connection broke) and no row names the file; the
// file store holds what the crash left (the temporary file, or the file under its hash). Started
// again, the server's start-up sweep removes it before the first request, and the same upload
// then succeeds with its row and its file.
//
// ESSAIM_TEST_BACKEND=sqlite|postgres (postgres needs ESSAIM_TEST_POSTGRES_DIR), ESSAIM_BINARY.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';

import { backend, createDeployment, FormClient, listStoredFiles, pdfBytes, sha256 } from './durability_support.mjs';

const member = { email: 'membre@demo.essaim.fr', password: 'ruche-innove-demo-2024' };

async function signIn(client) {
  await client.get('/connexion');
  const answer = await client.postForm('/connexion', [['email', member.email], ['password', member.password]]);
  assert.equal(answer.status, 303, `connexion du membre de démonstration : ${answer.status}`);
}

function upload(client, dossierId, bytes) {
  return client.postMultipart(`/dossiers/${dossierId}/pieces`, [],
    [{ field: 'fichier', name: 'budget-previsionnel.pdf', bytes, type: 'application/pdf' }]);
}

const crashes = [
  { point: 'attachment-before-rename', leaves: 'un fichier temporaire' },
  { point: 'attachment-before-commit', leaves: 'le fichier sous son empreinte, sans ligne' },
];

for (const { point, leaves } of crashes) {
  test(`a crash at ${point} leaves nothing after the restart (${backend})`, { timeout: 180_000 }, async (t) => {
    const deployment = await createDeployment();
    let server = null;
    t.after(async () => {
      if (server)
        await server.kill().catch(() => {});
      await deployment.dispose();
    });
    await deployment.command(['seed-demo']);
    const drafts = await deployment.query(`SELECT d.id FROM dossiers d JOIN users u ON u.id = d.created_by
      WHERE u.email = '${member.email}' AND d.state = 'brouillon' ORDER BY d.id`);
    assert.ok(drafts.length >= 1, 'le membre de démonstration a un brouillon');
    const dossierId = drafts[0][0];
    const root = path.join(deployment.varDir, 'attachments', 'dossiers');
    const bytes = pdfBytes(40_000);
    const hash = sha256(bytes);
    const rowsOfHash = async () => (await deployment.query(`SELECT count(*) FROM dossier_attachments WHERE sha256 = '${hash}'`))[0][0];
    const leftovers = async () => (await listStoredFiles(root)).files
      .filter((file) => file.name === hash || file.name.startsWith('.tmp-')).map((file) => file.name);

    // ---- the crash ----------------------------------------------------------------------------
    server = await deployment.launch({ crashAt: point });
    const client = new FormClient();
    client.baseUrl = server.baseUrl;
    await signIn(client);
    assert.equal((await client.get(`/dossiers/${dossierId}/modifier`)).status, 200, 'le brouillon s’ouvre');
    const failed = await upload(client, dossierId, bytes).then((answer) => `réponse ${answer.status}`, () => null);
    assert.equal(failed, null, 'l’envoi n’a reçu aucune réponse : le serveur s’est arrêté pendant la requête');
    const { signal } = await server.exited;
    assert.equal(signal, 'SIGKILL', `le serveur s’est tué au point ${point}`);
    server = null;

    assert.equal(await rowsOfHash(), '0', 'aucune ligne ne nomme le fichier de l’envoi interrompu');
    const left = await leftovers();
    if (point === 'attachment-before-rename')
      assert.ok(left.length === 1 && left[0].startsWith('.tmp-'), `le crash a laissé ${leaves} : ${left.join(', ')}`);
    else
      assert.deepEqual(left, [hash], `le crash a laissé ${leaves}`);

    // ---- the restart ----------------------------------------------------------------------------
    server = await deployment.launch();
    assert.deepEqual(await leftovers(), [], 'le balayage du démarrage a retiré ce que le crash a laissé');
    client.baseUrl = server.baseUrl;
    assert.equal((await client.get(`/dossiers/${dossierId}/modifier`)).status, 200, 'la session a survécu au crash');
    const retried = await upload(client, dossierId, bytes);
    assert.equal(retried.status, 303, `le même envoi réussit ensuite : ${retried.status} ${retried.text.substring(0, 200)}`);
    assert.equal(await rowsOfHash(), '1', 'la pièce est enregistrée une fois');
    assert.deepEqual(await leftovers(), [hash], 'son fichier est là, sous son empreinte, sans fichier temporaire');
    const stored = (await listStoredFiles(root)).files.find((file) => file.name === hash);
    assert.equal(sha256(await readFile(stored.path)), hash, 'le fichier a le contenu envoyé');
    await server.stop();
    server = null;
    if (backend === 'sqlite')
      assert.deepEqual(await deployment.query('PRAGMA integrity_check'), [['ok']], 'la base SQLite est saine');
  });
}
