import { afterEach, describe, expect, test } from 'vitest'
import { AWS_ENV, childEnvironment, execFile } from '../../src/util/exec.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

/** The environment a real child process sees. */
async function childEnv(options: Parameters<typeof execFile>[2] = {}): Promise<Record<string, string>> {
  const { stdout } = await execFile(
    process.execPath,
    ['-e', 'process.stdout.write(JSON.stringify(process.env))'],
    options,
  )
  return JSON.parse(stdout) as Record<string, string>
}

describe('child processes get a minimal environment', () => {
  test('no job token, runtime token, action inputs or AWS credentials; PATH, HOME, locale and KUBECONFIG pass', async () => {
    Object.assign(process.env, {
      GITHUB_TOKEN: 'ghs_job_token',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ACTIONS_RESULTS_URL: 'https://results.test/',
      'INPUT_GITHUB-TOKEN': 'ghs_input_token',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
      AWS_SESSION_TOKEN: 'aws-session',
      KUBECONFIG: '/tmp/kubeconfig',
      LC_ALL: 'C.UTF-8',
      SOMETHING_ELSE: 'x',
    })
    const env = await childEnv()
    for (const name of [
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_RESULTS_URL',
      'INPUT_GITHUB-TOKEN',
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'SOMETHING_ELSE',
    ])
      expect(env, name).not.toHaveProperty(name)
    expect(JSON.stringify(env)).not.toMatch(/ghs_|runtime-token|aws-secret|aws-session/)
    expect(env).toMatchObject({ PATH: process.env.PATH, KUBECONFIG: '/tmp/kubeconfig', LC_ALL: 'C.UTF-8' })
    if (process.env.HOME) expect(env.HOME).toBe(process.env.HOME)
  })

  test('a call that asks for AWS credentials gets them, and per-call variables are added or removed', async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_REGION: 'eu-west-1',
      GITHUB_TOKEN: 'ghs_job_token',
      TZ: 'UTC',
    })
    const env = await childEnv({ passEnv: AWS_ENV, env: { GIT_TERMINAL_PROMPT: '0', TZ: undefined } })
    expect(env).toMatchObject({ AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_REGION: 'eu-west-1', GIT_TERMINAL_PROMPT: '0' })
    expect(env).not.toHaveProperty('GITHUB_TOKEN')
    expect(env).not.toHaveProperty('TZ')
  })

  test('childEnvironment matches exact names and PREFIX_* patterns only', () => {
    const env = childEnvironment(
      { passEnv: ['DOCKER_*'] },
      { PATH: '/bin', PATHX: 'no', DOCKER_CONFIG: '/d', DOCKERX: 'no', LC_CTYPE: 'C' },
    )
    expect(env).toEqual({ PATH: '/bin', DOCKER_CONFIG: '/d', LC_CTYPE: 'C' })
  })
})
