import type { CommandLine } from 'electron';

/**
 * The switches Chromium inside the app needs on this platform beyond its defaults, each written
 * without its leading `--`, as `app.commandLine.appendSwitch` takes it.
 *
 * Read-aloud speaks through the Web Speech API, with the system's voices:
 * - Linux: Chromium reaches voices only through speech-dispatcher, and only when started with
 *   `--enable-speech-dispatcher`; without it `speechSynthesis.getVoices()` stays empty and the
 *   read-aloud button is never shown. The deb depends on speech-dispatcher and an espeak-ng voice
 *   (electron-builder.yml); an AppImage machine needs them installed (build/README.md).
 * - Windows (SAPI) and macOS: Chromium finds the system's voices with no switch. Which languages
 *   have one depends on the voices installed on the machine; the admin view names those without.
 */
export function chromiumSwitches(platform: NodeJS.Platform): readonly string[] {
  return platform === 'linux' ? ['enable-speech-dispatcher'] : [];
}

/** Appends the platform's switches. Chromium reads them as it starts: call before the app is ready. */
export function applyChromiumSwitches(
  commandLine: Pick<CommandLine, 'appendSwitch'>,
  platform: NodeJS.Platform,
): void {
  for (const name of chromiumSwitches(platform)) commandLine.appendSwitch(name);
}
