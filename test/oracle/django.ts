/** Whether real Django (Debian's python3-django) is here to serve as the oracle. */
import { execFileSync } from "node:child_process";

export const PYTHON = "/usr/bin/python3";

/** True when /usr/bin/python3 imports django; warns with the fix when it does not. */
export function djangoAvailable(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import django"], { stdio: "ignore" });
    return true;
  } catch {
    console.warn(`SKIPPED: the Django oracle needs ${PYTHON} with Django (apt install python3-django).`);
    return false;
  }
}
