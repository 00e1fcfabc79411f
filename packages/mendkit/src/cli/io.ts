/** What a subcommand may print to. The bin passes the process's streams; tests capture them. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Folder that relative paths start from. */
  cwd: string;
}

/** A subcommand: its arguments (after its name) in, an exit code out (0 ok, 1 problems, 2 usage). */
export type Command = (args: readonly string[], io: Io) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Splits `--name value`, `--name=value` and `--flag` from positional arguments. */
export function parseArgs(
  args: readonly string[],
  known: Readonly<Record<string, 'value' | 'flag'>>,
): { ok: true; options: Record<string, string | true>; positional: string[] } | { ok: false; message: string } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    const kind = known[name];
    if (!kind) return { ok: false, message: `unknown option --${name}` };
    if (kind === 'flag') options[name] = true;
    else {
      const value = inline ?? args[(i += 1)];
      if (value === undefined || value === '') return { ok: false, message: `--${name} needs a value` };
      options[name] = value;
    }
  }
  return { ok: true, options, positional };
}
