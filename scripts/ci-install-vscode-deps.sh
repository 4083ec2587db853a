#!/usr/bin/env bash
# Installs the Debian packages the real-VS-Code tests need: Chromium (driven by playwright-core for the UI checks
# and the integration suite's workbench) and the Kerberos headers that code-server's native `kerberos` module is
# compiled against when scripts/install-code-server.mjs installs it offline. Safe to run again; needs root.
set -euo pipefail

packages=(chromium libkrb5-dev fonts-noto-cjk)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "vscode test deps: ${packages[*]} already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "vscode test deps: ${missing[*]} missing; run this script as root (it uses apt-get)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
