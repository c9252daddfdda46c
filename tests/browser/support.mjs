// Shared helpers of the browser tests: the real `essaim` binary on an ephemeral port with a
// throwaway database (SQLite, or PostgreSQL when ESSAIM_TEST_BACKEND=postgres), Debian's
// Chromium driven by playwright-core, an axe check and a reader for the e-mails the server
// writes as .eml files.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

//! The repository root: the server resolves templates/, migrations/ and web/ from it.
export const repositoryRoot = path.resolve(here, '..', '..');

// NODE_PATH does not apply to ES modules, so the packages are resolved from web/ explicitly.
const requireFromWeb = createRequire(path.join(repositoryRoot, 'web', 'package.json'));
const { chromium } = requireFromWeb('playwright-core');
const { AxeBuilder } = requireFromWeb('@axe-core/playwright');

const chromiumPath = process.env.ESSAIM_CHROMIUM || '/usr/bin/chromium';
const chromiumArguments = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const startTimeoutMilliseconds = 120_000;
const stopTimeoutMilliseconds = 30_000;
const listeningPattern = /Essaim écoute sur (http:\/\/127\.0\.0\.1:\d+)\//;

function essaimBinary() {
  const binary = process.env.ESSAIM_BINARY || path.join(repositoryRoot, 'build', 'essaim');
  return path.resolve(repositoryRoot, binary);
}

//! The backend the servers of this run use: ESSAIM_TEST_BACKEND, `sqlite` unless told otherwise.
export const backend = process.env.ESSAIM_TEST_BACKEND || 'sqlite';

// Runs a program to completion and resolves with its standard output; rejects with its error
// output when it fails, so that a failing set-up step says why.
function run(program, args, { input = '', env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: repositoryRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0)
        resolve(stdout);
      else
        reject(new Error(`${path.basename(program)} ${args.join(' ')} : code ${code}, signal ${signal}\n${stdout}${stderr}`));
    });
    child.stdin.end(input);
  });
}

let databaseCounter = 0;

