// Which files a paste or a drop carries. A paste that also holds plain text (a spreadsheet cell, a
// Word paragraph with a rendered picture) is a text paste: the picture is a by-product of the copy.

type Transfer = Pick<DataTransfer, "files" | "types">;

export function pastedFiles(data: Transfer | null): File[] {
  if (!data || data.files.length === 0) return [];
  if (data.types.includes("text/plain")) return [];
  return [...data.files];
}

export function carriesFiles(data: Pick<DataTransfer, "types"> | null): boolean {
  return data?.types.includes("Files") ?? false;
}

export function droppedFiles(data: Transfer | null): File[] {
  return data ? [...data.files] : [];
}
