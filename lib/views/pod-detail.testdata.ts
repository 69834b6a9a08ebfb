/**
 * Real objects from the sandbox, captured with its kubectl (`get -o json`) on
 * 2026-11-26 between 02:11:17Z and 02:12:00Z: explain-demo's scenario pods
 * (crash-loop keeps its managedFields and last-applied annotation, the others
 * have them dropped), their events, the three KWOK nodes, Services and
 * EndpointSlices; and from a scratch namespace a pod with two init containers
 * at Init:0/2, Init:1/2 and Running, plus a slow-delete pod 3 s after
 * `kubectl delete --wait=false`. Used only by *.test.ts files.
 */
import type { CoreV1Event, V1EndpointSlice, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';

export const demoPods = [
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "annotations": {
    "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{},\"labels\":{\"app\":\"crash-loop\",\"sandbox.kube-explain.dev/scenario\":\"crash-loop\"},\"name\":\"crash-loop\",\"namespace\":\"explain-demo\"},\"spec\":{\"containers\":[{\"command\":[\"sh\",\"-c\",\"echo \\\"starting worker\\\"; echo \\\"config file /etc/app/config.yaml not found\\\" \\u003e\\u00262; exit 1\"],\"image\":\"busybox:1.36\",\"name\":\"app\"}]}}\n"
   },
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generation": 1,
   "labels": {
    "app": "crash-loop",
    "sandbox.kube-explain.dev/scenario": "crash-loop"
   },
   "managedFields": [
    {
     "apiVersion": "v1",
     "fieldsType": "FieldsV1",
     "fieldsV1": {
      "f:metadata": {
       "f:annotations": {
        ".": {},
        "f:kubectl.kubernetes.io/last-applied-configuration": {}
       },
       "f:labels": {
        ".": {},
        "f:app": {},
        "f:sandbox.kube-explain.dev/scenario": {}
       }
      },
      "f:spec": {
       "f:containers": {
        "k:{\"name\":\"app\"}": {
         ".": {},
         "f:command": {},
         "f:image": {},
         "f:imagePullPolicy": {},
         "f:name": {},
         "f:resources": {},
         "f:terminationMessagePath": {},
         "f:terminationMessagePolicy": {}
        }
       },
       "f:dnsPolicy": {},
       "f:enableServiceLinks": {},
       "f:restartPolicy": {},
       "f:schedulerName": {},
       "f:securityContext": {},
       "f:terminationGracePeriodSeconds": {}
      }
     },
     "manager": "kubectl-client-side-apply",
     "operation": "Update",
     "time": "2026-11-26T01:59:20Z"
    },
    {
     "apiVersion": "v1",
     "fieldsType": "FieldsV1",
     "fieldsV1": {
      "f:status": {
       "f:conditions": {
        "k:{\"type\":\"ContainersReady\"}": {
         ".": {},
         "f:lastProbeTime": {},
         "f:lastTransitionTime": {},
         "f:message": {},
         "f:reason": {},
         "f:status": {},
         "f:type": {}
        },
        "k:{\"type\":\"Initialized\"}": {
         ".": {},
         "f:lastProbeTime": {},
         "f:lastTransitionTime": {},
         "f:status": {},
         "f:type": {}
        },
        "k:{\"type\":\"PodReadyToStartContainers\"}": {
         ".": {},
         "f:lastProbeTime": {},
         "f:lastTransitionTime": {},
         "f:status": {},
         "f:type": {}
        },
        "k:{\"type\":\"Ready\"}": {
         ".": {},
         "f:lastProbeTime": {},
         "f:lastTransitionTime": {},
         "f:message": {},
         "f:reason": {},
         "f:status": {},
         "f:type": {}
        }
       },
       "f:containerStatuses": {},
       "f:hostIP": {},
       "f:hostIPs": {},
       "f:phase": {},
       "f:podIP": {},
       "f:podIPs": {
        ".": {},
        "k:{\"ip\":\"10.244.2.1\"}": {
         ".": {},
         "f:ip": {}
        }
       },
       "f:startTime": {}
      }
     },
     "manager": "kwok",
     "operation": "Update",
     "subresource": "status",
     "time": "2026-11-26T02:11:12Z"
    }
   ],
   "name": "crash-loop",
   "namespace": "explain-demo",
   "resourceVersion": "2038",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "spec": {
   "containers": [
    {
     "command": [
      "sh",
      "-c",
      "echo \"starting worker\"; echo \"config file /etc/app/config.yaml not found\" >&2; exit 1"
     ],
     "image": "busybox:1.36",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "resources": {},
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-bkt97",
       "readOnly": true
      }
     ]
    }
   ],
   "dnsPolicy": "ClusterFirst",
   "enableServiceLinks": true,
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
     "name": "kube-api-access-bkt97",
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
     "lastTransitionTime": "2026-11-26T02:11:12Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:12Z",
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
     "image": "busybox:1.36",
     "imageID": "busybox@sha256:ab512471e34f10e894cfa69eec441e1412a1c418f681cdb04b15c219c8b1dd67",
     "lastState": {
      "terminated": {
       "containerID": "containerd://460fc0aab7c8ffb1bcea8ac0b758ddd63d176c9569b7df3c59c7a4aa31587561",
       "exitCode": 1,
       "finishedAt": "2026-11-26T02:11:12Z",
       "reason": "Error",
       "startedAt": "2026-11-26T02:11:10Z"
      }
     },
     "name": "app",
     "ready": false,
     "restartCount": 7,
     "started": false,
     "state": {
      "waiting": {
       "message": "back-off 5m0s restarting failed container=app pod=crash-loop_explain-demo(e937a3f3-b013-416b-bb44-fdf8ea7ede51)",
       "reason": "CrashLoopBackOff"
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
   "phase": "Running",
   "podIP": "10.244.2.1",
   "podIPs": [
    {
     "ip": "10.244.2.1"
    }
   ],
   "qosClass": "BestEffort",
   "startTime": "2026-11-26T01:59:20Z"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "annotations": {
    "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{},\"labels\":{\"app\":\"readiness-demo\",\"sandbox.kube-explain.dev/scenario\":\"readiness-fail\"},\"name\":\"readiness-fail\",\"namespace\":\"explain-demo\"},\"spec\":{\"containers\":[{\"image\":\"nginx:1.27\",\"name\":\"app\",\"ports\":[{\"containerPort\":8080,\"name\":\"http\"}],\"readinessProbe\":{\"failureThreshold\":3,\"httpGet\":{\"path\":\"/healthz\",\"port\":8080},\"periodSeconds\":5}}]}}\n",
    "sandbox.kube-explain.dev/last-probe": "2026-11-26T02:11:13.586804227Z"
   },
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generation": 1,
   "labels": {
    "app": "readiness-demo",
    "sandbox.kube-explain.dev/scenario": "readiness-fail"
   },
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "resourceVersion": "2039",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "spec": {
   "containers": [
    {
     "image": "nginx:1.27",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "ports": [
      {
       "containerPort": 8080,
       "name": "http",
       "protocol": "TCP"
      }
     ],
     "readinessProbe": {
      "failureThreshold": 3,
      "httpGet": {
       "path": "/healthz",
       "port": 8080,
       "scheme": "HTTP"
      },
      "periodSeconds": 5,
      "successThreshold": 1,
      "timeoutSeconds": 1
     },
     "resources": {},
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-h4rjn",
       "readOnly": true
      }
     ]
    }
   ],
   "dnsPolicy": "ClusterFirst",
   "enableServiceLinks": true,
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
     "name": "kube-api-access-h4rjn",
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
     "lastTransitionTime": "2026-11-26T01:59:20Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T01:59:20Z",
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
     "containerID": "containerd://1a87ccf2f6f0328cf455dd068c25a23d67c8bb1256765cddb616caecfb5b91eb",
     "image": "nginx:1.27",
     "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
     "lastState": {},
     "name": "app",
     "ready": false,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
       "startedAt": "2026-11-26T01:59:22Z"
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
   "phase": "Running",
   "podIP": "10.244.2.3",
   "podIPs": [
    {
     "ip": "10.244.2.3"
    }
   ],
   "qosClass": "BestEffort",
   "startTime": "2026-11-26T01:59:20Z"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generation": 1,
   "labels": {
    "app": "unschedulable",
    "sandbox.kube-explain.dev/scenario": "unschedulable"
   },
   "name": "unschedulable",
   "namespace": "explain-demo",
   "resourceVersion": "322",
   "uid": "4d818645-c477-466f-bbb7-7b7dcf266afb"
  },
  "spec": {
   "containers": [
    {
     "image": "nginx:1.27",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "resources": {
      "requests": {
       "cpu": "64",
       "memory": "1Gi"
      }
     },
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-fwdfp",
       "readOnly": true
      }
     ]
    }
   ],
   "dnsPolicy": "ClusterFirst",
   "enableServiceLinks": true,
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
     "name": "kube-api-access-fwdfp",
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
     "message": "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
     "observedGeneration": 1,
     "reason": "Unschedulable",
     "status": "False",
     "type": "PodScheduled"
    }
   ],
   "phase": "Pending",
   "qosClass": "Burstable"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generateName": "web-569b4d9d45-",
   "generation": 1,
   "labels": {
    "app": "web",
    "pod-template-hash": "569b4d9d45",
    "tier": "frontend"
   },
   "name": "web-569b4d9d45-7bj98",
   "namespace": "explain-demo",
   "ownerReferences": [
    {
     "apiVersion": "apps/v1",
     "blockOwnerDeletion": true,
     "controller": true,
     "kind": "ReplicaSet",
     "name": "web-569b4d9d45",
     "uid": "1ea6a7c6-3da3-49ea-8e6c-0441b36e7af4"
    }
   ],
   "resourceVersion": "373",
   "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
  },
  "spec": {
   "containers": [
    {
     "image": "nginx:1.27",
     "imagePullPolicy": "IfNotPresent",
     "name": "nginx",
     "ports": [
      {
       "containerPort": 80,
       "name": "http",
       "protocol": "TCP"
      }
     ],
     "readinessProbe": {
      "failureThreshold": 3,
      "httpGet": {
       "path": "/",
       "port": "http",
       "scheme": "HTTP"
      },
      "periodSeconds": 5,
      "successThreshold": 1,
      "timeoutSeconds": 1
     },
     "resources": {
      "limits": {
       "memory": "128Mi"
      },
      "requests": {
       "cpu": "100m",
       "memory": "64Mi"
      }
     },
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-l52vj",
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
     "name": "kube-api-access-l52vj",
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
     "lastTransitionTime": "2026-11-26T01:59:21Z",
     "status": "True",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T01:59:21Z",
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
     "containerID": "containerd://bc0262ef117fa9ead438883069c95bb53e687195199de4af9d7bfcda0710aec1",
     "image": "nginx:1.27",
     "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
     "lastState": {},
     "name": "nginx",
     "ready": true,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
       "startedAt": "2026-11-26T01:59:21Z"
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
   "podIP": "10.244.1.2",
   "podIPs": [
    {
     "ip": "10.244.1.2"
    }
   ],
   "qosClass": "Burstable",
   "startTime": "2026-11-26T01:59:20Z"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generateName": "complete-job-",
   "generation": 1,
   "labels": {
    "app": "complete-job",
    "batch.kubernetes.io/controller-uid": "8321e06e-b51e-4dbb-8236-6b58de7fe7cd",
    "batch.kubernetes.io/job-name": "complete-job",
    "controller-uid": "8321e06e-b51e-4dbb-8236-6b58de7fe7cd",
    "job-name": "complete-job"
   },
   "name": "complete-job-blpj8",
   "namespace": "explain-demo",
   "ownerReferences": [
    {
     "apiVersion": "batch/v1",
     "blockOwnerDeletion": true,
     "controller": true,
     "kind": "Job",
     "name": "complete-job",
     "uid": "8321e06e-b51e-4dbb-8236-6b58de7fe7cd"
    }
   ],
   "resourceVersion": "440",
   "uid": "9704f3b6-0395-4f3b-af94-9239acbad4f5"
  },
  "spec": {
   "containers": [
    {
     "command": [
      "sh",
      "-c",
      "echo migrated 42 rows"
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
       "name": "kube-api-access-mdzdt",
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
   "restartPolicy": "Never",
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
     "name": "kube-api-access-mdzdt",
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
     "lastTransitionTime": "2026-11-26T01:59:26Z",
     "status": "False",
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
     "lastTransitionTime": "2026-11-26T01:59:26Z",
     "reason": "PodCompleted",
     "status": "False",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T01:59:26Z",
     "reason": "PodCompleted",
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
     "containerID": "containerd://8e2a607cbe4b5e7cc9a5c1d36bbae244e52320bd683348dccaa891ac9367c066",
     "image": "busybox:1.36",
     "imageID": "busybox@sha256:ab512471e34f10e894cfa69eec441e1412a1c418f681cdb04b15c219c8b1dd67",
     "lastState": {},
     "name": "migrate",
     "ready": false,
     "restartCount": 0,
     "started": false,
     "state": {
      "terminated": {
       "containerID": "containerd://8e2a607cbe4b5e7cc9a5c1d36bbae244e52320bd683348dccaa891ac9367c066",
       "exitCode": 0,
       "finishedAt": "2026-11-26T01:59:26Z",
       "reason": "Completed",
       "startedAt": "2026-11-26T01:59:22Z"
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
   "phase": "Succeeded",
   "podIP": "10.244.1.5",
   "podIPs": [
    {
     "ip": "10.244.1.5"
    }
   ],
   "qosClass": "BestEffort",
   "startTime": "2026-11-26T01:59:20Z"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "annotations": {
    "sandbox.kube-explain.dev/killing": "2026-11-26T02:11:08.940608814Z"
   },
   "creationTimestamp": "2026-11-26T02:08:33Z",
   "deletionGracePeriodSeconds": 20,
   "deletionTimestamp": "2026-11-26T02:11:28Z",
   "generation": 2,
   "labels": {
    "app": "slow-delete",
    "sandbox.kube-explain.dev/scenario": "slow-delete"
   },
   "name": "slow-delete",
   "namespace": "explain-demo",
   "resourceVersion": "2020",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
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
       "name": "kube-api-access-5lgd7",
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
   "terminationGracePeriodSeconds": 20,
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
     "name": "kube-api-access-5lgd7",
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
     "lastTransitionTime": "2026-11-26T02:08:33Z",
     "status": "True",
     "type": "PodReadyToStartContainers"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:08:33Z",
     "status": "True",
     "type": "Initialized"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:08:35Z",
     "status": "True",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:08:35Z",
     "status": "True",
     "type": "Ready"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:08:33Z",
     "status": "True",
     "type": "PodScheduled"
    }
   ],
   "containerStatuses": [
    {
     "containerID": "containerd://bdf597e1f70aeb9ea5aab11e7de0a9b1eb19e8962a3be786f6ab5f22d02c1471",
     "image": "nginx:1.27",
     "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
     "lastState": {},
     "name": "app",
     "ready": true,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
       "startedAt": "2026-11-26T02:08:35Z"
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
   "podIP": "10.244.1.6",
   "podIPs": [
    {
     "ip": "10.244.1.6"
    }
   ],
   "qosClass": "BestEffort",
   "startTime": "2026-11-26T02:08:33Z"
  }
 }
] as unknown as V1Pod[];

export const demoEvents = [
 {
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:20.232822Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "complete-job-blpj8",
   "namespace": "explain-demo",
   "resourceVersion": "324",
   "uid": "9704f3b6-0395-4f3b-af94-9239acbad4f5"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned explain-demo/complete-job-blpj8 to sandbox-worker",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "complete-job-blpj8.18eb75c3cba39bad",
   "namespace": "explain-demo",
   "resourceVersion": "329",
   "uid": "a3c5a103-001e-46f2-8cb7-0eff12092a48"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "complete-job-blpj8",
   "namespace": "explain-demo",
   "uid": "9704f3b6-0395-4f3b-af94-9239acbad4f5"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "complete-job-blpj8.18eb75c3f50fdc2e",
   "namespace": "explain-demo",
   "resourceVersion": "362",
   "uid": "91b6de67-6a34-4158-a76e-74ca73f4dd99"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "complete-job-blpj8",
   "namespace": "explain-demo",
   "uid": "9704f3b6-0395-4f3b-af94-9239acbad4f5"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "complete-job-blpj8.18eb75c439305b42",
   "namespace": "explain-demo",
   "resourceVersion": "382",
   "uid": "6304c845-8188-49bf-a1ba-a2bc6c55671b"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "complete-job-blpj8",
   "namespace": "explain-demo",
   "uid": "9704f3b6-0395-4f3b-af94-9239acbad4f5"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "complete-job-blpj8.18eb75c4393305d2",
   "namespace": "explain-demo",
   "resourceVersion": "384",
   "uid": "181a9d0b-ec48-491b-9e55-94be715a3836"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "complete-job-blpj8",
   "namespace": "explain-demo",
   "uid": "9704f3b6-0395-4f3b-af94-9239acbad4f5"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "complete-job-blpj8.18eb75c439330ed7",
   "namespace": "explain-demo",
   "resourceVersion": "385",
   "uid": "5a0562e6-3ddf-4024-ab45-2bfe087b8910"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "apiVersion": "batch/v1",
   "kind": "Job",
   "name": "complete-job",
   "namespace": "explain-demo",
   "resourceVersion": "321",
   "uid": "8321e06e-b51e-4dbb-8236-6b58de7fe7cd"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Created pod: complete-job-blpj8",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "complete-job.18eb75c3cb3fece4",
   "namespace": "explain-demo",
   "resourceVersion": "328",
   "uid": "e99c8140-1c9a-4619-99e3-9aa0c88f168a"
  },
  "reason": "SuccessfulCreate",
  "reportingComponent": "job-controller",
  "reportingInstance": "",
  "source": {
   "component": "job-controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:27Z",
  "involvedObject": {
   "apiVersion": "batch/v1",
   "kind": "Job",
   "name": "complete-job",
   "namespace": "explain-demo",
   "resourceVersion": "439",
   "uid": "8321e06e-b51e-4dbb-8236-6b58de7fe7cd"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:27Z",
  "message": "Job completed",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:27Z",
   "name": "complete-job.18eb75c566d20aad",
   "namespace": "explain-demo",
   "resourceVersion": "442",
   "uid": "d80b415e-1a4f-4db0-98bf-ce00a40c9883"
  },
  "reason": "Completed",
  "reportingComponent": "job-controller",
  "reportingInstance": "",
  "source": {
   "component": "job-controller"
  },
  "type": "Normal"
 },
 {
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:20.135652Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "resourceVersion": "289",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned explain-demo/crash-loop to sandbox-worker2",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "crash-loop.18eb75c3c5d8ad96",
   "namespace": "explain-demo",
   "resourceVersion": "297",
   "uid": "e982baf5-8e76-47f8-9e53-6497349d6e30"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "crash-loop.18eb75c3f05e3666",
   "namespace": "explain-demo",
   "resourceVersion": "352",
   "uid": "e6eb21d1-cbcc-4b2a-8f1d-79a0353f62d0"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "crash-loop.18eb75c467439cf0",
   "namespace": "explain-demo",
   "resourceVersion": "413",
   "uid": "047ea5a9-b842-4f12-a0fb-2f16ede94ac2"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 6,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:04:45Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "crash-loop.18eb75c467452b59",
   "namespace": "explain-demo",
   "resourceVersion": "1384",
   "uid": "6a8bd000-7f11-4afd-9c2b-c5a0027f5e25"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 6,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:04:45Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "crash-loop.18eb75c46745439c",
   "namespace": "explain-demo",
   "resourceVersion": "1385",
   "uid": "3e8aaf7e-298c-4ff3-a66a-18e52249b756"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 6,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:25Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:04:48Z",
  "message": "Back-off restarting failed container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:25Z",
   "name": "crash-loop.18eb75c4fd78c3e3",
   "namespace": "explain-demo",
   "resourceVersion": "1395",
   "uid": "f30bda66-543f-4069-9770-3d5e144de346"
  },
  "reason": "BackOff",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Warning"
 },
 {
  "apiVersion": "v1",
  "count": 5,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:35Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:04:45Z",
  "message": "Container image already present on machine",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:35Z",
   "name": "crash-loop.18eb75c7524fd758",
   "namespace": "explain-demo",
   "resourceVersion": "1382",
   "uid": "2a1ceaf1-92cd-4d06-9850-90bdf1fbeca9"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:10Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:10Z",
  "message": "Container image already present on machine",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:10Z",
   "name": "crash-loop.18eb766911c3c982",
   "namespace": "explain-demo",
   "resourceVersion": "2029",
   "uid": "b0c3c86b-d190-4b59-b421-b28737e84dce"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:10Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:10Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:10Z",
   "name": "crash-loop.18eb766911c43d0a",
   "namespace": "explain-demo",
   "resourceVersion": "2031",
   "uid": "4999f9f5-2c3a-4e18-a0fb-7cce248b01e2"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:10Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:10Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:10Z",
   "name": "crash-loop.18eb766911c44502",
   "namespace": "explain-demo",
   "resourceVersion": "2032",
   "uid": "c5e1322c-bb00-4b21-98dc-79d5abe44188"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:12Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "crash-loop",
   "namespace": "explain-demo",
   "uid": "e937a3f3-b013-416b-bb44-fdf8ea7ede51"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:12Z",
  "message": "Back-off restarting failed container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:12Z",
   "name": "crash-loop.18eb7669a804e315",
   "namespace": "explain-demo",
   "resourceVersion": "2037",
   "uid": "d3537f66-ce97-4c32-a0a2-98711868a3fa"
  },
  "reason": "BackOff",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Warning"
 },
 {
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:20.168788Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "resourceVersion": "307",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned explain-demo/readiness-fail to sandbox-worker2",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "readiness-fail.18eb75c3c7d244b6",
   "namespace": "explain-demo",
   "resourceVersion": "309",
   "uid": "2d466ed5-9f6c-4c6c-b54a-e5d891599ef9"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "readiness-fail.18eb75c3f3931aa9",
   "namespace": "explain-demo",
   "resourceVersion": "356",
   "uid": "dca3446b-bd63-416b-84c4-984348245a14"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "readiness-fail.18eb75c4618ec646",
   "namespace": "explain-demo",
   "resourceVersion": "405",
   "uid": "cc2f8dac-db9d-4a99-9bda-39122ab95d24"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "readiness-fail.18eb75c461914004",
   "namespace": "explain-demo",
   "resourceVersion": "407",
   "uid": "6fa3577c-6be7-4664-bb43-60e3005dd114"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "readiness-fail.18eb75c46191494d",
   "namespace": "explain-demo",
   "resourceVersion": "408",
   "uid": "ea9a75a2-09bc-40cc-9860-4d28a05dbe7d"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 61,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:27Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:04:29Z",
  "message": "Readiness probe failed: HTTP probe failed with statuscode: 503",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:27Z",
   "name": "readiness-fail.18eb75c58c17c3c1",
   "namespace": "explain-demo",
   "resourceVersion": "1340",
   "uid": "06ab67ef-6792-4123-b0e1-924b4e3c8bb1"
  },
  "reason": "Unhealthy",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Warning"
 },
 {
  "apiVersion": "v1",
  "count": 25,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:06:15Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:08:15Z",
  "message": "Readiness probe failed: HTTP probe failed with statuscode: 503",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:06:15Z",
   "name": "readiness-fail.18eb762462ac1701",
   "namespace": "explain-demo",
   "resourceVersion": "1801",
   "uid": "6143fcff-0efb-4573-ae16-9ae064b0a28e"
  },
  "reason": "Unhealthy",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Warning"
 },
 {
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:20.261484Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "resourceVersion": "335",
   "uid": "22fd934b-3004-4536-a011-d77c2653ba4f"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned explain-demo/slow-delete to sandbox-worker",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "slow-delete.18eb75c3cd592a8e",
   "namespace": "explain-demo",
   "resourceVersion": "337",
   "uid": "501145e5-eea6-46d9-9da3-35cc165b3506"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:21Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "22fd934b-3004-4536-a011-d77c2653ba4f"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:21Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:21Z",
   "name": "slow-delete.18eb75c3fa281c5e",
   "namespace": "explain-demo",
   "resourceVersion": "368",
   "uid": "de838e1b-5e77-4736-9c5f-5de09e9bac2c"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "22fd934b-3004-4536-a011-d77c2653ba4f"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "slow-delete.18eb75c465346eb3",
   "namespace": "explain-demo",
   "resourceVersion": "409",
   "uid": "dc2c33c9-a663-4098-825a-7bb806a13510"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "22fd934b-3004-4536-a011-d77c2653ba4f"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "slow-delete.18eb75c46534b8e0",
   "namespace": "explain-demo",
   "resourceVersion": "411",
   "uid": "2e14738c-a294-463c-88b4-c64d09c09e56"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "22fd934b-3004-4536-a011-d77c2653ba4f"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:22Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:22Z",
   "name": "slow-delete.18eb75c46534c01a",
   "namespace": "explain-demo",
   "resourceVersion": "412",
   "uid": "ffd82545-f462-41d5-8141-9f73e5b385c2"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:08:13Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "22fd934b-3004-4536-a011-d77c2653ba4f"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:08:13Z",
  "message": "Stopping container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:08:13Z",
   "name": "slow-delete.18eb763fda58231f",
   "namespace": "explain-demo",
   "resourceVersion": "1796",
   "uid": "10f52b4b-c1e2-44e4-b236-d8e53232cdfc"
  },
  "reason": "Killing",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T02:08:33.474192Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "resourceVersion": "1847",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned explain-demo/slow-delete to sandbox-worker",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:08:33Z",
   "name": "slow-delete.18eb76449b64cbc9",
   "namespace": "explain-demo",
   "resourceVersion": "1849",
   "uid": "1ad2cb2a-0d72-4f80-aacf-a62e0c958f30"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:08:33Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:08:33Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:08:33Z",
   "name": "slow-delete.18eb7644af7d1ed5",
   "namespace": "explain-demo",
   "resourceVersion": "1850",
   "uid": "26c7cee3-efa3-4d0a-91a7-427eafc60e22"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:08:35Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:08:35Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:08:35Z",
   "name": "slow-delete.18eb7644f75274f2",
   "namespace": "explain-demo",
   "resourceVersion": "1856",
   "uid": "fdf51e9f-b0d1-4ad7-a64c-57d16558d12c"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:08:35Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:08:35Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:08:35Z",
   "name": "slow-delete.18eb7644f752accf",
   "namespace": "explain-demo",
   "resourceVersion": "1857",
   "uid": "a43de94d-d1fc-4b31-a0c7-4e9655bebcd1"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:08:35Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:08:35Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:08:35Z",
   "name": "slow-delete.18eb7644f752b213",
   "namespace": "explain-demo",
   "resourceVersion": "1858",
   "uid": "efcaacce-7665-4161-bf10-c66362e7d5ed"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:08Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow-delete",
   "namespace": "explain-demo",
   "uid": "93618e2a-be6e-42c7-ad72-ffdf1ecab9a3"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:08Z",
  "message": "Stopping container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:08Z",
   "name": "slow-delete.18eb7668cde80e42",
   "namespace": "explain-demo",
   "resourceVersion": "2021",
   "uid": "fac01453-9c95-48f7-9773-80c40bf21c7a"
  },
  "reason": "Killing",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "action": "Scheduling",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:20.199489Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "unschedulable",
   "namespace": "explain-demo",
   "resourceVersion": "319",
   "uid": "4d818645-c477-466f-bbb7-7b7dcf266afb"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "unschedulable.18eb75c3c9a6b83b",
   "namespace": "explain-demo",
   "resourceVersion": "320",
   "uid": "17d7a071-7071-4bb6-94bc-2085927b50de"
  },
  "reason": "FailedScheduling",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Warning"
 },
 {
  "action": "Scheduling",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:26.108358Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "unschedulable",
   "namespace": "explain-demo",
   "resourceVersion": "322",
   "uid": "4d818645-c477-466f-bbb7-7b7dcf266afb"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:26Z",
   "name": "unschedulable.18eb75c529d8eb08",
   "namespace": "explain-demo",
   "resourceVersion": "844",
   "uid": "8ad4ff68-8d75-46c7-81da-a237c9f7071b"
  },
  "reason": "FailedScheduling",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "series": {
   "count": 2,
   "lastObservedTime": "2026-11-26T02:01:17.015971Z"
  },
  "source": {},
  "type": "Warning"
 },
 {
  "action": "Scheduling",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T02:05:49.723586Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "unschedulable",
   "namespace": "explain-demo",
   "resourceVersion": "322",
   "uid": "4d818645-c477-466f-bbb7-7b7dcf266afb"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:05:49Z",
   "name": "unschedulable.18eb761e7b18c4f4",
   "namespace": "explain-demo",
   "resourceVersion": "1794",
   "uid": "8c896846-8b8b-44f5-9121-c97e03d1182d"
  },
  "reason": "FailedScheduling",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "series": {
   "count": 2,
   "lastObservedTime": "2026-11-26T02:08:12.963574Z"
  },
  "source": {},
  "type": "Warning"
 },
 {
  "action": "Binding",
  "apiVersion": "v1",
  "eventTime": "2026-11-26T01:59:20.127437Z",
  "firstTimestamp": null,
  "involvedObject": {
   "apiVersion": "v1",
   "kind": "Pod",
   "name": "web-569b4d9d45-7bj98",
   "namespace": "explain-demo",
   "resourceVersion": "287",
   "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
  },
  "kind": "Event",
  "lastTimestamp": null,
  "message": "Successfully assigned explain-demo/web-569b4d9d45-7bj98 to sandbox-worker",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web-569b4d9d45-7bj98.18eb75c3c55b6ac1",
   "namespace": "explain-demo",
   "resourceVersion": "295",
   "uid": "a7719efd-6843-463e-b76b-e578e0b8238a"
  },
  "reason": "Scheduled",
  "reportingComponent": "default-scheduler",
  "reportingInstance": "default-scheduler-vm",
  "source": {},
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "web-569b4d9d45-7bj98",
   "namespace": "explain-demo",
   "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web-569b4d9d45-7bj98.18eb75c3e26f3a0a",
   "namespace": "explain-demo",
   "resourceVersion": "339",
   "uid": "c75f4f95-cff6-4c82-a926-be0c59f7e96a"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:21Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "web-569b4d9d45-7bj98",
   "namespace": "explain-demo",
   "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:21Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:21Z",
   "name": "web-569b4d9d45-7bj98.18eb75c42300c4de",
   "namespace": "explain-demo",
   "resourceVersion": "370",
   "uid": "5ac53da6-adc2-4430-924b-f6e76021023c"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:21Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "web-569b4d9d45-7bj98",
   "namespace": "explain-demo",
   "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:21Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:21Z",
   "name": "web-569b4d9d45-7bj98.18eb75c423011564",
   "namespace": "explain-demo",
   "resourceVersion": "372",
   "uid": "aebcf729-cd79-4097-b575-04d481df7b51"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:21Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "web-569b4d9d45-7bj98",
   "namespace": "explain-demo",
   "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:21Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:21Z",
   "name": "web-569b4d9d45-7bj98.18eb75c423011e1d",
   "namespace": "explain-demo",
   "resourceVersion": "374",
   "uid": "c1ae33e0-f882-4cfd-aa8f-47ea95e5832d"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "apiVersion": "apps/v1",
   "kind": "ReplicaSet",
   "name": "web-569b4d9d45",
   "namespace": "explain-demo",
   "resourceVersion": "280",
   "uid": "1ea6a7c6-3da3-49ea-8e6c-0441b36e7af4"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Created pod: web-569b4d9d45-7bj98",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web-569b4d9d45.18eb75c3c4c1fc07",
   "namespace": "explain-demo",
   "resourceVersion": "292",
   "uid": "949eec69-6da0-4cf2-a128-b3b5e14a34d6"
  },
  "reason": "SuccessfulCreate",
  "reportingComponent": "replicaset-controller",
  "reportingInstance": "",
  "source": {
   "component": "replicaset-controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "apiVersion": "apps/v1",
   "kind": "ReplicaSet",
   "name": "web-569b4d9d45",
   "namespace": "explain-demo",
   "resourceVersion": "280",
   "uid": "1ea6a7c6-3da3-49ea-8e6c-0441b36e7af4"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Created pod: web-569b4d9d45-n9xln",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web-569b4d9d45.18eb75c3c60e7e29",
   "namespace": "explain-demo",
   "resourceVersion": "299",
   "uid": "0733f851-3e0e-4d6c-adeb-f93f31e82de5"
  },
  "reason": "SuccessfulCreate",
  "reportingComponent": "replicaset-controller",
  "reportingInstance": "",
  "source": {
   "component": "replicaset-controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "apiVersion": "apps/v1",
   "kind": "ReplicaSet",
   "name": "web-569b4d9d45",
   "namespace": "explain-demo",
   "resourceVersion": "280",
   "uid": "1ea6a7c6-3da3-49ea-8e6c-0441b36e7af4"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Created pod: web-569b4d9d45-n5j2w",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web-569b4d9d45.18eb75c3c63a949b",
   "namespace": "explain-demo",
   "resourceVersion": "304",
   "uid": "ba8840d5-be50-412a-a52e-01fb03a160da"
  },
  "reason": "SuccessfulCreate",
  "reportingComponent": "replicaset-controller",
  "reportingInstance": "",
  "source": {
   "component": "replicaset-controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T01:59:20Z",
  "involvedObject": {
   "apiVersion": "apps/v1",
   "kind": "Deployment",
   "name": "web",
   "namespace": "explain-demo",
   "resourceVersion": "279",
   "uid": "35018a0d-87ce-4476-a0b3-dc122d2a2e78"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T01:59:20Z",
  "message": "Scaled up replica set web-569b4d9d45 from 0 to 3",
  "metadata": {
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web.18eb75c3c316a622",
   "namespace": "explain-demo",
   "resourceVersion": "282",
   "uid": "cbf636d6-2250-4c07-93cd-78155accbb53"
  },
  "reason": "ScalingReplicaSet",
  "reportingComponent": "deployment-controller",
  "reportingInstance": "",
  "source": {
   "component": "deployment-controller"
  },
  "type": "Normal"
 }
] as unknown as CoreV1Event[];

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
   "resourceVersion": "1978",
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
     "lastHeartbeatTime": "2026-11-26T02:10:32Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet is posting ready status",
     "reason": "KubeletReady",
     "status": "True",
     "type": "Ready"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:32Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient memory available",
     "reason": "KubeletHasSufficientMemory",
     "status": "False",
     "type": "MemoryPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:32Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has no disk pressure",
     "reason": "KubeletHasNoDiskPressure",
     "status": "False",
     "type": "DiskPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:32Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient PID available",
     "reason": "KubeletHasSufficientPID",
     "status": "False",
     "type": "PIDPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:32Z",
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
   "resourceVersion": "1983",
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
     "lastHeartbeatTime": "2026-11-26T02:10:37Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet is posting ready status",
     "reason": "KubeletReady",
     "status": "True",
     "type": "Ready"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:37Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient memory available",
     "reason": "KubeletHasSufficientMemory",
     "status": "False",
     "type": "MemoryPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:37Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has no disk pressure",
     "reason": "KubeletHasNoDiskPressure",
     "status": "False",
     "type": "DiskPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:37Z",
     "lastTransitionTime": "2026-11-26T01:59:19Z",
     "message": "kubelet has sufficient PID available",
     "reason": "KubeletHasSufficientPID",
     "status": "False",
     "type": "PIDPressure"
    },
    {
     "lastHeartbeatTime": "2026-11-26T02:10:37Z",
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

export const demoServices = [
 {
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
   "annotations": {},
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "no-endpoints",
   "namespace": "explain-demo",
   "resourceVersion": "332",
   "uid": "3548ddf6-ace6-4f6c-a68a-8782eeaed0c2"
  },
  "spec": {
   "clusterIP": "10.96.20.54",
   "clusterIPs": [
    "10.96.20.54"
   ],
   "internalTrafficPolicy": "Cluster",
   "ipFamilies": [
    "IPv4"
   ],
   "ipFamilyPolicy": "SingleStack",
   "ports": [
    {
     "port": 80,
     "protocol": "TCP",
     "targetPort": 8080
    }
   ],
   "selector": {
    "app": "web-frontend"
   },
   "sessionAffinity": "None",
   "type": "ClusterIP"
  },
  "status": {
   "loadBalancer": {}
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
   "annotations": {},
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "readiness-demo",
   "namespace": "explain-demo",
   "resourceVersion": "312",
   "uid": "3aa68efb-0a86-4d85-8025-14a2b50df8c9"
  },
  "spec": {
   "clusterIP": "10.96.242.210",
   "clusterIPs": [
    "10.96.242.210"
   ],
   "internalTrafficPolicy": "Cluster",
   "ipFamilies": [
    "IPv4"
   ],
   "ipFamilyPolicy": "SingleStack",
   "ports": [
    {
     "name": "http",
     "port": 80,
     "protocol": "TCP",
     "targetPort": "http"
    }
   ],
   "selector": {
    "app": "readiness-demo"
   },
   "sessionAffinity": "None",
   "type": "ClusterIP"
  },
  "status": {
   "loadBalancer": {}
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
   "annotations": {},
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "name": "web",
   "namespace": "explain-demo",
   "resourceVersion": "284",
   "uid": "fa0a2fc3-284a-46ac-a5ad-7b1c33c6ea31"
  },
  "spec": {
   "clusterIP": "10.96.70.247",
   "clusterIPs": [
    "10.96.70.247"
   ],
   "internalTrafficPolicy": "Cluster",
   "ipFamilies": [
    "IPv4"
   ],
   "ipFamilyPolicy": "SingleStack",
   "ports": [
    {
     "name": "http",
     "port": 80,
     "protocol": "TCP",
     "targetPort": "http"
    }
   ],
   "selector": {
    "app": "web"
   },
   "sessionAffinity": "None",
   "type": "ClusterIP"
  },
  "status": {
   "loadBalancer": {}
  }
 }
] as unknown as V1Service[];

