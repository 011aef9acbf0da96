// Browser tests use Debian's Chromium (never a browser downloaded by a test tool). Installs it
// when missing; idempotent.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BIN = '/usr/bin/chromium';
if (!existsSync(BIN)) {
  console.log('Installing Debian chromium for the browser tests...');
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, { stdio: 'inherit' });
}
if (!existsSync(BIN)) {
  console.error(`Chromium is not at ${BIN}; install Debian's chromium package.`);
  process.exit(1);
}
