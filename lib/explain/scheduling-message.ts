/**
 * Parser for kube-scheduler's FailedScheduling message, the text of the
 * PodScheduled=False condition and of FailedScheduling events. Format, from
 * kubernetes pkg/scheduler/framework/types.go (FitError.Error):
 *   "0/<N> nodes are available: <count> <reason>, <count> <reason>."   (sorted as strings)
 *   "0/<N> nodes are available: <pre-filter message>."                  (one pod-level reason)
 * then, when preemption ran, " preemption: " followed by the same format
 * (DefaultPreemption's PostFilter), often ending in "..". Older releases
 * printed "had taint {k: v}, that the pod didn't tolerate" (a comma inside a
 * reason); 1.20+ print "had untolerated taint {k: v}"; recent ones may print
 * "had untolerated taint(s)" without the taint.
 */

/** What kind of filter rejected nodes (or why preemption did not help). */
export type SchedulingReasonCategory =
  | 'insufficient-resource'
  | 'too-many-pods'
  | 'untolerated-taint'
  | 'node-affinity'
  | 'node-name'
  | 'node-unschedulable'
  | 'node-not-ready'
  | 'node-pressure'
  | 'node-ports'
  | 'pod-affinity'
  | 'pod-anti-affinity'
  | 'topology-spread'
  | 'volume'
  | 'no-preemption-victims'
  | 'preemption-not-helpful'
  | 'other';

/** One "<count> <reason>" entry of the message. */
export interface SchedulingReason {
  /** How many nodes gave this reason; null for a pod-level (PreFilter) reason that applies to all. */
  count: number | null;
  /** The reason exactly as printed, e.g. 'Insufficient cpu'. */
  text: string;
  category: SchedulingReasonCategory;
  /** For insufficient-resource: the resource name, e.g. 'cpu' or 'nvidia.com/gpu'. */
  resource: string | null;
  /** For untolerated-taint when the message names it. */
  taint: { key: string; value: string } | null;
}

/** One "0/N nodes are available: …" sentence. */
export interface SchedulingAttempt {
  availableNodes: number;
  totalNodes: number;
  reasons: SchedulingReason[];
}

/** The whole message: the filter attempt and, when preemption ran, its result. */
export interface ParsedSchedulingMessage extends SchedulingAttempt {
  /** The message as given. */
  message: string;
  /** The preemption half, when present. `text` is raw; the counts are null when it is not in "0/N" form. */
  preemption: {
    text: string;
    availableNodes: number | null;
    totalNodes: number | null;
    reasons: SchedulingReason[];
  } | null;
}

const HEAD = /^(\d+)\/(\d+) nodes are available(?::\s*([\s\S]*))?$/;
const NO_NODES = /^no nodes available to schedule pods/i;
const PREEMPTION = ' preemption: ';
// A reason starts with "<digits> "; commas inside a reason (old taint text) are not followed by one.
const REASON_SPLIT = /,\s+(?=\d+\s)/;
const COUNTED = /^(\d+)\s+([\s\S]+)$/;
const TAINT = /\{([^:}]*):\s?([^}]*)\}/;

/**
 * Parses a scheduling failure message into per-reason node counts, or returns
 * null when the text is not a "0/N nodes are available" message (e.g. a
 * binding error).
 * @example parseSchedulingMessage('0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling..')
 * // → { availableNodes: 0, totalNodes: 3, reasons: [{ count: 1, category: 'insufficient-resource', resource: 'cpu', … },
 * //      { count: 2, category: 'untolerated-taint', taint: { key: 'node-role.kubernetes.io/control-plane', value: '' }, … }],
 * //      preemption: { totalNodes: 3, reasons: [{ count: 1, category: 'no-preemption-victims' }, { count: 2, category: 'preemption-not-helpful' }] } }
 */
export function parseSchedulingMessage(message: string): ParsedSchedulingMessage | null {
  const text = message.trim();
  if (NO_NODES.test(text)) {
    return { message, availableNodes: 0, totalNodes: 0, reasons: [], preemption: null };
  }
  const split = text.indexOf(PREEMPTION);
  const head = split >= 0 ? text.slice(0, split) : text;
  // Newer schedulers append plugin notes after the reasons (1.34+: "… 2 Insufficient cpu. no new
  // claims to deallocate, preemption: …"): the reasons end at the first ". " after the head.
  const end = head.indexOf('. ', head.indexOf('available:'));
  const main = parseAttempt(end >= 0 ? head.slice(0, end) : head);
  if (!main) return null;
  let preemption: ParsedSchedulingMessage['preemption'] = null;
  if (split >= 0) {
    const preText = stripEnd(text.slice(split + PREEMPTION.length));
    const attempt = parseAttempt(preText);
    preemption = attempt
      ? { text: preText, ...attempt }
      : { text: preText, availableNodes: null, totalNodes: null, reasons: [] };
  }
  return { message, ...main, preemption };
}

function stripEnd(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

function parseAttempt(text: string): SchedulingAttempt | null {
  const match = HEAD.exec(stripEnd(text));
  if (!match) return null;
  const body = stripEnd(match[3] ?? '');
  const reasons = body ? body.split(REASON_SPLIT).map(parseReason) : [];
  return { availableNodes: Number(match[1]), totalNodes: Number(match[2]), reasons };
}

/**
 * Classifies one reason, e.g. '2 Insufficient memory' or a count-less
 * PreFilter reason such as 'pod has unbound immediate PersistentVolumeClaims'.
 * @example parseReason('1 node(s) were unschedulable') // { count: 1, category: 'node-unschedulable', … }
 */
export function parseReason(raw: string): SchedulingReason {
  const counted = COUNTED.exec(raw.trim());
  const count = counted ? Number(counted[1]) : null;
  const text = (counted ? (counted[2] ?? '') : raw).trim();
  const category = categorize(text);
  const insufficient = /^Insufficient (.+)$/.exec(text);
  const taint = category === 'untolerated-taint' ? TAINT.exec(text) : null;
  return {
    count,
    text,
    category,
    resource: insufficient ? (insufficient[1] ?? null) : null,
    taint: taint ? { key: (taint[1] ?? '').trim(), value: (taint[2] ?? '').trim() } : null,
  };
}

// Order matters: "volume node affinity conflict" is about volumes, and an old
// "had taint {node.kubernetes.io/not-ready: }" is a taint.
const CATEGORIES: readonly [RegExp, SchedulingReasonCategory][] = [
  [/^Insufficient /, 'insufficient-resource'],
  [/^Too many pods/i, 'too-many-pods'],
  [/untolerated taint|had taints? \{|didn't tolerate/i, 'untolerated-taint'],
  [/volume|PersistentVolumeClaim|persistent volumes|disk conflict|available disk/i, 'volume'],
  [/requested node name|requested hostname/i, 'node-name'],
  [/anti-affinity/i, 'pod-anti-affinity'],
  [/pod affinity/i, 'pod-affinity'],
  [/node affinity|node selector|nodeSelector/i, 'node-affinity'],
  [/topology spread/i, 'topology-spread'],
  [/unschedulable/i, 'node-unschedulable'],
  [/not ready|unreachable/i, 'node-not-ready'],
  [/(memory|disk|pid) pressure/i, 'node-pressure'],
  [/free ports/i, 'node-ports'],
  [/No preemption victims/i, 'no-preemption-victims'],
  [/Preemption is not helpful/i, 'preemption-not-helpful'],
];

function categorize(text: string): SchedulingReasonCategory {
  for (const [pattern, category] of CATEGORIES) if (pattern.test(text)) return category;
  return 'other';
}
