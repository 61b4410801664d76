#!/usr/bin/env bash
# The Debian packages the tests need, checked and installed in one place (`pnpm test` and
# .ci/run both call this script):
#   chromium            the browser tests (playwright-core drives Debian's Chromium;
#                       CHROME_PATH=/path/to/chrome uses another browser instead)
#   curl                the cURL code samples, run against the mock
#   python3-requests    the Python code samples (Debian's /usr/bin/python3)
#   golang-go           the Go code samples and the Go SDK
#   python3-httpx, python3-pytest, python3-pyflakes, python3-hatchling, python3-build
#                       the Python SDK: its client, tests, lint and package build
#   golang-golang-x-mod-dev
#                       golang.org/x/mod, which builds the Go module's zip for the release
#                       rehearsal's module proxy exactly as the go command hashes it
#   python3-venv        the release rehearsal installs the Python SDK into a fresh venv
# Installs the missing ones when run as root; otherwise prints the command to run and fails.
#
# Usage: scripts/install-system-packages.sh [--check]
#   --check   report what is missing and fail, without installing anything
set -uo pipefail

check_only=false
case "${1:-}" in
  --check) check_only=true ;;
  '') ;;
  *) echo "install-system-packages.sh: unknown option $1 (only --check is known)" >&2; exit 2 ;;
esac

python=/usr/bin/python3
missing=()
has_python_module() { [ -x "$python" ] && "$python" -c "import $1" 2>/dev/null; }

if [ -n "${CHROME_PATH:-}" ]; then
  if [ ! -x "$CHROME_PATH" ]; then
    echo "CHROME_PATH is $CHROME_PATH, which is not an executable file: point it at a Chrome or Chromium binary, or unset it to use Debian's chromium (/usr/bin/chromium)." >&2
    exit 1
  fi
else
  [ -x /usr/bin/chromium ] || missing+=(chromium)
fi
command -v curl >/dev/null || missing+=(curl)
has_python_module requests || missing+=(python3-requests)
command -v go >/dev/null || [ -x /usr/lib/go/bin/go ] || missing+=(golang-go)
has_python_module httpx || missing+=(python3-httpx)
has_python_module pytest || missing+=(python3-pytest)
has_python_module pyflakes || missing+=(python3-pyflakes)
has_python_module hatchling || missing+=(python3-hatchling)
has_python_module build || missing+=(python3-build)
[ -f /usr/share/gocode/src/golang.org/x/mod/zip/zip.go ] || missing+=(golang-golang-x-mod-dev)
has_python_module ensurepip || missing+=(python3-venv)

[ ${#missing[@]} -eq 0 ] && exit 0

install_command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if $check_only || [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "The tests need Debian packages that are missing: ${missing[*]}." >&2
  if command -v apt-get >/dev/null; then
    echo "Install them as root, then run the tests again:" >&2
    echo "  sudo sh -c '$install_command'" >&2
  else
    echo "This system has no apt-get: install the equivalent packages with its package manager (for a browser elsewhere, set CHROME_PATH)." >&2
  fi
  exit 1
fi

echo "Installing from Debian: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! sh -c "$install_command" >/dev/null; then
  echo "Installing ${missing[*]} failed; run as root to see why: $install_command" >&2
  exit 1
fi
