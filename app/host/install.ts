/** Facts about the installed app: its version, where its packs and renderer are, where learner data lives. */
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { version } from "../../package.json";

/** The app's version, from package.json. */
export const appVersion: string = version;

/**
 * The built-in packs: MVT_LAB_PACKS, or the repository's lessons/ folder found from the
 * bundle (dist/app/*.cjs -> ../../lessons).
 */
export function defaultPacksDir(): string {
  return process.env.MVT_LAB_PACKS ? resolve(process.env.MVT_LAB_PACKS) : resolve(__dirname, "../../lessons");
}

/** The project templates: the repository's app/project-templates, found from the bundle. */
export function defaultTemplatesDir(): string {
  return resolve(__dirname, "../../app/project-templates");
}

/** The learner's data: MVT_LAB_HOME, or ~/.mvt-lab. */
export function defaultHome(): string {
  return process.env.MVT_LAB_HOME ? resolve(process.env.MVT_LAB_HOME) : join(homedir(), ".mvt-lab");
}

/** The built renderer (dist/renderer), found from the bundle in dist/app. */
export function rendererDir(): string {
  return resolve(__dirname, "../renderer");
}
