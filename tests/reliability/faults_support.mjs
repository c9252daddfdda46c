// Helpers of the fault tests (full disk, database gone): the real `essaim` binary started in a
// mount namespace of its own on a small tmpfs, a throwaway PostgreSQL cluster the test may stop
// and restart, and a minimal HTTP client (cookies, CSRF token, timing) over Node's fetch.

import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {
  backend, CookieJar, essaimBinary, repositoryRoot, runProgram, serverEnvironment, sleep, spawnServer, stopChild,
  testLevel, waitForAddress,
} from './process_support.mjs';

export { backend, essaimBinary, repositoryRoot, sleep };

//! `short` (CI) or `long` (before a release).
export const level = testLevel;

const startTimeoutMilliseconds = 60_000;

//! Runs a program to completion; resolves with { code, stdout, stderr } (never rejects on a
//! failing exit code, so callers decide), bounded by `timeoutMilliseconds`.
export function run(program, args, { env = process.env, input = '', timeoutMilliseconds = 60_000 } = {}) {
  return runProgram(program, args, { env, input, timeoutMilliseconds });
}

// Waits for the listening line of a spawned server; resolves { baseUrl, stop() } where stop()
// ends it (SIGTERM, then SIGKILL) and then runs `cleanUp` (its folders). A server that never
// listens is stopped the same way; the error then carries what `failureDetails()` adds (a log).
async function awaitServer(server, cleanUp, failureDetails = async () => '') {
  async function stop() {
    try {
      return await stopChild(server.child, server.exited);
    } finally {
      await cleanUp();
    }
  }
  try {
    const { baseUrl } = await waitForAddress(server, startTimeoutMilliseconds);
    return { baseUrl, stop };
  } catch (error) {
    const details = await failureDetails();
    await stop();
    if (details)
      error.message += `\n${details}`;
    throw error;
  }
}

//! Whether this process may create a mount namespace and mount a tmpfs in it (root, and a kernel
//! or container that allows it). Returns null when it may, or the reason it may not.
export async function tmpfsUnavailableReason() {
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    return 'il faut être root pour monter un tmpfs dans un espace de noms (unshare -m)';
  const probe = await mkdtemp(path.join(os.tmpdir(), 'essaim-faults-probe-'));
  try {
    const result = await run('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c',
      'mount -t tmpfs -o size=1m essaim-probe "$1" && umount "$1"', 'sh', probe], { timeoutMilliseconds: 10_000 });
    if (result.code !== 0)
      return `unshare -m ou mount tmpfs refusé ici : ${(result.stderr || '').trim() || `code ${result.code}`}`;
    return null;
  } catch (error) {
    return `unshare introuvable : ${error.message}`;
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

//! Starts `essaim seed-demo` then `essaim serve` inside a new mount namespace, with the SQLite
//! database, the var dir (uploads, mail) and the server's log (its standard error) on a tmpfs of
//! `sizeMiB` mounted there. The host never sees that tmpfs; the test reaches its files through
//! /proc/PID/root (or runInside). Returns { baseUrl, pid, mountPoint, databasePath, logPath, hostPath(),
//! runInside(program, args), alive(), stop() }.
export async function startServerOnTmpfs({ sizeMiB = 32, logLevel = 'info' } = {}) {
  const mountPoint = await mkdtemp(path.join(os.tmpdir(), 'essaim-faults-'));
  const databasePath = path.join(mountPoint, 'essaim.db');
  const logPath = path.join(mountPoint, 'server.log');
  const environment = serverEnvironment({ databaseUrl: `sqlite:${databasePath}`, varDir: path.join(mountPoint, 'var'), logLevel });
  // `exec` makes essaim take the shell's process id, so /proc/PID/root is its view of the files.
  const script = 'set -e; mount -t tmpfs -o "size=$3m,mode=0755" essaim-faults "$1"; mkdir -p "$1/var";'
    + ' "$2" seed-demo 2>>"$1/server.log" >/dev/null; exec "$2" serve 2>>"$1/server.log"';
  const server = spawnServer('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c', script, 'sh',
    mountPoint, essaimBinary(), String(sizeMiB)], { env: environment });
  const { child, exited, output } = server;
  const hostPath = (inside) => `/proc/${child.pid}/root${inside}`;

  // The tmpfs vanished with the namespace; only the empty mount point is left on the host.
  const { baseUrl, stop } = await awaitServer(server, () => rm(mountPoint, { recursive: true, force: true }),
    () => readFile(hostPath(logPath), 'utf8').catch(() => ''));
  return {
    baseUrl,
    pid: child.pid,
    mountPoint,
    databasePath,
    logPath,
    hostPath,
    // SQLite resolves the /proc/PID/root link to the host's /, so its CLI runs inside the namespace.
    runInside: (program, args, options) => run('nsenter', ['-m', '-t', String(child.pid), '--', program, ...args], options),
    alive: () => child.exitCode === null && child.signalCode === null,
    exited,
    stop,
    output,
  };
}

