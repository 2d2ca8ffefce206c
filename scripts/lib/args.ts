/**
 * Command-line options of the scripts: `--name value` and bare `--flag`.
 */

/** The script's own arguments. */
export const args = process.argv.slice(2);

/** The value after `--name`, or `def` when the option is absent. */
export function arg(name: string, def: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : def;
}
