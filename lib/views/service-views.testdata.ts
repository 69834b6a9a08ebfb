/**
 * Real objects from the sandbox's explain-demo namespace: the web, readiness-demo and
 * no-endpoints Services, their EndpointSlices and every pod of the namespace.
 * Captured with the sandbox's kubectl (`get -o json`) on 2026-11-26 at
 * 02:10:09Z, managedFields and last-applied annotations dropped. Used only by
 * *.test.ts files.
 */
import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';

export const CAPTURED_AT = new Date('2026-11-26T02:10:09Z');

export const demoServices = [
 {
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
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

export const demoEndpointSlices = [
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

export const demoPods = [
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
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generation": 1,
   "labels": {
    "app": "crash-loop",
    "sandbox.kube-explain.dev/scenario": "crash-loop"
   },
   "name": "crash-loop",
   "namespace": "explain-demo",
   "resourceVersion": "1396",
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
     "lastTransitionTime": "2026-11-26T02:04:47Z",
     "message": "containers with unready status: [app]",
     "reason": "ContainersNotReady",
     "status": "False",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T02:04:47Z",
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
       "containerID": "containerd://bd10f230f6cd3d6be21704ad8c87c4c0c3621a700ff159ee2ddabded1885ddb7",
       "exitCode": 1,
       "finishedAt": "2026-11-26T02:04:47Z",
       "reason": "Error",
       "startedAt": "2026-11-26T02:04:45Z"
      }
     },
     "name": "app",
     "ready": false,
     "restartCount": 6,
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
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generation": 1,
   "labels": {
    "app": "image-pull",
    "sandbox.kube-explain.dev/scenario": "image-pull"
   },
   "name": "image-pull-backoff",
   "namespace": "explain-demo",
   "resourceVersion": "1936",
   "uid": "764ebe35-2575-49b7-84e7-d698d6c79447"
  },
  "spec": {
   "containers": [
    {
     "image": "registry.example.invalid/team/does-not-exist:v9.9.9",
     "imagePullPolicy": "IfNotPresent",
     "name": "app",
     "resources": {},
     "terminationMessagePath": "/dev/termination-log",
     "terminationMessagePolicy": "File",
     "volumeMounts": [
      {
       "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
       "name": "kube-api-access-wz8b7",
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
     "name": "kube-api-access-wz8b7",
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
     "image": "registry.example.invalid/team/does-not-exist:v9.9.9",
     "imageID": "",
     "lastState": {},
     "name": "app",
     "ready": false,
     "restartCount": 0,
     "started": false,
     "state": {
      "waiting": {
       "message": "Back-off pulling image \"registry.example.invalid/team/does-not-exist:v9.9.9\"",
       "reason": "ImagePullBackOff"
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
   "phase": "Pending",
   "podIP": "10.244.1.4",
   "podIPs": [
    {
     "ip": "10.244.1.4"
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
 },
 {
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
 {
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
   "annotations": {
    "sandbox.kube-explain.dev/last-probe": "2026-11-26T02:10:08.407418653Z"
   },
   "creationTimestamp": "2026-11-26T01:59:20Z",
   "generation": 1,
   "labels": {
    "app": "readiness-demo",
    "sandbox.kube-explain.dev/scenario": "readiness-fail"
   },
   "name": "readiness-fail",
   "namespace": "explain-demo",
   "resourceVersion": "1951",
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
   "creationTimestamp": "2026-11-26T02:08:33Z",
   "generation": 1,
   "labels": {
    "app": "slow-delete",
    "sandbox.kube-explain.dev/scenario": "slow-delete"
   },
   "name": "slow-delete",
   "namespace": "explain-demo",
   "resourceVersion": "1855",
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
   "generateName": "web-569b4d9d45-",
   "generation": 1,
   "labels": {
    "app": "web",
    "pod-template-hash": "569b4d9d45",
    "tier": "frontend"
   },
   "name": "web-569b4d9d45-n5j2w",
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
   "resourceVersion": "388",
   "uid": "3de649dc-3e62-4790-8742-41a4b521aec6"
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
       "name": "kube-api-access-r4lnm",
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
     "name": "kube-api-access-r4lnm",
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
     "lastTransitionTime": "2026-11-26T01:59:22Z",
     "status": "True",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T01:59:22Z",
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
     "containerID": "containerd://1ab20ec909a7337780cb2ca2e48954a16252c355f07d64b9cd547adc79e9671e",
     "image": "nginx:1.27",
     "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
     "lastState": {},
     "name": "nginx",
     "ready": true,
     "restartCount": 0,
     "started": true,
     "state": {
      "running": {
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
   "phase": "Running",
   "podIP": "10.244.1.1",
   "podIPs": [
    {
     "ip": "10.244.1.1"
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
   "generateName": "web-569b4d9d45-",
   "generation": 1,
   "labels": {
    "app": "web",
    "pod-template-hash": "569b4d9d45",
    "tier": "frontend"
   },
   "name": "web-569b4d9d45-n9xln",
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
   "resourceVersion": "395",
   "uid": "2c410562-1b86-4254-a2d3-163d9e344243"
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
       "name": "kube-api-access-j99tq",
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
     "name": "kube-api-access-j99tq",
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
     "lastTransitionTime": "2026-11-26T01:59:22Z",
     "status": "True",
     "type": "ContainersReady"
    },
    {
     "lastProbeTime": null,
     "lastTransitionTime": "2026-11-26T01:59:22Z",
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
     "containerID": "containerd://174109a1ddf39e64d9ff315ca4bbc958f04866c9f953fb70edb6e477611bd1af",
     "image": "nginx:1.27",
     "imageID": "nginx@sha256:cd4495bb73de9b01bf009710b80ecf4be2d298db47492f4e9e7d0b04981c4614",
     "lastState": {},
     "name": "nginx",
     "ready": true,
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
   "podIP": "10.244.2.4",
   "podIPs": [
    {
     "ip": "10.244.2.4"
    }
   ],
   "qosClass": "Burstable",
   "startTime": "2026-11-26T01:59:20Z"
  }
 }
] as unknown as V1Pod[];
