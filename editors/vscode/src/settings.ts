// Mapping of the extension's `nutgraf.*` settings to what the server understands.
// Pure: no `vscode` import, so it is unit-tested with node's test runner.

/** The configuration section the server pulls (`workspace/configuration`). */
export const SECTION = 'nutgraf';

/** Settings that only the extension reads; never sent to the server. */
export const CLIENT_ONLY_KEYS: readonly string[] = ['path', 'trace.server'];

type Kind = 'integer' | 'number' | 'string' | 'boolean';

interface ServerKey {
  /** Dotted key below `nutgraf.` (VS Code and the server use the same names). */
  key: string;
  kind: Kind;
  /** Allowed values for enumerations. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** What a string must look like (the server refuses anything else). */
  pattern?: RegExp;
  /** How to say what `pattern` wants. */
  patternHint?: string;
}

/** Every server setting, as documented in DESIGN.md §2. */
export const SERVER_KEYS: readonly ServerKey[] = [
  { key: 'summary.sentences', kind: 'integer', min: 0 },
  { key: 'summary.maxWords', kind: 'integer', min: 0 },
  { key: 'summary.label', kind: 'string' },
  { key: 'summary.style', kind: 'string', values: ['blockquote', 'callout', 'plain'] },
  { key: 'hover.enabled', kind: 'boolean' },
  { key: 'hover.minWords', kind: 'integer', min: 0 },
  { key: 'codeLens.enabled', kind: 'boolean' },
  {
    key: 'frontMatter.descriptionKey',
    kind: 'string',
    pattern: /^[\p{L}\p{N}_.-]+$/u,
    patternHint: 'a key name (letters, digits, `_`, `-`, `.`)',
  },
  { key: 'frontMatter.maxChars', kind: 'integer', min: 20 },
  { key: 'check.enabled', kind: 'boolean' },
  { key: 'check.minSupport', kind: 'number', min: 0, max: 1 },
  { key: 'language', kind: 'string' },
  { key: 'maxDocumentBytes', kind: 'integer', min: 1024 },
];

/** A JSON object as sent over LSP. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ServerSettings {
  /** Nested object: `{ summary: { sentences: 2 }, hover: { enabled: true }, ... }`. */
  settings: JsonObject;
  /** Human-readable problems with values that were left out. */
  problems: string[];
}

function checkValue(spec: ServerKey, value: unknown): string | undefined {
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return `nutgraf.${spec.key} must be an integer, got ${JSON.stringify(value)}`;
      }
      if (spec.min !== undefined && value < spec.min) {
        return `nutgraf.${spec.key} must be at least ${spec.min}, got ${value}`;
      }
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `nutgraf.${spec.key} must be a number, got ${JSON.stringify(value)}`;
      }
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return `nutgraf.${spec.key} must be from ${spec.min} to ${spec.max}, got ${value}`;
      }
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `nutgraf.${spec.key} must be true or false, got ${JSON.stringify(value)}`;
    case 'string':
      if (typeof value !== 'string') {
        return `nutgraf.${spec.key} must be a string, got ${JSON.stringify(value)}`;
      }
      if (spec.values && !spec.values.includes(value)) {
        return `nutgraf.${spec.key} must be one of ${spec.values.join(', ')}, got ${JSON.stringify(value)}`;
      }
      if (spec.pattern && !spec.pattern.test(value.trim())) {
        return `nutgraf.${spec.key} must be ${spec.patternHint ?? spec.pattern.source}, got ${JSON.stringify(value)}`;
      }
      return undefined;
  }
}

function setPath(target: JsonObject, dotted: string, value: Json): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) {
      node[part] = {};
    }
    node = node[part] as JsonObject;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * Builds the server's settings object from a getter of `nutgraf.*` values (for VS Code:
 * `workspace.getConfiguration('nutgraf').get`). `null`/`undefined` values (the defaults of
 * the integer settings) are left out, so the server uses its own default; ill-typed values
 * are left out and reported.
 */
export function toServerSettings(get: (key: string) => unknown): ServerSettings {
  const settings: JsonObject = {};
  const problems: string[] = [];
  for (const spec of SERVER_KEYS) {
    const value = get(spec.key);
    if (value === undefined || value === null) {
      continue;
    }
    const problem = checkValue(spec, value);
    if (problem) {
      problems.push(problem);
      continue;
    }
    setPath(settings, spec.key, value as Json);
  }
  return { settings, problems };
}

/**
 * The answer to one `workspace/configuration` item. `section` is `nutgraf`, a sub-section
 * such as `nutgraf.summary`, or undefined (everything, wrapped as `{ nutgraf: ... }`).
 * Sections of other servers get `null`.
 */
export function configurationItem(section: string | undefined, settings: JsonObject): Json {
  if (section === undefined || section === '') {
    return { [SECTION]: settings };
  }
  if (section === SECTION) {
    return settings;
  }
  if (!section.startsWith(SECTION + '.')) {
    return null;
  }
  let node: Json = settings;
  for (const part of section.slice(SECTION.length + 1).split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(part in node)) {
      return null;
    }
    node = (node as JsonObject)[part];
  }
  return node;
}

/** True when a configuration change concerns the server (not only client-only keys). */
export function affectsServer(affects: (section: string) => boolean): boolean {
  return SERVER_KEYS.some((spec) => affects(`${SECTION}.${spec.key}`));
}
