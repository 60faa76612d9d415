// How every test and benchmark launches Debian's Chromium: as root it needs --no-sandbox, and with no
// network beyond the package registries the background-networking features only produce refused connections.
export const chromiumExecutable = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