//! Fills the file system holding `file` (a host path) until it refuses: large writes first, then
//! page-sized ones, so no partial page is left. Appends, so calling it again takes back whatever
//! the server freed meanwhile (SQLite deletes its write-ahead log when its last connection closes).
//! Returns the bytes written.
export function fillUntilFull(file) {
  const descriptor = openSync(file, 'a');
  let written = 0;
  try {
    for (const size of [1024 * 1024, 4096, 512]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        let count;
        try {
          count = writeSync(descriptor, chunk);
        } catch (error) {
          if (error.code === 'ENOSPC')
            break;
          throw error;
        }
        written += count;
        if (count < size)
          break;
      }
    }
  } finally {
    closeSync(descriptor);
  }
  return written;
}

export async function removeFile(file) {
  await unlink(file).catch((error) => { if (error.code !== 'ENOENT') throw error; });
}

//! A throwaway PostgreSQL 15 cluster of this test alone (scripts/test-postgres.sh), which the test
//! may stop and start again on the same data directory and socket. Returns { dir, conninfo,
//! stop(mode), start(), destroy() }.
export async function startOwnPostgres() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'essaim-faults-pg-'));
  const script = path.join(repositoryRoot, 'scripts', 'test-postgres.sh');
  const started = await run(script, ['start', dir], { timeoutMilliseconds: 60_000 });
  if (started.code !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`scripts/test-postgres.sh start a échoué :\n${started.stdout}${started.stderr}`);
  }
  const conninfo = (await readFile(path.join(dir, 'conninfo'), 'utf8')).trim();
  const pgbin = process.env.PGBIN || '/usr/lib/postgresql/15/bin';
  const asOwner = (args) => (process.getuid() === 0
    ? run('runuser', ['-u', 'postgres', '--', path.join(pgbin, 'pg_ctl'), ...args])
    : run(path.join(pgbin, 'pg_ctl'), args));
  // The same options as scripts/test-postgres.sh, so the restarted server listens where it did.
  const options = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  return {
    dir,
    conninfo,
    async stop(mode = 'fast') {
      const result = await asOwner(['-D', path.join(dir, 'data'), '-m', mode, '-w', 'stop']);
      if (result.code !== 0)
        throw new Error(`pg_ctl stop : ${result.stdout}${result.stderr}`);
    },
    async start() {
      const result = await asOwner(['-D', path.join(dir, 'data'), '-l', path.join(dir, 'log'), '-w', '-o', options, 'start']);
      if (result.code !== 0)
        throw new Error(`pg_ctl start : ${result.stdout}${result.stderr}`);
    },
    async destroy() {
      await run(script, ['stop', dir], { timeoutMilliseconds: 60_000 });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

//! Starts `essaim serve` on a PostgreSQL conninfo, after `essaim seed-demo`. Returns { baseUrl,
//! pid, alive(), stop(), output() }.
export async function startServerOnPostgres(conninfo, { logLevel = 'warn' } = {}) {
  const varDir = await mkdtemp(path.join(os.tmpdir(), 'essaim-faults-var-'));
  const environment = serverEnvironment({ databaseUrl: conninfo, varDir, logLevel });
  const seeded = await run(essaimBinary(), ['seed-demo'], { env: environment, timeoutMilliseconds: 120_000 });
  if (seeded.code !== 0) {
    await rm(varDir, { recursive: true, force: true });
    throw new Error(`essaim seed-demo : ${seeded.stdout}${seeded.stderr}`);
  }
  const server = spawnServer(essaimBinary(), ['serve'], { env: environment });
  const { child, exited, output } = server;
  const { baseUrl, stop } = await awaitServer(server, () => rm(varDir, { recursive: true, force: true }));
  return {
    baseUrl,
    pid: child.pid,
    alive: () => child.exitCode === null && child.signalCode === null,
    exited,
    stop,
    output,
  };
}

//! A visitor with its own cookies and the CSRF token its pages carry (the server ties it to the
//! session, or to the pre-session cookie before sign-in). Every request is bounded in time.
export class Client {
  constructor(baseUrl, { timeoutMilliseconds = 15_000 } = {}) {
    this.baseUrl = baseUrl;
    this.timeoutMilliseconds = timeoutMilliseconds;
    this.csrf = null;
    this.csrfBinding = null;
    this.cookies = new CookieJar();
  }

  //! The cookies the CSRF token is tied to, as they are now.
  binding() {
    return `${this.cookies.get('__Host-session') ?? ''}|${this.cookies.get('__Host-csrf') ?? ''}`;
  }

  //! A token for the present session: the last page's, or a fresh page's once the cookies changed.
  async csrfToken() {
    if (!this.csrf || this.csrfBinding !== this.binding())
      await this.get('/connexion');
    return this.csrf ?? '';
  }

  //! The Cookie header of this visitor, for requests the tests send by hand.
  cookieHeader() {
    return this.cookies.header();
  }

  //! Sends one request; resolves with { status, headers, body, milliseconds } or, when the
  //! connection failed (reset, refused, timeout), with { status: 0, error }.
  async request(pathname, { method = 'GET', headers = {}, body, json = false } = {}) {
    const started = performance.now();
    const allHeaders = { cookie: this.cookies.header(), ...headers };
    if (json)
      allHeaders.accept = 'application/json';
    if (method !== 'GET')
      allHeaders['x-csrf-token'] = await this.csrfToken();
    try {
      const response = await fetch(this.baseUrl + pathname, {
        method, headers: allHeaders, body, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMilliseconds),
      });
      this.cookies.keep(response);
      const text = await response.text();
      const token = /<meta name="csrf-token" content="([^"]+)"/.exec(text);
      if (token) {
        this.csrf = token[1];
        this.csrfBinding = this.binding();
      }
      return { status: response.status, headers: response.headers, body: text, milliseconds: performance.now() - started };
    } catch (error) {
      return { status: 0, error: `${error.message}${error.cause ? ` (${error.cause.code || error.cause.message})` : ''}`,
        milliseconds: performance.now() - started };
    }
  }

  get(pathname, options = {}) {
    return this.request(pathname, { ...options, method: 'GET' });
  }

  //! Posts an urlencoded form (fields: object, or array of [name, value] for repeated names).
  async postForm(pathname, fields, options = {}) {
    const form = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields));
    form.set('csrf_token', await this.csrfToken());
    return this.request(pathname, {
      ...options, method: 'POST', body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.headers || {}) },
    });
  }

  //! Posts one file as multipart/form-data under the field name `field`.
  async postFile(pathname, field, fileName, contentType, bytes, options = {}) {
    const form = new FormData();
    form.set('csrf_token', await this.csrfToken());
    form.set(field, new Blob([bytes], { type: contentType }), fileName);
    return this.request(pathname, { ...options, method: 'POST', body: form });
  }

  async signIn(email, password) {
    const response = await this.postForm('/connexion', { email, password });
    if (response.status !== 303 && response.status !== 302)
      throw new Error(`connexion de ${email} refusée : ${response.status} ${response.error || ''}`);
    return response;
  }
}

