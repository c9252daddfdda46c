// Helpers of the kill -9 durability test: one database and one var folder that outlive the
// server processes started on them (SQLite, or a fresh PostgreSQL database in the throwaway
// cluster of ESSAIM_TEST_POSTGRES_DIR), a server that can be killed with SIGKILL and started
// again on them, a small cookie-keeping HTTP client that posts forms as a browser does, and
// readers for the rows and the attachment files the checks compare.

import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {
  backend, CookieJar, createPostgresDatabase, essaimBinary, forceKill, psqlBinary, repositoryRoot, runProgram,
  serverEnvironment, spawnServer, testLevel, waitForAddress, waitForExit,
} from './process_support.mjs';

export { backend, repositoryRoot, testLevel };

const startTimeoutMilliseconds = 60_000;
const stopTimeoutMilliseconds = 30_000;
const commandTimeoutMilliseconds = 120_000;

//! Runs a program to completion (bounded in time) and resolves with its standard output; rejects
//! with its error output when it fails, so that a failing step says why.
export async function run(program, args, { input = '', env = process.env } = {}) {
  const { code, signal, stdout, stderr } = await runProgram(program, args, { input, env, timeoutMilliseconds: commandTimeoutMilliseconds });
  if (code !== 0)
    throw new Error(`${path.basename(program)} ${args.join(' ')} : code ${code}, signal ${signal}\n${stdout}${stderr}`);
  return stdout;
}

//! A var folder and a database for a series of server processes. Returns { varDir, backend,
//! environment, sqlitePath, conninfo, command(args, input), launch(), query(sql), dispose() }.
//! launch({ crashAt }) starts `essaim serve` (armed to kill itself at the crash point `crashAt`,
//! see src/core/crash_point.hpp) and resolves with { baseUrl, kill(), stop(), exited } once it
//! listens;
//! dispose() kills what still runs and removes the folder and the database. `config` is extra
//! TOML that every server of the deployment reads with --config.
export async function createDeployment({ config = '' } = {}) {
  const varDir = await mkdtemp(path.join(os.tmpdir(), 'essaim-durability-'));
  const sqlitePath = path.join(varDir, 'essaim.db');
  let database = { url: `sqlite:${sqlitePath}`, conninfo: null, drop: async () => {} };
  try {
    if (backend === 'postgres')
      database = await createPostgresDatabase('essaim_durability');
    else if (backend !== 'sqlite')
      throw new Error(`ESSAIM_TEST_BACKEND inconnu : ${backend} (sqlite ou postgres)`);
  } catch (error) {
    await rm(varDir, { recursive: true, force: true });
    throw error;
  }
  const environment = serverEnvironment({ databaseUrl: database.url, varDir });
  const serveArguments = ['serve'];
  if (config) {
    const configFile = path.join(varDir, 'essaim.toml');
    await writeFile(configFile, config);
    serveArguments.unshift('--config', configFile);
  }
  const running = new Set();
  // What the servers wrote on their error output, kept for the failure messages.
  let output = '';

  async function launch({ crashAt } = {}) {
    const env = crashAt ? { ...environment, ESSAIM_CRASH_AT: crashAt } : environment;
    const server = spawnServer(essaimBinary(), serveArguments, { env });
    const { child, exited } = server;
    running.add(child);
    exited.then(() => running.delete(child));
    // One record of every restart's error output, bounded, for the failure messages.
    child.stderr.on('data', (chunk) => { output = (output + chunk).slice(-20_000); });
    const { baseUrl } = await waitForAddress({ ...server, output: () => output }, startTimeoutMilliseconds)
      .catch(async (error) => {
        await forceKill(child, exited);
        throw error;
      });
    return {
      baseUrl,
      //! Resolves with { code, signal } when the process ends.
      exited,
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
        if (await waitForExit(exited, stopTimeoutMilliseconds) === null) {
          await forceKill(child, exited);
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
    this.cookies = new CookieJar();
    this.baseUrl = null;
    this.csrfToken = null;
  }

  async request(method, target, { body, headers = {}, timeoutMilliseconds = 30_000 } = {}) {
    const url = new URL(target, this.baseUrl);
    const response = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: { cookie: this.cookies.header(), accept: 'text/html', ...headers },
      signal: AbortSignal.timeout(timeoutMilliseconds),
    });
    this.cookies.keep(response);
    const text = await response.text();
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(text);
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

//! A PDF as the content check reads one (the header first, the end-of-file marker last), random
//! in between so that each call stores a new file.
export function pdfBytes(size) {
  const head = Buffer.from('%PDF-1.4\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(Math.max(size - head.length - tail.length, 16)), tail]);
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
