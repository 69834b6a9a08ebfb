/**
 * Objects captured from the running sandbox (kubectl get -o json, managedFields and
 * last-applied annotations dropped) on 2026-11-26, for concept-live tests only; the
 * JSON lives in lib/testing/captured/sandbox/.
 */
import { byName, sandboxCapture } from '../testing/sandbox-capture';

const pods = sandboxCapture.pods();

export const SANDBOX_CAPTURE = {
  controlPlaneNode: byName(sandboxCapture.nodesRecaptured(), 'sandbox-control-plane'),
  oomKilledPod: byName(pods, 'oom-killed'),
  initDemoPod: byName(pods, 'init-demo'),
};
