/** A small parser of the code patterns of qms.config.yaml into groups, atoms and repetition bounds, for the safety checks. */

/** A parsed atom or group with its repetition bounds; `zeroWidth` for anchors and lookarounds. */
export type RegexNode = { kind: 'atom'; source: string; min: number; max: number; zeroWidth?: boolean } | RegexGroup;
/** A group: its alternatives, each a sequence of nodes. */
export interface RegexGroup {
  kind: 'group';
  alternatives: RegexNode[][];
  min: number;
  max: number;
  zeroWidth?: boolean;
}

/** A small parser of a `u`-mode regular expression into groups, atoms and their repetition counts. */
export function parseRegex(source: string): RegexGroup {
  const root: RegexGroup = { kind: 'group', alternatives: [[]], min: 1, max: 1 };
  const stack: RegexGroup[] = [root];
  let i = 0;
  const current = (): RegexNode[] => {
    const group = stack[stack.length - 1]!;
    return group.alternatives[group.alternatives.length - 1]!;
  };
  while (i < source.length) {
    const c = source[i]!;
    const quantifier = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i, i + 32));
    if (quantifier && current().length > 0) {
      const node = current()[current().length - 1]!;
      const q = quantifier[0]!;
      const max = q[0] === '*' || q[0] === '+' ? Infinity : q[0] === '?' ? 1 : quantifier[2] ? (quantifier[3] ? Number(quantifier[3]) : Infinity) : Number(quantifier[1]);
      const min = q[0] === '*' || q[0] === '?' ? 0 : q[0] === '+' ? 1 : Number(quantifier[1]);
      node.max = node.max * max;
      node.min = node.min * min;
      i += q.length;
    } else if (c === '(') {
      const group: RegexGroup = { kind: 'group', alternatives: [[]], min: 1, max: 1 };
      current().push(group);
      stack.push(group);
      i++;
      if (source[i] === '?' && (source[i + 1] === '=' || source[i + 1] === '!' || (source[i + 1] === '<' && (source[i + 2] === '=' || source[i + 2] === '!')))) group.zeroWidth = true;
      if (source[i] === '?') {
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') i = source.indexOf('>', i) + 1;
        else i += source[i + 1] === '<' ? 3 : 2;
      }
    } else if (c === ')') {
      if (stack.length > 1) stack.pop();
      i++;
    } else if (c === '|') {
      stack[stack.length - 1]!.alternatives.push([]);
      i++;
    } else {
      let end = i + 1;
      if (c === '\\') {
        const kind = source[i + 1] ?? '';
        end = i + 2;
        if ((kind === 'p' || kind === 'P' || kind === 'u') && source[end] === '{') end = source.indexOf('}', end) + 1;
        else if (kind === 'u') end += 4;
        else if (kind === 'x') end += 2;
        else if (kind === 'c') end += 1;
        else if (kind === 'k' && source[end] === '<') end = source.indexOf('>', end) + 1;
      } else if (c === '[') {
        end = source[i + 1] === '^' ? i + 2 : i + 1;
        while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
        end++;
      }
      if (end <= i) end = source.length;
      const atom = source.slice(i, end);
      current().push({ kind: 'atom', source: atom, min: 1, max: 1, ...(atom === '^' || atom === '$' || atom === '\\b' || atom === '\\B' ? { zeroWidth: true } : {}) });
      i = end;
    }
  }
  return root;
}
