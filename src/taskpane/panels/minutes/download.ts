/**
 * Saving a file from the pane: a Blob and a temporary download link. Some Office hosts (older desktop webviews)
 * have no object URLs or ignore downloads; then this returns false and the panel offers the sheet instead.
 */
export type DownloadFile = (blob: Blob, fileName: string) => boolean;

export const downloadBlob: DownloadFile = (blob, fileName) => {
  try {
    if (typeof URL.createObjectURL !== "function" || typeof document === "undefined") return false;
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    if (!("download" in link)) {
      URL.revokeObjectURL(url);
      return false;
    }
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoke later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
};
