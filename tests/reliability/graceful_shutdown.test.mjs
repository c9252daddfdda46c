// Graceful shutdown: SIGTERM while 200 keep-alive clients keep the server busy. Every request sent
// before the signal gets its whole answer (no reset, no truncated body), a request whose body is
// still coming is waited for and answered, an idle keep-alive connection is closed cleanly, new
// connections are refused from the signal on, and the process exits 0 within its drain timeout.

import assert from 'node:assert/strict';
import net from 'node:net';
import { after, test } from 'node:test';

import { findProfilePath, isLong, sqliteOnly, startClients, startEssaim, testLevel } from './load_support.mjs';

const drainTimeoutSeconds = 10;
const clients = 200;
const loadSeconds = isLong ? 30 : 4;

let server;

after(async () => {
  await server?.stop();
});

function connect(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

// Collects what a raw socket receives until the server closes it: { text, error }.
function collect(socket) {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('error', (error) => resolve({ text, error: error.code || error.message }));
    socket.on('close', () => resolve({ text, error: null }));
  });
}

// A whole HTTP/1.1 answer: status line, headers, and exactly Content-Length bytes of body.
function parseAnswer(text) {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0)
    return null;
  const head = text.substring(0, end);
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1]);
  const body = Buffer.from(text.substring(end + 4), 'utf8');
  return { status, head, complete: body.length === length };
}

test('SIGTERM sous charge : chaque requête envoyée reçoit sa réponse entière, puis le processus sort avec 0',
  { skip: sqliteOnly, timeout: (loadSeconds + drainTimeoutSeconds + 120) * 1000 }, async () => {
    server = await startEssaim({ config: `[http]\ndrain_timeout_seconds = ${drainTimeoutSeconds}\n` });
    const profilePath = await findProfilePath(server.baseUrl);
    const load = startClients(server.baseUrl, ['/annuaire', profilePath, '/healthz'], { clients });

    // A kept-alive connection, idle when the signal comes, after one answered request.
    const idle = await connect(server.port);
    const idleAnswer = collect(idle);
    idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');

    await new Promise((resolve) => setTimeout(resolve, loadSeconds * 1000));
    const answeredBefore = load.answers();
    assert.ok(answeredBefore > clients, `la charge n'a pas démarré (${answeredBefore} réponses)`);

    // A connection that has sent a request's header and half of its body when the signal comes
    // (sent just before it: a body that stalls longer than the read timeout is rightly dropped).
    const body = 'courriel=a%40exemple.fr&mot_de_passe=x&csrf_token=' + 'y'.repeat(200);
    const halfway = Math.floor(body.length / 2);
    const midRequest = await connect(server.port);
    const midAnswer = collect(midRequest);
    midRequest.write(`POST /connexion HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.substring(0, halfway)}`);
    // Time for the server to accept it and read its header.
    await new Promise((resolve) => setTimeout(resolve, 200));

    // The clients stop sending at the signal; what they sent before must all be answered.
    const stopped = load.stop();
    const signalled = performance.now();
    server.child.kill('SIGTERM');

    // While the server drains (the half-sent request keeps it busy), new connections are refused.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refusal = await connect(server.port).then((socket) => { socket.destroy(); return 'accepted'; },
      (error) => error.code);
    const stillDraining = server.child.exitCode === null;

    midRequest.end(body.substring(halfway));
    const result = await stopped;
    let exitTimer;
    const exit = await Promise.race([server.exited,
      new Promise((resolve) => { exitTimer = setTimeout(() => resolve(null), (drainTimeoutSeconds + 15) * 1000); })]);
    // A pending timer would keep the test process alive for its whole delay.
    clearTimeout(exitTimer);
    const exitSeconds = (performance.now() - signalled) / 1000;
    const mid = await midAnswer;
    const idleResult = await idleAnswer;

    console.log(`[arrêt ${testLevel}] ${clients} clients keep-alive ; ${answeredBefore} réponses avant SIGTERM, `
      + `${result.answers - answeredBefore} en cours au signal et servies pendant la vidange ; `
      + `statuts ${JSON.stringify(result.statuses)}, erreurs ${JSON.stringify(result.errors)} ; `
      + `sortie ${JSON.stringify(exit)} en ${exitSeconds.toFixed(2)} s ; nouvelle connexion : ${refusal}`);

    assert.deepEqual(result.errors, {}, `des clients ont vu une erreur :\n${server.output()}`);
    assert.deepEqual(Object.keys(result.statuses), ['200'], 'toutes les réponses sont des 200');
    assert.ok(stillDraining, 'le serveur devait encore attendre la requête à moitié envoyée');
    assert.equal(refusal, 'ECONNREFUSED', 'une nouvelle connexion pendant la vidange doit être refusée');

    const answer = parseAnswer(mid.text);
    assert.equal(mid.error, null, `requête à moitié envoyée : ${mid.error}`);
    assert.ok(answer && answer.complete, `requête à moitié envoyée : réponse incomplète\n${mid.text}`);
    assert.ok(answer.status >= 200 && answer.status < 500, `requête à moitié envoyée : ${answer.status}`);
    assert.match(answer.head, /\r\nconnection: close/i, 'pendant la vidange, la réponse ferme la connexion');

    const idleFirst = parseAnswer(idleResult.text);
    assert.equal(idleResult.error, null, `connexion inactive : ${idleResult.error}`);
    assert.ok(idleFirst && idleFirst.complete && idleFirst.status === 200, `connexion inactive :\n${idleResult.text}`);

    assert.deepEqual(exit, { code: 0, signal: null }, `le processus doit sortir avec 0 :\n${server.output()}`);
    assert.ok(exitSeconds < drainTimeoutSeconds + 2, `sortie en ${exitSeconds} s`);
    const afterExit = await connect(server.port).then((socket) => { socket.destroy(); return 'accepted'; },
      (error) => error.code);
    assert.equal(afterExit, 'ECONNREFUSED');
  });
