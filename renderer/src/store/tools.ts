import type { CommandResult, SandboxCommand, SqlParam, TableInfo } from "../../../sandbox/protocol";
import { quoteName } from "../lib/sql";
import { messageOf, type Slice } from "./types";

/** Rows per page in the database browser. */
export const PAGE_SIZE = 25;

export type DockTab = "queries" | "history" | "console" | "database" | "shell";

/** What the browser shows of one table. */
export interface TableView {
  table: string;
  page: number;
  /** Text to find in any column. */
  filter: string;
  result: CommandResult | null;
}

export interface ShellEntry {
  expression: string;
  result: CommandResult;
}

/** The tools around the project: database browser, SQL box, shell, palette, dock. */
export interface ToolsSlice {
  dockTab: DockTab;
  paletteOpen: boolean;
  tables: TableInfo[];
  tableView: TableView | null;
  sqlResult: CommandResult | null;
  /** A write statement waiting for the learner's yes. */
  pendingSql: string | null;
  confirmingDatabaseReset: boolean;
  shell: ShellEntry[];
  /** The last dumpdata output, shown for copying. */
  dump: string | null;
  toolError: string | null;
  showDock(tab: DockTab): void;
  setPaletteOpen(open: boolean): void;
  refreshTables(): Promise<void>;
  browse(table: string, page?: number, filter?: string): Promise<void>;
  /** Runs SQL; a statement that writes waits for `confirmed`. */
  runSql(statement: string, confirmed?: boolean): Promise<void>;
  runShell(expression: string): Promise<void>;
  askDatabaseReset(asking: boolean): void;
  resetDatabase(): Promise<void>;
  flush(): Promise<void>;
  dumpdata(): Promise<void>;
  /** Loads every fixture file of the project (fixtures/*.json). */
  loadFixtures(): Promise<void>;
}

const READS = /^\s*(SELECT|WITH|EXPLAIN|PRAGMA|VALUES)\b/i;

/** True for a statement that may change the database (confirmed before it runs). */
export function writesData(statement: string): boolean {
  return !READS.test(statement);
}

export const createToolsSlice: Slice<ToolsSlice> = (services) => (set, get) => {
  /** Runs a command, records it in the history, and refreshes the tables it may have changed. */
  const run = async (command: SandboxCommand): Promise<CommandResult | null> => {
    try {
      const result = await services.sandbox.run(command);
      get().recordCommand(result);
      set({ toolError: null });
      return result;
    } catch (error) {
      set({ toolError: messageOf(error) });
      return null;
    }
  };
  const afterWrite = async () => {
    await get().refreshTables();
    const view = get().tableView;
    if (view) await get().browse(view.table, view.page, view.filter);
    await get().reload();
  };

  return {
    dockTab: "queries",
    paletteOpen: false,
    tables: [],
    tableView: null,
    sqlResult: null,
    pendingSql: null,
    confirmingDatabaseReset: false,
    shell: [],
    dump: null,
    toolError: null,

    showDock(tab) {
      set({ dockTab: tab });
      if (tab === "database") void get().refreshTables();
    },

    setPaletteOpen: (open) => set({ paletteOpen: open }),

    async refreshTables() {
      try {
        set({ tables: await services.sandbox.tables(), toolError: null });
      } catch (error) {
        set({ toolError: `The tables could not be read: ${messageOf(error)}` });
      }
    },

    async browse(table, page = 0, filter = "") {
      const info = get().tables.find((candidate) => candidate.name === table);
      const params: SqlParam[] = [];
      let where = "";
      if (filter && info) {
        where = ` WHERE ${info.columns.map((column) => `CAST(${quoteName(column.name)} AS TEXT) LIKE ?`).join(" OR ")}`;
        params.push(...info.columns.map(() => `%${filter}%`));
      }
      const statement = `SELECT * FROM ${quoteName(table)}${where} LIMIT ${PAGE_SIZE + 1} OFFSET ${page * PAGE_SIZE}`;
      set({ tableView: { table, page, filter, result: get().tableView?.table === table ? (get().tableView?.result ?? null) : null } });
      const result = await run({ command: "sql", statement, params });
      if (get().tableView?.table === table) set({ tableView: { table, page, filter, result } });
    },

    async runSql(statement, confirmed = false) {
      if (!statement.trim()) return;
      if (writesData(statement) && !confirmed) return set({ pendingSql: statement });
      set({ pendingSql: null });
      const result = await run({ command: "sql", statement });
      set({ sqlResult: result });
      if (result?.ok && writesData(statement)) await afterWrite();
    },

    async runShell(expression) {
      if (!expression.trim()) return;
      const result = await run({ command: "shell", expression });
      if (result) set({ shell: [...get().shell, { expression, result }] });
    },

    askDatabaseReset: (asking) => set({ confirmingDatabaseReset: asking }),

    async resetDatabase() {
      set({ confirmingDatabaseReset: false });
      // An empty database: the project's tables are made again and its fixtures loaded.
      await get().runProject(new Uint8Array(0));
      await get().refreshTables();
      set({ tableView: null, info: "The database was reset: fresh tables, with the project's fixtures loaded." });
    },

    async flush() {
      const result = await run({ command: "flush" });
      if (result) set(result.ok ? { info: `flush: ${result.text}` } : { notice: `flush failed: ${result.text}` });
      await afterWrite();
    },

    async dumpdata() {
      const result = await run({ command: "dumpdata" });
      if (!result) return;
      if (!result.ok) return set({ notice: `dumpdata failed: ${result.text}` });
      set({ dump: result.text, dockTab: "database" });
    },

    async loadFixtures() {
      const fixtures = Object.entries(get().files).filter(([path]) => /(^|\/)fixtures\/[^/]+\.json$/.test(path));
      if (fixtures.length === 0) return set({ info: "loaddata: the project has no fixtures/*.json files." });
      const said: string[] = [];
      for (const [path, json] of fixtures) {
        const result = await run({ command: "loaddata", name: path, json });
        if (result) said.push(result.ok ? result.text : `${path}: ${result.text}`);
      }
      set({ info: `loaddata: ${said.join(" ")}` });
      await afterWrite();
    },
  };
};
