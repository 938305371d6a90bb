#!/bin/sh
# install-deps.sh - installs golem's build dependencies from Debian's
# packages when they are missing (with sudo when not root).
set -e
need=""
command -v re2c >/dev/null 2>&1 || need="$need re2c"
command -v lemon >/dev/null 2>&1 || need="$need lemon"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
[ -f /usr/include/ffi.h ] || [ -f /usr/include/x86_64-linux-gnu/ffi.h ] || need="$need libffi-dev"
[ -f /usr/include/histedit.h ] || need="$need libedit-dev"
# time.LoadLocation and the tests of time zones read the IANA zone files.
[ -f /usr/share/zoneinfo/Europe/Paris ] || need="$need tzdata"
[ -z "$need" ] && exit 0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "installing:$need"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
