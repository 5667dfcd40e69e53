import { UserError } from "../core/errors";
import type { DocumentsPort, MailerPort, OutgoingMail, StorePort } from "../ports";

/**
 * Reports as PDF files in Drive, through the Drive advanced service (v3). DriveApp would need the
 * full `drive` scope even for files the script made (developers.google.com/apps-script/reference/
 * drive/drive-app: createFile lists only .../auth/drive); the Drive API works with `drive.file`,
 * which reaches only the files this script created, so the product never asks to see a
 * commune's whole Drive. The HTML is converted by Apps Script's blob conversion (no scope), so
 * the PDF is the same document the command line writes. The id of each period's file is kept
 * in document properties: re-running a report moves the old file to the trash first.
 */
export class DriveDocuments implements DocumentsPort {
  constructor(private readonly store: StorePort) {}

  savePdf(name: string, html: string, key: string): { id: string; url: string } {
    const drive = advancedDrive();
    const previous = this.store.get(key);
    if (previous) {
      try {
        drive.Files.update({ trashed: true }, previous);
      } catch (error) {
        // Deleted by hand, or made before this version: nothing to replace.
        console.warn(`previous report ${previous} not found`, error);
      }
    }
    const pdf = Utilities.newBlob(html, "text/html", `${name}.html`).getAs("application/pdf").setName(`${name}.pdf`);
    const file = drive.Files.create({ name: `${name}.pdf`, mimeType: "application/pdf" }, pdf, {
      fields: "id,webViewLink",
    });
    const id = String(file.id);
    this.store.set(key, id);
    return { id, url: String(file.webViewLink ?? `https://drive.google.com/file/d/${id}/view`) };
  }
}

/** The Drive advanced service, enabled in appsscript.json; a missing one is a deployment mistake, said plainly. */
function advancedDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive) throw new UserError({ key: "report.noDriveService" });
  return Drive;
}

/** MailApp: the daily quota, and one send per message (up to 50 recipients). */
export class MailAppMailer implements MailerPort {
  remaining(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(mail: OutgoingMail): void {
    const attachments = mail.pdf
      ? [
          Utilities.newBlob(mail.pdf.html, "text/html", `${mail.pdf.name}.html`)
            .getAs("application/pdf")
            .setName(`${mail.pdf.name}.pdf`),
        ]
      : undefined;
    MailApp.sendEmail({
      to: mail.to.join(","),
      subject: mail.subject,
      body: mail.body,
      htmlBody: mail.htmlBody,
      attachments,
      name: "Kế hoạch CCHC",
    });
  }
}
