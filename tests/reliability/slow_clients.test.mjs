// Slow clients: slowhttptest in its slowloris (slow headers), slow POST (slow body) and slow read
// modes, a few hundred connections each. Beside each attack a probe asks for /healthz and a real
// page every 0.5 s; every answer must be a 200 within 1 s, throughout, and slowhttptest's own probe
// must find the service available at every second. Lastly, the connection cap: beyond it a new
// client gets a 503 at once instead of waiting.

import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';

import {
  findProfilePath, formatMilliseconds, get, isLong, runProgram, sqliteOnly, startEssaim, startProbe, testLevel,
} from './load_support.mjs';

const attackSeconds = isLong ? 90 : 20;
const connections = isLong ? 800 : 300;
const probeLimitMilliseconds = 1000;

let server;
let profilePath;

before(async () => {
  if (sqliteOnly)
    return;
  server = await startEssaim();
  profilePath = await findProfilePath(server.baseUrl);
});

after(async () => {
  await server?.stop();
});

// slowhttptest prints its state every second, ending each block with "service available: YES|NO".
function verdicts(text) {
  return [...text.matchAll(/service available:\s+(YES|NO)/g)].map((match) => match[1]);
}

async function attack(name, modeArguments, path) {
  const url = `${server.baseUrl}${path}`;
  const probe = startProbe([`${server.baseUrl}/healthz`, `${server.baseUrl}${profilePath}`]);
  let run;
  let result;
  const started = performance.now();
  try {
    // slowhttptest keeps one descriptor per connection: its limit is raised like wrk's.
    run = await runProgram('bash', ['-c', 'ulimit -n "$(ulimit -Hn)" && exec slowhttptest "$@"', 'slowhttptest',
      ...modeArguments, '-c', String(connections), '-r', '200', '-l', String(attackSeconds), '-p', '3', '-u', url],
    { timeoutMilliseconds: (attackSeconds + 60) * 1000 });
  } finally {
    result = await probe.stop();
  }
  // Its report is coloured with terminal escapes even into a pipe.
  const report = run.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const seen = verdicts(report);
  const most = (label) => Math.max(0, ...[...report.matchAll(new RegExp(`${label}:\\s+(\\d+)`, 'g'))].map((match) => Number(match[1])));
  const connected = most('connected');
  const exitStatus = /Exit status:\s*(.+)/.exec(report)?.[1].trim() ?? '?';
  const elapsedSeconds = (performance.now() - started) / 1000;
  console.log(`[lents ${testLevel}] ${name} : ${connections} connexions demandées, jusqu'à ${connected} ouvertes à la fois, `
    + `fin après ${elapsedSeconds.toFixed(0)} s (${exitStatus}) ; sonde : ${result.samples.length} réponses, max ${formatMilliseconds(result.maxMilliseconds)}, `
    + `échecs ${result.failures.length} ; verdicts slowhttptest : ${seen.filter((v) => v === 'YES').length} oui, `
    + `${seen.filter((v) => v === 'NO').length} non`);

  assert.ok(seen.length > 0, `slowhttptest n'a rien rapporté (code ${run.code}) :\n${report}${run.stderr}`);
  assert.ok(connected >= Math.min(100, connections), `l'attaque n'a pas ouvert ses connexions :\n${report.slice(-3000)}`);
  assert.deepEqual(result.failures, [], `la sonde a échoué pendant ${name}`);
  // One probe every 0.5 s: at least one a second of attack, with room for a slow start.
  assert.ok(result.samples.length >= Math.floor(elapsedSeconds) - 2, `la sonde n'a presque rien mesuré (${result.samples.length})`);
  const slow = result.samples.filter((sample) => sample.milliseconds >= probeLimitMilliseconds);
  assert.deepEqual(slow.map((sample) => `${sample.url} ${formatMilliseconds(sample.milliseconds)}`), [],
    `la sonde a attendu ${probeLimitMilliseconds} ms ou plus pendant ${name}`);
  assert.ok(seen.every((verdict) => verdict === 'YES'), `slowhttptest a trouvé le service indisponible :\n${report.slice(-3000)}`);

  const afterwards = await get(`${server.baseUrl}/healthz`, { timeoutMilliseconds: probeLimitMilliseconds });
  assert.equal(afterwards.status, 200);
  assert.equal(server.child.exitCode, null, `le serveur s'est arrêté :\n${server.output()}`);
}

const timeout = (attackSeconds + 90) * 1000;

test('slowloris : des en-têtes envoyés au compte-gouttes ne privent personne du service', { skip: sqliteOnly, timeout }, async () => {
  // A header line every 5 s: each connection stays under any per-read timeout, only a deadline on the
  // whole header (header_timeout_seconds) ends it.
  await attack('slowloris', ['-H', '-i', '5', '-x', '24'], '/annuaire');
});

test('slow POST : un corps envoyé au compte-gouttes ne prive personne du service', { skip: sqliteOnly, timeout }, async () => {
  await attack('slow POST', ['-B', '-i', '5', '-s', '8192', '-x', '10'], '/connexion');
});

test('slow read : un client qui lit au compte-gouttes ne prive personne du service', { skip: sqliteOnly, timeout }, async () => {
  // A small receive window read 32 bytes every 2 s, the request repeated 3 times on the connection:
  // the answers fill the server's send buffer and its writes wait.
  await attack('slow read', ['-X', '-w', '16', '-y', '64', '-n', '2', '-z', '32', '-k', '3'], '/annuaire');
});

test('au-delà du plafond de connexions, un nouveau client reçoit 503 aussitôt', { skip: sqliteOnly, timeout: 60_000 }, async () => {
  const cap = 20;
  const capped = await startEssaim({ seed: false, config: `[http]\nmax_connections = ${cap}\n` });
  const sockets = [];
  try {
    // Idle connections that send nothing hold their place until the header timeout.
    for (let index = 0; index < cap; ++index) {
      sockets.push(await new Promise((resolve, reject) => {
        const socket = net.connect(capped.port, '127.0.0.1', () => resolve(socket));
        socket.on('error', reject);
      }));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await get(`${capped.baseUrl}/healthz`, { timeoutMilliseconds: 2_000 });
    assert.equal(refused.status, 503, 'au-delà du plafond');
    assert.equal(refused.headers['retry-after'], '5');
    assert.ok(refused.milliseconds < probeLimitMilliseconds, `503 en ${refused.milliseconds} ms`);

    for (const socket of sockets)
      socket.destroy();
    sockets.length = 0;
    // The server sees the closes asynchronously: the next attempts succeed once it has.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; ++attempt) {
      status = (await get(`${capped.baseUrl}/healthz`)).status;
      if (status !== 200)
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(status, 200, 'sous le plafond à nouveau');
  } finally {
    for (const socket of sockets)
      socket.destroy();
    await capped.stop();
  }
});