export const demoSlices = [
 {
  "addressType": "IPv4",
  "apiVersion": "discovery.k8s.io/v1",
  "endpoints": null,
  "kind": "EndpointSlice",
  "metadata": {
   "annotations": {
    "endpoints.kubernetes.io/last-change-trigger-time": "2026-11-26T01:59:20Z"
   },
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generateName": "no-endpoints-",
   "generation": 1,
   "labels": {
    "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
    "kubernetes.io/service-name": "no-endpoints"
   },
   "name": "no-endpoints-wbt9j",
   "namespace": "explain-demo",
   "ownerReferences": [
    {
     "apiVersion": "v1",
     "blockOwnerDeletion": true,
     "controller": true,
     "kind": "Service",
     "name": "no-endpoints",
     "uid": "3548ddf6-ace6-4f6c-a68a-8782eeaed0c2"
    }
   ],
   "resourceVersion": "333",
   "uid": "947f60ad-3b6d-4dc7-b075-144e2858f819"
  },
  "ports": null
 },
 {
  "addressType": "IPv4",
  "apiVersion": "discovery.k8s.io/v1",
  "endpoints": [
   {
    "addresses": [
     "10.244.2.3"
    ],
    "conditions": {
     "ready": false,
     "serving": false,
     "terminating": false
    },
    "nodeName": "sandbox-worker2",
    "targetRef": {
     "kind": "Pod",
     "name": "readiness-fail",
     "namespace": "explain-demo",
     "uid": "bc60c968-6cf2-4225-8334-06fda1dfe258"
    }
   }
  ],
  "kind": "EndpointSlice",
  "metadata": {
   "annotations": {
    "endpoints.kubernetes.io/last-change-trigger-time": "2026-11-26T01:59:20Z"
   },
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generateName": "readiness-demo-",
   "generation": 2,
   "labels": {
    "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
    "kubernetes.io/service-name": "readiness-demo"
   },
   "name": "readiness-demo-swzpv",
   "namespace": "explain-demo",
   "ownerReferences": [
    {
     "apiVersion": "v1",
     "blockOwnerDeletion": true,
     "controller": true,
     "kind": "Service",
     "name": "readiness-demo",
     "uid": "3aa68efb-0a86-4d85-8025-14a2b50df8c9"
    }
   ],
   "resourceVersion": "359",
   "uid": "ca160e61-fcda-425d-8f79-881af482df6d"
  },
  "ports": [
   {
    "name": "http",
    "port": 8080,
    "protocol": "TCP"
   }
  ]
 },
 {
  "addressType": "IPv4",
  "apiVersion": "discovery.k8s.io/v1",
  "endpoints": [
   {
    "addresses": [
     "10.244.1.1"
    ],
    "conditions": {
     "ready": true,
     "serving": true,
     "terminating": false
    },
    "nodeName": "sandbox-worker",
    "targetRef": {
     "kind": "Pod",
     "name": "web-569b4d9d45-n5j2w",
     "namespace": "explain-demo",
     "uid": "3de649dc-3e62-4790-8742-41a4b521aec6"
    }
   },
   {
    "addresses": [
     "10.244.1.2"
    ],
    "conditions": {
     "ready": true,
     "serving": true,
     "terminating": false
    },
    "nodeName": "sandbox-worker",
    "targetRef": {
     "kind": "Pod",
     "name": "web-569b4d9d45-7bj98",
     "namespace": "explain-demo",
     "uid": "ba5fca4c-1610-46b0-9e13-ada9e7b88357"
    }
   },
   {
    "addresses": [
     "10.244.2.4"
    ],
    "conditions": {
     "ready": true,
     "serving": true,
     "terminating": false
    },
    "nodeName": "sandbox-worker2",
    "targetRef": {
     "kind": "Pod",
     "name": "web-569b4d9d45-n9xln",
     "namespace": "explain-demo",
     "uid": "2c410562-1b86-4254-a2d3-163d9e344243"
    }
   }
  ],
  "kind": "EndpointSlice",
  "metadata": {
   "annotations": {
    "endpoints.kubernetes.io/last-change-trigger-time": "2026-11-26T01:59:22Z"
   },
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generateName": "web-",
   "generation": 7,
   "labels": {
    "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
    "kubernetes.io/service-name": "web"
   },
   "name": "web-pgjgp",
   "namespace": "explain-demo",
   "ownerReferences": [
    {
     "apiVersion": "v1",
     "blockOwnerDeletion": true,
     "controller": true,
     "kind": "Service",
     "name": "web",
     "uid": "fa0a2fc3-284a-46ac-a5ad-7b1c33c6ea31"
    }
   ],
   "resourceVersion": "397",
   "uid": "6a73e2c0-c0ff-492f-8e01-1905cbc988f5"
  },
  "ports": [
   {
    "name": "http",
    "port": 80,
    "protocol": "TCP"
   }
  ]
 }
] as unknown as V1EndpointSlice[];

