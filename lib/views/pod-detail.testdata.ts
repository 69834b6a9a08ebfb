/**
 * Real objects from the sandbox, captured with its kubectl (`get -o json`) on
 * 2026-11-26 between 02:11:17Z and 02:12:00Z: explain-demo's scenario pods
 * (crash-loop keeps its managedFields and last-applied annotation, the others
 * have them dropped), their events, the three KWOK nodes, Services and
 * EndpointSlices; and from a scratch namespace a pod with two init containers
 * at Init:0/2, Init:1/2 and Running, plus a slow-delete pod 3 s after
 * `kubectl delete --wait=false`. The JSON lives in lib/testing/captured/sandbox/;
 * unschedulable, web-569b4d9d45-7bj98 and complete-job-blpj8 had not changed
 * since the 02:10:09Z capture, so they come from there. Used only by *.test.ts files.
 */
import { byName, sandboxCapture } from '../testing/sandbox-capture';

const pods = sandboxCapture.pods();
const recaptured = sandboxCapture.podsRecaptured();
const events = sandboxCapture.events();
const eventsOf = (pod: string) => events.filter((e) => e.metadata.namespace === 'e2e-pod-capture' && e.involvedObject.name === pod);

export const demoPods = [
  byName(recaptured, 'crash-loop'),
  byName(recaptured, 'readiness-fail'),
  byName(pods, 'unschedulable'),
  byName(pods, 'web-569b4d9d45-7bj98'),
  byName(pods, 'complete-job-blpj8'),
  byName(recaptured, 'slow-delete'),
];
export const demoEvents = events.filter((e) => e.metadata.namespace === 'explain-demo');
export const demoNodes = sandboxCapture.nodesRecaptured();
export const demoServices = sandboxCapture.servicesRecaptured();
export const demoSlices = sandboxCapture.endpointSlices();

/** init-steps at Init:0/2 (02:11:23Z), Init:1/2 (02:11:30Z) and Running (02:11:38Z). */
export const initStepsPods = sandboxCapture.podsInitSteps();
export const initStepsEvents = eventsOf('init-steps');

/** A slow-delete pod (terminationGracePeriodSeconds 20) 3 s after the delete request. */
export const terminatingPod = byName(pods, 'slow');
export const terminatingEvents = eventsOf('slow');
