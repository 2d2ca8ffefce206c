/**
 * A faster `link` handler for remark-stringify that writes exactly what its own handler writes.
 * Half of the Markdown workers' time in a cold ingest went to links (2.6 of 4.2 s a worker at
 * 10,000 articles), most of it in `state.safe()` escaping each link's destination: ~90 regular
 * expressions (with GFM) run over `[label](` + destination + `)`. A news body links the same
 * entity under the same name many times, and the digest links it from many bodies, so this
 * handler runs the default one with `state.safe()` remembering its results.
 *
 * Why that is the same output: `safe()` is a pure function of the construct stack, the unsafe
 * pattern list, and the `before`, value, `after`, `encode`, `beforeNode` and `afterNode` it is
 * given (see mdast-util-to-markdown's `util/safe.js`). The memo's key holds all of them but the
 * nodes: calls that pass a node (the text handler's fallback next to a sibling) are not
 * remembered; the pattern list is compared by its objects, as `fast-text.ts` does.
 */
import { defaultHandlers } from 'mdast-util-to-markdown';
import type { Options } from 'remark-stringify';

type LinkHandler = NonNullable<NonNullable<Options['handlers']>['link']>;
type State = Parameters<LinkHandler>[2];
type SafeConfig = Parameters<State['safe']>[1];

/** Results by key, for one pattern list; cleared when full (a digest has a few hundred thousand links). */
interface Memo {
  patterns: State['unsafe'];
  results: Map<string, string>;
}

const MEMO_LIMIT = 50_000;
let memo: Memo | undefined;

/** The memo for the state's pattern list: every document gets a new list of the same pattern objects. */
function memoFor(state: State): Map<string, string> {
  const same = memo && memo.patterns.length === state.unsafe.length && memo.patterns.every((p, i) => p === state.unsafe[i]);
  if (!same || memo!.results.size >= MEMO_LIMIT) memo = { patterns: [...state.unsafe], results: new Map() };
  return memo!.results;
}

/** `state.safe` remembering what it returned for the same inputs. */
function rememberingSafe(state: State, safe: State['safe']): State['safe'] {
  return (value, config: SafeConfig) => {
    // `safe` is mdast-util-to-markdown's bound-by-`this` method.
    if (config.beforeNode || config.afterNode) return safe.call(state, value, config);
    const key = `${state.stack.join(',')}\0${config.before ?? ''}\0${value ?? ''}\0${config.after ?? ''}\0${config.encode?.join('') ?? '\u0001'}`;
    const results = memoFor(state);
    let result = results.get(key);
    if (result === undefined) results.set(key, (result = safe.call(state, value, config)));
    return result;
  };
}

/** The link handler: the default one, with `state.safe` remembering its results while it runs. */
const link: LinkHandler = (node, parent, state, info) => {
  const safe = state.safe;
  state.safe = rememberingSafe(state, safe);
  try {
    return defaultHandlers.link(node, parent, state, info);
  } finally {
    state.safe = safe;
  }
};

/** {@link link} with the default handler's `peek` (what a link starts with, for its neighbours' escaping). */
export const fastLink: LinkHandler = Object.assign(link, { peek: (defaultHandlers.link as LinkHandler & { peek: unknown }).peek });
