// A visitor goes from /territoires to a region, then to one of its departments, by clicking;
// each page shows its map and passes axe.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { accessibilityRecorder, startPlatform } from './support.mjs';

let platform;

before(async () => {
  platform = await startPlatform();
});

after(async () => {
  await platform?.close();
});

test('visitor browses from the regions to a department', async () => {
  const accessibility = accessibilityRecorder();
  const { page } = platform;

  const response = await page.goto('/territoires');
  assert.equal(response.status(), 200);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Territoires');
  assert.equal(await page.locator('#tableau-regions tbody tr').count(), 18, 'les 18 régions');
  assert.ok(await page.locator('main svg').count() >= 1, 'la carte des régions');
  await accessibility.check(page, '/territoires');

  await page.locator('#tableau-regions').getByRole('link', { name: 'Auvergne-Rhône-Alpes', exact: true }).click();
  await page.waitForURL('**/territoires/regions/84');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Auvergne-Rhône-Alpes');
  assert.equal(await page.locator('#tableau-departements tbody tr').count(), 12, 'les 12 départements de la région');
  assert.ok(await page.locator('main svg').count() >= 1, 'la carte de la région');
  await accessibility.check(page, '/territoires/regions/84');

  await page.locator('#tableau-departements').getByRole('link', { name: 'Loire', exact: true }).click();
  await page.waitForURL('**/territoires/departements/42');
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /^Loire \(42\)$/);
  await assert.doesNotReject(
    page.locator('#tableau-communes').getByRole('rowheader', { name: 'Saint-Étienne', exact: true }).waitFor(),
    'Saint-Étienne parmi les communes de la Loire');
  assert.ok(await page.locator('main svg').count() >= 1, 'la carte du département');
  await accessibility.check(page, '/territoires/departements/42');

  // Back up to the region through the link of the lead paragraph.
  await page.locator('main').getByRole('link', { name: 'Auvergne-Rhône-Alpes', exact: true }).first().click();
  await page.waitForURL('**/territoires/regions/84');
  accessibility.assertClean();
});

test('visitor asks for a territory that does not exist', async () => {
  const accessibility = accessibilityRecorder();
  const { page } = platform;
  for (const path of ['/territoires/regions/99', '/territoires/departements/00']) {
    const response = await page.goto(path);
    assert.equal(response.status(), 404, path);
    await accessibility.check(page, path);
  }
  accessibility.assertClean();
});

test('territory pages run without script errors under the CSP', () => {
  assert.deepEqual(platform.problems, []);
});
