/**
 * Objects captured from the running sandbox (kubectl get -o json, managedFields and
 * last-applied annotations dropped) on 2026-11-26, for concept-live tests only.
 */
import type { V1Node, V1Pod } from '@kubernetes/client-node';

export const SANDBOX_CAPTURE = {
  "controlPlaneNode": {
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
      "resourceVersion": "1967",
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
          "lastHeartbeatTime": "2026-11-26T02:10:24Z",
          "lastTransitionTime": "2026-11-26T01:59:19Z",
          "message": "kubelet is posting ready status",
          "reason": "KubeletReady",
          "status": "True",
          "type": "Ready"
        },
        {
          "lastHeartbeatTime": "2026-11-26T02:10:24Z",
          "lastTransitionTime": "2026-11-26T01:59:19Z",
          "message": "kubelet has sufficient memory available",
          "reason": "KubeletHasSufficientMemory",
          "status": "False",
          "type": "MemoryPressure"
        },
        {
          "lastHeartbeatTime": "2026-11-26T02:10:24Z",
          "lastTransitionTime": "2026-11-26T01:59:19Z",
          "message": "kubelet has no disk pressure",
          "reason": "KubeletHasNoDiskPressure",
          "status": "False",
          "type": "DiskPressure"
        },
        {
          "lastHeartbeatTime": "2026-11-26T02:10:24Z",
          "lastTransitionTime": "2026-11-26T01:59:19Z",
          "message": "kubelet has sufficient PID available",
          "reason": "KubeletHasSufficientPID",
          "status": "False",
          "type": "PIDPressure"
        },
        {
          "lastHeartbeatTime": "2026-11-26T02:10:24Z",
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
  "oomKilledPod": {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {
      "creationTimestamp": "2026-11-26T01:59:20Z",
      "generation": 1,
      "labels": {
        "app": "oom-killed",
        "sandbox.kube-explain.dev/scenario": "oom-killed"
      },
      "name": "oom-killed",
      "namespace": "explain-demo",
      "resourceVersion": "1389",
      "uid": "1c06413e-b0bc-4835-8724-da37d64eeef7"
    },
    "spec": {
      "containers": [
        {
          "command": [
            "python",
            "-c",
            "blocks = [bytearray(10**6) for _ in range(10**4)]"
          ],
          "image": "python:3.12-slim",
          "imagePullPolicy": "IfNotPresent",
          "name": "app",
          "resources": {
            "limits": {
              "memory": "64Mi"
            },
            "requests": {
              "cpu": "50m",
              "memory": "32Mi"
            }
          },
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File",
          "volumeMounts": [
            {
              "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
              "name": "kube-api-access-tnr8v",
              "readOnly": true
            }
          ]
        }
      ],
      "dnsPolicy": "ClusterFirst",
      "enableServiceLinks": true,
      "nodeName": "sandbox-worker",
      "preemptionPolicy": "PreemptLowerPriority",
      "priority": 0,
      "restartPolicy": "Always",
      "schedulerName": "default-scheduler",
      "securityContext": {},
      "serviceAccount": "default",
      "serviceAccountName": "default",
      "terminationGracePeriodSeconds": 30,
      "tolerations": [
        {
          "effect": "NoExecute",
          "key": "node.kubernetes.io/not-ready",
          "operator": "Exists",
          "tolerationSeconds": 300
        },
        {
          "effect": "NoExecute",
          "key": "node.kubernetes.io/unreachable",
          "operator": "Exists",
          "tolerationSeconds": 300
        }
      ],
      "volumes": [
        {
          "name": "kube-api-access-tnr8v",
          "projected": {
            "defaultMode": 420,
            "sources": [
              {
                "serviceAccountToken": {
                  "expirationSeconds": 3607,
                  "path": "token"
                }
              },
              {
                "configMap": {
                  "items": [
                    {
                      "key": "ca.crt",
                      "path": "ca.crt"
                    }
                  ],
                  "name": "kube-root-ca.crt"
                }
              },
              {
                "downwardAPI": {
                  "items": [
                    {
                      "fieldRef": {
                        "apiVersion": "v1",
                        "fieldPath": "metadata.namespace"
                      },
                      "path": "namespace"
                    }
                  ]
                }
              }
            ]
          }
        }
      ]
    },
    "status": {
      "conditions": [
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:20Z",
          "status": "True",
          "type": "PodReadyToStartContainers"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:20Z",
          "status": "True",
          "type": "Initialized"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T02:04:46Z",
          "message": "containers with unready status: [app]",
          "reason": "ContainersNotReady",
          "status": "False",
          "type": "ContainersReady"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T02:04:46Z",
          "message": "containers with unready status: [app]",
          "reason": "ContainersNotReady",
          "status": "False",
          "type": "Ready"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:20Z",
          "status": "True",
          "type": "PodScheduled"
        }
      ],
      "containerStatuses": [
        {
          "image": "python:3.12-slim",
          "imageID": "python@sha256:1d0447543fac833cc86eed3edb0988e1c6ea7dfb011f7448f93bf50a6f1486d0",
          "lastState": {
            "terminated": {
              "containerID": "containerd://0519d83c5ff6757e7f2af3197f2a8ce24d64991a6c5b27d3b97afdc7c99defbd",
              "exitCode": 137,
              "finishedAt": "2026-11-26T02:04:46Z",
              "reason": "OOMKilled",
              "startedAt": "2026-11-26T02:04:44Z"
            }
          },
          "name": "app",
          "ready": false,
          "restartCount": 6,
          "started": false,
          "state": {
            "waiting": {
              "message": "back-off 5m0s restarting failed container=app pod=oom-killed_explain-demo(1c06413e-b0bc-4835-8724-da37d64eeef7)",
              "reason": "CrashLoopBackOff"
            }
          }
        }
      ],
      "hostIP": "172.18.0.4",
      "hostIPs": [
        {
          "ip": "172.18.0.4"
        }
      ],
      "phase": "Running",
      "podIP": "10.244.1.3",
      "podIPs": [
        {
          "ip": "10.244.1.3"
        }
      ],
      "qosClass": "Burstable",
      "startTime": "2026-11-26T01:59:20Z"
    }
  },
  "initDemoPod": {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {
      "creationTimestamp": "2026-11-26T01:59:20Z",
      "generation": 1,
      "labels": {
        "app": "init-demo"
      },
      "name": "init-demo",
      "namespace": "explain-demo",
      "resourceVersion": "466",
      "uid": "f99c6cf0-7066-447f-a8e7-91b83310859e"
    },
    "spec": {
      "containers": [
        {
          "image": "nginx:1.27",
          "imagePullPolicy": "IfNotPresent",
          "name": "app",
          "resources": {},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File",
          "volumeMounts": [
            {
              "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
              "name": "kube-api-access-wp56s",
              "readOnly": true
            }
          ]
        }
      ],
      "dnsPolicy": "ClusterFirst",
      "enableServiceLinks": true,
      "initContainers": [
        {
          "command": [
            "sh",
            "-c",
            "until nslookup db; do sleep 2; done"
          ],
          "image": "busybox:1.36",
          "imagePullPolicy": "IfNotPresent",
          "name": "wait-for-db",
          "resources": {},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File",
          "volumeMounts": [
            {
              "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
              "name": "kube-api-access-wp56s",
              "readOnly": true
            }
          ]
        },
        {
          "command": [
            "sh",
            "-c",
            "echo running migrations"
          ],
          "image": "busybox:1.36",
          "imagePullPolicy": "IfNotPresent",
          "name": "migrate",
          "resources": {},
          "terminationMessagePath": "/dev/termination-log",
          "terminationMessagePolicy": "File",
          "volumeMounts": [
            {
              "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
              "name": "kube-api-access-wp56s",
              "readOnly": true
            }
          ]
        }
      ],
      "nodeName": "sandbox-worker2",
      "preemptionPolicy": "PreemptLowerPriority",
      "priority": 0,
      "restartPolicy": "Always",
      "schedulerName": "default-scheduler",
      "securityContext": {},
      "serviceAccount": "default",
      "serviceAccountName": "default",
      "terminationGracePeriodSeconds": 30,
      "tolerations": [
        {
          "effect": "NoExecute",
          "key": "node.kubernetes.io/not-ready",
          "operator": "Exists",
          "tolerationSeconds": 300
        },
        {
          "effect": "NoExecute",
          "key": "node.kubernetes.io/unreachable",
          "operator": "Exists",
          "tolerationSeconds": 300
        }
      ],
      "volumes": [
        {
          "name": "kube-api-access-wp56s",
          "projected": {
            "defaultMode": 420,
            "sources": [
              {
                "serviceAccountToken": {
                  "expirationSeconds": 3607,
                  "path": "token"
                }
              },
              {
                "configMap": {
                  "items": [
                    {
                      "key": "ca.crt",
                      "path": "ca.crt"
                    }
                  ],
                  "name": "kube-root-ca.crt"
                }
              },
              {
                "downwardAPI": {
                  "items": [
                    {
                      "fieldRef": {
                        "apiVersion": "v1",
                        "fieldPath": "metadata.namespace"
                      },
                      "path": "namespace"
                    }
                  ]
                }
              }
            ]
          }
        }
      ]
    },
    "status": {
      "conditions": [
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:20Z",
          "status": "True",
          "type": "PodReadyToStartContainers"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:32Z",
          "status": "True",
          "type": "Initialized"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:34Z",
          "status": "True",
          "type": "ContainersReady"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:34Z",
          "status": "True",
          "type": "Ready"
        },
        {
          "lastProbeTime": null,
          "lastTransitionTime": "2026-11-26T01:59:20Z",
          "status": "True",
          "type": "PodScheduled"
        }
      ],
      "containerStatuses": [
        {
          "containerID": "containerd://dfecc6ceff1c77491569e98a959e5846b06c09eaf42b3524aefc966b8ac228dd",
          "image": "nginx:1.27",
          "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
          "lastState": {},
          "name": "app",
          "ready": true,
          "restartCount": 0,
          "started": true,
          "state": {
            "running": {
              "startedAt": "2026-11-26T01:59:34Z"
            }
          }
        }
      ],
      "hostIP": "172.18.0.5",
      "hostIPs": [
        {
          "ip": "172.18.0.5"
        }
      ],
      "initContainerStatuses": [
        {
          "image": "busybox:1.36",
          "imageID": "",
          "lastState": {},
          "name": "migrate",
          "ready": true,
          "restartCount": 0,
          "started": false,
          "state": {
            "terminated": {
              "exitCode": 0,
              "finishedAt": "2026-11-26T01:59:32Z",
              "reason": "Completed",
              "startedAt": "2026-11-26T01:59:26Z"
            }
          }
        }
      ],
      "phase": "Running",
      "podIP": "10.244.2.2",
      "podIPs": [
        {
          "ip": "10.244.2.2"
        }
      ],
      "qosClass": "BestEffort",
      "startTime": "2026-11-26T01:59:20Z"
    }
  }
} as unknown as { controlPlaneNode: V1Node; oomKilledPod: V1Pod; initDemoPod: V1Pod };
