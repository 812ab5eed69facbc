import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CLIENT_ONLY_KEYS, SERVER_KEYS, affectsServer, configurationItem, toServerSettings } from '../src/settings';

function getter(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

test('all server settings map to a nested object with the server names', () => {
  const { settings, problems } = toServerSettings(
    getter({
      'summary.sentences': 2,
      'summary.maxWords': 60,
      'summary.label': 'In short',
      'summary.style': 'callout',
      'hover.enabled': false,
      'hover.minWords': 12,
      language: 'de',
      maxDocumentBytes: 1000000,
    }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, {
    summary: { sentences: 2, maxWords: 60, label: 'In short', style: 'callout' },
    hover: { enabled: false, minWords: 12 },
    language: 'de',
    maxDocumentBytes: 1000000,
  });
});

test('null and undefined (the "server default" values) are left out', () => {
  const { settings, problems } = toServerSettings(
    getter({ 'summary.sentences': null, 'summary.label': 'TL;DR', 'hover.enabled': true, language: 'auto' }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { summary: { label: 'TL;DR' }, hover: { enabled: true }, language: 'auto' });
  assert.deepEqual(toServerSettings(getter({})).settings, {});
});

test('client-only settings (path, trace) are never sent', () => {
  const { settings } = toServerSettings(getter({ path: '/usr/bin/nutgraf', 'trace.server': 'verbose', language: 'en' }));
  assert.deepEqual(settings, { language: 'en' });
  for (const key of CLIENT_ONLY_KEYS) {
    assert.ok(!SERVER_KEYS.some((s) => s.key === key), key);
  }
});

test('ill-typed values are left out and reported', () => {
  const { settings, problems } = toServerSettings(
    getter({
      'summary.sentences': 2.5,
      'summary.maxWords': -1,
      'summary.style': 'fancy',
      'hover.enabled': 'yes',
      language: 3,
      maxDocumentBytes: 100,
      'summary.label': 'TL;DR',
    }),
  );
  assert.deepEqual(settings, { summary: { label: 'TL;DR' } });
  assert.equal(problems.length, 6);
  assert.match(problems.join('\n'), /nutgraf\.summary\.style must be one of blockquote, callout, plain/);
});

test('workspace/configuration answers by section', () => {
  const settings = { summary: { sentences: 2 }, hover: { enabled: true } };
  assert.deepEqual(configurationItem('nutgraf', settings), settings);
  assert.deepEqual(configurationItem('nutgraf.summary', settings), { sentences: 2 });
  assert.equal(configurationItem('nutgraf.summary.sentences', settings), 2);
  assert.equal(configurationItem('nutgraf.summary.label', settings), null);
  assert.equal(configurationItem('rust-analyzer', settings), null);
  assert.equal(configurationItem('nutgrafx', settings), null);
  assert.deepEqual(configurationItem(undefined, settings), { nutgraf: settings });
});

test('affectsServer ignores client-only keys', () => {
  assert.equal(affectsServer((s) => s === 'nutgraf.path'), false);
  assert.equal(affectsServer((s) => s === 'nutgraf.summary.style'), true);
});

test('lens and front-matter settings map to the server names, checked as the server checks them', () => {
  const { settings, problems } = toServerSettings(
    getter({ 'codeLens.enabled': false, 'frontMatter.descriptionKey': 'summary', 'frontMatter.maxChars': 120 }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { codeLens: { enabled: false }, frontMatter: { descriptionKey: 'summary', maxChars: 120 } });
  // Defaults as contributed: the key and the switch are sent, the null budget is left out.
  assert.deepEqual(
    toServerSettings(getter({ 'codeLens.enabled': true, 'frontMatter.descriptionKey': 'description', 'frontMatter.maxChars': null })).settings,
    { codeLens: { enabled: true }, frontMatter: { descriptionKey: 'description' } },
  );
  const bad = toServerSettings(
    getter({ 'codeLens.enabled': 'no', 'frontMatter.descriptionKey': 'meta description', 'frontMatter.maxChars': 10 }),
  );
  assert.deepEqual(bad.settings, {});
  assert.equal(bad.problems.length, 3);
  assert.match(bad.problems.join('\n'), /nutgraf\.frontMatter\.descriptionKey must be a key name/);
  assert.match(bad.problems.join('\n'), /nutgraf\.frontMatter\.maxChars must be at least 20, got 10/);
  assert.equal(toServerSettings(getter({ 'frontMatter.descriptionKey': 'dek_2' })).problems.length, 0);
});
