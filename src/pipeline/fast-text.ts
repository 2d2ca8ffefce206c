/**
 * A faster `text` handler for remark-stringify that writes exactly what its own handler writes.
 * The default handler (mdast-util-to-markdown's `handle/text.js`) runs every unsafe pattern (~90
 * with GFM) as its own regular expression over each text node to find characters to escape. Most
 * text nodes of news prose contain nothing to escape: this handler tests all patterns that apply
 * in the current construct at once, on the text with its context, and returns the text as it is
 * when none matches anywhere, else does what the default handler does. Writing the bodies of
 * 10,000 articles (and as many linked copies) took 26 % less time (9.7 s → 7.1 s, same output);
 * letting link texts take the shortcut too (they were all sent to the default path by the `](`
 * after them), 0.60 → 0.42 ms a linked BBC body.
 *
 * Why that is the same output: `state.safe()` escapes only where a pattern in scope matches, and
 * otherwise only touches backslashes (`escapeBackslashes`, which also looks at the character
 * after the text). A regular expression that is the union of the patterns finds no match in
 * `before + text + after` only when none of them matches anywhere in it; with no backslash in the
 * text or after it, `safe()` returns the text unchanged.
 */
import type { Options } from 'remark-stringify';

type TextHandler = NonNullable<NonNullable<Options['handlers']>['text']>;
type State = Parameters<TextHandler>[2];
type Unsafe = State['unsafe'][number];

/** Whether one of `list` is open (mdast-util-to-markdown's rule for a pattern's `inConstruct`/`notInConstruct`). */
function listInScope(stack: State['stack'], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : list;
  if (!names || names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

/**
 * The patterns in scope for the state's construct stack as one regular expression, or `null` when
 * one of them is of a kind this shortcut does not cover (anchored to a neighbouring node, or in
 * Unicode mode; the current versions have none), so those texts always take the default path.
 */
function scopeTest(state: State, inScope: readonly Unsafe[]): RegExp | null {
  if (inScope.some((p) => p.beforeNode || p.afterNode || p.unicode)) return null;
  return new RegExp(inScope.map((p) => `(?:${state.compilePattern(p).source})`).join('|') || '(?!)');
}

/**
 * Tests by construct stack, with the pattern list they were made from: every document gets a new
 * state and list, but of the same pattern objects, so a test serves every document.
 */
interface Scope {
  patterns: readonly Unsafe[];
  inScope: readonly Unsafe[];
  test: RegExp | null;
  /** By context character: whether it can be left out (see {@link contextFree}). */
  before: Map<string, boolean>;
  after: Map<string, Set<string>>;
  /** Every trailing condition in scope is one character (or the end): the `after` rule relies on it. */
  singleAfter: boolean;
}

const scopes = new Map<string, Scope>();

function scopeFor(state: State): Scope {
  const signature = state.stack.join('\0');
  const known = scopes.get(signature);
  if (known && known.patterns.length === state.unsafe.length && known.patterns.every((p, i) => p === state.unsafe[i])) return known;
  const inScope = state.unsafe.filter((p) => listInScope(state.stack, p.inConstruct, true) && !listInScope(state.stack, p.notInConstruct, false));
  const singleAfter = inScope.every((p) => {
    if (!p.after) return true;
    const whole = new RegExp(`^(?:${p.after})$`);
    return !FOLLOWERS.some((x) => FOLLOWERS.some((f) => (x + f).length === 2 && whole.test(x + f)));
  });
  const scope = { patterns: [...state.unsafe], inScope, test: scopeTest(state, inScope), before: new Map(), after: new Map(), singleAfter };
  scopes.set(signature, scope);
  return scope;
}

/** Every printable ASCII character and the line characters: what may follow a context character. */
const FOLLOWERS = ['', '\t', '\n', '\r', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))];

/**
 * The context of a text node is one character on each side (the neighbours' last and first
 * characters; after a link's text, the first of `](`). Tested with the text, a neighbouring
 * link's `[` or `)` would always send it to the default path, though it cannot change the text's
 * escaping. A `before` character can be left out
 * when no pattern's leading condition can start with it; an `after` character when no pattern
 * whose trailing condition accepts it has the text's last character as its character. Leaving a
 * character out can only add matches otherwise (an end of input where there was none).
 */
function contextFree(scope: Scope, text: string, before: string, after: string): { before: string; after: string } {
  if (before.length === 1) {
    let free = scope.before.get(before);
    if (free === undefined) {
      free = !scope.inScope.some((p) => {
        const lead = (p.atBreak ? '[\\r\\n][\\t ]*' : '') + (p.before ? `(?:${p.before})` : '');
        const starts = new RegExp(`^(?:${lead})`);
        return lead !== '' && FOLLOWERS.some((f) => FOLLOWERS.some((g) => starts.test(before + f + g)));
      });
      scope.before.set(before, free);
    }
    if (free) before = '';
  }
  if (after !== '' && scope.singleAfter) {
    // Only the first character after the text can complete a match at one of its characters
    // (every trailing condition is one character); the others can only be part of matches
    // whose character is after the text, which `safe()` does not escape. A link's text is
    // followed by `](`, which sent nearly every link text to the default path.
    after = after[0]!;
    let characters = scope.after.get(after);
    if (!characters) scope.after.set(after, (characters = new Set(scope.inScope.filter((p) => p.after && new RegExp(`^(?:${p.after})`).test(after)).map((p) => p.character))));
    if (!characters.has(text.at(-1) ?? '')) after = '';
  }
  return { before, after };
}

/** The text handler: the text itself when nothing in or around it needs escaping, else the default escaping. */
export const fastText: TextHandler = (node, parent, state, info) => {
  if (!(node.value + (info.after ?? '')).includes('\\')) {
    const scope = scopeFor(state);
    const context = contextFree(scope, node.value, info.before ?? '', info.after ?? '');
    if (scope.test && !scope.test.test(context.before + node.value + context.after)) return node.value;
  }
  // The default text handler.
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1]!;
  return state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
};
