// Where the `nutgraf` executable is. Pure apart from the injected file checks, so it is
// unit-tested with node's test runner.
import * as path from 'path';

export interface PathEnvironment {
  /** `nutgraf.path` as configured ('' when unset). */
  configured: string | undefined;
  /** Workspace folder paths (file system paths), first one first. */
  workspaceFolders: readonly string[];
  /** process.env */
  env: { [name: string]: string | undefined };
  /** process.platform */
  platform: string;
  /** os.homedir() */
  home: string;
  /** True for an existing, executable regular file. */
  isExecutable(file: string): boolean;
  /** The extension's own folder: a per-platform package carries the server in `server/`. */
  extensionPath?: string;
}

export interface ResolvedServer {
  /** What to spawn. */
  command: string;
  /** Where it came from, for messages. */
  source: 'setting' | 'bundled' | 'PATH' | 'cargo' | 'fallback';
  /** False when nothing was found; `command` is then the bare name, which will fail to spawn. */
  found: boolean;
}

const NAME = 'nutgraf';

function pathApi(platform: string): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Expands `~`, `${userHome}`, `${workspaceFolder}` and `${env:NAME}`; resolves relative paths. */
export function expandConfiguredPath(configured: string, env: PathEnvironment): string {
  const p = pathApi(env.platform);
  const folder = env.workspaceFolders[0];
  let value = configured.trim();
  value = value.replace(/\$\{userHome\}/g, env.home);
  value = value.replace(/\$\{env:([^}]+)\}/g, (_, name: string) => env.env[name] ?? '');
  if (folder !== undefined) {
    value = value.replace(/\$\{workspaceFolder\}/g, folder);
  }
  if (value === '~') {
    value = env.home;
  } else if (value.startsWith('~/') || value.startsWith('~\\')) {
    value = p.join(env.home, value.slice(2));
  }
  // A bare name ("nutgraf-dev") is looked up on PATH; a relative path ("bin/nutgraf") is
  // taken from the first workspace folder.
  if (!p.isAbsolute(value) && /[\\/]/.test(value) && folder !== undefined) {
    value = p.resolve(folder, value);
  }
  return value;
}

/** Candidate file names for `name` on this platform (PATHEXT on Windows). */
function executableNames(name: string, env: PathEnvironment): string[] {
  if (env.platform !== 'win32' || /\.[^\\/]+$/.test(name)) {
    return [name];
  }
  const exts = (env.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter((e) => e !== '');
  return [name, ...exts.map((e) => name + e.toLowerCase()), ...exts.map((e) => name + e)];
}

/** First executable `name` on PATH, or undefined. */
export function findOnPath(name: string, env: PathEnvironment): string | undefined {
  const p = pathApi(env.platform);
  const pathVar = env.env.PATH ?? env.env.Path ?? '';
  const sep = env.platform === 'win32' ? ';' : ':';
  for (const dir of pathVar.split(sep)) {
    if (dir === '') {
      continue;
    }
    for (const file of executableNames(name, env)) {
      const candidate = p.join(dir, file);
      if (env.isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/** The server a per-platform package carries: `server/nutgraf` (`server\\nutgraf.exe`). */
export function bundledServerPath(extensionPath: string, platform: string): string {
  return pathApi(platform).join(extensionPath, 'server', platform === 'win32' ? `${NAME}.exe` : NAME);
}

/**
 * The server to start: `nutgraf.path` if set (a bare name is looked up on PATH), else the
 * server bundled in the extension (`server/nutgraf`, in per-platform packages), else `nutgraf`
 * on PATH, else `~/.cargo/bin/nutgraf` (where `cargo install` puts it, often missing from the
 * PATH of a desktop-launched editor).
 */
export function resolveServerPath(env: PathEnvironment): ResolvedServer {
  const p = pathApi(env.platform);
  const configured = (env.configured ?? '').trim();
  if (configured !== '') {
    const expanded = expandConfiguredPath(configured, env);
    if (p.isAbsolute(expanded)) {
      for (const file of executableNames(expanded, env)) {
        if (env.isExecutable(file)) {
          return { command: file, source: 'setting', found: true };
        }
      }
      return { command: expanded, source: 'setting', found: false };
    }
    const onPath = findOnPath(expanded, env);
    return { command: onPath ?? expanded, source: 'setting', found: onPath !== undefined };
  }
  if (env.extensionPath) {
    const bundled = bundledServerPath(env.extensionPath, env.platform);
    if (env.isExecutable(bundled)) {
      return { command: bundled, source: 'bundled', found: true };
    }
  }
  const onPath = findOnPath(NAME, env);
  if (onPath) {
    return { command: onPath, source: 'PATH', found: true };
  }
  const cargoHome = env.env.CARGO_HOME || p.join(env.home, '.cargo');
  for (const file of executableNames(p.join(cargoHome, 'bin', NAME), env)) {
    if (env.isExecutable(file)) {
      return { command: file, source: 'cargo', found: true };
    }
  }
  return { command: NAME, source: 'fallback', found: false };
}
