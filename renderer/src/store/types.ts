import type { StateCreator } from "zustand";
import type { HostApi } from "../../../app/contract";
import type { SandboxClient } from "../sandbox/client";
import type { EditorSlice } from "./editor";
import type { InspectorSlice } from "./inspector";
import type { LayoutSlice } from "./layout";
import type { LessonSlice } from "./lesson";
import type { ManageSlice } from "./manage";
import type { ProjectSlice } from "./project";
import type { SandboxSlice } from "./sandbox";
import type { ToolsSlice } from "./tools";
import type { WorkspaceSlice } from "./workspace";

/** The sandbox as the store uses it. */
export type Sandbox = Pick<SandboxClient, "load" | "request" | "check" | "run" | "tables" | "inspect" | "forget">;

/** What the slices talk to. Read `sandbox` when used: it starts after the store exists. */
export interface Services {
  host: HostApi;
  sandbox: Sandbox;
}

/** The whole app state: one slice per feature. */
export type AppState = WorkspaceSlice &
  LessonSlice &
  ProjectSlice &
  EditorSlice &
  SandboxSlice &
  InspectorSlice &
  ToolsSlice &
  ManageSlice &
  LayoutSlice;

/** A slice's creator, given the services. */
export type Slice<T> = (services: Services) => StateCreator<AppState, [], [], T>;

/** An error's message, for people. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
