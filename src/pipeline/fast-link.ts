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

/** The default link handler, with `state.safe` remembering its results while it runs. */
const defaultLink: LinkHandler = (node, parent, state, info) => {
  const safe = state.safe;
  state.safe = rememberingSafe(state, safe);
  try {
    return defaultHandlers.link(node, parent, state, info);
  } finally {
    state.safe = safe;
  }
};

/**
 * The link handler: a link whose text is one text node (every mention link) is written once per
 * construct stack, destination, title, text and options, and remembered. What the default handler
 * writes for it depends on those alone, and on whether the link starts a line (`info.before`
 * ends with a line ending: it may then add an empty title); its text is written with `[` before
 * and `](` after whatever surrounds the link. Links took ~1.1 s of each Markdown worker's ~4 s
 * in a cold 10,000-article ingest, ~0.8 s with this (one profile each, same files written).
 */
const link: LinkHandler = (node, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  if (only?.type !== 'text') return defaultLink(node, parent, state, info);
  const last = info.before.charAt(info.before.length - 1);
  const options = `${state.options.resourceLink ? 1 : 0}${state.options.quote ?? ''}${last === '\n' || last === '\r' ? 1 : 0}`;
  const key = `\u0002${state.stack.join(',')}\0${options}\0${node.url}\0${node.title ?? '\u0001'}\0${only.value}`;
  const results = memoFor(state);
  let result = results.get(key);
  if (result === undefined) results.set(key, (result = defaultLink(node, parent, state, info)));
  return result;
};

/** {@link link} with the default handler's `peek` (what a link starts with, for its neighbours' escaping). */
export const fastLink: LinkHandler = Object.assign(link, { peek: (defaultHandlers.link as LinkHandler & { peek: unknown }).peek });
