/**
 * `mvt`: a small framework with Django's API and semantics. Learner code imports
 * everything from here: `import { models, path, render } from "mvt"`.
 */
export * as models from "./db/models";
export * from "./core/trace";
export * from "./core/exceptions";
