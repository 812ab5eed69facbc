// The contract between this extension and the real server, over stdio with the same JSON-RPC
// library vscode-languageclient uses: what the extension sends (initializationOptions and
// workspace/configuration answers from src/settings.ts, untitled: URIs, `nutgraf.summarize`
// arguments) and what it relies on (capabilities, action titles, codeAction/resolve, the
// shape of the summarize result). Skipped when no server binary is found: set NUTGRAF_BIN,
// or build ../../target/release/nutgraf.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as rpc from 'vscode-jsonrpc/node';
import { ACTION_COMMANDS, SERVER_SUMMARIZE_COMMAND, asSummaryResult, pickAction } from '../src/actions';
import { JsonObject, SECTION, configurationItem, toServerSettings } from '../src/settings';

function findServer(): string | undefined {
  const candidates = [
    process.env.NUTGRAF_BIN,
    // out/test -> editors/vscode -> repository root
    path.join(__dirname, '..', '..', '..', '..', 'target', 'release', 'nutgraf'),
  ];
  for (const c of candidates) {
    if (c && fs.existsSync(c) && fs.statSync(c).isFile()) {
      return path.resolve(c);
    }
  }
  return undefined;
}

const server = findServer();

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const MARKDOWN = `# City council approves new bike lanes

The city council voted on Tuesday to build forty kilometres of protected bike lanes over the next
three years. The plan passed by a vote of seven to two after a long public hearing.

Supporters said the lanes would make cycling safer for children and older riders. Several parents
described close calls with delivery trucks on their way to school. The mayor called the vote a
turning point for the city.
`;

const PLAIN = `Library extends opening hours for students

The central library will stay open until midnight on weekdays starting next month. The change
follows a petition signed by more than three thousand students.

Students said the quiet reading rooms were full every evening before exams. The library director
said the longer hours were a simple way to help them.
`;

interface TextEdit {
  range: unknown;
  newText: string;
}
interface CodeAction {
  title: string;
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: { edits: TextEdit[] }[] };
  data?: unknown;
}

function editTexts(action: CodeAction): string[] {
  const out: string[] = [];
  for (const edits of Object.values(action.edit?.changes ?? {})) {
    out.push(...edits.map((e) => e.newText));
  }
  for (const change of action.edit?.documentChanges ?? []) {
    out.push(...(change.edits ?? []).map((e) => e.newText));
  }
  return out;
}

