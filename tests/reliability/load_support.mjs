// Helpers of the load, slow-client, memory and shutdown tests: the real `essaim serve` on the demo
// data with its process id at hand (for /proc and signals), wrk and slowhttptest runs parsed into
// figures, a probe that times requests beside an attack, and a bounded keep-alive client loop.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import {
  backend, essaimBinary, forceKill, repositoryRoot, runProgram as runBounded, serverEnvironment, sleep, spawnServer,
  stopChild, testLevel, waitForAddress,
} from './process_support.mjs';

export { backend, repositoryRoot, testLevel };

//! Whether this run is the release-length one (make reliability).
export const isLong = testLevel === 'long';

//! These tests measure the HTTP layer and run on SQLite only: the skip reason on another backend.
export const sqliteOnly = backend === 'sqlite'
  ? false
  : 'mesure la couche HTTP : exécuté avec SQLite seulement (ESSAIM_TEST_BACKEND=sqlite)';

const startTimeoutMilliseconds = 120_000;

//! Runs a program to completion; resolves { code, signal, stdout, stderr } whatever its exit code.
//! A run longer than timeoutMilliseconds (10 min by default: wrk runs last) is killed.
export function runProgram(program, args, { env = process.env, timeoutMilliseconds = 600_000 } = {}) {
  return runBounded(program, args, { env, timeoutMilliseconds });
}

//! Starts `essaim serve` on a fresh SQLite database in a temporary folder, filled by `essaim
//! seed-demo` first unless seed is false; `config` is extra TOML ([http] keys) given with --config.
//! Resolves once the server prints its address: { baseUrl, port, pid, child, varDir, exited,
//! output(), stop() }. exited resolves { code, signal }; stop() sends SIGTERM (then SIGKILL after
//! 30 s), waits and removes the folder; it is safe to call twice.
export async function startEssaim({ seed = true, config = '' } = {}) {
  const varDir = await mkdtemp(path.join(os.tmpdir(), 'essaim-load-'));
  // One log line per request would make the log the bottleneck under load: `warn` only.
  const environment = serverEnvironment({ databaseUrl: `sqlite:${path.join(varDir, 'essaim.db')}`, varDir, logLevel: 'warn' });
  const globalArguments = [];
  if (config) {
    const configFile = path.join(varDir, 'essaim.toml');
    await writeFile(configFile, config);
    globalArguments.push('--config', configFile);
  }
  try {
    if (seed) {
      const seeded = await runProgram(essaimBinary(), [...globalArguments, 'seed-demo'],
        { env: environment, timeoutMilliseconds: startTimeoutMilliseconds });
      if (seeded.code !== 0)
        throw new Error(`essaim seed-demo : code ${seeded.code}\n${seeded.stdout}${seeded.stderr}`);
    }
  } catch (error) {
    await rm(varDir, { recursive: true, force: true });
    throw error;
  }

  const server = spawnServer(essaimBinary(), [...globalArguments, 'serve'], { env: environment });
  const { child, exited, output } = server;

  let address;
  try {
    address = await waitForAddress(server, startTimeoutMilliseconds);
  } catch (error) {
    await forceKill(child, exited);
    await rm(varDir, { recursive: true, force: true });
    throw error;
  }

  let stopped = false;
  async function stop() {
    if (stopped)
      return;
    stopped = true;
    await stopChild(child, exited, 30_000);
    await rm(varDir, { recursive: true, force: true });
  }

  return { ...address, pid: child.pid, child, varDir, exited, output, stop };
}

//! One GET over a fresh connection: { status, body, milliseconds }; rejects after timeoutMilliseconds.
export function get(url, { timeoutMilliseconds = 10_000, agent = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({
        status: response.statusCode,
        headers: response.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        milliseconds: performance.now() - started,
      }));
      response.on('error', reject);
    });
    request.setTimeout(timeoutMilliseconds, () => request.destroy(new Error(`pas de réponse en ${timeoutMilliseconds} ms : ${url}`)));
    request.on('error', reject);
  });
}

//! The path of a published organisation's profile, taken from the directory's first page.
export async function findProfilePath(baseUrl) {
  const page = await get(`${baseUrl}/annuaire`);
  if (page.status !== 200)
    throw new Error(`/annuaire a répondu ${page.status}`);
  const match = /href="(\/organisations\/\d+)"/.exec(page.body);
  if (!match)
    throw new Error("aucune fiche d'organisation dans /annuaire : les données de démonstration manquent ?");
  return match[1];
}

//! The resident memory of a process, in kB, from /proc/PID/status.
export async function residentKilobytes(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match)
    throw new Error(`VmRSS absent de /proc/${pid}/status`);
  return Number(match[1]);
}

//! The hard limit on open files of this process's children, as `ulimit -Hn` reports it.
export async function hardDescriptorLimit() {
  const result = await runProgram('bash', ['-c', 'ulimit -Hn']);
  const text = result.stdout.trim();
  return text === 'unlimited' ? Infinity : Number(text);
}

