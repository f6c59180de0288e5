/**
 * The default production rule, shared by policies (`match.production`) and plan risks, for
 * environments the config does not mark with `environments.<name>.production`: the name
 * contains `prod`, case-insensitive (`production`, `production-dr`, `prod-eu`).
 */
export function isProductionByName(environment: string): boolean {
  return /prod/i.test(environment)
}
