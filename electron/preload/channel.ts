/**
 * The one IPC channel every contract call travels on. Main and preload import this constant so
 * the two ends cannot drift apart; the method name travels as an argument, not as a channel, so
 * adding a method to the contract needs no new channel.
 */
export const CONTRACT_CHANNEL = 'kuulluksi:contract';

/** The staff window's one other channel: print what it shows to a PDF (electron/shell/print-to-pdf.ts). */
export const PRINT_CHANNEL = 'kuulluksi:print-pdf';