function toMilliseconds(value, unit) {
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit];
  return Number(value) * factor;
}

//! Reads wrk's report: requests, requests/s, latency percentiles (ms), socket errors, non-2xx/3xx.
export function parseWrk(text) {
  const number = (pattern) => {
    const match = pattern.exec(text);
    return match ? Number(match[1]) : null;
  };
  const percentiles = {};
  for (const match of text.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s|m|h)\s*$/gm))
    percentiles[match[1]] = toMilliseconds(match[2], match[3]);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return {
    requests: number(/(\d+) requests in /),
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    latencyMilliseconds: percentiles,
    socketErrors: socket
      ? { connect: Number(socket[1]), read: Number(socket[2]), write: Number(socket[3]), timeout: Number(socket[4]) }
      : { connect: 0, read: 0, write: 0, timeout: 0 },
    // wrk counts answers whose status is 400 or more under this line, and prints it only when non-zero.
    errorStatuses: number(/Non-2xx or 3xx responses: (\d+)/) ?? 0,
  };
}

//! Runs wrk with --latency against url, its open-files limit raised to the hard limit first (1,000
//! connections need more than the usual 1,024 descriptors). Resolves the parsed report and the text.
export async function runWrk(url, { connections, threads = 2, seconds, timeoutSeconds = 10 }) {
  const command = 'ulimit -n "$(ulimit -Hn)" && exec wrk "$@"';
  const args = ['-c', command, 'wrk', '--latency', '-t', String(threads), '-c', String(connections),
    '-d', `${seconds}s`, '--timeout', `${timeoutSeconds}s`, url];
  const result = await runProgram('bash', args, { timeoutMilliseconds: (seconds + 60) * 1000 });
  if (result.code !== 0)
    throw new Error(`wrk : code ${result.code}, signal ${result.signal}\n${result.stdout}${result.stderr}`);
  return { ...parseWrk(result.stdout), text: result.stdout };
}

//! Requests each url in turn every intervalMilliseconds until stop() and records each answer's
//! status and time. stop() resolves { samples, failures, maxMilliseconds }; a failure is a status
//! other than 200, an error, or no answer within timeoutMilliseconds.
export function startProbe(urls, { intervalMilliseconds = 500, timeoutMilliseconds = 5_000 } = {}) {
  const samples = [];
  const failures = [];
  let running = true;
  let index = 0;
  const loop = (async () => {
    while (running) {
      const url = urls[index++ % urls.length];
      const started = performance.now();
      try {
        const answer = await get(url, { timeoutMilliseconds });
        samples.push({ url, status: answer.status, milliseconds: answer.milliseconds, at: Date.now() });
        if (answer.status !== 200)
          failures.push(`${url} : ${answer.status}`);
      } catch (error) {
        samples.push({ url, status: 0, milliseconds: performance.now() - started, at: Date.now() });
        failures.push(`${url} : ${error.message}`);
      }
      const rest = intervalMilliseconds - (performance.now() - started);
      if (rest > 0 && running)
        await sleep(rest);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const maxMilliseconds = samples.reduce((max, sample) => Math.max(max, sample.milliseconds), 0);
      return { samples, failures, maxMilliseconds };
    },
  };
}

//! Keep-alive clients, each on its own connection, requesting paths in turn as fast as the server
//! answers, or each starting a request every intervalMilliseconds at most, until stop(). Counts
//! answers by status and errors by code; a body shorter than its Content-Length counts as an error
//! ('truncated').
export function startClients(baseUrl, paths, { clients, intervalMilliseconds = 0 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients });
  const statuses = new Map();
  const errors = new Map();
  let answers = 0;
  let running = true;
  const note = (map, key) => map.set(key, (map.get(key) || 0) + 1);

  const one = (url) => new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      let length = 0;
      response.on('data', (chunk) => { length += chunk.length; });
      response.on('end', () => {
        const declared = Number(response.headers['content-length']);
        if (!Number.isNaN(declared) && declared !== length)
          note(errors, 'truncated');
        else
          note(statuses, response.statusCode);
        ++answers;
        resolve();
      });
      response.on('aborted', () => { note(errors, 'aborted'); resolve(); });
      response.on('error', (error) => { note(errors, error.code || error.message); resolve(); });
    });
    request.setTimeout(30_000, () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (error) => { note(errors, error.code || error.message); resolve(); });
  });

  const loops = Array.from({ length: clients }, (_, client) => (async () => {
    let turn = client;
    while (running) {
      const started = performance.now();
      await one(`${baseUrl}${paths[turn++ % paths.length]}`);
      const rest = intervalMilliseconds - (performance.now() - started);
      if (rest > 0 && running)
        await sleep(rest);
    }
  })());

  return {
    answers: () => answers,
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return { statuses: Object.fromEntries(statuses), errors: Object.fromEntries(errors), answers };
    },
  };
}

//! Formats a number of milliseconds for the printed figures.
export function formatMilliseconds(value) {
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}
