#!/bin/sh
# Install what angka needs to build and test (packages.txt), and any
# package named as an argument, with apt-get: directly as root (a fresh
# Debian container has no sudo), through sudo otherwise. Non-interactive,
# so that no package stops to ask (tzdata does, in a container).
set -eu
cd "$(dirname "$0")"
if [ "$(id -u)" -eq 0 ]; then
	as_root=
elif command -v sudo >/dev/null 2>&1; then
	as_root=sudo
else
	echo "install-packages.sh: run it as root, or install sudo" >&2
	exit 1
fi
# env carries the setting through sudo, which would drop it.
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y $(grep -v '^#' packages.txt) "$@"
