/** Reopening a lesson: its steps are ticked as its last Check run left them. */
import { describe, expect, it, vi } from "vitest";
import { createStore } from "zustand";
import type { LessonDetail } from "../../../app/contract";
import { createLessonSlice } from "../../../renderer/src/store/lesson";
import type { AppState, Services } from "../../../renderer/src/store/types";

function store() {
  const services = { host: {}, sandbox: { forget: vi.fn() } } as unknown as Services;
  return createStore<AppState>()(
    (set, get, api) =>
      ({
        resetPreview: vi.fn(),
        runProject: vi.fn(async () => undefined),
        ...createLessonSlice(services)(set, get, api),
      }) as unknown as AppState,
  );
}

const lesson = (over: Partial<LessonDetail>): LessonDetail => ({
  packId: "p", packVersion: "1", id: "l", title: "L", text: "", url: "/", open: ["a.ts"], files: { "a.ts": "" },
  readonly: [], solution: {}, start: {}, checks: "", hints: [], completed: false, passedChecks: null,
  steps: [{ text: "one", checks: ["test_a"] }, { text: "two", checks: ["test_b", "test_c"] }],
  ...over,
});

describe("a reopened lesson's steps", () => {
  it("are ticked by the checks its last run passed", async () => {
    const s = store();
    await s.getState().startLesson(lesson({ passedChecks: ["test_a", "test_b"] }));
    expect(s.getState().passedChecks).toEqual(["test_a", "test_b"]);
  });

  it("are all ticked for a lesson completed before runs were kept, and none after a reset", async () => {
    const s = store();
    await s.getState().startLesson(lesson({ completed: true }));
    expect(s.getState().passedChecks).toEqual(["test_a", "test_b", "test_c"]);
    await s.getState().startLesson(lesson({ completed: true, passedChecks: [] }));
    expect(s.getState().passedChecks).toEqual([]);
  });
});
