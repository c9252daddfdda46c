// Icons as the DSFR draws them, checked in the templates without a browser: every fr-icon-* class
// a template names exists in the DSFR stylesheets the pages load (a missing one draws a filled
// square), and a group of buttons holding a button with an icon and a label says so with
// fr-btns-group--icon-left or --icon-right (without it the DSFR shows the icon alone, hiding
// the label).

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';

import { repositoryRoot } from './support.mjs';

const dsfr = path.join(repositoryRoot, 'web', 'node_modules', '@gouvfr', 'dsfr', 'dist');

async function templates() {
  const folder = path.join(repositoryRoot, 'templates');
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.tpl'));
  return Promise.all(files.map(async (name) => ({ name, text: await readFile(path.join(folder, name), 'utf8') })));
}

test('every DSFR icon a template names exists in the stylesheets the pages load', async () => {
  const stylesheets = (await readFile(path.join(dsfr, 'dsfr.min.css'), 'utf8'))
    + (await readFile(path.join(dsfr, 'utility', 'icons', 'icons.min.css'), 'utf8'));
  const missing = [];
  let seen = 0;
  for (const { name, text } of await templates()) {
    for (const [icon] of text.matchAll(/fr-icon-[a-z0-9-]+/g)) {
      ++seen;
      if (!new RegExp(`\\.${icon}[:,{\\s]`).test(stylesheets))
        missing.push(`${name} : ${icon}`);
    }
  }
  assert.ok(seen > 5, `des icônes lues dans les gabarits (${seen})`);
  assert.deepEqual(missing, []);
});

test('a group of buttons with an icon beside a label says where the icon goes', async () => {
  const wrong = [];
  for (const { name, text } of await templates()) {
    for (const group of text.matchAll(/<ul class="(fr-btns-group[^"]*)">([\s\S]*?)<\/ul>/g)) {
      const labelled = /class="fr-btn[^"]*fr-btn--icon-(left|right)|class="fr-btn[^"]*fr-icon-[^"]*fr-btn--icon-(left|right)/.test(group[2]);
      if (labelled && !/fr-btns-group--icon-(left|right)/.test(group[1]))
        wrong.push(`${name} : <ul class="${group[1]}">`);
    }
  }
  assert.deepEqual(wrong, []);
});
