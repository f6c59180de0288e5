// Runs before every test file. Tests that exercise the actions set real INPUT_* and
// GITHUB_* variables themselves; here we only make sure nothing leaks from the shell
// that runs the suite (e.g. a developer's own GITHUB_TOKEN or AWS credentials).
for (const name of Object.keys(process.env)) {
  if (name.startsWith('INPUT_') || name === 'GITHUB_TOKEN' || name.startsWith('AWS_')) delete process.env[name]
}
process.env.AWS_EC2_METADATA_DISABLED = 'true'
