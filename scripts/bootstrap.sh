# Shared by scripts/serve and scripts/test: install what the project needs, idempotently.
# Sourced, not run. Works on a fresh Debian/Ubuntu machine (as root, or with sudo).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ensure_apt PACKAGE… — install the Debian packages that are missing (one apt-get update at most).
ensure_apt() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "Installing system packages: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ensure_venv EXTRAS — a virtualenv in .venv with gigguard installed (editable) plus EXTRAS.
ensure_venv() {
  local extras="$1"
  if ! python3 -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
    echo "GigGuard needs Python 3.11 or newer as python3." >&2
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { ensure_apt python3-venv && python3 -m venv "$VENV"; }
  fi
  local stamp="$VENV/.installed-$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    say "Installing Python packages into .venv"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT$extras"
    touch "$stamp"
  fi
}

# ensure_editors — the rich-text editors of the e2e fixtures (e2e/editors), installed from the
# lockfile with `npm ci` when it changed, then bundled (esbuild, about a second).
ensure_editors() {
  local dir="$ROOT/e2e/editors"
  command -v npm >/dev/null || ensure_apt npm
  if [ ! -f "$dir/node_modules/.package-lock.json" ] \
      || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing the e2e editors from the npm registry (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  (cd "$dir" && npm run --silent build)
}
