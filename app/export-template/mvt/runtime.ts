/**
 * Only in MVT Lab's repository, so that server.ts type-checks here: an export writes
 * `mvt/runtime/` with copies of these runtime modules, the same code MVT Lab runs.
 */
export { fixtureFiles, moduleName, sourceFiles, templateSources } from "../../../sandbox/runtime/modules";
export { loadMedia, takeMediaChanges } from "../../../sandbox/runtime/media";
export { toSandboxResponse } from "../../../sandbox/runtime/response";
export type { MediaFiles, ProjectFiles, SandboxRequest, SandboxResponse } from "../../../sandbox/protocol";
