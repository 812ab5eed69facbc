// Smoke test of the bundled extension (dist/extension.js, from `npm run build`) against a
// minimal stand-in for the `vscode` module: it loads, activate() registers the palette
// commands, finds the server through `nutgraf.path`, and vscode-languageclient completes the
// initialize handshake with it (it then registers the server's own command
// `nutgraf.summarize`, which must not clash with ours). deactivate() shuts the server down.
// No VS Code download needed. Skipped when dist/extension.js has not been built.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Module = require('node:module');

const bundle = path.join(__dirname, '..', '..', 'dist', 'extension.js');

function findServer(): string | undefined {
  for (const c of [process.env.NUTGRAF_BIN, path.join(__dirname, '..', '..', '..', '..', 'target', 'release', 'nutgraf')]) {
    if (c && fs.existsSync(c) && fs.statSync(c).isFile()) {
      return path.resolve(c);
    }
  }
  return undefined;
}

/** Any property is a callable, constructible stand-in (for APIs this test does not care about). */
function anything(name: string): any {
  const fn = function () {
    return anything(`${name}()`);
  };
  return new Proxy(fn, {
    get(_t, p) {
      if (p === 'then') return undefined;
      if (p === Symbol.toPrimitive) return () => name;
      if (p === 'prototype') return {};
      return anything(`${name}.${String(p)}`);
    },
    construct() {
      return anything(`new ${name}`);
    },
    apply() {
      return anything(`${name}()`);
    },
  });
}

function withFallback<T extends object>(name: string, known: T): T {
  return new Proxy(known, { get: (t, p) => (p in t ? (t as any)[p] : anything(`${name}.${String(p)}`)) });
}

/** The `vscode` module as far as the extension uses it, recording what it is asked to do. */
function fakeVscode(settings: Record<string, unknown>) {
  const commands: string[] = [];
  const errors: string[] = [];
  const lines: string[] = [];
  class Disposable {
    constructor(private readonly f?: () => void) {}
    dispose() {
      this.f?.();
    }
    static from() {
      return new Disposable();
    }
  }
  class EventEmitter {
    event = () => new Disposable();
    fire() {}
    dispose() {}
  }
  const configuration = { get: (k: string) => settings[k], has: (k: string) => k in settings, inspect: () => undefined, update: async () => undefined };
  const on = () => new Disposable();
  const vscode = withFallback('vscode', {
    version: '1.90.0',
    EventEmitter,
    Disposable,
    env: { appName: 'Visual Studio Code', language: 'en', machineId: 'm', sessionId: 's', uiKind: 1, appRoot: '/tmp', shell: '/bin/sh' },
    commands: {
      registerCommand: (id: string) => {
        commands.push(id);
        return new Disposable();
      },
      executeCommand: async () => undefined,
      getCommands: async () => [],
    },
    window: withFallback('window', {
      createOutputChannel: (name: string) => ({ name, append() {}, appendLine: (l: string) => void lines.push(l), replace() {}, clear() {}, show() {}, hide() {}, dispose() {} }),
      showErrorMessage: async (m: string) => void errors.push(m),
      showWarningMessage: async (m: string) => void errors.push(m),
      showInformationMessage: async () => undefined,
      setStatusBarMessage: () => new Disposable(),
    }),
    workspace: withFallback('workspace', {
      getConfiguration: () => configuration,
      workspaceFolders: undefined,
      textDocuments: [],
      registerTextDocumentContentProvider: on,
      onDidChangeConfiguration: on,
      onDidOpenTextDocument: on,
      onDidChangeTextDocument: on,
      onDidCloseTextDocument: on,
      onDidSaveTextDocument: on,
      onWillSaveTextDocument: on,
    }),
  });

  return { vscode, commands, errors, lines };
}

/** Loads `bundlePath` with the fake `vscode` and runs `f` on it. */
async function withExtension<T>(bundlePath: string, fake: ReturnType<typeof fakeVscode>, f: (extension: any) => Promise<T>): Promise<T> {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: fake.vscode } as any;
  try {
    return await f(require(bundlePath));
  } finally {
    Module._resolveFilename = resolve;
    delete require.cache.vscode;
  }
}

test('bundled extension activates, starts the server and stops it', { skip: fs.existsSync(bundle) ? false : 'run `npm run build` first', timeout: 30000 }, async () => {
  const server = findServer();
  const fake = fakeVscode({ path: server ?? '/nonexistent/nutgraf', 'summary.sentences': 2 });
  const { commands, errors } = fake;
  await withExtension(bundle, fake, async (extension) => {
    await extension.activate({ subscriptions: [], extensionPath: path.dirname(bundle), globalState: anything('globalState'), workspaceState: anything('workspaceState') });
    for (const id of ['nutgraf.summarizeArticle', 'nutgraf.summarizeSection', 'nutgraf.summarizeParagraph', 'nutgraf.summarizeSelection', 'nutgraf.replaceSelectionWithSummary', 'nutgraf.showSummary', 'nutgraf.restartServer', 'nutgraf.showOutput']) {
      assert.ok(commands.includes(id), `command ${id} registered`);
    }
    if (server) {
      assert.deepEqual(errors, [], 'no error messages');
      assert.ok(commands.includes('nutgraf.summarize'), `the server's command is registered after initialize (${commands.join(', ')})`);
      assert.equal(commands.filter((c) => c === 'nutgraf.summarize').length, 1);
    } else {
      assert.match(errors.join('\n'), /server not found/);
    }
    await extension.deactivate();
  });
});

// A per-platform package (scripts/package-platform.sh; NUTGRAF_VSIX names it) carries the
// server in extension/server/: unpacked as VS Code installs it, with nutgraf.path unset, the
// extension starts that bundled server and says so in its output channel.
const vsix = process.env.NUTGRAF_VSIX;
test('per-platform package starts its bundled server', { skip: vsix ? false : 'set NUTGRAF_VSIX to a package from scripts/package-platform.sh', timeout: 30000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nutgraf-vsix-'));
  try {
    // python3's zipfile keeps no file modes: the extension must make the server executable.
    execFileSync(process.platform === 'win32' ? 'python' : 'python3', ['-m', 'zipfile', '-e', vsix!, dir]);
    const extensionPath = path.join(dir, 'extension');
    const exe = process.platform === 'win32' ? 'nutgraf.exe' : 'nutgraf';
    const bundled = path.join(extensionPath, 'server', exe);
    assert.ok(fs.statSync(bundled).isFile(), 'server/nutgraf in the package');
    const fake = fakeVscode({ path: '' });
    await withExtension(path.join(extensionPath, 'dist', 'extension.js'), fake, async (extension) => {
      await extension.activate({ subscriptions: [], extensionPath, globalState: anything('globalState'), workspaceState: anything('workspaceState') });
      assert.deepEqual(fake.errors, [], 'no error messages');
      assert.ok(fake.lines.includes(`[client] server: ${bundled} (bundled with the extension)`), fake.lines.join('\n'));
      assert.ok(fake.commands.includes('nutgraf.summarize'), 'initialize answered by the bundled server');
      await extension.deactivate();
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
