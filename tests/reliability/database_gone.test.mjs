// Database gone: PostgreSQL is stopped under load, then started again. During the outage every
// page that needs the database answers 503 with Retry-After (a DSFR page, or problem+json for an
// API client), never a 500 and never a dropped connection; the server stays up; once PostgreSQL is
// back, answers are 2xx again within seconds, without restarting essaim; and every write that was
// acknowledged is in the database.
//
// PostgreSQL only. The test starts a cluster of its own (scripts/test-postgres.sh) so that
// stopping it disturbs no other test.

import assert from 'node:assert/strict';
import test from 'node:test';

import {
  backend, Client, demoMember, level, organisationFields, run, sleep, startOwnPostgres, startServerOnPostgres,
} from './faults_support.mjs';

const skip = backend !== 'postgres' ? 'base disparue : PostgreSQL seulement (ESSAIM_TEST_BACKEND=postgres)' : false;

const warmUpMilliseconds = 3_000;
const outageMilliseconds = level === 'long' ? 20_000 : 5_000;
const afterMilliseconds = level === 'long' ? 20_000 : 8_000;
const recoveryLimitMilliseconds = 5_000;
const maxRequestsPerLoop = 5_000;

// One client loop: requests one after another until `until()` says stop, recording each answer
// with the time it was sent and received.
async function loop(client, next, until, records) {
  for (let index = 0; index < maxRequestsPerLoop && !until(); ++index) {
    const { label, send } = next(index);
    const sentAt = Date.now();
    const response = await send();
    records.push({
      label, sentAt, receivedAt: Date.now(), status: response.status, error: response.error,
      retryAfter: response.headers?.get('retry-after') ?? null,
      type: response.headers?.get('content-type') ?? '',
      location: response.headers?.get('location') ?? null,
      body: response.status >= 500 ? response.body : undefined,
      write: label.startsWith('POST'),
      json: label.endsWith('(JSON)'),
    });
    await sleep(10);
  }
}

// A 2xx, or the 303 that follows a successful write (to the new record, not to the sign-in page).
function succeeded(record) {
  if (record.status >= 200 && record.status < 300)
    return true;
  return record.status === 303 && record.location !== null && !record.location.startsWith('/connexion');
}

