import type { LessonDetail } from "../../../app/contract";
import type { CheckResult, Diagnostic, ProjectFiles } from "../../../sandbox/protocol";
import { messageOf, type Slice } from "./types";

export interface ChecksState {
  status: "idle" | "running" | "done";
  results: CheckResult[];
  diagnostics: Diagnostic[];
  /** Why the checks could not run or be recorded, for people. */
  error: string | null;
}

const NO_CHECKS: ChecksState = { status: "idle", results: [], diagnostics: [], error: null };

/** The open lesson, its checks, and the solution and reset flows. */
export interface LessonSlice {
  lesson: LessonDetail | null;
  lessonError: string | null;
  checks: ChecksState;
  solutionOpen: boolean;
  confirmingReset: boolean;
  /** How many of the lesson's hints are revealed. */
  hintsShown: number;
  /** Checks that passed in the last run (they tick the steps). */
  passedChecks: string[];
  /** Shows a lesson: its files in the editor, its project in the sandbox, its first page. */
  startLesson(detail: LessonDetail): Promise<void>;
  closeLesson(): void;
  runChecks(): Promise<void>;
  askReset(asking: boolean): void;
  resetLesson(): Promise<void>;
  setSolutionOpen(open: boolean): void;
  applySolution(): Promise<void>;
  showHint(): void;
}

/** The solution as whole files: the start files with the solution's files laid over them. */
export function solutionFiles(lesson: LessonDetail): ProjectFiles {
  return { ...lesson.start, ...lesson.solution };
}

/** The per-lesson state a freshly opened lesson starts from. */
const FRESH_LESSON = {
  lessonError: null,
  checks: NO_CHECKS,
  solutionOpen: false,
  confirmingReset: false,
  hintsShown: 0,
  passedChecks: [],
} satisfies Partial<LessonSlice>;

export const createLessonSlice: Slice<LessonSlice> = (services) => (set, get) => ({
  lesson: null,
  ...FRESH_LESSON,

  async startLesson(detail) {
    services.sandbox.forget();
    get().resetPreview(detail.url);
    set({
      lesson: detail,
      ...FRESH_LESSON,
      // A lesson reopens with its steps ticked as its last Check run left them (a lesson
      // completed before runs were kept: all ticked); the next Check shows where the code stands now.
      passedChecks: detail.passedChecks ?? (detail.completed ? detail.steps.flatMap((step) => step.checks) : []),
      files: detail.files,
      tabs: detail.open.filter((path) => path in detail.files),
      active: detail.open.find((path) => path in detail.files) ?? null,
      diagnostics: [],
      saveError: null,
      unsaved: [],
    });
    await get().runProject(detail.database);
  },

  closeLesson() {
    set({ lesson: null, lessonError: null, files: {}, tabs: [], active: null, trace: null, page: null });
  },

  async runChecks() {
    const lesson = get().lesson;
    if (!lesson || get().checks.status === "running") return;
    set({ checks: { ...NO_CHECKS, status: "running" } });
    await get().flushEdits();
    let results: CheckResult[];
    let diagnostics: Diagnostic[];
    try {
      ({ results, diagnostics } = await services.sandbox.check(get().files, lesson.checks));
    } catch (error) {
      set({ checks: { ...get().checks, status: "done", error: messageOf(error) } });
      return;
    }
    // The progress is saved before the results show, so Home (opened right after) has it.
    let error: string | null = null;
    try {
      await services.host.recordChecks(lesson.packId, lesson.id, results);
    } catch (failure) {
      error = `Your results could not be recorded: ${messageOf(failure)}`;
    }
    const passedChecks = results.filter((result) => result.passed).map((result) => result.name);
    const completed = lesson.completed || (results.length > 0 && passedChecks.length === results.length);
    const current = get().lesson;
    set({ checks: { status: "done", results, diagnostics, error }, passedChecks, lesson: current?.id === lesson.id ? { ...current, completed } : current });
  },

  askReset: (asking) => set({ confirmingReset: asking }),

  async resetLesson() {
    const lesson = get().lesson;
    set({ confirmingReset: false });
    if (!lesson) return;
    try {
      await get().startLesson(await services.host.resetLesson(lesson.packId, lesson.id));
      // The start files pass no step, whatever was completed before.
      set({ passedChecks: [] });
    } catch (error) {
      set({ notice: `The lesson could not be reset: ${messageOf(error)}` });
    }
  },

  setSolutionOpen: (open) => set({ solutionOpen: open }),

  showHint() {
    const lesson = get().lesson;
    if (lesson) set({ hintsShown: Math.min(get().hintsShown + 1, lesson.hints.length) });
  },

  async applySolution() {
    const lesson = get().lesson;
    if (!lesson) return;
    set({ solutionOpen: false });
    await get().replaceFiles(solutionFiles(lesson));
  },
});
