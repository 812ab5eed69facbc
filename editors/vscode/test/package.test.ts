// Consistency of package.json with the code: settings, commands, activation, selector.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACTION_COMMANDS, CLIENT_LANGUAGE_IDS, SERVER_LANGUAGE_IDS, documentSelector, pickAction, asSummaryResult, renderSummary } from '../src/actions';
import { CLIENT_ONLY_KEYS, SERVER_KEYS } from '../src/settings';

// out/test/package.test.js -> ../../package.json
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const properties: Record<string, { type: unknown; default: unknown; enum?: string[] }> = pkg.contributes.configuration.properties;

test('every server setting is contributed as nutgraf.<key>, and nothing else', () => {
  const contributed = Object.keys(properties).map((k) => k.replace(/^nutgraf\./, '')).sort();
  const expected = [...SERVER_KEYS.map((s) => s.key), ...CLIENT_ONLY_KEYS].sort();
  assert.deepEqual(contributed, expected);
});

test('contributed types and enums match the server keys', () => {
  for (const spec of SERVER_KEYS) {
    const prop = properties[`nutgraf.${spec.key}`];
    const types = Array.isArray(prop.type) ? prop.type : [prop.type];
    assert.ok(types.includes(spec.kind), `${spec.key}: ${JSON.stringify(prop.type)}`);
    if (spec.values) {
      assert.deepEqual(prop.enum, spec.values);
    }
    assert.equal((prop as { minimum?: number }).minimum, spec.min, `${spec.key} minimum`);
  }
  assert.equal(properties['nutgraf.path'].type, 'string');
});

test('activation on Markdown and plain text; engine and entry point', () => {
  assert.deepEqual(pkg.activationEvents.sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
  assert.match(pkg.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.equal(pkg.main, './dist/extension.js');
  assert.match(pkg.dependencies['vscode-languageclient'], /^\^9\./);
});

test('every palette command is contributed', () => {
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command);
  for (const spec of ACTION_COMMANDS) {
    assert.ok(contributed.includes(spec.command), spec.command);
  }
  for (const id of ['nutgraf.restartServer', 'nutgraf.showSummary', 'nutgraf.showOutput']) {
    assert.ok(contributed.includes(id), id);
  }
  // The server's own command is registered by vscode-languageclient; contributing it too would clash.
  assert.ok(!contributed.includes('nutgraf.summarize'));
});

test('document selector: markdown and plaintext, files and untitled buffers, languages the server accepts', () => {
  const selector = documentSelector();
  for (const language of ['markdown', 'plaintext']) {
    for (const scheme of ['file', 'untitled']) {
      assert.ok(selector.some((f) => f.language === language && f.scheme === scheme), `${language}/${scheme}`);
    }
  }
  for (const language of CLIENT_LANGUAGE_IDS) {
    assert.ok(SERVER_LANGUAGE_IDS.includes(language), language);
  }
});

test('code action titles are the server titles', () => {
  assert.deepEqual(
    ACTION_COMMANDS.map((a) => a.title),
    ['Summarize article', 'Summarize section', 'Summarize paragraph', 'Summarize selection', 'Replace selection with summary'],
  );
  const offered = [{ title: 'Summarize paragraph' }, { title: 'summarize article' }, { title: 'Summarize article' }];
  assert.equal(pickAction(offered, 'Summarize article'), offered[2]);
  assert.equal(pickAction([{ title: 'summarize ARTICLE' }], 'Summarize article')?.title, 'summarize ARTICLE');
  assert.equal(pickAction(offered, 'Summarize selection'), undefined);
  // truncated documents: the server adds a note
  const truncated = [{ title: 'Summarize articles' }, { title: 'Summarize article (first 5 KB of 9 KB)' }];
  assert.equal(pickAction(truncated, 'Summarize article'), truncated[1]);
});

test('nutgraf.summarize results are validated and rendered', () => {
  assert.equal(asSummaryResult(null), undefined);
  assert.equal(asSummaryResult({ sentences: [] }), undefined);
  const r = asSummaryResult({ summary: 'One. Two.', sentences: [{ range: {}, text: 'One.' }, { text: 5 }] });
  assert.deepEqual(r, { summary: 'One. Two.', sentences: [{ range: {}, text: 'One.' }] });
  const md = renderSummary(r!, 'a.md');
  assert.match(md, /^# TL;DR: a\.md\n\nOne\. Two\.\n/);
  assert.match(md, /- One\./);
});
