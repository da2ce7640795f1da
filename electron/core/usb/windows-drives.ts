import { execFile } from 'node:child_process';

/**
 * Windows removable drives (DriveType 2: USB sticks and card readers, never fixed or network
 * disks), asked from the system through PowerShell, which every supported Windows has.
 */
export function listWindowsRemovableDrives(): Promise<string[]> {
  const query =
    'Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DriveType=2" | ForEach-Object { $_.DeviceID }';
  return new Promise((resolve) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', query],
      { timeout: 10_000, windowsHide: true },
      (error, stdout) =>
        // A failed query means "no stick seen this time"; the next poll asks again.
        resolve(error ? [] : parseDriveLetters(stdout)),
    );
  });
}

/** `E:` lines as PowerShell prints them, to drive roots such as `E:\`. Anything else is ignored. */
export function parseDriveLetters(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^[A-Z]:$/i.test(line))
    .map((letter) => `${letter.toUpperCase()}\\`);
}
