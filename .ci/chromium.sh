#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/Herald.Tests/Web/BrowserTests.cs drive /usr/bin/chromium through
# Playwright). Installed quietly when missing and CI may install; never fails the caller: without it those tests skip.
chromium_install() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # a machine's package lists may name versions its mirror no longer has: refresh them and try once more
    timeout 600 apt-get install -y -qq chromium >/dev/null 2>&1 \
      || { timeout 300 apt-get update -qq >/dev/null 2>&1; timeout 600 apt-get install -y -qq chromium >/dev/null 2>&1; } || true
  fi
  [ -x /usr/bin/chromium ] && echo "chromium: installed for the browser tests" || echo "chromium: not available; the browser tests will be skipped"
}
