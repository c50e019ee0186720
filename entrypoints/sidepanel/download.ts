/** Saves text through browser.downloads from a Blob URL (revoked once the download has started). */
export async function downloadText(fileName: string, text: string): Promise<number> {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  try {
    return await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    // Firefox reads the blob asynchronously after download() resolves; give it a moment.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
