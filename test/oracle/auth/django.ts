/** Runs operations in real Django 3.2 (Debian's python3-django) through oracle.py. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const PYTHON = "/usr/bin/python3";
const DIR = fileURLToPath(new URL(".", import.meta.url));

/** The SECRET_KEY both sides sign with. */
export const SECRET_KEY = "mvt-oracle-secret-key";

export type OracleResult = { ok: unknown; error?: undefined } | { error: string; ok?: undefined };

/** True when the system Python can import Django. */
export function djangoAvailable(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import django"], { stdio: "ignore" });
    return true;
  } catch {
    console.warn(`SKIPPED: the auth oracle needs ${PYTHON} with Django (apt install python3-django).`);
    return false;
  }
}

/** Runs the operations in one Django process and returns one result per operation. */
export function django(ops: Record<string, unknown>[]): OracleResult[] {
  const out = execFileSync(PYTHON, [`${DIR}oracle.py`], { input: JSON.stringify(ops), encoding: "utf8", cwd: DIR, env: { ...process.env, PYTHONPATH: DIR } });
  return JSON.parse(out) as OracleResult[];
}
