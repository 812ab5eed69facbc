// VS Code client of the nutgraf language server.
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import {
  ACTION_COMMANDS,
  ActionCommand,
  CLIENT_LANGUAGE_IDS,
  SCHEMES,
  SERVER_SUMMARIZE_COMMAND,
  asSummaryResult,
  documentSelector,
  pickAction,
  renderSummary,
} from './actions';
import { ResolvedServer, bundledServerPath, resolveServerPath } from './serverPath';
import { SECTION, affectsServer, configurationItem, toServerSettings, JsonObject } from './settings';

const SUMMARY_SCHEME = 'nutgraf-summary';

let client: LanguageClient | undefined;
/** The extension's folder (a per-platform package has the server in `server/`). */
let extensionPath: string | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;
let output: vscode.OutputChannel;
const reportedProblems = new Set<string>();
const summaries = new Map<string, string>();
const summaryChanged = new vscode.EventEmitter<vscode.Uri>();

function isExecutable(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      return false;
    }
    if (process.platform === 'win32') {
      return true;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Server settings for a scope, from the `nutgraf.*` settings; problems are logged once. */
function serverSettings(scope?: vscode.Uri): JsonObject {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const { settings, problems } = toServerSettings((key) => config.get(key));
  for (const problem of problems) {
    if (!reportedProblems.has(problem)) {
      reportedProblems.add(problem);
      output.appendLine(`[settings] ignored: ${problem}`);
      void vscode.window.showWarningMessage(`nutgraf: ${problem} (ignored)`);
    }
  }
  return settings;
}

function isNutgrafDocument(document: vscode.TextDocument): boolean {
  return CLIENT_LANGUAGE_IDS.includes(document.languageId) && SCHEMES.includes(document.uri.scheme);
}

async function offerSettings(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output');
  if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'nutgraf.path');
  } else if (choice === 'Show Output') {
    output.show(true);
  }
}

/** Where the server came from, as the output channel says it. */
const SOURCE_NOTES: Record<ResolvedServer['source'], string> = {
  setting: 'from the nutgraf.path setting',
  bundled: 'bundled with the extension',
  PATH: 'from PATH',
  cargo: 'from ~/.cargo/bin',
  fallback: 'not found',
};

/** A bundled server unpacked without its executable bit (some unzippers keep no modes) gets it. */
function makeBundledExecutable(): void {
  if (!extensionPath || process.platform === 'win32') {
    return;
  }
  const bundled = bundledServerPath(extensionPath, process.platform);
  try {
    if (fs.statSync(bundled).isFile() && !isExecutable(bundled)) {
      fs.chmodSync(bundled, 0o755);
    }
  } catch {
    // no bundled server: a platform-neutral package
  }
}

function createClient(): LanguageClient | undefined {
  makeBundledExecutable();
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('path');
  const resolved = resolveServerPath({
    configured,
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    env: process.env,
    platform: process.platform,
    home: os.homedir(),
    isExecutable,
    extensionPath,
  });
  output.appendLine(`[client] server: ${resolved.command} (${SOURCE_NOTES[resolved.source]})`);
  if (!resolved.found) {
    const where = resolved.source === 'setting' ? `nutgraf.path (${resolved.command})` : '`nutgraf` on PATH or in ~/.cargo/bin';
    void offerSettings(
      `nutgraf: server not found: ${where}. Install it (cargo install --locked --path . in the nutgraf repository), install the extension package for your platform (it carries the server), or set nutgraf.path.`,
    );
    return undefined;
  }

  const serverOptions: ServerOptions = {
    run: { command: resolved.command, transport: TransportKind.stdio },
    debug: {
      command: resolved.command,
      transport: TransportKind.stdio,
      options: { env: { ...process.env, NUTGRAF_LOG: process.env.NUTGRAF_LOG ?? 'debug' } },
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    initializationOptions: () => serverSettings(),
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      workspace: {
        // workspace/configuration: answer with the server's keys only (no nutgraf.path).
        configuration: (params, _token, _next) =>
          params.items.map((item) => {
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return configurationItem(item.section, serverSettings(scope));
          }),
        // workspace/didChangeConfiguration: the same cleaned-up object.
        didChangeConfiguration: async (_sections, _next) => {
          if (client) {
            await client.sendNotification(DidChangeConfigurationNotification.type, {
              settings: { [SECTION]: serverSettings() },
            });
          }
        },
      },
    },
  };

  return new LanguageClient('nutgraf', 'nutgraf', serverOptions, clientOptions);
}

/** Starts the client if it is not running; resolves to it, or undefined if it can't start. */
async function ensureClient(): Promise<LanguageClient | undefined> {
  if (client && client.state === State.Running) {
    return client;
  }
  if (starting) {
    return starting;
  }
  starting = (async () => {
    if (!client) {
      client = createClient();
    }
    if (!client) {
      return undefined;
    }
    try {
      if (client.state === State.Stopped) {
        await client.start();
      } else if (client.state === State.Starting) {
        await new Promise<void>((resolve) => {
          const sub = client!.onDidChangeState((e) => {
            if (e.newState !== State.Starting) {
              sub.dispose();
              resolve();
            }
          });
        });
      }
      return client.state === State.Running ? client : undefined;
    } catch (error) {
      output.appendLine(`[client] start failed: ${String(error)}`);
      void offerSettings(`nutgraf: the server did not start: ${String(error)}`);
      const failed = client;
      client = undefined;
      await failed.dispose().catch(() => undefined);
      return undefined;
    }
  })();
  try {
    return await starting;
  } finally {
    starting = undefined;
  }
}