test('base disparue : 503 propres pendant la panne, reprise seule au retour de PostgreSQL', { skip, timeout: 150_000 },
  async (t) => {
    const setUpStartedAt = Date.now();
    const postgres = await startOwnPostgres();
    t.after(() => postgres.destroy());
    const clusterReadyAt = Date.now();
    const server = await startServerOnPostgres(postgres.conninfo);
    t.after(() => server.stop());
    t.diagnostic(`mise en place : grappe PostgreSQL ${clusterReadyAt - setUpStartedAt} ms, `
      + `essaim (seed-demo, serve) ${Date.now() - clusterReadyAt} ms`);

    const visitor = new Client(server.baseUrl);
    const annuaire = await visitor.get('/annuaire');
    assert.equal(annuaire.status, 200);
    const profile = /href="(\/organisations\/\d+)"/.exec(annuaire.body)?.[1];
    assert.ok(profile, "l'annuaire de démonstration liste au moins une organisation");

    const readers = [new Client(server.baseUrl), new Client(server.baseUrl)];
    const writers = [new Client(server.baseUrl), new Client(server.baseUrl)];
    for (const writer of writers)
      await writer.signIn(demoMember.email, demoMember.password);

    let stopping = false;
    const until = () => stopping;
    const records = [];
    const readPaths = ['/', '/annuaire', profile, '/annuaire?q=ruche'];
    const loops = [
      ...readers.map((client, which) => loop(client, (index) => {
        const pathname = readPaths[(index + which) % readPaths.length];
        const json = index % 5 === 4;
        return { label: `GET ${pathname}${json ? ' (JSON)' : ''}`, send: () => client.get(pathname, { json }) };
      }, until, records)),
      ...writers.map((client, which) => loop(client, (index) => {
        if (index % 3 === 2)
          return { label: 'GET /compte', send: () => client.get('/compte') };
        const json = (index + which) % 4 === 3;
        return {
          label: `POST /organisations/nouvelle${json ? ' (JSON)' : ''}`,
          send: () => client.postForm('/organisations/nouvelle', organisationFields(`Panne base ${which}-${index}`), { json }),
        };
      }, until, records)),
    ];

    let stoppedAt;
    let startingAt;
    let restartedAt;
    let probes;
    try {
      await sleep(warmUpMilliseconds);
      const stopRequestedAt = Date.now();
      await postgres.stop('fast');
      stoppedAt = Date.now();
      t.diagnostic(`PostgreSQL arrêté en ${stoppedAt - stopRequestedAt} ms`);
      await sleep(outageMilliseconds / 2);
      // Liveness stays up (it touches nothing), readiness says the database is gone.
      probes = { healthz: (await visitor.get('/healthz')).status, readyz: (await visitor.get('/readyz')).status };
      await sleep(outageMilliseconds / 2);
      startingAt = Date.now();
      await postgres.start();
      restartedAt = Date.now();
      t.diagnostic(`PostgreSQL redémarré en ${restartedAt - startingAt} ms`);
      await sleep(afterMilliseconds);
    } finally {
      stopping = true;
      await Promise.all(loops);
    }

    assert.ok(server.alive(), 'essaim tourne toujours');
    assert.deepEqual(probes, { healthz: 200, readyz: 503 }, 'sondes pendant la panne');

    const summary = (list) => list.reduce((counts, record) => {
      counts[record.status] = (counts[record.status] || 0) + 1;
      return counts;
    }, {});
    const before = records.filter((record) => record.receivedAt < stoppedAt - 2_000);
    const outage = records.filter((record) => record.sentAt >= stoppedAt && record.receivedAt <= startingAt);
    const after = records.filter((record) => record.sentAt >= restartedAt);
    t.diagnostic(`réponses : ${records.length} en tout ; avant ${JSON.stringify(summary(before))} ; `
      + `pendant la panne ${JSON.stringify(summary(outage))} ; après ${JSON.stringify(summary(after))}`);

    // Never a 500, never a dropped connection, whatever the phase.
    const broken = records.filter((record) => record.status === 0 || (record.status >= 500 && record.status !== 503));
    assert.deepEqual(broken.slice(0, 5), [], `${broken.length} réponses en erreur (500 ou connexion perdue)`);

    assert.ok(before.length > 0 && before.every(succeeded),
      `avant la panne tout réussit : ${JSON.stringify(summary(before))}`);

    // During the outage: every write and every page that reads the database is a clean 503.
    assert.ok(outage.length >= 8, `trop peu de requêtes pendant la panne (${outage.length})`);
    // The home page needs no database and may keep answering 200; every other page must be a 503.
    const needsNoDatabase = (record) => /^GET \/( \(JSON\))?$/.test(record.label) && record.status === 200;
    for (const record of outage.filter((one) => !needsNoDatabase(one))) {
      assert.equal(record.status, 503, `${record.label} pendant la panne : ${record.status} ${record.location || ''}`);
      assert.match(record.retryAfter || '', /^\d+$/, `${record.label} : Retry-After`);
      if (record.json)
        assert.match(record.type, /^application\/problem\+json/, record.label);
      else
        assert.match(record.type, /^text\/html/, record.label);
    }
    assert.ok(outage.some((record) => record.write), 'des écritures ont été tentées pendant la panne');
    const outageBody = records.find((record) => record.status === 503 && !record.json)?.body || '';
    assert.match(outageBody, /momentanément indisponible/, 'message en français');

    // After: answers succeed again on their own, quickly, and stay so.
    const firstFailure = [...after].reverse().find((record) => !succeeded(record));
    const recoveredAt = firstFailure ? firstFailure.receivedAt : restartedAt;
    const recoveryMilliseconds = recoveredAt - restartedAt;
    t.diagnostic(`reprise ${recoveryMilliseconds} ms après le redémarrage de PostgreSQL `
      + `(${after.filter((record) => !succeeded(record)).length} échecs après le redémarrage)`);
    assert.ok(recoveryMilliseconds <= recoveryLimitMilliseconds,
      `reprise en ${recoveryMilliseconds} ms, au-delà de ${recoveryLimitMilliseconds} ms`);
    assert.ok(after.filter((record) => record.sentAt > recoveredAt && succeeded(record)).length >= 8,
      'des réponses réussies après la reprise');

    // Every acknowledged write is there.
    const ids = records.filter((record) => record.write && record.status === 303 && succeeded(record))
      .map((record) => Number(/\/organisations\/(\d+)/.exec(record.location)[1]));
    assert.ok(ids.length > 0, 'des écritures acquittées');
    const found = await run('psql', ['--no-psqlrc', '-At', '-d', postgres.conninfo, '-c',
      `SELECT count(*) FROM organisations WHERE id IN (${ids.join(',')})`]);
    assert.equal(found.code, 0, found.stderr);
    assert.equal(Number(found.stdout.trim()), ids.length, 'toutes les organisations acquittées sont en base');
  });
