import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PathEnvironment, bundledServerPath, expandConfiguredPath, findOnPath, resolveServerPath } from '../src/serverPath';

function env(over: Partial<PathEnvironment> & { files?: string[] }): PathEnvironment {
  const files = new Set(over.files ?? []);
  return {
    configured: '',
    workspaceFolders: ['/work/project'],
    env: { PATH: '/usr/local/bin:/usr/bin' },
    platform: 'linux',
    home: '/home/ann',
    isExecutable: (f) => files.has(f),
    ...over,
  };
}

test('unset path: nutgraf on PATH, first match wins', () => {
  const r = resolveServerPath(env({ files: ['/usr/bin/nutgraf', '/usr/local/bin/nutgraf'] }));
  assert.deepEqual(r, { command: '/usr/local/bin/nutgraf', source: 'PATH', found: true });
});

test('unset path and not on PATH: ~/.cargo/bin, or $CARGO_HOME/bin', () => {
  assert.deepEqual(resolveServerPath(env({ files: ['/home/ann/.cargo/bin/nutgraf'] })), {
    command: '/home/ann/.cargo/bin/nutgraf',
    source: 'cargo',
    found: true,
  });
  assert.deepEqual(
    resolveServerPath(env({ env: { PATH: '/usr/bin', CARGO_HOME: '/opt/cargo' }, files: ['/opt/cargo/bin/nutgraf'] })),
    { command: '/opt/cargo/bin/nutgraf', source: 'cargo', found: true },
  );
});

test('nothing found: bare name, found=false', () => {
  assert.deepEqual(resolveServerPath(env({})), { command: 'nutgraf', source: 'fallback', found: false });
});

test('configured absolute path is used as is', () => {
  assert.deepEqual(resolveServerPath(env({ configured: '/opt/nutgraf/bin/nutgraf', files: ['/opt/nutgraf/bin/nutgraf'] })), {
    command: '/opt/nutgraf/bin/nutgraf',
    source: 'setting',
    found: true,
  });
  // and reported as missing when it is not there (no silent fallback to PATH)
  assert.deepEqual(resolveServerPath(env({ configured: '/nope/nutgraf', files: ['/usr/bin/nutgraf'] })), {
    command: '/nope/nutgraf',
    source: 'setting',
    found: false,
  });
});

test('configured path: ~, ${userHome}, ${workspaceFolder}, ${env:X} and relative paths', () => {
  const e = env({ env: { PATH: '/usr/bin', TOOLS: '/tools' } });
  assert.equal(expandConfiguredPath('~/bin/nutgraf', e), '/home/ann/bin/nutgraf');
  assert.equal(expandConfiguredPath('${userHome}/bin/nutgraf', e), '/home/ann/bin/nutgraf');
  assert.equal(expandConfiguredPath('${workspaceFolder}/target/release/nutgraf', e), '/work/project/target/release/nutgraf');
  assert.equal(expandConfiguredPath('${env:TOOLS}/nutgraf', e), '/tools/nutgraf');
  assert.equal(expandConfiguredPath('target/release/nutgraf', e), '/work/project/target/release/nutgraf');
  assert.equal(expandConfiguredPath('  nutgraf-dev ', e), 'nutgraf-dev');
});

test('configured bare name is looked up on PATH', () => {
  assert.deepEqual(resolveServerPath(env({ configured: 'nutgraf-dev', files: ['/usr/bin/nutgraf-dev'] })), {
    command: '/usr/bin/nutgraf-dev',
    source: 'setting',
    found: true,
  });
});

test('Windows: PATHEXT and ; separated PATH', () => {
  const e = env({
    platform: 'win32',
    home: 'C:\\Users\\ann',
    workspaceFolders: ['C:\\work'],
    env: { Path: 'C:\\tools;C:\\bin', PATHEXT: '.COM;.EXE' },
    files: ['C:\\bin\\nutgraf.exe'],
  });
  assert.equal(findOnPath('nutgraf', e), 'C:\\bin\\nutgraf.exe');
  assert.deepEqual(resolveServerPath(e), { command: 'C:\\bin\\nutgraf.exe', source: 'PATH', found: true });
  assert.equal(expandConfiguredPath('~\\nutgraf.exe', e), 'C:\\Users\\ann\\nutgraf.exe');
});

test('unset path: the server bundled in a per-platform package comes before PATH', () => {
  const ext = '/home/ann/.vscode/extensions/nutgraf.nutgraf-0.1.0-linux-x64';
  assert.deepEqual(resolveServerPath(env({ extensionPath: ext, files: [`${ext}/server/nutgraf`, '/usr/bin/nutgraf'] })), {
    command: `${ext}/server/nutgraf`,
    source: 'bundled',
    found: true,
  });
  // nutgraf.path wins over it; a package without a server falls through to PATH.
  assert.deepEqual(resolveServerPath(env({ extensionPath: ext, configured: '/opt/nutgraf', files: [`${ext}/server/nutgraf`, '/opt/nutgraf'] })), {
    command: '/opt/nutgraf',
    source: 'setting',
    found: true,
  });
  assert.deepEqual(resolveServerPath(env({ extensionPath: ext, files: ['/usr/bin/nutgraf'] })), {
    command: '/usr/bin/nutgraf',
    source: 'PATH',
    found: true,
  });
  assert.equal(bundledServerPath('C:\\ext', 'win32'), 'C:\\ext\\server\\nutgraf.exe');
});
