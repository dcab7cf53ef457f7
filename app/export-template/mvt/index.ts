/**
 * Only in MVT Lab's repository, so that server.ts type-checks here: an export writes the
 * real `mvt/` folder (the framework's source) in place of this folder.
 */
export * from "../../../sandbox/framework";