// Demo accounts created by `essaim seed-demo` (src/auth/demo_accounts.cpp).
export const demoMember = { email: 'membre@demo.essaim.fr', password: 'ruche-innove-demo-2024' };

//! A unique address per call, so that sign-ups never collide.
export function uniqueEmail(prefix) {
  return `${prefix}.${Date.now()}.${randomBytes(3).toString('hex')}@exemple.fr`;
}

// The Luhn check digit that makes `digits` followed by it a valid SIREN or SIRET.
function luhnCheckDigit(digits) {
  let sum = 0;
  for (let index = 0; index < digits.length; ++index) {
    let value = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      value *= 2;
      if (value > 9)
        value -= 9;
    }
    sum += value;
  }
  return String((10 - (sum % 10)) % 10);
}

//! The fields of a valid new organisation (a unique SIREN each time).
export function organisationFields(name) {
  const body = `8${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  return [
    ['name', name],
    ['siren', body + luhnCheckDigit(body)],
    ['commune_code', '42218'],
    ['actor_types', 'porteur_de_projet'],
    ['description', 'Une organisation créée par un test de pannes.'],
  ];
}

//! Whether an answer is a refusal the fault tests accept for a write (507 or 503, with a body
//! in French: a DSFR page or a problem+json).
export function isCleanRefusal(response) {
  return response.status === 507 || response.status === 503;
}
