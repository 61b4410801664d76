// Command module-zip writes a Go module's zip as the go command and the module proxies build it
// (golang.org/x/mod/zip), and prints its h1: sum, the one go.sum records for it.
//
// Usage: module-zip -module PATH -version vX.Y.Z -dir DIR -out FILE.zip
//
// It builds in GOPATH mode (GO111MODULE=off) against Debian's golang-golang-x-mod-dev, so the
// release tools need no module download.
package main

import (
	"flag"
	"fmt"
	"os"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb/dirhash"
	"golang.org/x/mod/zip"
)

func main() {
	modulePath := flag.String("module", "", "the module path")
	version := flag.String("version", "", "the version, vX.Y.Z")
	dir := flag.String("dir", "", "the module's folder (holding go.mod)")
	out := flag.String("out", "", "the zip to write")
	flag.Parse()
	if *modulePath == "" || *version == "" || *dir == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: module-zip -module PATH -version vX.Y.Z -dir DIR -out FILE.zip")
		os.Exit(2)
	}
	if err := write(module.Version{Path: *modulePath, Version: *version}, *dir, *out); err != nil {
		fmt.Fprintf(os.Stderr, "module-zip: %v\n", err)
		os.Exit(1)
	}
	sum, err := dirhash.HashZip(*out, dirhash.Hash1)
	if err != nil {
		fmt.Fprintf(os.Stderr, "module-zip: hashing %s: %v\n", *out, err)
		os.Exit(1)
	}
	fmt.Println(sum)
}

func write(version module.Version, dir, out string) error {
	file, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := zip.CreateFromDir(file, version, dir); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}
