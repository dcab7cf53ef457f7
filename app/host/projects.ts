/**
 * Projects on disk: folders laid out like Django projects. New ones are made under
 * <home>/projects/<name> from a template; any project folder can be opened, and the
 * opened ones are remembered in <home>/projects.json (recent first). Calls name a
 * project by its folder, and only known project folders are served.
 */
import { cp, mkdir, readdir, readFile, rename, rm, access } from "node:fs/promises";
import { constants } from "node:fs";
import { basename, join, resolve } from "node:path";
import { z } from "zod";
import type { ProjectDetail, ProjectList, ProjectSummary, TemplateSummary } from "../contract";
import { writeFileAtomic } from "./atomic";
import { confinePath } from "./confine";
import { HostInputError } from "./errors";
import { isNotFound, statIfExists } from "./files";
import { DATABASE_FILE, databaseProblem, readProjectTree, readStaticBinaries } from "./project-files";
import { MEDIA_FOLDER, readMedia, writeMedia } from "./media";

const MAX_RECENT = 20;
const recentSchema = z.object({ recent: z.array(z.object({ root: z.string(), name: z.string(), openedAt: z.number() })) });

/** What each template is for, shown on Home; templates without an entry get a plain one. */
const TEMPLATE_DESCRIPTIONS: Record<string, string> = {
  blank: "One app, one view, one template: start from scratch.",
  blog: "Posts and comments: links, a form that POSTs and redirects, a ForeignKey.",
  bookstore: "Books and authors with fixtures: the N+1 lesson's project, fixed.",
  shop: "Products in categories, an HTML list and a JSON API.",
};

export class Projects {
  constructor(
    private readonly home: string,
    private readonly templatesDir: string,
  ) {}

  async list(): Promise<ProjectList> {
    const recent: ProjectSummary[] = [];
    const problems: string[] = [];
    for (const entry of (await this.readRecent()).recent) {
      if (await statIfExists(join(entry.root, "settings.ts"))) recent.push(entry);
      else problems.push(`${entry.name} (${entry.root}) is gone or no longer a project; it is left off the list.`);
    }
    return { recent, templates: await this.templates(), problems };
  }