/** init-steps at Init:0/2 (02:11:23Z), Init:1/2 (02:11:30Z) and Running (02:11:38Z). */
export const initStepsPods = [
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:21Z",
   "generation": 1,
   "labels": {
    "app": "init-steps"
   },
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2054",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "spec": {
   "containers": [
    {
     "env": [
      {
       "name": "MODE",
       "value": "demo"
      },
      {
       "name": "DB_PASSWORD",
       "valueFrom": {
        "secretKeyRef": {
         "key": "password",
         "name": "db"
        }
       }
      }
     ],
     "image": "nginx:1.27",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "resources": {
      "limits": {
       "memory": "128Mi"
      },
      "requests": {
       "cpu": "100m",
       "memory": "64Mi"
      }
     },
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-kdtfn",
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
      "echo fetch"
     ],
     "image": "busybox:1.36",
     "imagePullPolicy": "IfNotPresent",
     "name": "fetch",
     "resources": {},
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-kdtfn",
       "readOnly": true
      }
     ]
    },
    {
     "command": [
      "sh",
      "-c",
      "echo migrate"
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
       "name": "kube-api-access-kdtfn",
       "readOnly": true
      }
     ]
    }
   ],
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
     "name": "kube-api-access-kdtfn",
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
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "status": "True",
     "type": "PodReadyToStartContainers"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "message": "containers with incomplete status: [fetch migrate]",
     "reason": "ContainersNotInitialized",
     "status": "False",
     "type": "Initialized"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "Ready"
    }
   ],
   "containerStatuses": [
    {
     "image": "nginx:1.27",
     "imageID": "",
     "lastState": {},
     "name": "app",
     "ready": false,
     "restartCount": 0,
     "started": false,
     "state": {
      "waiting": {
       "reason": "PodInitializing"
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
   "initContainerStatuses": [
    {
     "image": "busybox:1.36",
     "imageID": "",
     "lastState": {},
     "name": "fetch",
     "ready": false,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
       "startedAt": "2026-11-26T02:11:22Z"
      }
     }
    },
    {
     "image": "busybox:1.36",
     "imageID": "",
     "lastState": {},
     "name": "migrate",
     "ready": false,
     "restartCount": 0,
     "started": false,
     "state": {
      "waiting": {
       "reason": "PodInitializing"
      }
     }
    }
   ],
   "phase": "Pending",
   "podIP": "10.244.1.2",
   "podIPs": [
    {
     "ip": "10.244.1.2"
    }
   ],
   "qosClass": "Burstable",
   "startTime": "2026-11-26T02:11:22Z"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:21Z",
   "generation": 1,
   "labels": {
    "app": "init-steps"
   },
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2069",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "spec": {
   "containers": [
    {
     "env": [
      {
       "name": "MODE",
       "value": "demo"
      },
      {
       "name": "DB_PASSWORD",
       "valueFrom": {
        "secretKeyRef": {
         "key": "password",
         "name": "db"
        }
       }
      }
     ],
     "image": "nginx:1.27",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "resources": {
      "limits": {
       "memory": "128Mi"
      },
      "requests": {
       "cpu": "100m",
       "memory": "64Mi"
      }
     },
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-kdtfn",
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
      "echo fetch"
     ],
     "image": "busybox:1.36",
     "imagePullPolicy": "IfNotPresent",
     "name": "fetch",
     "resources": {},
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-kdtfn",
       "readOnly": true
      }
     ]
    },
    {
     "command": [
      "sh",
      "-c",
      "echo migrate"
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
       "name": "kube-api-access-kdtfn",
       "readOnly": true
      }
     ]
    }
   ],
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
     "name": "kube-api-access-kdtfn",
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
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "status": "True",
     "type": "PodReadyToStartContainers"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "message": "containers with incomplete status: [fetch migrate]",
     "reason": "ContainersNotInitialized",
     "status": "False",
     "type": "Initialized"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "Ready"
    }
   ],
   "containerStatuses": [
    {
     "image": "nginx:1.27",
     "imageID": "",
     "lastState": {},
     "name": "app",
     "ready": false,
     "restartCount": 0,
     "started": false,
     "state": {
      "waiting": {
       "reason": "PodInitializing"
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
   "initContainerStatuses": [
    {
     "image": "busybox:1.36",
     "imageID": "",
     "lastState": {},
     "name": "fetch",
     "ready": true,
     "restartCount": 0,
     "started": false,
     "state": {
      "terminated": {
       "exitCode": 0,
       "finishedAt": "2026-11-26T02:11:28Z",
       "reason": "Completed",
       "startedAt": "2026-11-26T02:11:22Z"
      }
     }
    },
    {
     "image": "busybox:1.36",
     "imageID": "",
     "lastState": {},
     "name": "migrate",
     "ready": false,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
       "startedAt": "2026-11-26T02:11:28Z"
      }
     }
    }
   ],
   "phase": "Pending",
   "podIP": "10.244.1.2",
   "podIPs": [
    {
     "ip": "10.244.1.2"
    }
   ],
   "qosClass": "Burstable",
   "startTime": "2026-11-26T02:11:22Z"
  }
 },
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:21Z",
   "generation": 1,
   "labels": {
    "app": "init-steps"
   },
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2082",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "spec": {
   "containers": [
    {
     "env": [
      {
       "name": "MODE",
       "value": "demo"
      },
      {
       "name": "DB_PASSWORD",
       "valueFrom": {
        "secretKeyRef": {
         "key": "password",
         "name": "db"
        }
       }
      }
     ],
     "image": "nginx:1.27",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "resources": {
      "limits": {
       "memory": "128Mi"
      },
      "requests": {
       "cpu": "100m",
       "memory": "64Mi"
      }
     },
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-kdtfn",
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
      "echo fetch"
     ],
     "image": "busybox:1.36",
     "imagePullPolicy": "IfNotPresent",
     "name": "fetch",
     "resources": {},
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-kdtfn",
       "readOnly": true
      }
     ]
    },
    {
     "command": [
      "sh",
      "-c",
      "echo migrate"
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
       "name": "kube-api-access-kdtfn",
       "readOnly": true
      }
     ]
    }
   ],
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
     "name": "kube-api-access-kdtfn",
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
     "lastTransitionTime": "2026-11-26T02:11:22Z",
     "status": "True",
     "type": "PodReadyToStartContainers"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:34Z",
     "status": "True",
     "type": "Initialized"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:35Z",
     "status": "True",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:11:35Z",
     "status": "True",
     "type": "Ready"
    }
   ],
   "containerStatuses": [
    {
     "containerID": "containerd://3947bf208c2cb55d630fddd9a7c71986e22ea3798bdd43a1926894d07a6a09e0",
     "image": "nginx:1.27",
     "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
     "lastState": {},
     "name": "app",
     "ready": true,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
       "startedAt": "2026-11-26T02:11:35Z"
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
       "finishedAt": "2026-11-26T02:11:34Z",
       "reason": "Completed",
       "startedAt": "2026-11-26T02:11:28Z"
      }
     }
    }
   ],
   "phase": "Running",
   "podIP": "10.244.1.2",
   "podIPs": [
    {
     "ip": "10.244.1.2"
    }
   ],
   "qosClass": "Burstable",
   "startTime": "2026-11-26T02:11:22Z"
  }
 }
] as unknown as V1Pod[];