async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.dispose(2000);
    } catch (error) {
      output.appendLine(`[client] stop: ${String(error)}`);
    }
  }
}

async function restartServer(): Promise<void> {
  await stopClient();
  reportedProblems.clear();
  const started = await ensureClient();
  if (started) {
    void vscode.window.setStatusBarMessage('nutgraf: server restarted', 3000);
  }
}

function activeProseEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isNutgrafDocument(editor.document)) {
    void vscode.window.showWarningMessage('nutgraf: open a Markdown or plain-text document first.');
    return undefined;
  }
  return editor;
}

/** Runs one of the server's code actions on the active editor; falls back to showing a summary. */
async function runAction(spec: ActionCommand): Promise<void> {
  const editor = activeProseEditor();
  if (!editor) {
    return;
  }
  if (spec.needsSelection && editor.selection.isEmpty) {
    void vscode.window.showWarningMessage(`nutgraf: "${spec.title}" needs a selection.`);
    return;
  }
  if (!(await ensureClient())) {
    return;
  }
  const range = spec.needsSelection ? editor.selection : new vscode.Range(editor.selection.active, editor.selection.active);
  // Through VS Code's own provider API, so the middleware and codeAction/resolve apply.
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      range,
      undefined,
      50,
    )) ?? [];
  const action = pickAction(actions, spec.title);
  if (!action) {
    output.appendLine(`[client] no "${spec.title}" code action here; offered: ${actions.map((a) => a.title).join(', ')}`);
    await showSummary(spec.needsSelection ? editor.selection : undefined);
    return;
  }
  if (typeof (action as vscode.Command).command === 'string') {
    // A bare Command (not a CodeAction).
    const command = action as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    return;
  }
  const codeAction = action as vscode.CodeAction;
  if (codeAction.edit) {
    const applied = await vscode.workspace.applyEdit(codeAction.edit);
    if (!applied) {
      void vscode.window.showErrorMessage(`nutgraf: could not apply "${spec.title}".`);
      return;
    }
  }
  if (codeAction.command) {
    await vscode.commands.executeCommand(codeAction.command.command, ...(codeAction.command.arguments ?? []));
  }
}

/** Asks the server (`nutgraf.summarize`) for a summary and shows it beside the document. */
async function showSummary(selection?: vscode.Selection): Promise<void> {
  const editor = activeProseEditor();
  if (!editor) {
    return;
  }
  const running = await ensureClient();
  if (!running) {
    return;
  }
  const sel = selection ?? (editor.selection.isEmpty ? undefined : editor.selection);
  const args: { uri: string; range?: unknown } = {
    uri: running.code2ProtocolConverter.asUri(editor.document.uri),
  };
  if (sel) {
    args.range = running.code2ProtocolConverter.asRange(sel);
  }
  let result;
  try {
    result = asSummaryResult(
      await running.sendRequest(ExecuteCommandRequest.type, { command: SERVER_SUMMARIZE_COMMAND, arguments: [args] }),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`nutgraf: ${SERVER_SUMMARIZE_COMMAND} failed: ${String(error)}`);
    return;
  }
  if (!result) {
    void vscode.window.showWarningMessage('nutgraf: the server returned no summary.');
    return;
  }
  const name = editor.document.uri.path.split('/').pop() || 'document';
  const label = vscode.workspace.getConfiguration(SECTION, editor.document.uri).get<string>('summary.label') || 'TL;DR';
  const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name}.summary.md` });
  summaries.set(uri.toString(), renderSummary(result, name, label));
  summaryChanged.fire(uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('nutgraf');
  extensionPath = context.extensionPath;
  context.subscriptions.push(output, summaryChanged);
  await vscode.commands.executeCommand('setContext', 'nutgraf.languages', CLIENT_LANGUAGE_IDS);

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, {
      onDidChange: summaryChanged.event,
      provideTextDocumentContent: (uri) => summaries.get(uri.toString()) ?? '',
    }),
    vscode.commands.registerCommand('nutgraf.restartServer', restartServer),
    vscode.commands.registerCommand('nutgraf.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('nutgraf.showSummary', () => showSummary()),
    ...ACTION_COMMANDS.map((spec) => vscode.commands.registerCommand(spec.command, () => runAction(spec))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.path`)) {
        void restartServer();
      } else if (affectsServer((section) => event.affectsConfiguration(section))) {
        reportedProblems.clear();
      }
    }),
    { dispose: () => void stopClient() },
  );

  // Activated by onLanguage:markdown / onLanguage:plaintext (or a command): start right away.
  await ensureClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
