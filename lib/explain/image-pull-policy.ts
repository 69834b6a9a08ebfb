/**
 * imagePullPolicy defaulting, ported from kubernetes pkg/apis/core/v1/defaults.go
 * (SetDefaults_Container) and pkg/util/parsers (ParseImageName); docs:
 * concepts/containers/images#imagepullpolicy-defaulting.
 */

/** spec.containers[].imagePullPolicy values. */
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/** Why defaulting picks what it picks. */
export type PullPolicyRule = 'tag-latest' | 'no-tag' | 'digest' | 'other-tag' | 'unparseable';

/** An image reference split into its parts. */
export interface ImageRef {
  /** Everything before the tag and digest, e.g. 'gcr.io/heptio-images/ks-guestbook-demo'. */
  repository: string;
  tag: string | null;
  digest: string | null;
  /** False when the reference grammar rejects it (the kubelet then reports InvalidImageName). */
  valid: boolean;
}

/** How a container's pull policy came about. */
export interface PullPolicyExplanation {
  image: string;
  /** The policy the kubelet uses: the stored value, else what defaulting would pick. */
  value: PullPolicy;
  /** spec.containers[i].imagePullPolicy as stored, or null when absent (an object not read from the API). */
  stored: string | null;
  /** What the apiserver would default an omitted policy to for this image. */
  defaultValue: PullPolicy;
  rule: PullPolicyRule;
  matchesDefault: boolean;
  /**
   * Whether the author set the policy. The apiserver fills it in at creation,
   * so a stored pod always has one: it is known explicit only when it differs
   * from the default or the last-applied manifest shows it; otherwise false.
   */
  explicit: boolean;
  explicitSource: 'differs-from-default' | 'last-applied-configuration' | 'not-set' | 'unknowable';
}

// distribution/reference grammar (reference/regexp.go), without IPv6 hosts.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);

/**
 * Splits an image reference into repository, tag and digest. A port in the
 * registry host is not a tag: the tag is the part after the last ':' that
 * follows the last '/'.
 * @example parseImageRef('localhost:5000/app:1.2') // { repository: 'localhost:5000/app', tag: '1.2', digest: null, valid: true }
 */
export function parseImageRef(image: string): ImageRef {
  const match = REFERENCE.exec(image);
  if (match) {
    return { repository: match[1] ?? image, tag: match[2] ?? null, digest: match[3] ?? null, valid: true };
  }
  const at = image.indexOf('@');
  const namePart = at >= 0 ? image.slice(0, at) : image;
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const colon = namePart.lastIndexOf(':');
  const hasTag = colon > namePart.lastIndexOf('/');
  return {
    repository: hasTag ? namePart.slice(0, colon) : namePart,
    tag: hasTag ? namePart.slice(colon + 1) : null,
    digest,
    valid: false,
  };
}

/**
 * The policy the apiserver gives a container whose imagePullPolicy is omitted:
 * tag latest, or no tag and no digest → Always; any other tag, or a digest
 * alone → IfNotPresent. Upstream reads only the tag, so 'app:latest@sha256:…'
 * still gets Always; an unparseable name gets IfNotPresent.
 * @example defaultPullPolicy('nginx') // { policy: 'Always', rule: 'no-tag' }
 * @example defaultPullPolicy('nginx@sha256:…') // { policy: 'IfNotPresent', rule: 'digest' }
 */
export function defaultPullPolicy(image: string): { policy: PullPolicy; rule: PullPolicyRule } {
  const ref = parseImageRef(image);
  if (!ref.valid) return { policy: 'IfNotPresent', rule: 'unparseable' };
  if (ref.tag === 'latest') return { policy: 'Always', rule: 'tag-latest' };
  if (ref.tag !== null) return { policy: 'IfNotPresent', rule: 'other-tag' };
  if (ref.digest !== null) return { policy: 'IfNotPresent', rule: 'digest' };
  return { policy: 'Always', rule: 'no-tag' };
}

/**
 * Explains a container's pull policy: the rule that would apply if it were
 * omitted, and whether the stored value agrees with it. `declared` is what the
 * author's manifest said when known (from kubectl's last-applied-configuration):
 * a string when set there, null when known absent, undefined when unknown.
 * @example explainImagePullPolicy('alpine:3.19', 'Always') // { value: 'Always', defaultValue: 'IfNotPresent', explicit: true, explicitSource: 'differs-from-default', ... }
 */
export function explainImagePullPolicy(
  image: string,
  stored: string | null | undefined,
  declared?: string | null,
): PullPolicyExplanation {
  const { policy: defaultValue, rule } = defaultPullPolicy(image);
  const storedValue = stored || null;
  const value = isPullPolicy(storedValue) ? storedValue : defaultValue;
  const matchesDefault = value === defaultValue;
  let explicit: boolean;
  let explicitSource: PullPolicyExplanation['explicitSource'];
  if (storedValue === null) {
    explicit = false;
    explicitSource = 'not-set';
  } else if (!matchesDefault) {
    explicit = true;
    explicitSource = 'differs-from-default';
  } else if (declared !== undefined) {
    explicit = declared !== null;
    explicitSource = 'last-applied-configuration';
  } else {
    explicit = false;
    explicitSource = 'unknowable';
  }
  return { image, value, stored: storedValue, defaultValue, rule, matchesDefault, explicit, explicitSource };
}

function isPullPolicy(value: string | null): value is PullPolicy {
  return value === 'Always' || value === 'IfNotPresent' || value === 'Never';
}
