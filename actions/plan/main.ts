// Entry of the `plan` action; bundled by esbuild to dist/actions/plan/index.js.
import { run } from '../../src/github/plan-action.js'

await run()
