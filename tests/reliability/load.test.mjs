// Load: wrk with 1,000 connections on the directory and on an organisation's profile, for 15 s
// (short) or 60 s (long) each. No socket error and no error status may appear; requests/s and p99
// are printed for the release notes (they depend on the machine and on what else runs on it).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  findProfilePath, formatMilliseconds, get, hardDescriptorLimit, isLong, runWrk, sqliteOnly, startEssaim, testLevel,
} from './load_support.mjs';

const connections = 1000;
const seconds = isLong ? 60 : 15;
// wrk counts an answer slower than this as a timeout error. 1,000 connections queue behind a few
// workers on 2 cores, so an answer may wait a few seconds there without anything being wrong.
const timeoutSeconds = 10;

// Each wrk connection needs a descriptor in wrk and in the server, beside their own files.
const descriptorsNeeded = connections + 200;
const limit = await hardDescriptorLimit();
const skip = sqliteOnly
  || (limit < descriptorsNeeded ? `la limite dure de fichiers ouverts (${limit}) est sous ${descriptorsNeeded}` : false);

let server;

before(async () => {
  if (!skip)
    server = await startEssaim();
});

after(async () => {
  await server?.stop();
});

async function hold(name, path) {
  const url = `${server.baseUrl}${path}`;
  const first = await get(url);
  assert.equal(first.status, 200, `${path} doit répondre 200 avant la charge`);

  const report = await runWrk(url, { connections, threads: 2, seconds, timeoutSeconds });
  const p99 = report.latencyMilliseconds['99'];
  console.log(`[charge ${testLevel}] ${name} (${path}) : ${connections} connexions, ${seconds} s, `
    + `${report.requests} requêtes, ${report.requestsPerSecond} requêtes/s, `
    + `p50 ${formatMilliseconds(report.latencyMilliseconds['50'])}, p99 ${formatMilliseconds(p99)}, `
    + `erreurs de socket ${JSON.stringify(report.socketErrors)}, statuts d'erreur ${report.errorStatuses}`);

  assert.ok(report.requests > 0, `wrk n'a rien mesuré :\n${report.text}`);
  assert.deepEqual(report.socketErrors, { connect: 0, read: 0, write: 0, timeout: 0 },
    `erreurs de socket sous charge :\n${report.text}\n${server.output()}`);
  assert.equal(report.errorStatuses, 0, `réponses en erreur sous charge :\n${report.text}\n${server.output()}`);

  // wrk counts statuses of 400 and more only; the page still answering 200 afterwards rules out a
  // redirection or an error that the load would have left behind.
  const afterwards = await get(url);
  assert.equal(afterwards.status, 200, `${path} doit répondre 200 après la charge`);
  assert.equal(server.child.exitCode, null, `le serveur s'est arrêté :\n${server.output()}`);
}

test('l’annuaire tient 1 000 connexions sans erreur', { skip, timeout: (seconds + 120) * 1000 }, async () => {
  await hold('annuaire', '/annuaire');
});

test('la fiche d’une organisation tient 1 000 connexions sans erreur', { skip, timeout: (seconds + 120) * 1000 }, async () => {
  await hold('fiche', await findProfilePath(server.baseUrl));
});
