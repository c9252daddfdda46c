// What the reliability helpers (durability_support, faults_support, load_support) share: where
// the repository and the essaim binary are, the backend and level of the run, a bounded program
// run, `essaim serve` spawned and awaited until it prints its address, its stop (SIGTERM then
// SIGKILL) and a cookie jar for the fetch clients. Each helper keeps what is its own (tmpfs
// namespace, restarts after SIGKILL, pids and RSS) and builds on these pieces.

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

//! The repository root: the server resolves templates/, migrations/ and web/ from it.
export const repositoryRoot = path.resolve(here, '..', '..');

//! The backend of this run: ESSAIM_TEST_BACKEND, `sqlite` unless told otherwise.
export const backend = process.env.ESSAIM_TEST_BACKEND || 'sqlite';

//! `short` (make test, CI) or `long` (make reliability, before a release).
export const testLevel = process.env.ESSAIM_TEST_LEVEL === 'long' ? 'long' : 'short';

//! The line `essaim serve` prints once it accepts connections: the address (group 1) and the
//! port (group 2) it chose for ESSAIM_LISTEN=127.0.0.1:0.
export const listeningPattern = /Essaim écoute sur (http:\/\/127\.0\.0\.1:(\d+))\//;

//! The binary under test: ESSAIM_BINARY (relative to the repository root) or build/essaim.
export function essaimBinary() {
  return path.resolve(repositoryRoot, process.env.ESSAIM_BINARY || path.join('build', 'essaim'));
}

//! psql of PGBIN when set (the cluster's own version), else the one on the PATH.
export function psqlBinary() {
  return process.env.PGBIN ? path.join(process.env.PGBIN, 'psql') : 'psql';
}

export const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

//! Runs a program to completion; resolves { code, signal, stdout, stderr } whatever its exit code
//! (callers decide). A run longer than timeoutMilliseconds is killed, so no step is unbounded.
//! `input` is written to its standard input; without it, the input is /dev/null.
export function runProgram(program, args, { env = process.env, input, timeoutMilliseconds = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: repositoryRoot, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMilliseconds);
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (input !== undefined) {
      // A command that does not read its input may exit first: the broken pipe is not an error.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

//! The environment of an essaim process on one database and var folder, listening on a free
//! port of the loopback (the address is read back from listeningPattern).
export function serverEnvironment({ databaseUrl, varDir, logLevel = 'warn' }) {
  return {
    ...process.env,
    ESSAIM_DATABASE_URL: databaseUrl,
    ESSAIM_VAR_DIR: varDir,
    ESSAIM_LISTEN: '127.0.0.1:0',
    ESSAIM_LOG_LEVEL: logLevel,
  };
}

//! A fresh database in the throwaway cluster of ESSAIM_TEST_POSTGRES_DIR (scripts/test-postgres.sh
//! start DIR), so that tests never share rows. Returns { conninfo, url, drop() }.
export async function createPostgresDatabase(prefix) {
  const clusterDir = process.env.ESSAIM_TEST_POSTGRES_DIR;
  if (!clusterDir)
    throw new Error('ESSAIM_TEST_BACKEND=postgres demande ESSAIM_TEST_POSTGRES_DIR (scripts/test-postgres.sh start DIR).');
  const adminConninfo = (await readFile(path.join(clusterDir, 'conninfo'), 'utf8')).trim();
  const name = `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = async (sql) => {
    const result = await runProgram(psqlBinary(), ['--no-psqlrc', '--quiet', '-v', 'ON_ERROR_STOP=1', '-d', adminConninfo, '-c', sql],
      { timeoutMilliseconds: 120_000 });
    if (result.code !== 0)
      throw new Error(`psql -c ${sql} : code ${result.code}, signal ${result.signal}\n${result.stdout}${result.stderr}`);
  };
  await admin(`CREATE DATABASE ${name}`);
  const conninfo = /\bdbname=\S+/.test(adminConninfo)
    ? adminConninfo.replace(/\bdbname=\S+/, `dbname=${name}`)
    : `${adminConninfo} dbname=${name}`;
  return { conninfo, url: conninfo, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

//! Spawns a server process (`essaim serve`, or a wrapper that execs it) with its standard error
//! kept (the last `keepCharacters`) for failure messages. Returns { child, exited, output() };
//! exited resolves { code, signal }.
export function spawnServer(program, args, { env, keepCharacters = Infinity } = {}) {
  const child = spawn(program, args, { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    output += chunk;
    if (output.length > keepCharacters)
      output = output.slice(-keepCharacters);
  });
  child.stdout.setEncoding('utf8');
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

//! Waits for the listening line on the child's standard output: resolves { baseUrl, port };
//! rejects with what it printed when it exits first or stays silent for timeoutMilliseconds.
export function waitForAddress({ child, exited, output }, timeoutMilliseconds = 60_000) {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`essaim n'a pas démarré en ${timeoutMilliseconds / 1000} s.\n${stdout}${output()}`)),
      timeoutMilliseconds);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = listeningPattern.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ baseUrl: match[1], port: Number(match[2]) });
      }
    });
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`essaim s'est arrêté au démarrage (code ${code}, signal ${signal}).\n${stdout}${output()}`));
    });
  });
}

//! The exit of a child if it comes within `milliseconds`, else null.
export async function waitForExit(exited, milliseconds) {
  let timer;
  const result = await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(() => resolve(null), milliseconds); })]);
  clearTimeout(timer);
  return result;
}

//! SIGKILL and a bounded wait: used when a start failed, where nothing is worth flushing.
export async function forceKill(child, exited, milliseconds = 5_000) {
  child.kill('SIGKILL');
  return waitForExit(exited, milliseconds);
}

//! Stops a child as a service manager does: SIGTERM, then SIGKILL after graceMilliseconds.
//! Resolves its exit ({ code, signal }, plus `forced: true` when SIGKILL was needed).
export async function stopChild(child, exited, graceMilliseconds = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null)
    return exited;
  child.kill('SIGTERM');
  const result = await waitForExit(exited, graceMilliseconds);
  if (result !== null)
    return result;
  child.kill('SIGKILL');
  return { ...(await exited), forced: true };
}

//! The cookies of one visitor, as a browser keeps them: set by Set-Cookie, dropped by an empty
//! value or Max-Age=0, sent back in one Cookie header.
export class CookieJar extends Map {
  header() {
    return [...this].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.substring(0, separator).trim();
      const value = pair.substring(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired || value === '')
        this.delete(name);
      else
        this.set(name, value);
    }
  }
}
