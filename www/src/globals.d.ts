// Constants scripts/build-www.mjs compiles into the bundles (esbuild `define`).
declare const __PYSUNSET_BUILD_LABEL__: string;
/** The service worker's precache list (scripts/build-www.mjs writes it into sw.js). */
declare const __PRECACHE__: { url: string; sha256: string }[];
/** The npm package's API over a module's bindings (dist/core.js): the page's first module uses its `checkFile`. */
declare module "pysunset-core" {
  export function createApi(
    bindings: object,
    host?: { ready?: () => boolean },
  ): Pick<typeof import("pysunset"), "checkFile" | "sourceKind">;
}
/** The npm package's version (dist/version.js), without the rest of its API. */
declare module "pysunset-version" {
  export const version: string;
}
