/**
 * What a running `astro build` shares between its integrations and its page code. Astro bundles
 * the page code, so a page and an integration hold two copies of every module, in one process:
 * the state lives on `globalThis`. Absent outside a build (`astro dev`, tests), where page code
 * then does its work itself.
 */

/** What a finisher gets: the output folder and the build's logger. */
export interface BuildDone {
  dist: string;
  logger: { info(message: string): void };
}

/** One build's shared state: set when the build starts, taken when it is done. */
export interface BuildState {
  /** Work a route started that must be finished when the build is done (awaited in order). */
  finishers: ((done: BuildDone) => Promise<void> | void)[];
  /** Values page code keeps for the rest of the build, by name (see `buildSlot`). */
  slots: Map<string, unknown>;
  /** The output folder, when the build said (page code may then write files into it). */
  dist?: string;
  /** A hash of the project's code (`src/`, the Astro config, the locked dependencies), when the build said. */
  codeVersion?: string;
  /**
   * Files page code wrote (or kept) in the output outside Astro's routes, relative to it: current
   * output, which the stale-output integration must not remove.
   */
  outputs: Set<string>;
}

const KEY = Symbol.for('news-digest:build');
const registry = globalThis as { [KEY]?: BuildState };

/**
 * Marks the start of a build in this process (the build-state integration, when a build is
 * configured), writing into `dist`; `codeVersion` is the project's code hash (`projectCodeVersion`).
 */
export function beginBuild(dist?: string, codeVersion?: string): void {
  registry[KEY] = { finishers: [], slots: new Map(), dist, codeVersion, outputs: new Set() };
}

/** The running build's state, or `undefined` outside a build. */
export function currentBuild(): BuildState | undefined {
  return registry[KEY];
}

/** Ends the build: runs what its routes left to finish, in the order they registered it. */
export async function finishBuild(done: BuildDone): Promise<void> {
  const state = registry[KEY];
  delete registry[KEY];
  for (const finish of state?.finishers ?? []) await finish(done);
}

/** The value named `name` in the running build, made by `make` on first use. */
export function buildSlot<T>(build: BuildState, name: string, make: () => T): T {
  if (!build.slots.has(name)) build.slots.set(name, make());
  return build.slots.get(name) as T;
}