test('server contract: capabilities, settings, hover, actions, resolve, nutgraf.summarize', { skip: server ? false : 'no nutgraf binary (set NUTGRAF_BIN or build target/release/nutgraf)', timeout: 60000 }, async () => {
  const child = spawn(server!, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  // What the user configured, as the extension maps it.
  let userSettings: Record<string, unknown> = { 'summary.label': 'TL;DR', 'summary.style': 'blockquote', 'hover.enabled': true, 'summary.sentences': null };
  const current = (): JsonObject => toServerSettings((k) => userSettings[k]).settings;
  const configurationRequests: unknown[] = [];
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
    configurationRequests.push(params);
    return params.items.map((item) => configurationItem(item.section, current()));
  });
  connection.onRequest((_method: string) => null); // registerCapability, workDoneProgress/create, ...
  connection.onNotification((_method: string) => undefined);
  connection.listen();

  try {
    const init = await within(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        initializationOptions: current(),
        capabilities: {
          general: { positionEncodings: ['utf-16'] },
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: {
            synchronization: { dynamicRegistration: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite'] } },
              dataSupport: true,
              resolveSupport: { properties: ['edit'] },
            },
          },
        },
      }) as Promise<{ capabilities: Record<string, any> }>,
      10000,
      'initialize',
    );
    const caps = init.capabilities;
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.equal(caps.codeActionProvider?.resolveProvider, true, 'codeAction resolveProvider');
    assert.ok(caps.executeCommandProvider?.commands?.includes(SERVER_SUMMARIZE_COMMAND), 'executeCommand nutgraf.summarize');
    assert.ok(caps.positionEncoding === undefined || caps.positionEncoding === 'utf-16', `positionEncoding ${caps.positionEncoding}`);
    await connection.sendNotification('initialized', {});

    // An untitled Markdown buffer (VS Code's document selector includes scheme untitled).
    const mdUri = 'untitled:Untitled-1';
    const txtUri = 'file:///tmp/nutgraf-contract/article.txt';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: mdUri, languageId: 'markdown', version: 1, text: MARKDOWN } });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: txtUri, languageId: 'plaintext', version: 1, text: PLAIN } });

    // Hover over the "Supporters said" paragraph (line 6).
    const hover = (await within(
      connection.sendRequest('textDocument/hover', { textDocument: { uri: mdUri }, position: { line: 6, character: 5 } }),
      10000,
      'hover',
    )) as { contents: { value?: string } | string } | null;
    assert.ok(hover, 'hover result');
    const hoverText = typeof hover!.contents === 'string' ? hover!.contents : String(hover!.contents.value);
    assert.ok(
      ['Supporters said the lanes would make cycling safer', 'Several parents', 'The mayor called the vote'].some((s) => hoverText.includes(s)),
      `hover: ${hoverText}`,
    );

    // Code actions: titles the palette commands look for; resolved lazily.
    const actionsAt = async (uri: string, line: number) =>
      (await within(
        connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          context: { diagnostics: [], triggerKind: 1 },
        }),
        10000,
        'codeAction',
      )) as CodeAction[];
    const mdActions = await actionsAt(mdUri, 2);
    const article = pickAction(mdActions, 'Summarize article');
    assert.ok(article, `titles: ${mdActions.map((a) => a.title).join(', ')}`);
    for (const a of mdActions) {
      assert.ok(ACTION_COMMANDS.some((c) => a.title.startsWith(c.title)) || a.title === 'Update summary', `unknown title ${a.title}`);
    }
    const resolved = article!.edit ? article! : ((await within(connection.sendRequest('codeAction/resolve', article), 10000, 'resolve')) as CodeAction);
    const inserted = editTexts(resolved).join('\n');
    assert.match(inserted, /<!-- nutgraf:summary -->/);
    assert.match(inserted, /<!-- \/nutgraf:summary -->/);

    // nutgraf.summarize with the arguments "nutgraf: Show Summary" sends.
    const summary = asSummaryResult(
      await within(connection.sendRequest('workspace/executeCommand', { command: SERVER_SUMMARIZE_COMMAND, arguments: [{ uri: txtUri }] }), 10000, 'executeCommand'),
    );
    assert.ok(summary && summary.summary.length > 0 && summary.sentences.length > 0, JSON.stringify(summary));
    const withRange = asSummaryResult(
      await within(
        connection.sendRequest('workspace/executeCommand', {
          command: SERVER_SUMMARIZE_COMMAND,
          arguments: [{ uri: txtUri, range: { start: { line: 5, character: 0 }, end: { line: 6, character: 52 } } }],
        }),
        10000,
        'executeCommand with range',
      ),
    );
    const selected = PLAIN.split('\n').slice(5, 7).join(' ');
    assert.ok(withRange && withRange.sentences.length > 0, JSON.stringify(withRange));
    for (const s of withRange!.sentences) {
      assert.ok(selected.includes(s.text), `"${s.text}" is not from the selected lines`);
    }

    // A settings change reaches the server the way the extension sends it
    // (didChangeConfiguration with {nutgraf: ...}, then workspace/configuration pulls).
    userSettings = { ...userSettings, 'summary.label': 'In short' };
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { [SECTION]: current() } });
    let label = '';
    for (let i = 0; i < 20 && !label.startsWith('In short:'); i++) {
      const txtActions = await actionsAt(txtUri, 2);
      const a = pickAction(txtActions, 'Summarize article');
      assert.ok(a, `plain text titles: ${txtActions.map((x) => x.title).join(', ')}`);
      const r = a!.edit ? a! : ((await within(connection.sendRequest('codeAction/resolve', a), 10000, 'resolve')) as CodeAction);
      label = editTexts(r).join('\n').trim();
      if (!label.startsWith('In short:')) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    assert.match(label, /^In short: /, `plain-text summary after the label change: ${label}`);

    await within(connection.sendRequest('shutdown'), 5000, 'shutdown');
    await connection.sendNotification('exit');
  } catch (error) {
    throw new Error(`${String(error)}\n--- server stderr ---\n${stderr.slice(-2000)}`);
  } finally {
    connection.dispose();
    setTimeout(() => child.kill(), 500).unref();
  }
});
