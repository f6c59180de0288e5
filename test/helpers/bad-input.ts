/**
 * Hostile inputs shared by the hardening tests: YAML alias bombs small enough to write and
 * parse in milliseconds, which expand to billions of nodes if anything follows the aliases.
 */

/** The password seeded into Secrets; it must appear in no output, error or file. */
export const SEEDED_SECRET = 'Tr0ub4dor&3-horse-battery'

/**
 * A "billion laughs" YAML mapping: `levels` anchors, each a list of `width` aliases of the
 * previous one (9 levels of 9 → 387 million leaves).
 *
 * @param indent prefix of every line, to nest the bomb under a key.
 */
export function aliasBomb(levels = 9, width = 9, indent = ''): string {
  let text = `${indent}l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n`
  for (let i = 1; i < levels; i++)
    text += `${indent}l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]\n`
  return text
}

/** A ConfigMap whose `data` holds {@link aliasBomb} (values are lists, so it is also a schema error — if it were ever read). */
export function bombConfigMap(name = 'bomb'): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${aliasBomb(9, 9, '  ')}`
}