  async create(name: string, template: string): Promise<ProjectDetail> {
    checkName(name);
    const source = join(this.templatesDir, template);
    if (!(await statIfExists(join(source, "settings.ts")))) {
      const names = (await this.templates()).map((t) => t.name).join(", ");
      throw new HostInputError(`There is no project template "${template}": pick one of ${names}.`);
    }
    const root = join(this.projectsDir(), name);
    if (await statIfExists(root)) {
      throw new HostInputError(`A project named "${name}" already exists: open it from Recent projects, or pick another name.`);
    }
    await mkdir(this.projectsDir(), { recursive: true });
    const temp = `${root}.new-${Date.now()}`;
    try {
      await cp(source, temp, { recursive: true, errorOnExist: true });
      await rename(temp, root);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
    return this.open(root);
  }

  /** Opens a project folder; a folder that is not a project gets a message saying what one is. */
  async open(folder: string): Promise<ProjectDetail> {
    const root = resolve(folder);
    const stats = await statIfExists(root);
    if (!stats?.isDirectory()) throw new HostInputError(`There is no folder "${root}": check the path.`);
    if (!(await statIfExists(join(root, "settings.ts")))) {
      throw new HostInputError(
        `"${root}" is not an MVT Lab project: it has no settings.ts. A project is a folder laid out like a Django project ` +
          "(settings.ts, urls.ts, one folder per app with models.ts and views.ts, templates/). Create one from a template instead.",
      );
    }
    const tree = await readProjectTree(root);
    const detail: ProjectDetail = { root, name: basename(root), ...tree, readonly: !(await writable(root)) };
    const database = await readIfExists(join(root, DATABASE_FILE));
    if (database) {
      const problem = databaseProblem(database);
      if (problem) detail.databaseProblem = problem;
      else detail.database = database;
    }
    const media = await readMedia(root);
    if (Object.keys(media).length) detail.media = media;
    const binaries = await readStaticBinaries(root, tree.unreadable);
    if (Object.keys(binaries).length) detail.staticBinaries = binaries;
    await this.remember({ root, name: detail.name, openedAt: Date.now() });
    return detail;
  }

  async writeFile(root: string, path: string, content: string): Promise<void> {
    const full = confinePath(await this.known(root), path);
    await guardWrite(path, () => writeFileAtomic(full, content));
  }

  async createFolder(root: string, path: string): Promise<void> {
    const full = confinePath(await this.known(root), path);
    if (await statIfExists(full)) throw new HostInputError(`"${path}" already exists: pick another name.`);
    await guardWrite(path, () => mkdir(full, { recursive: true }).then(() => undefined));
  }

  async rename(root: string, from: string, to: string): Promise<void> {
    const known = await this.known(root);
    const source = confinePath(known, from);
    const target = confinePath(known, to);
    if (!(await statIfExists(source))) throw new HostInputError(`"${from}" does not exist any more: the tree is refreshed.`);
    if (await statIfExists(target)) throw new HostInputError(`"${to}" already exists: pick another name or move it elsewhere first.`);
    if (`${to}/`.startsWith(`${from}/`)) throw new HostInputError(`"${from}" cannot be moved into itself.`);
    await guardWrite(to, async () => {
      await mkdir(resolve(target, ".."), { recursive: true });
      await rename(source, target);
    });
  }

  async delete(root: string, path: string): Promise<void> {
    const full = confinePath(await this.known(root), path);
    await guardWrite(path, () => rm(full, { recursive: true, force: true }));
  }

  async writeDatabase(root: string, bytes: Uint8Array): Promise<void> {
    const full = join(await this.known(root), DATABASE_FILE);
    const existing = await readIfExists(full);
    // A damaged database is never overwritten silently: the learner backs it up first.
    if (existing && databaseProblem(existing)) {
      throw new HostInputError(`${DATABASE_FILE} is damaged and was not overwritten: back it up first (the banner above the preview offers it).`);
    }
    await guardWrite(DATABASE_FILE, () => writeFileAtomic(full, bytes));
  }

  /** Mirrors an upload the sandbox saved (or deleted, `bytes` null) in `<project>/media/`. */
  async writeMedia(root: string, path: string, bytes: Uint8Array | null): Promise<void> {
    const known = await this.known(root);
    await guardWrite(`${MEDIA_FOLDER}/${path}`, () => writeMedia(known, path, bytes));
  }

  async backupDatabase(root: string): Promise<string> {
    const known = await this.known(root);
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const name = `${DATABASE_FILE}.${stamp}.bak`;
    await guardWrite(name, () => rename(join(known, DATABASE_FILE), join(known, name)));
    return name;
  }

  private projectsDir(): string {
    return join(this.home, "projects");
  }

  private async templates(): Promise<TemplateSummary[]> {
    const entries = await readdir(this.templatesDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ name: entry.name, description: TEMPLATE_DESCRIPTIONS[entry.name] ?? "A project template." }))
      .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
  }

  /** The folder, when it is a project the learner made or opened; else a HostInputError. */
  async known(root: string): Promise<string> {
    const full = resolve(root);
    const inHome = resolve(full, "..") === this.projectsDir();
    const opened = (await this.readRecent()).recent.some((entry) => entry.root === full);
    if (!inHome && !opened) throw new HostInputError(`"${root}" is not an open project: open it from Home first.`);
    return full;
  }

  private async readRecent(): Promise<z.infer<typeof recentSchema>> {
    const text = await readIfExists(this.recentPath());
    if (!text) return { recent: [] };
    const parsed = recentSchema.safeParse(safeJson(new TextDecoder().decode(text)));
    // A damaged list of recent projects only loses the list, never a project: start it afresh.
    return parsed.success ? parsed.data : { recent: [] };
  }

  private async remember(entry: ProjectSummary): Promise<void> {
    const { recent } = await this.readRecent();
    const next = [entry, ...recent.filter((other) => other.root !== entry.root)].slice(0, MAX_RECENT);
    await writeFileAtomic(this.recentPath(), `${JSON.stringify({ recent: next }, null, 2)}\n`);
  }

  private recentPath(): string {
    return join(this.home, "projects.json");
  }
}

/** Project names become folder names: no separators, no "..", nothing hidden. */
function checkName(name: string): void {
  const refuse = (why: string): never => {
    throw new HostInputError(`"${name}" cannot be a project name: ${why}. Use letters, digits, "-" and "_", like "my-blog".`);
  };
  if (name.trim() === "") refuse("it is empty");
  if (/[/\\]/.test(name)) refuse("it contains a path separator");
  if (name.includes("..")) refuse('it contains ".."');
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) refuse("it has characters other than letters, digits, '-' and '_'");
}

function order(template: string): number {
  const index = Object.keys(TEMPLATE_DESCRIPTIONS).indexOf(template);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

async function writable(root: string): Promise<boolean> {
  try {
    await access(root, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Runs a write, turning "permission denied" into a message the learner can act on. */
async function guardWrite(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      const kept = path === DATABASE_FILE ? "The data stays in memory while the project is open" : "Your text is kept in the editor";
      throw new HostInputError(`"${path}" could not be written: the project folder is read-only. ${kept}; copy the project somewhere writable to keep it.`);
    }
    throw error;
  }
}
