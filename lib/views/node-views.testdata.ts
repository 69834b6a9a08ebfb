/**
 * Real objects from the sandbox: its three KWOK nodes and their kube-node-lease Leases.
 * Captured with the sandbox's kubectl (`get -o json`) on 2026-11-26 at
 * 02:10:09Z, managedFields and last-applied annotations dropped. Used only by
 * *.test.ts files.
 */
import type { V1Lease, V1Node } from '@kubernetes/client-node';

export const demoNodes = [
 {
  "apiVersion": "v1",
  "kind": "Node",
  "metadata": {
   "annotations": {
    "kwok.x-k8s.io/node": "fake",
    "node.alpha.kubernetes.io/ttl": "0"
   },
   "creationTimestamp": "2026-11-26T01:59:19Z",
   "labels": {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": "sandbox-control-plane",
    "kubernetes.io/os": "linux",
    "node-role.kubernetes.io/control-plane": "",
    "type": "kwok"
   },
   "name": "sandbox-control-plane",
   "resourceVersion": "1905",
   "uid": "79ac20bf-bc59-4827-a693-5f3257dd6ca5"
  },
  "spec": {
   "podCIDR": "10.244.0.0/24",
   "podCIDRs": [
    "10.244.0.0/24"
   ],
   "providerID": "kwok://sandbox-control-plane",
   "taints": [
    {
     "effect": "NoSchedule",
     "key": "node-role.kubernetes.io/control-plane"
    }
   ]
  },
  "status": {
   "addresses": [
    {
     "address": "172.18.0.3",
     "type": "InternalIP"
    },
    {
     "address": "sandbox-control-plane",
     "type": "Hostname"
    },
    {
     "address": "localhost",
     "type": "InternalDNS"
    }
   ],
   "allocatable": {
    "cpu": "4",
    "ephemeral-storage": "102626232Ki",
    "hugepages-2Mi": "0",
    "memory": "16369932Ki",
    "pods": "110"
   },
   "capacity": {
    "cpu": "4",
    "ephemeral-storage": "102626232Ki",
    "hugepages-2Mi": "0",
    "memory": "16369932Ki",
    "pods": "110"
   },
   "conditions": [
    {
     "lastHeartbeatTime": "2026-11-26T02:09:23Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet is posting ready status",
     "reason": "KubeletReady",
     "status": "True",
     "type": "Ready"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:23Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient memory available",
     "reason": "KubeletHasSufficientMemory",
     "status": "False",
     "type": "MemoryPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:23Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has no disk pressure",
     "reason": "KubeletHasNoDiskPressure",
     "status": "False",
     "type": "DiskPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:23Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient PID available",
     "reason": "KubeletHasSufficientPID",
     "status": "False",
     "type": "PIDPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:23Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "RouteController created a route",
     "reason": "RouteCreated",
     "status": "False",
     "type": "NetworkUnavailable"
    }
   ],
   "daemonEndpoints": {
    "kubeletEndpoint": {
     "Port": 20250
    }
   },
   "nodeInfo": {
    "architecture": "amd64",
    "bootID": "d3ca7f045fbb832f8537b638ea3cd510",
    "containerRuntimeVersion": "containerd://2.1.4",
    "kernelVersion": "6.12.48-kwok",
    "kubeProxyVersion": "",
    "kubeletVersion": "v1.36.3",
    "machineID": "1cc14449d6eed52c7b6c19f09ab8556e",
    "operatingSystem": "linux",
    "osImage": "Debian GNU/Linux 12 (bookworm)",
    "systemUUID": "d6150a92e30dc5736c400ec983c39420"
   },
   "phase": "Running"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Node",
  "metadata": {
   "annotations": {
    "kwok.x-k8s.io/node": "fake",
    "node.alpha.kubernetes.io/ttl": "0"
   },
   "creationTimestamp": "2026-11-26T01:59:19Z",
   "labels": {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": "sandbox-worker",
    "kubernetes.io/os": "linux",
    "type": "kwok"
   },
   "name": "sandbox-worker",
   "resourceVersion": "1906",
   "uid": "98c26572-aaa7-4677-a201-ab88917c5eab"
  },
  "spec": {
   "podCIDR": "10.244.1.0/24",
   "podCIDRs": [
    "10.244.1.0/24"
   ],
   "providerID": "kwok://sandbox-worker"
  },
  "status": {
   "addresses": [
    {
     "address": "172.18.0.4",
     "type": "InternalIP"
    },
    {
     "address": "sandbox-worker",
     "type": "Hostname"
    },
    {
     "address": "localhost",
     "type": "InternalDNS"
    }
   ],
   "allocatable": {
    "cpu": "4",
    "ephemeral-storage": "102626232Ki",
    "hugepages-2Mi": "0",
    "memory": "16369932Ki",
    "pods": "110"
   },
   "capacity": {
    "cpu": "4",
    "ephemeral-storage": "102626232Ki",
    "hugepages-2Mi": "0",
    "memory": "16369932Ki",
    "pods": "110"
   },
   "conditions": [
    {
     "lastHeartbeatTime": "2026-11-26T02:09:24Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet is posting ready status",
     "reason": "KubeletReady",
     "status": "True",
     "type": "Ready"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:24Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient memory available",
     "reason": "KubeletHasSufficientMemory",
     "status": "False",
     "type": "MemoryPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:24Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has no disk pressure",
     "reason": "KubeletHasNoDiskPressure",
     "status": "False",
     "type": "DiskPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:24Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient PID available",
     "reason": "KubeletHasSufficientPID",
     "status": "False",
     "type": "PIDPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:24Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "RouteController created a route",
     "reason": "RouteCreated",
     "status": "False",
     "type": "NetworkUnavailable"
    }
   ],
   "daemonEndpoints": {
    "kubeletEndpoint": {
     "Port": 20250
    }
   },
   "nodeInfo": {
    "architecture": "amd64",
    "bootID": "70754c21b01d5693c2c20a416307b83c",
    "containerRuntimeVersion": "containerd://2.1.4",
    "kernelVersion": "6.12.48-kwok",
    "kubeProxyVersion": "",
    "kubeletVersion": "v1.36.3",
    "machineID": "3f442f50bdc62e99ddefb16a65de160a",
    "operatingSystem": "linux",
    "osImage": "Debian GNU/Linux 12 (bookworm)",
    "systemUUID": "8d9f249f2d7f72bfd41cd8d15e01af7c"
   },
   "phase": "Running"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Node",
  "metadata": {
   "annotations": {
    "kwok.x-k8s.io/node": "fake",
    "node.alpha.kubernetes.io/ttl": "0"
   },
   "creationTimestamp": "2026-11-26T01:59:19Z",
   "labels": {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": "sandbox-worker2",
    "kubernetes.io/os": "linux",
    "type": "kwok"
   },
   "name": "sandbox-worker2",
   "resourceVersion": "1913",
   "uid": "11864b20-28a9-46e6-ab57-acf6c104eed4"
  },
  "spec": {
   "podCIDR": "10.244.2.0/24",
   "podCIDRs": [
    "10.244.2.0/24"
   ],
   "providerID": "kwok://sandbox-worker2"
  },
  "status": {
   "addresses": [
    {
     "address": "172.18.0.5",
     "type": "InternalIP"
    },
    {
     "address": "sandbox-worker2",
     "type": "Hostname"
    },
    {
     "address": "localhost",
     "type": "InternalDNS"
    }
   ],
   "allocatable": {
    "cpu": "4",
    "ephemeral-storage": "102626232Ki",
    "hugepages-2Mi": "0",
    "memory": "16369932Ki",
    "pods": "110"
   },
   "capacity": {
    "cpu": "4",
    "ephemeral-storage": "102626232Ki",
    "hugepages-2Mi": "0",
    "memory": "16369932Ki",
    "pods": "110"
   },
   "conditions": [
    {
     "lastHeartbeatTime": "2026-11-26T02:09:29Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet is posting ready status",
     "reason": "KubeletReady",
     "status": "True",
     "type": "Ready"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:29Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient memory available",
     "reason": "KubeletHasSufficientMemory",
     "status": "False",
     "type": "MemoryPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:29Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has no disk pressure",
     "reason": "KubeletHasNoDiskPressure",
     "status": "False",
     "type": "DiskPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:29Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient PID available",
     "reason": "KubeletHasSufficientPID",
     "status": "False",
     "type": "PIDPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:09:29Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "RouteController created a route",
     "reason": "RouteCreated",
     "status": "False",
     "type": "NetworkUnavailable"
    }
   ],
   "daemonEndpoints": {
    "kubeletEndpoint": {
     "Port": 20250
    }
   },
   "nodeInfo": {
    "architecture": "amd64",
    "bootID": "761b547bef378f257e6dbbc569315716",
    "containerRuntimeVersion": "containerd://2.1.4",
    "kernelVersion": "6.12.48-kwok",
    "kubeProxyVersion": "",
    "kubeletVersion": "v1.36.3",
    "machineID": "62338a373d1901a07dc20316504b4f2d",
    "operatingSystem": "linux",
    "osImage": "Debian GNU/Linux 12 (bookworm)",
    "systemUUID": "12a5e1d9984d775fe8966b12fc9e2dc3"
   },
   "phase": "Running"
  }
 }
] as unknown as V1Node[];

export const demoLeases = [
 {
  "apiVersion": "coordination.k8s.io/v1",
  "kind": "Lease",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:19Z",
   "name": "sandbox-control-plane",
   "namespace": "kube-node-lease",
   "ownerReferences": [
    {
     "apiVersion": "v1",
     "kind": "Node",
     "name": "sandbox-control-plane",
     "uid": "79ac20bf-bc59-4827-a693-5f3257dd6ca5"
    }
   ],
   "resourceVersion": "1946",
   "uid": "2690d107-bcfa-42ae-b79c-1655a282ff04"
  },
  "spec": {
   "holderIdentity": "vm_7b1af099-0d9e-4adc-915e-13fb21dece17",
   "leaseDurationSeconds": 40,
   "leaseTransitions": 1,
   "renewTime": "2026-11-26T02:10:04.089963Z"
  }
 },
 {
  "apiVersion": "coordination.k8s.io/v1",
  "kind": "Lease",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:19Z",
   "name": "sandbox-worker",
   "namespace": "kube-node-lease",
   "ownerReferences": [
    {
     "apiVersion": "v1",
     "kind": "Node",
     "name": "sandbox-worker",
     "uid": "98c26572-aaa7-4677-a201-ab88917c5eab"
    }
   ],
   "resourceVersion": "1948",
   "uid": "532fe9fd-2f7e-409a-8900-2b5e8a372e09"
  },
  "spec": {
   "holderIdentity": "vm_7b1af099-0d9e-4adc-915e-13fb21dece17",
   "leaseDurationSeconds": 40,
   "leaseTransitions": 1,
   "renewTime": "2026-11-26T02:10:06.025461Z"
  }
 },
 {
  "apiVersion": "coordination.k8s.io/v1",
  "kind": "Lease",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:19Z",
   "name": "sandbox-worker2",
   "namespace": "kube-node-lease",
   "ownerReferences": [
    {
     "apiVersion": "v1",
     "kind": "Node",
     "name": "sandbox-worker2",
     "uid": "11864b20-28a9-46e6-ab57-acf6c104eed4"
    }
   ],
   "resourceVersion": "1947",
   "uid": "2a7c2932-4c9b-4d94-a7c2-3c619b1ed085"
  },
  "spec": {
   "holderIdentity": "vm_7b1af099-0d9e-4adc-915e-13fb21dece17",
   "leaseDurationSeconds": 40,
   "leaseTransitions": 1,
   "renewTime": "2026-11-26T02:10:04.815737Z"
  }
 }
] as unknown as V1Lease[];
