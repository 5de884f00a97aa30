// Language tags as sites write them: POSIX locales from a CMS or server
// (`de_DE.UTF-8`), underscores, stray space, and nonsense. Run by
// `npm run test:node`, after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseLangTag } from '../../lib/internal/locale-tag.js';
import { emergencyNumberFor } from '../../lib/content/emergency-numbers.js';

test('POSIX locales become BCP 47 tags', () => {
  assert.equal(normaliseLangTag('de_DE.UTF-8'), 'de-DE');
  assert.equal(normaliseLangTag('de_CH.utf8'), 'de-CH');
  assert.equal(normaliseLangTag('fr_FR@euro'), 'fr-FR');
  assert.equal(normaliseLangTag('it_IT.ISO-8859-15@euro'), 'it-IT');
  assert.equal(normaliseLangTag('pt_PT'), 'pt-PT');
  assert.equal(normaliseLangTag('es.UTF-8'), 'es');
  assert.equal(normaliseLangTag('  en_GB.UTF-8 '), 'en-GB');
});

test('BCP 47 tags pass through, with underscores made hyphens', () => {
  assert.equal(normaliseLangTag('en-GB'), 'en-GB');
  assert.equal(normaliseLangTag('zh-Hant-TW'), 'zh-Hant-TW');
  assert.equal(normaliseLangTag('sr_Latn_RS'), 'sr-Latn-RS');
  assert.equal(normaliseLangTag(''), '');
});

test('C and POSIX name no language; nonsense stays nonsense for Intl.Locale to refuse', () => {
  assert.equal(normaliseLangTag('C'), '');
  assert.equal(normaliseLangTag('C.UTF-8'), '');
  assert.equal(normaliseLangTag('POSIX'), '');
  for (const bad of ['de_DE.UTF-8<script>', '..', '_', '@', 'de__DE', '.UTF-8']) {
    const tag = normaliseLangTag(bad);
    assert.equal(typeof tag, 'string');
    assert.throws(() => new Intl.Locale(tag), RangeError, `${bad} → ${tag}`);
  }
});

test('the region of a POSIX locale picks its emergency number', () => {
  const region = (tag) => new Intl.Locale(normaliseLangTag(tag)).region;
  assert.equal(emergencyNumberFor(region('de_DE.UTF-8')), '112');
  assert.equal(emergencyNumberFor(region('de_CH.UTF-8')), '144');
  assert.equal(emergencyNumberFor(region('de_LI')), '144');
  assert.equal(emergencyNumberFor(region('fr-CH')), '144');
  assert.equal(emergencyNumberFor(region('en_GB.UTF-8')), '999');
  // 112 is the police in Norway: no number rather than a wrong one.
  assert.equal(emergencyNumberFor(region('nb_NO.UTF-8')), undefined);
});
