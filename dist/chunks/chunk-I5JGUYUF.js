import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);
import {
  ExecError
} from "./chunk-OAC4VE6L.js";

// src/util/exec.ts
import { spawn } from "node:child_process";
var BASE_ENV = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "TMPDIR",
  "TMP",
  "TEMP",
  "LANG",
  "LANGUAGE",
  "LC_*",
  "TZ",
  "KUBECONFIG",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "NODE_EXTRA_CA_CERTS",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "GIT_AUTHOR_NAME",
  "GIT_AUTHOR_EMAIL",
  "GIT_AUTHOR_DATE",
  "GIT_COMMITTER_NAME",
  "GIT_COMMITTER_EMAIL",
  "GIT_COMMITTER_DATE",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_NOSYSTEM",
  // Windows needs these to start any program.
  "SystemRoot",
  "SYSTEMROOT",
  "ComSpec",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "WINDIR"
];
var AWS_ENV = ["AWS_*"];
var CONTAINER_ENV = [
  "DOCKER_*",
  "BUILDAH_*",
  "BUILDKIT_*",
  "CONTAINERS_*",
  "REGISTRY_AUTH_FILE",
  "STORAGE_DRIVER",
  "XDG_*"
];
function childEnvironment(options = {}, from = process.env) {
  const patterns = [...BASE_ENV, ...options.passEnv ?? []];
  const allowed = (name) => patterns.some((pattern) => pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern);
  const env = {};
  for (const [name, value] of Object.entries(from)) if (value !== void 0 && allowed(name)) env[name] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === void 0) delete env[name];
    else env[name] = value;
  }
  return env;
}
async function execFile(command, args, options = {}) {
  const result = await tryExecFile(command, args, options);
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim() || result.stdout.trim();
    throw new ExecError(
      `${command} ${args[0] ?? ""} failed (exit ${result.exitCode})${detail ? `: ${detail}` : ""}`,
      command,
      result.exitCode,
      result.stderr
    );
  }
  return result;
}
function tryExecFile(command, args, options = {}) {
  const maxBuffer = options.maxBuffer ?? 512 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnvironment(options),
      stdio: ["pipe", "pipe", "pipe"],
      shell: false
    });
    const out = [];
    const err = [];
    let outBytes = 0;
    let timedOut = false;
    let overflow = false;
    const timer = options.timeoutMs !== void 0 ? setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs) : void 0;
    child.stdout.on("data", (chunk) => {
      outBytes += chunk.length;
      if (outBytes > maxBuffer) {
        overflow = true;
        child.kill("SIGKILL");
        return;
      }
      out.push(chunk);
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      if (timer) clearTimeout(timer);
      const reason = error.code === "ENOENT" ? `${command}: command not found` : `${command}: ${error.message}`;
      reject(new ExecError(reason, command, null, ""));
    });
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8");
      if (timedOut) {
        reject(new ExecError(`${command} timed out after ${options.timeoutMs} ms`, command, null, stderr, true));
        return;
      }
      if (overflow) {
        reject(new ExecError(`${command} printed more than ${maxBuffer} bytes`, command, null, stderr));
        return;
      }
      resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr, exitCode: code ?? 1 });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}

export {
  AWS_ENV,
  CONTAINER_ENV,
  execFile,
  tryExecFile
};
//# sourceMappingURL=chunk-I5JGUYUF.js.map
