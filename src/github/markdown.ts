/**
 * Escaping for GitHub-flavoured Markdown: every string that comes from manifests, git or
 * config (resource names, Secret key names, render errors, refs, notes) goes through one of
 * these before it lands in a PR comment, a job summary or an annotation, so that it can only
 * ever be text — no raw HTML (`<!--`, `<img>`), no `@mention`, no image, no link, no
 * emphasis, no new line or list item (a forged "production: 0 to destroy"), and no code
 * fence that the content can close.
 *
 * Rules implemented (GFM spec, github.github.com/gfm):
 * - §2.4 backslash escapes: any ASCII punctuation may be backslash-escaped, and then has no
 *   Markdown meaning (links, images, emphasis, code spans, autolinks `<…>`, HTML).
 * - §6.2 entity references: `&` is written `&amp;` so `&lt;`/`&#64;` in the input stay literal.
 * - §4.5 fenced code blocks: the closing fence must be at least as long as the opening one,
 *   so a fence longer than every backtick run inside cannot be closed by the content.
 * - §6.1 code spans: delimited by a backtick string of a length that does not occur inside;
 *   one space of padding is stripped when the content starts or ends with a backtick.
 * - §4.10 tables: `|` splits cells even inside a code span unless written `\|`.
 * - §6.9 autolinks (extension): `www.` and `http(s)://` in text become links — a zero-width
 *   space after the scheme/`www` breaks them.
 * - GitHub's `@mention` filter works on the rendered text (html-pipeline MentionFilter,
 *   skipping `code`/`pre`), so a backslash does not stop it; a zero-width space after `@` does.
 */

/** U+200B ZERO WIDTH SPACE: invisible, and breaks mentions and bare-URL autolinks. */
const ZWSP = '\u200b'

/**
 * The punctuation that can start Markdown inside a line (GFM §2.4): backslash, code span,
 * emphasis/strikethrough, link and image brackets (without `[`/`]` no link or image can form,
 * so `(`, `)` and `!` need no escape), math (`$`) and `|` for tables. `<`/`>` are entities.
 * Line-start syntax (`#`, `-`, `1.`, `>`) cannot occur: the text never starts a line.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g

/** C0/C1 control characters other than tab, and the Unicode line/paragraph separators. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g

/** Breaks `@mentions` and bare-URL autolinks (`http://`, `https://`, `www.`), case-insensitively. */
function neutralize(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\b(https?|ftp|mailto|file|data|javascript)(:)/gi, `$1${ZWSP}$2`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
}

/** Line breaks and control characters become single spaces: the text stays on its line. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(CONTROL, ' ')
}

/**
 * Inline text (paragraph, list item, heading, blockquote, table cell): one line, every
 * Markdown-significant character backslash-escaped, `&`, `<`, `>` as entities, mentions and
 * bare URLs broken.
 *
 * @example text('**production**: 0 to destroy @team ![x](http://t)') — renders literally.
 */
export function text(value: string): string {
  return neutralize(
    oneLine(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`),
  )
}

/** Options of {@link cell} and {@link code}. */
export interface CellOptions {
  /** Keep the value's line breaks as `<br>` (table cells only); default: spaces. */
  lineBreaks?: boolean
}

/**
 * A table cell: {@link text}, with line breaks kept as `<br>` when asked (GFM tables cannot
 * hold a raw newline).
 */
export function cell(value: string, options: CellOptions = {}): string {
  if (!options.lineBreaks) return text(value)
  return value
    .split(/\r\n?|\n/)
    .map((line) => text(line))
    .join('<br>')
}

/** Options of {@link code}. */
export interface CodeOptions {
  /** The span sits in a table cell: `|` is written `\|` (GFM §4.10, also inside code). */
  table?: boolean
}

/**
 * An inline code span that its content cannot end: the delimiter is one backtick longer than
 * the longest backtick run inside, with a space of padding when the content starts or ends
 * with a backtick (GFM §6.1). Code spans are not processed for mentions, links or HTML.
 */
export function code(value: string, options: CodeOptions = {}): string {
  let body = oneLine(value)
  if (options.table) body = body.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const delimiter = '`'.repeat(longest + 1)
  const pad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '')
      ? ' '
      : ''
  return `${delimiter}${pad}${body === '' ? ' ' : body}${pad}${delimiter}`
}

/**
 * The opening/closing fence for a fenced code block holding `content`: backticks, at least
 * three and one more than the longest backtick run in the content (GFM §4.5), so no line of
 * the content can close the block.
 */
export function fenceFor(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length))
  return '`'.repeat(Math.max(3, longest + 1))
}

/**
 * A fenced code block: `info` (e.g. `diff`) after the opening fence; the content's control
 * characters (other than tab and newline) become spaces.
 *
 * @returns the block's lines, without a trailing newline.
 */
export function fenced(content: string, info = ''): string {
  const body = content.replace(/\r\n?/g, '\n').replace(CONTROL, ' ')
  const fence = fenceFor(body)
  return `${fence}${info.replace(/[^A-Za-z0-9_+-]/g, '')}\n${body}\n${fence}`
}

/**
 * Text inside our own HTML (`<summary>…</summary>`, `<sub>…</sub>`): one line, `& < > " '`
 * as entities, mentions and bare URLs broken. Markdown is not processed inside an HTML
 * block, so backslashes would show; entities do not.
 */
export function htmlText(value: string): string {
  return neutralize(
    oneLine(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;'),
  )
}

/**
 * An annotation message or title (`core.warning(message, { title })`): GitHub shows these as
 * plain text, so nothing is backslash-escaped; control characters become spaces (line breaks
 * are kept only when `multiline`), and mentions and bare URLs are broken. Workflow-command
 * escaping (`%`, CR, LF) is @actions/core's job.
 */
export function annotationText(value: string, multiline = false): string {
  const cleaned = multiline ? value.replace(/\r\n?/g, '\n').replace(CONTROL, ' ') : oneLine(value)
  return neutralize(cleaned)
}
