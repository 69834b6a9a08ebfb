import { parseSchedulingMessage, type ParsedSchedulingMessage } from '../explain/scheduling-message';

/**
 * The scheduling failure of an unbound pod, decoded per reason with node counts.
 * @example decodeScheduling(message)?.reasons.map((r) => `${r.count} ${r.text}`) → ['1 node(s) had untolerated taint(s)', '2 Insufficient cpu']
 */
export function decodeScheduling(message: string | null | undefined): ParsedSchedulingMessage | null {
  if (!message) return null;
  return parseSchedulingMessage(message);
}
