// The server's code actions and the palette commands that run them. Pure (no `vscode`).

/** Languages the server accepts; the document selector uses the VS Code ones. */
export const SERVER_LANGUAGE_IDS: readonly string[] = ['markdown', 'plaintext', 'text', 'txt', 'mdx'];

/** VS Code language ids the client is started for. */
export const CLIENT_LANGUAGE_IDS: readonly string[] = ['markdown', 'plaintext', 'mdx'];

/** URI schemes the client handles: files on disk and untitled (never saved) buffers. */
export const SCHEMES: readonly string[] = ['file', 'untitled'];

export interface DocumentFilter {
  language: string;
  scheme: string;
}

export function documentSelector(): DocumentFilter[] {
  const out: DocumentFilter[] = [];
  for (const language of CLIENT_LANGUAGE_IDS) {
    for (const scheme of SCHEMES) {
      out.push({ language, scheme });
    }
  }
  return out;
}

export interface ActionCommand {
  /** VS Code command id. */
  command: string;
  /** Title of the server's code action it runs. */
  title: string;
  /** The action needs a non-empty selection. */
  needsSelection: boolean;
}

export const ACTION_COMMANDS: readonly ActionCommand[] = [
  { command: 'nutgraf.summarizeArticle', title: 'Summarize article', needsSelection: false },
  { command: 'nutgraf.summarizeSection', title: 'Summarize section', needsSelection: false },
  { command: 'nutgraf.summarizeParagraph', title: 'Summarize paragraph', needsSelection: false },
  { command: 'nutgraf.summarizeSelection', title: 'Summarize selection', needsSelection: true },
  { command: 'nutgraf.replaceSelectionWithSummary', title: 'Replace selection with summary', needsSelection: true },
];

/** The server command that returns `{summary, sentences:[{range,text}]}`. */
export const SERVER_SUMMARIZE_COMMAND = 'nutgraf.summarize';

/** True when an offered title is this action: exact, or with a parenthesized note such as
 * "Summarize article (first 5 KB of 9 KB)" (the server's title for truncated documents). */
export function titleMatches(offered: string, title: string): boolean {
  const a = offered.toLowerCase();
  const b = title.toLowerCase();
  return a === b || a.startsWith(b + ' (');
}

/** Picks the action with this title (exact first, then case-insensitive or with a note). */
export function pickAction<T extends { title: string }>(actions: readonly T[], title: string): T | undefined {
  return actions.find((a) => a.title === title) ?? actions.find((a) => titleMatches(a.title, title));
}

export interface SummaryResult {
  summary: string;
  sentences: { text: string }[];
  /** Set when the document was too large to read whole. */
  note?: string;
}

/** Validates the result of `nutgraf.summarize`. */
export function asSummaryResult(value: unknown): SummaryResult | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const v = value as { summary?: unknown; sentences?: unknown };
  if (typeof v.summary !== 'string') {
    return undefined;
  }
  const sentences = Array.isArray(v.sentences)
    ? v.sentences.filter((s): s is { text: string } => s !== null && typeof s === 'object' && typeof (s as { text?: unknown }).text === 'string')
    : [];
  const note = (value as { note?: unknown }).note;
  return typeof note === 'string' && note !== '' ? { summary: v.summary, sentences, note } : { summary: v.summary, sentences };
}

/** Markdown shown by "nutgraf: Show Summary". */
export function renderSummary(result: SummaryResult, documentName: string, label = 'TL;DR'): string {
  const lines = [`# ${label}: ${documentName}`, '', result.summary.trim() === '' ? '_(nothing to summarize)_' : result.summary.trim(), ''];
  if (result.note) {
    lines.push(`_${result.note}_`, '');
  }
  if (result.sentences.length > 0) {
    lines.push('## Sentences', '');
    for (const s of result.sentences) {
      lines.push(`- ${s.text.replace(/\s+/g, ' ').trim()}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
