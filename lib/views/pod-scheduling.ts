import { parseSchedulingMessage, type ParsedSchedulingMessage } from '../explain/scheduling-message';

/**
 * The scheduler ends the filter sentence with "." and then appends each
 * PostFilter plugin's message (FitError.Error in pkg/scheduler/framework):
 * since DRA that is "no new claims to deallocate, " before
 * "preemption: 0/3 nodes are available: …". The filter reasons stop at the
 * first ". "; of the rest only the preemption sentence is kept, so every
 * reason reads as printed ("2 Insufficient cpu").
 * @example cleanSchedulingMessage('0/3 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.')
 *   → '0/3 nodes are available: 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'
 */
export function cleanSchedulingMessage(message: string): string {
  const head = /^\s*\d+\/\d+ nodes are available:/.exec(message);
  if (!head) return message;
  const end = message.indexOf('. ', head[0].length);
  if (end < 0) return message;
  const rest = message.slice(end + 2);
  const preemption = rest.indexOf('preemption: ');
  return `${message.slice(0, end + 1)}${preemption >= 0 ? ` ${rest.slice(preemption)}` : ''}`;
}

/**
 * The scheduling failure of an unbound pod, decoded per reason with node counts.
 * @example decodeScheduling(message)?.reasons.map((r) => `${r.count} ${r.text}`) → ['1 node(s) had untolerated taint(s)', '2 Insufficient cpu']
 */
export function decodeScheduling(message: string | null | undefined): ParsedSchedulingMessage | null {
  if (!message) return null;
  const parsed = parseSchedulingMessage(cleanSchedulingMessage(message));
  return parsed ? { ...parsed, message } : null;
}
