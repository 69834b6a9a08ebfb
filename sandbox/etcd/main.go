// Command etcd starts an etcd 3.6 server for the sandbox. It is a tiny main of
// our own over go.etcd.io/etcd/server/v3/etcdmain, so the sandbox builds etcd
// from the Go module proxy at the version the apiserver expects, instead of
// relying on a distribution package (Debian's etcd is too old).
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
