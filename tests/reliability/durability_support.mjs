// Helpers of the kill -9 durability test: one database and one var folder that outlive the
// server processes started on them (SQLite, or a fresh PostgreSQL database in the throwaway
// cluster of ESSAIM_TEST_POSTGRES_DIR), a server that can be killed with SIGKILL and started
// again on them, a small cookie-keeping HTTP client that posts forms as a browser does, and
// readers for the rows and the attachment files the checks compare.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

//! The repository root: the server resolves templates/, migrations/ and web/ from it.
export const repositoryRoot = path.resolve(here, '..', '..');

//! The backend of this run: ESSAIM_TEST_BACKEND, `sqlite` unless told otherwise.
export const backend = process.env.ESSAIM_TEST_BACKEND || 'sqlite';

//! `short` (what `make test` runs) or `long` (the release-length run).
export const testLevel = process.env.ESSAIM_TEST_LEVEL === 'long' ? 'long' : 'short';

const startTimeoutMilliseconds = 60_000;
const stopTimeoutMilliseconds = 30_000;
const commandTimeoutMilliseconds = 120_000;
const listeningPattern = /Essaim écoute sur (http:\/\/127\.0\.0\.1:\d+)\//;

function essaimBinary() {
  return path.resolve(repositoryRoot, process.env.ESSAIM_BINARY || path.join('build', 'essaim'));
}

function psqlBinary() {
  return process.env.PGBIN ? path.join(process.env.PGBIN, 'psql') : 'psql';
}

//! Runs a program to completion (bounded in time) and resolves with its standard output; rejects
//! with its error output when it fails, so that a failing step says why.
export function run(program, args, { input = '', env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: repositoryRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), commandTimeoutMilliseconds);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0)
        resolve(stdout);
      else
        reject(new Error(`${path.basename(program)} ${args.join(' ')} : code ${code}, signal ${signal}\n${stdout}${stderr}`));
    });
    // A command that does not read its input may exit first: the broken pipe is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

async function createPostgresDatabase() {
  const clusterDir = process.env.ESSAIM_TEST_POSTGRES_DIR;
  if (!clusterDir)
    throw new Error('ESSAIM_TEST_BACKEND=postgres demande ESSAIM_TEST_POSTGRES_DIR (scripts/test-postgres.sh start DIR).');
  const adminConninfo = (await readFile(path.join(clusterDir, 'conninfo'), 'utf8')).trim();
  const name = `essaim_durability_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = (sql) => run(psqlBinary(), ['--no-psqlrc', '--quiet', '-v', 'ON_ERROR_STOP=1', '-d', adminConninfo, '-c', sql]);
  await admin(`CREATE DATABASE ${name}`);
  const conninfo = /\bdbname=\S+/.test(adminConninfo)
    ? adminConninfo.replace(/\bdbname=\S+/, `dbname=${name}`)
    : `${adminConninfo} dbname=${name}`;
  return { conninfo, url: conninfo, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

//! A var folder and a database for a series of server processes. Returns { varDir, backend,
//! environment, sqlitePath, conninfo, command(args, input), launch(), query(sql), dispose() }.
//! launch() starts `essaim serve` and resolves with { baseUrl, kill(), stop() } once it listens;
//! dispose() kills what still runs and removes the folder and the database.
export async function createDeployment() {
  const varDir = await mkdtemp(path.join(os.tmpdir(), 'essaim-durability-'));
  const sqlitePath = path.join(varDir, 'essaim.db');
  let database = { url: `sqlite:${sqlitePath}`, conninfo: null, drop: async () => {} };
  try {
    if (backend === 'postgres')
      database = await createPostgresDatabase();
    else if (backend !== 'sqlite')
      throw new Error(`ESSAIM_TEST_BACKEND inconnu : ${backend} (sqlite ou postgres)`);
  } catch (error) {
    await rm(varDir, { recursive: true, force: true });
    throw error;
  }
  const environment = {
    ...process.env,
    ESSAIM_DATABASE_URL: database.url,
    ESSAIM_VAR_DIR: varDir,
    ESSAIM_LISTEN: '127.0.0.1:0',
    ESSAIM_LOG_LEVEL: 'warn',
  };
  const running = new Set();
  // What the servers wrote on their error output, kept for the failure messages.
  let output = '';

  async function launch() {
    const child = spawn(essaimBinary(), ['serve'], { cwd: repositoryRoot, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { output = (output + chunk).slice(-20_000); });
    child.stdout.setEncoding('utf8');
    const forceExit = async () => {
      child.kill('SIGKILL');
      let timer;
      await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, 5_000); })]);
      clearTimeout(timer);
    };
    const baseUrl = await new Promise((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`essaim n'a pas démarré en ${startTimeoutMilliseconds / 1000} s.\n${stdout}${output}`)),
        startTimeoutMilliseconds);
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const match = listeningPattern.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('error', (error) => { clearTimeout(timer); reject(error); });
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`essaim s'est arrêté au démarrage (code ${code}, signal ${signal}).\n${stdout}${output}`));
      });
    }).catch(async (error) => {
      await forceExit();
      throw error;
    });
    return {
      baseUrl,
      //! SIGKILL, as a crash or the OOM killer: no handler runs, nothing is flushed.
      async kill() {
        child.kill('SIGKILL');
        await exited;
      },
      //! SIGTERM and the wait for a clean exit; SIGKILL and a failure after the delay.
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null)
          return;
        child.kill('SIGTERM');
        let timer;
        const result = await Promise.race([exited,
          new Promise((resolve) => { timer = setTimeout(() => resolve(null), stopTimeoutMilliseconds); })]);
        clearTimeout(timer);
        if (result === null) {
          await forceExit();
          throw new Error(`essaim ne s'est pas arrêté dans les ${stopTimeoutMilliseconds / 1000} s après SIGTERM.`);
        }
      },
    };
  }

  //! One essaim command on this deployment's database and var folder (seed-demo, create-user…).
  function command(args, input = '') {
    return run(essaimBinary(), args, { input, env: environment });
  }

  //! The rows of a query as arrays of strings (tab-separated output of sqlite3 or psql).
  async function query(sql) {
    const text = backend === 'sqlite'
      ? await run('sqlite3', ['-batch', '-noheader', '-separator', '\t', sqlitePath, sql])
      : await run(psqlBinary(), ['--no-psqlrc', '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', database.conninfo, '-c', sql]);
    return text.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
  }

  async function dispose() {
    for (const child of [...running])
      child.kill('SIGKILL');
    await rm(varDir, { recursive: true, force: true });
    await database.drop().catch(() => {});
  }

  return {
    varDir, backend, environment, sqlitePath, conninfo: database.conninfo,
    launch, command, query, dispose, serverOutput: () => output,
  };
}

