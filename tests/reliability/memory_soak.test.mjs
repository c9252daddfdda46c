// Memory: a steady load at about half of the measured capacity on a mix of public pages. The
// server's resident memory (VmRSS) at the end must be within 10 % of its value after the warm-up:
// a leak per request, or a cache without bound, would show as growth. About a minute in the short
// version (10 s of warm-up, 40 s of soak), 10 minutes after a 1-minute warm-up in the long one.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import {
  findProfilePath, get, isLong, residentKilobytes, sqliteOnly, startClients, startEssaim, testLevel,
} from './load_support.mjs';

const warmUpSeconds = isLong ? 60 : 10;
const soakSeconds = isLong ? 600 : 40;
const measureSeconds = 4;
const clients = 16;
const tolerance = 0.10;

let server;

after(async () => {
  await server?.stop();
});

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

test('la mémoire résidente reste stable sous une charge soutenue', {
  skip: sqliteOnly, timeout: (warmUpSeconds + soakSeconds + measureSeconds + 180) * 1000,
}, async () => {
  server = await startEssaim();
  const profilePath = await findProfilePath(server.baseUrl);
  const paths = ['/', '/annuaire', profilePath, '/annuaire?q=innovation', '/api/v1/organisations', '/healthz'];
  for (const path of paths)
    assert.equal((await get(`${server.baseUrl}${path}`)).status, 200, path);

  // Capacity: as many answers per second as the clients get without pausing.
  const saturating = startClients(server.baseUrl, paths, { clients });
  await sleep(measureSeconds);
  const capacity = (await saturating.stop()).answers / measureSeconds;
  // Each client then starts a request every interval, for half of that rate in all.
  const targetRate = capacity / 2;
  const intervalMilliseconds = (clients / targetRate) * 1000;

  const load = startClients(server.baseUrl, paths, { clients, intervalMilliseconds });
  let result;
  let warm;
  let end;
  try {
    await sleep(warmUpSeconds);
    warm = await residentKilobytes(server.pid);
    const answersAtWarm = load.answers();
    await sleep(soakSeconds);
    end = await residentKilobytes(server.pid);
    const rate = (load.answers() - answersAtWarm) / soakSeconds;
    result = await load.stop();
    const change = (end - warm) / warm;
    console.log(`[mémoire ${testLevel}] capacité mesurée ${capacity.toFixed(0)} réponses/s ; charge ${rate.toFixed(0)} réponses/s `
      + `pendant ${soakSeconds} s après ${warmUpSeconds} s de chauffe ; RSS après chauffe ${(warm / 1024).toFixed(1)} Mio, `
      + `à la fin ${(end / 1024).toFixed(1)} Mio (${(change * 100).toFixed(1)} %) ; statuts ${JSON.stringify(result.statuses)}, `
      + `erreurs ${JSON.stringify(result.errors)}`);
  } finally {
    result ??= await load.stop();
  }

  assert.deepEqual(result.errors, {}, 'aucune erreur de connexion pendant la charge');
  assert.deepEqual(Object.keys(result.statuses), ['200'], 'que des 200');
  assert.ok(Math.abs(end - warm) / warm <= tolerance,
    `RSS après chauffe ${warm} kB, à la fin ${end} kB : plus de ${tolerance * 100} % d'écart`);
});
