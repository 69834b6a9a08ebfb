/**
 * What would stop a command from running as written in bash or zsh: outside
 * quotes, `?`, `*` and `[` are glob characters (zsh aborts with "no matches
 * found", bash may substitute file names), `{a,b}` is brace expansion, `!`
 * is history expansion (also inside double quotes), and `a|b|c` written as
 * a list of choices is a pipeline. `<name>` placeholders are meant to be
 * replaced and are not counted. Used by the tests that check every command
 * the catalogue and the engine show.
 * @example shellHazards("kubectl get --raw /readyz?verbose") // ['unquoted ? (glob)']
 * @example shellHazards("kubectl get --raw='/readyz?verbose'") // []
 */
export function shellHazards(command: string): string[] {
  const hazards = new Set<string>();
  let unquoted = '';
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] ?? '';
    if (quote === "'") {
      if (ch === "'") quote = null;
      continue;
    }
    if (ch === '\\') {
      i++;
      unquoted += quote ? '' : '_';
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '!') hazards.add('! inside double quotes (history expansion)');
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      unquoted += ' ';
      continue;
    }
    unquoted += ch;
  }
  if (quote) hazards.add('unterminated quote');
  const words = unquoted.replace(/<[\w.-]+>/g, 'x');
  if (words.includes('?')) hazards.add('unquoted ? (glob)');
  if (words.includes('*')) hazards.add('unquoted * (glob)');
  if (words.includes('[')) hazards.add('unquoted [ (glob)');
  if (/\{[^}\s]*,[^}\s]*\}/.test(words)) hazards.add('unquoted {a,b} (brace expansion)');
  if (words.includes('!')) hazards.add('unquoted ! (history expansion)');
  if (/\S\|\S/.test(words)) hazards.add('a|b written as choices (a pipeline in the shell)');
  return [...hazards];
}
