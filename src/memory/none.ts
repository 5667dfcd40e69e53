import type { DocumentsPort, MailerPort, OutgoingMail, WarehousePort } from "../ports";

/**
 * No documents kept: the command line writes the report's HTML into its output folder itself,
 * so a report made there has no PDF and no link (the report says "—").
 */
export const NO_DOCUMENTS: DocumentsPort = {
  savePdf: () => null,
};

/**
 * No mail service: nothing can be sent, so the quota left is none and whoever would be mailed
 * waits (the command line's digest is given its outbox folder instead).
 */
export const NO_MAILER: MailerPort = {
  remaining: () => 0,
  send(mail: OutgoingMail): void {
    throw new Error(`no mail service here: not sent to ${mail.to.join(", ")}`);
  },
};

/**
 * No warehouse: the command line loads nothing into BigQuery (only the province's workbook in
 * Sheets does, through the advanced service); a roll-up whose settings ask for it is told so.
 */
export const NO_WAREHOUSE: WarehousePort = {
  load: () => ({ ok: false, jobId: null, error: { key: "warehouse.notHere" } }),
};