// A fresh, empty PostgreSQL database in the cluster that scripts/test-postgres.sh started in
// ESSAIM_TEST_POSTGRES_DIR, one per server start so that tests never see each other's rows.
// Returns { url, drop() }.
async function createPostgresDatabase() {
  const clusterDir = process.env.ESSAIM_TEST_POSTGRES_DIR;
  if (!clusterDir)
    throw new Error('ESSAIM_TEST_BACKEND=postgres demande ESSAIM_TEST_POSTGRES_DIR (scripts/test-postgres.sh start DIR).');
  const adminConninfo = (await readFile(path.join(clusterDir, 'conninfo'), 'utf8')).trim();
  const psql = process.env.PGBIN ? path.join(process.env.PGBIN, 'psql') : 'psql';
  const name = `essaim_browser_${process.pid}_${++databaseCounter}_${Math.floor(Math.random() * 1e6)}`;
  const admin = (sql) => run(psql, ['--no-psqlrc', '--quiet', '-v', 'ON_ERROR_STOP=1', '-d', adminConninfo, '-c', sql]);
  await admin(`CREATE DATABASE ${name}`);
  const url = /\bdbname=\S+/.test(adminConninfo)
    ? adminConninfo.replace(/\bdbname=\S+/, `dbname=${name}`)
    : `${adminConninfo} dbname=${name}`;
  return { url, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

//! Starts `essaim serve` in a fresh temporary folder, on a fresh database of the backend the
//! environment names, and resolves once it prints its address. Returns { baseUrl, varDir,
//! backend, stop(), createUser() }; stop() sends SIGTERM, waits for the exit and removes the
//! folder (and the PostgreSQL database).
export async function startServer() {
  const varDir = await mkdtemp(path.join(os.tmpdir(), 'essaim-browser-'));
  let database = { url: `sqlite:${path.join(varDir, 'essaim.db')}`, drop: async () => {} };
  if (backend === 'postgres') {
    try {
      database = await createPostgresDatabase();
    } catch (error) {
      await rm(varDir, { recursive: true, force: true });
      throw error;
    }
  } else if (backend !== 'sqlite') {
    await rm(varDir, { recursive: true, force: true });
    throw new Error(`ESSAIM_TEST_BACKEND inconnu : ${backend} (sqlite ou postgres)`);
  }
  const serverEnvironment = {
    ...process.env,
    ESSAIM_DATABASE_URL: database.url,
    ESSAIM_VAR_DIR: varDir,
    ESSAIM_LISTEN: '127.0.0.1:0',
    ESSAIM_LOG_LEVEL: 'warn',
  };
  const child = spawn(essaimBinary(), ['serve'], {
    cwd: repositoryRoot,
    env: serverEnvironment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Kept so that a failed start or a server-side error can be shown in the test output.
  let output = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { output += chunk; });
  child.stdout.setEncoding('utf8');

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const baseUrl = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      reject(new Error(`essaim n'a pas démarré en ${startTimeoutMilliseconds / 1000} s.\n${stdout}${output}`));
    }, startTimeoutMilliseconds);
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
    child.kill('SIGKILL');
    // 'exit' may never come after a failed spawn, so the wait is bounded.
    let timer;
    await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, 5_000); })]);
    clearTimeout(timer);
    await rm(varDir, { recursive: true, force: true });
    await database.drop().catch(() => {});
    throw error;
  });

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      let timer;
      const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), stopTimeoutMilliseconds); });
      const result = await Promise.race([exited, timeout]);
      // A pending timer would keep the test process alive for the full delay.
      clearTimeout(timer);
      if (result === null) {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`essaim ne s'est pas arrêté dans les ${stopTimeoutMilliseconds / 1000} s après SIGTERM.`);
      }
    }
    await rm(varDir, { recursive: true, force: true });
    await database.drop();
  }

  //! Creates a confirmed account with `essaim create-user` on the server's database, the way an
  //! operator creates the first administrator; roles are codes (`administrateur`, …).
  async function createUser({ email, name, password, roles = [] }) {
    const args = ['create-user', '--email', email];
    if (name)
      args.push('--name', name);
    for (const role of roles)
      args.push('--role', role);
    await run(essaimBinary(), args, { input: `${password}\n`, env: serverEnvironment });
  }

  //! Adds the demonstration data (`essaim seed-demo`: the demo accounts, organisations, projects,
  //! calls and dossiers) to the server's database.
  async function seedDemo() {
    await run(essaimBinary(), ['seed-demo'], { env: serverEnvironment });
  }

  return { baseUrl, varDir, backend, stop, createUser, seedDemo, serverOutput: () => output };
}

//! Launches Debian's Chromium headless. Each test takes a fresh context from it.
export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArguments });
}

//! Starts the server and the browser together; close() stops both, even if one of them failed.
export async function startPlatform() {
  const server = await startServer();
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = watchPage(page);
  async function close() {
    try {
      await browser.close();
    } finally {
      await server.stop();
    }
  }
  return { server, browser, context, page, problems, close };
}

// Records what went wrong in the browser beyond the document itself: CSP refusals and other
// console errors, script errors, and sub-resources (styles, scripts, icons) that failed or
// answered an error. A document's own status (an expected 404 page, a refused form) is left to
// the tests, so the console's matching "Failed to load resource" line is not counted twice.
//! Returns the list it fills, for pages a test opens in contexts of its own.
export function watchPage(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console : ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`erreur de script : ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is a load the browser dropped itself on leaving the page (the favicon, often).
    const reason = request.failure()?.errorText;
    if (request.resourceType() !== 'document' && reason !== 'net::ERR_ABORTED')
      problems.push(`échec du chargement : ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400)
      problems.push(`réponse ${response.status()} : ${response.url()}`);
  });
  return problems;
}