export const initStepsEvents = [
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:22Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:22Z",
   "name": "init-steps.18eb766befe04928",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2053",
   "uid": "52a63af0-d589-4503-a62c-7a6f468f0d7c"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 3,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:28Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:35Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:28Z",
   "name": "init-steps.18eb766d56a3dfa7",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2085",
   "uid": "6a5a8b11-e19f-4373-9fe9-e99714532425"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:35Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:35Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:35Z",
   "name": "init-steps.18eb766f070253f3",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2083",
   "uid": "e08abce5-4db5-4859-82f1-fb789ee4e7e2"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:35Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "init-steps",
   "namespace": "e2e-pod-capture",
   "uid": "e9db0453-aebf-46ac-af4a-44b46d37841b"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:35Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:35Z",
   "name": "init-steps.18eb766f0703dd21",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2084",
   "uid": "dc18a03b-f4eb-42c4-bd7c-1215f712b122"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 }
] as unknown as CoreV1Event[];

/** A slow-delete pod (terminationGracePeriodSeconds 20) 3 s after the delete request. */
export const terminatingPod = {
 "apiVersion": "v1",
 "kind": "Pod",
 "metadata": {
  "annotations": {
   "sandbox.kube-explain.dev/killing": "2026-11-26T02:11:43.64853671Z"
  },
  "creationTimestamp": "2026-11-26T02:11:21Z",
  "deletionGracePeriodSeconds": 20,
  "deletionTimestamp": "2026-11-26T02:12:03Z",
  "generation": 2,
  "labels": {
   "app": "slow",
   "sandbox.kube-explain.dev/scenario": "slow-delete"
  },
  "name": "slow",
  "namespace": "e2e-pod-capture",
  "resourceVersion": "2095",
  "uid": "4637e5f0-ce8b-46b7-83d1-356036cb0bd8"
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
      "name": "kube-api-access-kjfsf",
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
  "terminationGracePeriodSeconds": 20,
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
    "name": "kube-api-access-kjfsf",
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
    "lastTransitionTime": "2026-11-26T02:11:22Z",
    "status": "True",
    "type": "PodReadyToStartContainers"
   },
   {
    "lastProbeTime": null,
    "lastTransitionTime": "2026-11-26T02:11:22Z",
    "status": "True",
    "type": "Initialized"
   },
   {
    "lastProbeTime": null,
    "lastTransitionTime": "2026-11-26T02:11:24Z",
    "status": "True",
    "type": "ContainersReady"
   },
   {
    "lastProbeTime": null,
    "lastTransitionTime": "2026-11-26T02:11:24Z",
    "status": "True",
    "type": "Ready"
   }
  ],
  "containerStatuses": [
   {
    "containerID": "containerd://50964cdb6988de9a7d116abf2708998648c25d0ce8cb528c12139dd35bd02362",
    "image": "nginx:1.27",
    "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
    "lastState": {},
    "name": "app",
    "ready": true,
    "restartCount": 0,
    "started": true,
    "state": {
     "running": {
      "startedAt": "2026-11-26T02:11:24Z"
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
  "podIP": "10.244.1.1",
  "podIPs": [
   {
    "ip": "10.244.1.1"
   }
  ],
  "qosClass": "BestEffort",
  "startTime": "2026-11-26T02:11:22Z"
 }
} as unknown as V1Pod;

export const terminatingEvents = [
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:22Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow",
   "namespace": "e2e-pod-capture",
   "uid": "4637e5f0-ce8b-46b7-83d1-356036cb0bd8"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:22Z",
  "message": "Pulling image",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:22Z",
   "name": "slow.18eb766bece7aa9c",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2051",
   "uid": "6a434144-fc6d-4733-8a3a-e6d025f909b2"
  },
  "reason": "Pulling",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:24Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow",
   "namespace": "e2e-pod-capture",
   "uid": "4637e5f0-ce8b-46b7-83d1-356036cb0bd8"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:24Z",
  "message": "Successfully pulled image",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:24Z",
   "name": "slow.18eb766c63e52268",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2056",
   "uid": "1b983bc1-cca8-468f-a2e4-0891e728d17b"
  },
  "reason": "Pulled",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:24Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow",
   "namespace": "e2e-pod-capture",
   "uid": "4637e5f0-ce8b-46b7-83d1-356036cb0bd8"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:24Z",
  "message": "Created container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:24Z",
   "name": "slow.18eb766c63e565b8",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2057",
   "uid": "d1112c9e-8a72-4e98-a437-39362bc3dffa"
  },
  "reason": "Created",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:24Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow",
   "namespace": "e2e-pod-capture",
   "uid": "4637e5f0-ce8b-46b7-83d1-356036cb0bd8"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:24Z",
  "message": "Started container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:24Z",
   "name": "slow.18eb766c63e56b7b",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2059",
   "uid": "0a2cf60b-7bc6-4cd6-9d86-80506484304f"
  },
  "reason": "Started",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 },
 {
  "apiVersion": "v1",
  "count": 1,
  "eventTime": null,
  "firstTimestamp": "2026-11-26T02:11:43Z",
  "involvedObject": {
   "kind": "Pod",
   "name": "slow",
   "namespace": "e2e-pod-capture",
   "uid": "4637e5f0-ce8b-46b7-83d1-356036cb0bd8"
  },
  "kind": "Event",
  "lastTimestamp": "2026-11-26T02:11:43Z",
  "message": "Stopping container",
  "metadata": {
   "creationTimestamp": "2026-11-26T02:11:43Z",
   "name": "slow.18eb7670e2a5c060",
   "namespace": "e2e-pod-capture",
   "resourceVersion": "2094",
   "uid": "ab9e56e1-2a70-4980-8298-17b99f3a5536"
  },
  "reason": "Killing",
  "reportingComponent": "kwok_controller",
  "reportingInstance": "",
  "source": {
   "component": "kwok_controller"
  },
  "type": "Normal"
 }
] as unknown as CoreV1Event[];
