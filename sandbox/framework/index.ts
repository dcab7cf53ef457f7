/**
 * `mvt`: a small framework with Django's API and semantics. Learner code imports
 * everything from here: `import { models, path, render } from "mvt"`.
 */
export * as models from "./db/models";
export * as forms from "./forms";
export * from "./core/trace";
export * from "./core/exceptions";
export * from "./urls";
export * from "./http";
export * from "./template";
export * from "./shortcuts";
export * from "./test";
export { setup, Project, type SetupOptions } from "./project";
export { loaddata } from "./db/fixtures";