function formatViolations(violations) {
  return violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const summary = (node.failureSummary || '').replace(/\n\s*/g, ' ');
      return `    - ${node.target.join(' ')} : ${summary}\n      ${node.html}`;
    });
    return `  [${violation.impact}] ${violation.id} : ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}`;
  }).join('\n');
}

//! Runs axe (WCAG 2.0 and 2.1, levels A and AA) on the page and fails with a readable list of
//! violations, each with its rule, impact, the elements at fault and why.
export async function checkAxe(page, label = page.url()) {
  // The DSFR fades dialogs in: measured mid-fade, colours read blended and paler than they are.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'),
    null, { timeout: 5_000 }).catch(() => {});
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (results.violations.length > 0) {
    assert.fail(`axe : ${results.violations.length} violation(s) sur ${label}\n${formatViolations(results.violations)}`);
  }
  return results;
}

//! Checks the page as it stands at 375 and 1280 px: axe finds no violation and nothing is wider
//! than the screen; a screenshot of each goes to build/screenshots/`name`-telephone|bureau.png.
export async function checkAtPhoneAndDesktop(page, label, name) {
  for (const [width, size] of [['telephone', { width: 375, height: 812 }], ['bureau', { width: 1280, height: 900 }]]) {
    await page.setViewportSize(size);
    await checkAxe(page, `${label} (${size.width} px)`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= size.width, `${label} : ${scrollWidth} px à ${size.width} px`);
    const folder = path.join(repositoryRoot, 'build', 'screenshots');
    await mkdir(folder, { recursive: true });
    await page.screenshot({ path: path.join(folder, `${name}-${width}.png`), fullPage: true });
  }
}

//! Asserts that the page has exactly one h1 and that, in document order, no heading skips a level
//! going down (h2 → h4). A heading placed before the h1 (a flash message's title) is allowed.
export async function checkHeadings(page, label = page.url()) {
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings.map((heading) => Number(heading.tagName.substring(1))));
  assert.equal(levels.filter((level) => level === 1).length, 1, `un seul h1 attendu sur ${label} : ${levels}`);
  let previous = 1;
  for (const level of levels) {
    assert.ok(level <= previous + 1, `niveau de titre sauté sur ${label} (h${previous} puis h${level}) : ${levels}`);
    previous = level;
  }
}

//! Checks pages with axe and checkHeadings without stopping at the first failing page, so that
//! one run lists every page at fault; assertClean() fails with all of them.
export function accessibilityRecorder() {
  const failures = [];
  return {
    async check(page, label = page.url()) {
      for (const checkOne of [checkAxe, checkHeadings]) {
        try {
          await checkOne(page, label);
        } catch (error) {
          if (!(error instanceof assert.AssertionError))
            throw error;
          failures.push(error.message);
        }
      }
    },
    assertClean() {
      if (failures.length > 0)
        assert.fail(failures.join('\n\n'));
    },
  };
}

