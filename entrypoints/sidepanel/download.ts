/** Saves files through browser.downloads from Blob URLs (revoked once the download has surely started). */
export async function downloadBlob(path: string, blob: Blob, saveAs = false): Promise<number> {
  const url = URL.createObjectURL(blob);
  try {
    return await browser.downloads.download({ url, filename: path, saveAs, conflictAction: 'uniquify' });
  } finally {
    // Firefox reads the blob asynchronously after download() resolves; give it a moment.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
