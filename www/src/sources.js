// @ts-check
// What a drop or a file picker hands the page, taken at once (a DataTransfer empties when its
// event ends); files.js (loaded on the first drop) reads them.

/**
 * The entries of a drop, read synchronously (a DataTransfer empties once the event ends):
 * file system entries where the browser gives them (folders), else plain files.
 */
/** @param {DataTransfer} dataTransfer */
export function dropSources(dataTransfer) {
  const sources = [];
  const items = dataTransfer.items ? [...dataTransfer.items] : [];
  for (const item of items) {
    if (item.kind !== "file") continue;
    const entry = typeof item.webkitGetAsEntry === "function" ? item.webkitGetAsEntry() : null;
    if (entry) sources.push({ entry });
    else {
      const file = item.getAsFile();
      if (file) sources.push({ file, path: file.webkitRelativePath || file.name });
    }
  }
  if (!sources.length) {
    for (const file of dataTransfer.files ?? []) sources.push({ file, path: file.webkitRelativePath || file.name });
  }
  return sources;
}

/** Sources from an <input type=file> (with or without webkitdirectory). */
/** @param {FileList | File[]} fileList */
export function inputSources(fileList) {
  return [...fileList].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