function decodeQuotedPrintable(text) {
  const bytes = [];
  const unfolded = text.replace(/=\r?\n/g, '');
  for (let index = 0; index < unfolded.length; ++index) {
    const character = unfolded[index];
    if (character === '=' && /^[0-9A-Fa-f]{2}$/.test(unfolded.substring(index + 1, index + 3))) {
      bytes.push(parseInt(unfolded.substring(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(character, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

// Decodes the bodies of a message (single or multipart) into one text, so that tests can look
// for links whatever transfer encoding the mail module chose.
function decodeMessage(raw) {
  const text = raw.replace(/\r\n/g, '\n');
  const parts = [];
  const decodePart = (part) => {
    const separator = part.indexOf('\n\n');
    const headers = separator < 0 ? part : part.substring(0, separator);
    const body = separator < 0 ? '' : part.substring(separator + 2);
    const boundary = /boundary="?([^";\n]+)"?/i.exec(headers);
    if (/^content-type:\s*multipart\//im.test(headers) && boundary) {
      for (const child of body.split(`--${boundary[1]}`).slice(1)) {
        if (!child.startsWith('--'))
          decodePart(child.replace(/^\n/, ''));
      }
      return;
    }
    const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1].toLowerCase();
    if (encoding === 'base64')
      parts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (encoding === 'quoted-printable')
      parts.push(decodeQuotedPrintable(body));
    else
      parts.push(body);
  };
  decodePart(text);
  return { raw, headers: text.substring(0, text.indexOf('\n\n')), body: parts.join('\n') };
}

//! Returns the newest e-mail written under <varDir>/mail/ for the address ({ file, raw, headers,
//! body }), waiting up to timeoutMilliseconds because the outbox delivers in the background.
export async function readNewestMail(varDir, address, timeoutMilliseconds = 15_000) {
  const mailDir = path.join(varDir, 'mail');
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const recipient = new RegExp(`^To:.*<?${escaped}>?\\s*$`, 'im');
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    let newest = null;
    const names = await readdir(mailDir).catch(() => []);
    for (const name of names.filter((entry) => entry.endsWith('.eml'))) {
      const file = path.join(mailDir, name);
      const raw = await readFile(file, 'utf8');
      const headerEnd = raw.search(/\r?\n\r?\n/);
      if (!recipient.test(headerEnd < 0 ? raw : raw.substring(0, headerEnd)))
        continue;
      const { mtimeMs } = await stat(file);
      if (!newest || mtimeMs > newest.mtimeMs || (mtimeMs === newest.mtimeMs && name > newest.name))
        newest = { file, name, raw, mtimeMs };
    }
    if (newest)
      return { file: newest.file, ...decodeMessage(newest.raw) };
    if (Date.now() > deadline)
      assert.fail(`aucun courriel pour ${address} dans ${mailDir} (fichiers : ${names.join(', ') || 'aucun'})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

//! The newest e-mail to the address once its body matches `pattern`: the outbox delivers in the
//! background, so the newest one may still be the previous message for a moment.
export async function readMailMatching(varDir, address, pattern, timeoutMilliseconds = 15_000) {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    const mail = await readNewestMail(varDir, address, Math.max(deadline - Date.now(), 1));
    if (pattern.test(mail.body))
      return mail;
    if (Date.now() > deadline)
      assert.fail(`aucun courriel pour ${address} ne correspond à ${pattern} ; le dernier :\n${mail.body}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

//! The first link in the text whose path starts with pathPrefix, as an absolute URL string.
export function findLink(text, pathPrefix) {
  const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`https?://[^\\s"'<>]*${escaped}[^\\s"'<>]*`).exec(text);
  assert.ok(match, `aucun lien vers ${pathPrefix} dans :\n${text}`);
  return match[0].replace(/&amp;/g, '&');
}

//! Signs in through /connexion with the page given and waits for /compte.
export async function signIn(page, email, password) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/compte');
}

//! A unique e-mail address per run, so tests never collide on a reused database.
export function uniqueEmail(prefix) {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.fr`;
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

//! A valid SIRET of an organisation that does not exist elsewhere in the database (not La Poste).
export function makeSiret() {
  const sirenBody = `7${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const siren = sirenBody + luhnCheckDigit(sirenBody);
  const siretBody = `${siren}0001`;
  return siretBody + luhnCheckDigit(siretBody);
}

//! DSFR draws its own boxes: the visible label covers the native checkbox or radio, so the click
//! lands on the label (as a user’s does) and check() then verifies that the box became checked.
export async function tick(locator) {
  await locator.check({ force: true });
}

//! A page in a browser context of its own (another person), watched for script errors and failed loads.
export async function newVisitorPage(browser, baseURL) {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = watchPage(page);
  return { context, page, problems };
}

//! Submits the form whose button is named `buttonName` and returns the response to the POST.
export async function submit(page, buttonName) {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'
      && candidate.request().resourceType() === 'document'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  await page.waitForLoadState();
  return response;
}
