import type { CommandQuestion, CommandResult, ManagementCommandName, SandboxCommand } from "../../../sandbox/protocol";
import { messageOf, type Slice } from "./types";

/** What the management dialog shows: a form to fill, questions to answer, or a command's output. */
export type ManageDialog =
  | { kind: "pick"; name: "migrate" | "sqlmigrate"; migrations: MigrationChoice[] }
  | { kind: "questions"; name: ManagementCommandName; args: string[]; questions: CommandQuestion[]; answers: Record<string, string> }
  | { kind: "createsuperuser"; errors: Record<string, string[]>; message: string | null }
  | { kind: "output"; title: string; text: string; ok: boolean }
  | { kind: "export"; to: "node" | "django"; out: string; running: boolean; error: string | null };

/** A migration as showmigrations lists it: "books", "0002_book_year", applied or not. */
export interface MigrationChoice {
  app: string;
  name: string;
  applied: boolean;
}

/** Management commands from the palette: they run in the sandbox; files they make are written through the host. */
export interface ManageSlice {
  manageDialog: ManageDialog | null;
  closeManageDialog(): void;
  /** Runs a command; questions open the dialog, files are written and opened, output is shown. */
  manage(name: ManagementCommandName, args?: string[], answers?: Record<string, string>): Promise<void>;
  /** Lists the migrations to pick from for migrate or sqlmigrate. */
  pickMigration(name: "migrate" | "sqlmigrate"): Promise<void>;
  askSuperuser(): void;
  createSuperuser(username: string, email: string, password: string): Promise<void>;
  /** Opens the export form: a Node project or a Django project, into a folder beside the project. */
  askExport(to: "node" | "django"): void;
  /** The desktop's folder dialog for the export's folder; false when there is none (web mode). */
  chooseExportFolder(): Promise<boolean>;
  /** Exports the open project into `out` (saving pending edits first); the report replaces the form. */
  exportProject(out: string): Promise<void>;
}

/** Where an export goes unless the learner says otherwise: a new folder beside the project. */
export function defaultExportFolder(root: string, to: "node" | "django"): string {
  return `${root.replace(/[\\/]+$/, "")}-${to}`;
}

/** Parses showmigrations' output ("books\n [X] 0001_initial\n [ ] 0002_book_year"). */
export function parseShowmigrations(text: string): MigrationChoice[] {
  const choices: MigrationChoice[] = [];
  let app = "";
  for (const line of text.split("\n")) {
    const migration = /^\s+\[( |X)\] (\S+)/.exec(line);
    if (migration) choices.push({ app, name: migration[2] ?? "", applied: migration[1] === "X" });
    else if (/^\S/.test(line)) app = line.trim();
  }
  return choices;
}

export const createManageSlice: Slice<ManageSlice> = (services) => (set, get) => {
  /** Runs a command in the sandbox; it lands in the history and its output in the console. */
  const run = async (command: SandboxCommand, title: string): Promise<CommandResult | null> => {
    try {
      const result = await services.sandbox.run(command);
      get().recordCommand(result);
      get().logConsole({ level: result.ok ? "log" : "error", text: `$ ${title}\n${result.text}` });
      return result;
    } catch (error) {
      set({ manageDialog: { kind: "output", title, text: messageOf(error), ok: false } });
      return null;
    }
  };

  /** Writes the files a command made into the project, opens the first, and reloads. */
  const writeFiles = async (result: CommandResult): Promise<string | null> => {
    const project = get().project;
    const made = result.files ?? [];
    if (!project || made.length === 0) return null;
    try {
      for (const file of made) await services.host.writeProjectFile(project.root, file.path, file.content);
    } catch (error) {
      return `The migration could not be written: ${messageOf(error)}. Nothing else changed.`;
    }
    const folders = made.map((file) => file.path.split("/").slice(0, -1).join("/"));
    set({
      files: { ...get().files, ...Object.fromEntries(made.map((file) => [file.path, file.content])) },
      project: { ...project, folders: [...new Set([...project.folders, ...folders])].sort() },
    });
    for (const file of made) get().openFile(file.path);
    await get().runProject();
    return null;
  };

  return {
    manageDialog: null,

    closeManageDialog: () => set({ manageDialog: null }),

    async manage(name, args = [], answers) {
      const title = [name, ...args].join(" ");
      const result = await run({ command: "manage", name, args, ...(answers ? { answers } : {}) }, title);
      if (!result) return;
      if (result.questions?.length) {
        set({ manageDialog: { kind: "questions", name, args, questions: result.questions, answers: answers ?? {} } });
        return;
      }
      const failed = await writeFiles(result);
      if (name === "migrate" && result.ok) {
        await get().refreshTables();
        await get().reload();
      }
      set({ manageDialog: { kind: "output", title, text: failed ?? result.text, ok: result.ok && !failed } });
    },

    async pickMigration(name) {
      const result = await run({ command: "manage", name: "showmigrations", args: [] }, "showmigrations");
      if (!result) return;
      const migrations = parseShowmigrations(result.text);
      if (migrations.length === 0) {
        const text = `${result.text}\n\nNo app has migrations yet: run makemigrations first.`;
        return set({ manageDialog: { kind: "output", title: name, text, ok: false } });
      }
      set({ manageDialog: { kind: "pick", name, migrations } });
    },

    askSuperuser: () => set({ manageDialog: { kind: "createsuperuser", errors: {}, message: null } }),

    askExport(to) {
      const project = get().project;
      if (!project) return;
      set({ manageDialog: { kind: "export", to, out: defaultExportFolder(project.root, to), running: false, error: null } });
    },

    async chooseExportFolder() {
      const dialog = get().manageDialog;
      if (dialog?.kind !== "export") return false;
      const chosen = await services.host.chooseFolder("export");
      if (chosen) set({ manageDialog: { ...dialog, out: chosen } });
      return chosen !== null || (await services.host.info()).mode === "desktop";
    },

    async exportProject(out) {
      const project = get().project;
      const dialog = get().manageDialog;
      if (!project || dialog?.kind !== "export") return;
      const title = `export to ${dialog.to === "django" ? "Django" : "Node"}`;
      set({ manageDialog: { ...dialog, out, running: true, error: null } });
      // What is exported is what is on disk: unsaved edits go first.
      if (!(await get().saveBeforeLeaving())) return set({ manageDialog: { ...dialog, out, running: false, error: "Unsaved edits could not be saved, so nothing was exported." } });
      try {
        const { ok, report } = await services.host.exportProject(project.root, out, dialog.to);
        get().logConsole({ level: ok ? "log" : "error", text: `$ ${title} ${out}\n${report}` });
        set({ manageDialog: { kind: "output", title, text: report, ok } });
      } catch (error) {
        set({ manageDialog: { ...dialog, out, running: false, error: messageOf(error) } });
      }
    },

    async createSuperuser(username, email, password) {
      const result = await run({ command: "createsuperuser", username, email, password }, `createsuperuser ${username}`);
      if (!result) return;
      if (result.ok) return set({ manageDialog: { kind: "output", title: "createsuperuser", text: result.text, ok: true } });
      set({ manageDialog: { kind: "createsuperuser", errors: result.fieldErrors ?? {}, message: result.text } });
    },
  };
};