//! A browser-like client: keeps cookies (the CSRF and session ones), answers the CSRF check with
//! the token the pages carry, never follows redirects by itself (the test follows the PRG 303).
export class FormClient {
  constructor() {
    this.cookies = new Map();
    this.baseUrl = null;
    this.csrfToken = null;
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keepCookies(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.substring(0, separator).trim();
      const value = pair.substring(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired || value === '')
        this.cookies.delete(name);
      else
        this.cookies.set(name, value);
    }
  }

  async request(method, target, { body, headers = {}, timeoutMilliseconds = 30_000 } = {}) {
    const url = new URL(target, this.baseUrl);
    const response = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), accept: 'text/html', ...headers },
      signal: AbortSignal.timeout(timeoutMilliseconds),
    });
    this.keepCookies(response);
    const text = await response.text();
    const token = /name="csrf_token" value="([^"]+)"/.exec(text);
    if (token)
      this.csrfToken = token[1];
    return { status: response.status, location: response.headers.get('location'), text };
  }

  get(target) {
    return this.request('GET', target);
  }

  //! Posts an urlencoded form (fields: [name, value] pairs) with the CSRF token, as the page does.
  postForm(target, fields) {
    const body = new URLSearchParams([['csrf_token', this.csrfToken ?? ''], ...fields]);
    return this.request('POST', target, {
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': this.csrfToken ?? '' },
    });
  }

  //! Posts multipart/form-data: files are { field, name, bytes, type }.
  postMultipart(target, fields, files) {
    const form = new FormData();
    form.append('csrf_token', this.csrfToken ?? '');
    for (const [name, value] of fields)
      form.append(name, value);
    for (const file of files)
      form.append(file.field, new Blob([file.bytes], { type: file.type }), file.name);
    return this.request('POST', target, { body: form, headers: { 'x-csrf-token': this.csrfToken ?? '' } });
  }
}

//! SHA-256 in lower-case hex, as the attachment store names its files.
export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

//! Every entry under the dossiers' file store: { files: [{ path, name, fanOut }], others: [path] }
//! where `fanOut` is the two directory levels above the file ("ab/cd"), and `others` lists what
//! is neither a fan-out directory nor a regular file in one.
export async function listStoredFiles(root) {
  const files = [];
  const others = [];
  const walk = async (directory, depth) => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      if (error.code === 'ENOENT' && depth === 0)
        return;
      throw error;
    }
    for (const entry of entries) {
      const entryPath = path.join(directory, entry.name);
      if (depth < 2 && entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))
        await walk(entryPath, depth + 1);
      else if (depth === 2 && entry.isFile())
        files.push({ path: entryPath, name: entry.name, fanOut: path.relative(root, directory).split(path.sep).join('/') });
      else
        others.push(entryPath);
    }
  };
  await walk(root, 0);
  return { files, others };
}
