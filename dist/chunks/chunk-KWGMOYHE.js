import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/retry/index.ts
function backoffDelayMs(attempt, options) {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  if (options.jitter === "none") return cap;
  return Math.floor((options.random ?? Math.random)() * cap);
}
async function retry(operation, classify, policy, options = {}) {
  const settings = { ...policy, ...definedOnly(options) };
  if (!Number.isInteger(settings.attempts) || settings.attempts < 1)
    throw new RangeError(`retry: attempts ${settings.attempts} must be a positive integer`);
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= settings.attempts) throw error;
      const verdict = classify(error, attempt);
      if (!verdict) throw error;
      const delayMs = verdict.delayMs === void 0 ? backoffDelayMs(attempt, settings) : Math.min(Math.max(0, verdict.delayMs), settings.maxDelayMs);
      options.onRetry?.({ attempt, delayMs, reason: verdict.reason, error });
      await sleep(delayMs);
    }
  }
}
function definedOnly(options) {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== void 0));
}

export {
  retry
};
//# sourceMappingURL=chunk-KWGMOYHE.js.map
