import type {
  IpcMain,
  IpcMainInvokeEvent,
  PrintToPDFOptions,
  SaveDialogOptions,
  WebContents,
} from 'electron';
import { writeFileDurably } from '../core/fs/write-file-durably.ts';
import { PRINT_CHANNEL } from '../preload/channel.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

const mmPerInch = 25.4;

/**
 * How the staff window prints the social report or poster: A4 with its colours (the answer faces
 * and chart segments carry meaning), the page's own @page size and margins first, and the same
 * margins here (18 mm top, 20 mm bottom, 16 mm sides) where a page names none.
 */
export function pdfPrintOptions(): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    margins: {
      top: 18 / mmPerInch,
      bottom: 20 / mmPerInch,
      left: 16 / mmPerInch,
      right: 16 / mmPerInch,
    },
  };
}

/** Where staff are asked to save the PDF: a PDF file, named for the report by default. */
export const pdfSaveDialog: SaveDialogOptions = {
  defaultPath: 'kuulluksi-raportti.pdf',
  filters: [{ name: 'PDF', extensions: ['pdf'] }],
  properties: ['createDirectory', 'showOverwriteConfirmation'],
};

type Printer = Pick<WebContents, 'printToPDF'>;
type AskWhereToSave = (
  options: SaveDialogOptions,
) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/**
 * Prints what the window shows to a PDF and saves it where staff choose: whole or not at all.
 * Taking the window's contents and the dialog as arguments keeps it testable without Electron.
 */
export async function printWindowToPdf(
  printer: Printer,
  askWhereToSave: AskWhereToSave,
): Promise<Result<{ file: string | null }>> {
  const pdf = await printer.printToPDF(pdfPrintOptions());
  const { canceled, filePath } = await askWhereToSave(pdfSaveDialog);
  if (canceled || !filePath) return ok({ file: null });
  try {
    await writeFileDurably(filePath, pdf);
    return ok({ file: filePath });
  } catch (error) {
    return fail(
      'storage_failed',
      `The PDF was not saved: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The print channel, answered only for our own windows, as the contract's channel is (ipc.ts). */
export function registerPrintToPdf(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  askWhereToSave: (event: IpcMainInvokeEvent) => AskWhereToSave,
): void {
  ipcMain.handle(PRINT_CHANNEL, (event) =>
    isTrusted(event)
      ? printWindowToPdf(event.sender, askWhereToSave(event))
      : fail('forbidden', 'This window may not print.'),
  );
}
