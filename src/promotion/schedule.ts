/**
 * Durations (`2h`, `30m`, `1d`, `1h30m`) and maintenance windows
 * (`"Sun 02:00-06:00 UTC"`, `"Mon-Fri 22:00-02:00 Europe/London"`), parsed strictly.
 * Wall-clock times in a zone come from `Intl.DateTimeFormat` (ECMA-402, IANA tz database).
 */
import { ConfigError } from '../errors.js'

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

/**
 * Parses a duration: one or more `<integer><unit>` parts in the order d, h, m, s
 * (`1d`, `2h`, `1h30m`, `90s`), at most 366 days.
 *
 * @param key the config key or flag, for the error (`promotion.environments.production.soak`).
 * @returns milliseconds (> 0).
 * @throws {ConfigError} naming the key and value for anything else (`2`, `2 h`, `-1h`, `1.5h`, `0m`).
 */
export function parseDuration(value: string, key: string, file?: string): number {
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value)
  const ms = match
    ? Number(match[1] ?? 0) * UNIT_MS.d +
      Number(match[2] ?? 0) * UNIT_MS.h +
      Number(match[3] ?? 0) * UNIT_MS.m +
      Number(match[4] ?? 0) * UNIT_MS.s
    : NaN
  if (!match || value === '' || !(ms > 0) || ms > 366 * UNIT_MS.d)
    throw new ConfigError(`${key}: ${JSON.stringify(value)} is not a duration like 30m, 2h, 1d or 1h30m`, file)
  return ms
}

/**
 * Formats milliseconds as people read a time left: `1h12m`, `2d3h`, `45m`, `30s`; minutes
 * are rounded up (a gate that opens in 59 s shows `1m`, never `0m`).
 */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Math.max(0, Math.ceil(ms / 1000))}s`
  let minutes = Math.ceil(ms / 60_000)
  const days = Math.floor(minutes / 1440)
  minutes -= days * 1440
  const hours = Math.floor(minutes / 60)
  minutes -= hours * 60
  return [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}m` : ''].join('') || '0m'
}

/** A weekly maintenance window. Times are minutes after local midnight in `zone`. */
export interface MaintenanceWindow {
  /** As written in the config. */
  text: string
  /** Days the window starts on, 0 = Sunday. */
  days: number[]
  startMinute: number
  /** Exclusive; at or before `startMinute` means the window ends the next day. */
  endMinute: number
  /** `UTC` or an IANA zone name. */
  zone: string
}

/**
 * Parses `DAYS HH:MM-HH:MM ZONE`: DAYS is a day (`Sun`), a range (`Mon-Fri`, `Sat-Sun`), a
 * comma list of either (`Mon,Wed,Fri`) or `daily`; times are 24-hour (`24:00` allowed as
 * an end); an end at or before the start crosses midnight; ZONE is `UTC` or an IANA name.
 *
 * @throws {ConfigError} naming the key and value, and what is wrong with it.
 */
export function parseWindow(value: string, key: string, file?: string): MaintenanceWindow {
  const fail = (why: string): never => {
    throw new ConfigError(
      `${key}: ${JSON.stringify(value)} ${why} (expected a window like "Sun 02:00-06:00 UTC")`,
      file,
    )
  }
  const match = /^(\S+) (\d{2}):(\d{2})-(\d{2}):(\d{2}) (\S+)$/.exec(value)
  if (!match) return fail('is not DAYS HH:MM-HH:MM ZONE')
  const [, dayText, sh, sm, eh, em, zone] = match as unknown as [string, string, string, string, string, string, string]
  const days = new Set<number>()
  if (dayText.toLowerCase() === 'daily') for (let d = 0; d < 7; d++) days.add(d)
  else {
    for (const part of dayText.split(',')) {
      const [a, b, extra] = part.split('-')
      const from = DAYS.indexOf((a ?? '').toLowerCase() as (typeof DAYS)[number])
      const to = b === undefined ? from : DAYS.indexOf(b.toLowerCase() as (typeof DAYS)[number])
      if (extra !== undefined || from < 0 || to < 0)
        fail(`has an unknown day "${part}" (use Sun, Mon, Tue, Wed, Thu, Fri, Sat, a range like Mon-Fri, or daily)`)
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d)
        if (d === to) break
      }
    }
  }
  const start = Number(sh) * 60 + Number(sm)
  const end = Number(eh) * 60 + Number(em)
  if (Number(sh) > 23 || Number(sm) > 59) fail(`has an invalid start time ${sh}:${sm}`)
  if (Number(eh) > 24 || Number(em) > 59 || (Number(eh) === 24 && Number(em) !== 0))
    fail(`has an invalid end time ${eh}:${em}`)
  if (start === end % 1440 && end !== 1440) fail('starts and ends at the same time')
  if (zone !== 'UTC') {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
    } catch {
      fail(`has an unknown time zone "${zone}" (use UTC or an IANA name like Europe/London)`)
    }
  }
  return { text: value, days: [...days].sort(), startMinute: start, endMinute: end, zone }
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Day of week (0 = Sunday) and minute of the day of an instant, in a zone. */
function localTime(ms: number, zone: string): { day: number; minute: number } {
  if (zone === 'UTC') {
    const date = new Date(ms)
    return { day: date.getUTCDay(), minute: date.getUTCHours() * 60 + date.getUTCMinutes() }
  }
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(zone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((part) => [part.type, part.value]))
  return {
    day: DAY_NAMES.indexOf(parts.weekday as (typeof DAY_NAMES)[number]),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

/** True when the instant (ms since the epoch) is inside the window. */
export function isInWindow(window: MaintenanceWindow, ms: number): boolean {
  const { day, minute } = localTime(ms, window.zone)
  const starts = (d: number) => window.days.includes(d)
  if (window.endMinute > window.startMinute)
    return starts(day) && minute >= window.startMinute && minute < window.endMinute
  // Crosses midnight: the evening part on a start day, the morning part the day after one.
  return (starts(day) && minute >= window.startMinute) || (starts((day + 6) % 7) && minute < window.endMinute)
}

/**
 * When any of the windows is next open, at minute resolution, searching 8 days ahead.
 *
 * @returns the instant (ms) — `now` itself when a window is open now — or undefined when
 *   none opens within 8 days (impossible for a valid weekly window).
 */
export function nextWindowOpening(windows: readonly MaintenanceWindow[], now: number): number | undefined {
  if (windows.some((window) => isInWindow(window, now))) return now
  const first = Math.ceil(now / 60_000) * 60_000
  for (let t = first; t < now + 8 * UNIT_MS.d; t += 60_000)
    if (windows.some((window) => isInWindow(window, t))) return t
  return undefined
}

/** When the windows open now close (ms), at minute resolution; undefined when none is open. */
export function windowClosing(windows: readonly MaintenanceWindow[], now: number): number | undefined {
  if (!windows.some((window) => isInWindow(window, now))) return undefined
  const first = Math.floor(now / 60_000) * 60_000 + 60_000
  for (let t = first; t < now + 8 * UNIT_MS.d; t += 60_000)
    if (!windows.some((window) => isInWindow(window, t))) return t
  return undefined
}
