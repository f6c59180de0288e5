/**
 * Structural GFM checks (no markdown parser is installed): every table has a delimiter row
 * and rows with the header's column count; `<details>`/`<summary>` tags are balanced and
 * nested properly; code fences are closed. Returns the problems found.
 */
export function checkMarkdownStructure(markdown: string): string[] {
  const problems: string[] = []
  const lines = markdown.split('\n')
  let fence: string | undefined
  let details = 0
  const cells = (line: string) =>
    line
      .replace(/\\\|/g, '')
      .replace(/^\||\|$/g, '')
      .split('|').length
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const fenceMatch = /^(`{3,})/.exec(line)
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence && line.trim() === fence) fence = undefined
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]
      continue
    }
    for (const tag of line.match(/<\/?(details|summary)>/g) ?? []) {
      if (tag === '<details>') details++
      if (tag === '</details>') details--
      if (details < 0) problems.push(`line ${i + 1}: </details> without <details>`)
    }
    if ((line.match(/<summary>/g) ?? []).length !== (line.match(/<\/summary>/g) ?? []).length)
      problems.push(`line ${i + 1}: unbalanced <summary>`)
    if (line.startsWith('|') && !(lines[i - 1] ?? '').startsWith('|')) {
      const delimiter = lines[i + 1] ?? ''
      if (!/^\|( *:?-+:? *\|)+$/.test(delimiter)) problems.push(`line ${i + 2}: table without a delimiter row`)
      const width = cells(line)
      if (cells(delimiter) !== width)
        problems.push(`line ${i + 2}: delimiter row has ${cells(delimiter)} cells, header ${width}`)
      for (let j = i + 2; j < lines.length && (lines[j] as string).startsWith('|'); j++) {
        if (cells(lines[j] as string) !== width)
          problems.push(`line ${j + 1}: ${cells(lines[j] as string)} cells, header has ${width}`)
      }
    }
  }
  if (fence) problems.push('unclosed code fence')
  if (details !== 0) problems.push(`${details} unclosed <details>`)
  return problems
}
